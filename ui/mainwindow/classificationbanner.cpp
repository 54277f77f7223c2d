#include "classificationbanner.h"

#include "document/roadmapdocument.h"
#include "domain/classificationmarking.h"
#include "style/palette.h"

namespace jcr {

ClassificationBanner::ClassificationBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("classificationBanner"));
    setAlignment(Qt::AlignCenter);
    setAutoFillBackground(true);
    // Its own roles: in the menu bar's corner it would otherwise fill with the bar's colour.
    setBackgroundRole(QPalette::Window);
    setForegroundRole(QPalette::WindowText);
    setContentsMargins(12, 0, 12, 0);
    setTextFormat(Qt::PlainText);
    QFont f = font();
    f.setBold(true);
    setFont(f);
    setToolTip(tr("The roadmap's classification marking. Change it in File ▸ Document "
                  "Properties."));
    hide();
}

void ClassificationBanner::setDocument(RoadmapDocument *document)
{
    disconnect(m_connection);
    m_document = document;
    if (document)
        m_connection = connect(document, &RoadmapDocument::settingsChanged, this,
                               &ClassificationBanner::refresh);
    refresh();
}

void ClassificationBanner::refresh()
{
    if (!m_document) {
        hide();
        return;
    }
    const QString marking = m_document->settings().classification.simplified();
    const auto level = ClassificationMarking::levelOf(marking);
    QPalette p = palette();
    p.setColor(QPalette::Window, Palette::markingBand(level));
    p.setColor(QPalette::WindowText, Palette::markingText(level));
    setPalette(p);
    setText(marking);
    // A screen reader hears what the band means, not only its words.
    setAccessibleName(tr("Classification marking: %1").arg(marking));
    setAccessibleDescription(ClassificationMarking::levelName(level));
    setVisible(!marking.isEmpty());
}

} // namespace jcr
