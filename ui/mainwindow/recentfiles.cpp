#include "recentfiles.h"

#include "roadmaplocation.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace jcr {

namespace {
const QString Key = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    rebuildMenu();
}

QStringList RecentFiles::files() const
{
    return QSettings().value(Key).toStringList();
}

void RecentFiles::add(const QString &path)
{
    QStringList list = files();
    const QString absolute = roadmaplocation::canonical(path);
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxEntries)
        list.removeLast();
    QSettings().setValue(Key, list);
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = files();
    int n = 0;
    for (const QString &path : list) {
        ++n;
        // A team roadmap shows as "roadmap on db.example — postgresql://…": its server may be
        // down now, but that is for opening it to tell (no file to look for).
        const bool server = roadmaplocation::isServer(path);
        QString shown = server ? tr("%1 — %2").arg(roadmaplocation::shortName(path), path)
                               : QDir::toNativeSeparators(path);
        if (shown.size() > 120)
            shown = shown.left(119) + QChar(0x2026);
        // '&' in an address or a file name is a character, not an access key.
        shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_menu->addAction(QStringLiteral("&%1 %2").arg(n).arg(shown), this,
                                            [this, path] { Q_EMIT openRequested(path); });
        action->setToolTip(path);
        action->setEnabled(server || QFileInfo::exists(path));
    }
    if (list.isEmpty())
        m_menu->addAction(tr("No recent files"))->setEnabled(false);
    else {
        m_menu->addSeparator();
        m_menu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(Key);
            rebuildMenu();
        });
    }
}

} // namespace jcr
