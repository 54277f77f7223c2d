#include "connectionbanner.h"

#include "document/roadmapdocument.h"

#include <QAccessible>

namespace jcr {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAccessibleName(tr("Connection to the server"));
    // The reason comes from the network library: plain text, never markup.
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setContentsMargins(10, 6, 10, 6);
    // The look of the read-only banner: a warning that leaves the roadmap usable.
    setStyleSheet(QStringLiteral(
            "QLabel { background: #fff4ce; color: #5c4400; border-bottom: 1px solid #e0c46c; }"));
    hide();
}

void ConnectionBanner::setDocument(RoadmapDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    hide();
    if (!m_document)
        return;
    connect(m_document, &RoadmapDocument::connectionChanged, this,
            &ConnectionBanner::connectionChanged);
    connect(m_document, &QObject::destroyed, this, [this] {
        m_document = nullptr;
        hide();
    });
    if (!m_document->isOnline())
        connectionChanged(false, QString());
}

void ConnectionBanner::connectionChanged(bool online, const QString &reason)
{
    if (online) {
        // The document says so only after it was lost, and has read the roadmap again.
        hide();
        Q_EMIT reconnected();
        return;
    }
    // The reason is a sentence of its own; in brackets it goes without its full stop.
    QString why = reason.simplified();
    while (why.endsWith(QLatin1Char('.')))
        why.chop(1);
    setText(why.isEmpty()
                    ? tr("The connection to the server is lost. Your changes are kept and saved "
                         "when it is back; retrying…")
                    : tr("The connection to the server is lost (%1). Your changes are kept and "
                         "saved when it is back; retrying…")
                              .arg(why));
    setAccessibleDescription(text());
    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

} // namespace jcr
