#include "openfilenotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QTimer>
#include <QUrl>

namespace jcr {

OpenFileNotice::OpenFileNotice(QWidget *parent)
    : QPushButton(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("openFileNotice"));
    setFlat(true);
    setCursor(Qt::PointingHandCursor);
    // Looks like a link: the status bar is no place for a raised button.
    setStyleSheet(QStringLiteral("QPushButton { color: palette(link); text-decoration: "
                                 "underline; border: none; padding: 0 4px; text-align: left; }"));
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    connect(this, &QPushButton::clicked, this, [this] {
        if (!m_path.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_path));
    });
    hide();
}

void OpenFileNotice::showFor(const QString &message, const QString &path, int ms)
{
    m_path = path;
    // '&' in a file name is a character, not an access key.
    QString text = message;
    setText(text.replace(QLatin1Char('&'), QStringLiteral("&&")));
    setToolTip(tr("Open %1").arg(QDir::toNativeSeparators(path)));
    setAccessibleName(message);
    show();
    m_timer->start(ms);
}

} // namespace jcr
