#pragma once

#include <QPushButton>

class QTimer;

namespace jcr {

/**
 * A status-bar notice for a file just written ("Exported “Roadmap status.pdf” — click to
 * open"): clicking it, or pressing Space on it, opens the file in the desktop's viewer. It
 * hides itself after a while.
 */
class OpenFileNotice : public QPushButton
{
    Q_OBJECT

public:
    explicit OpenFileNotice(QWidget *parent = nullptr);

    /// Shows \a message for \a path for \a ms milliseconds.
    void showFor(const QString &message, const QString &path, int ms = 30000);
    QString path() const { return m_path; }

private:
    QString m_path;
    QTimer *m_timer;
};

} // namespace jcr
