#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace jcr {

/// The File ▸ Open Recent list, kept in QSettings.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxEntries = 8;

    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    void add(const QString &path);
    QStringList files() const;

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuildMenu();

    QMenu *m_menu;
};

} // namespace jcr
