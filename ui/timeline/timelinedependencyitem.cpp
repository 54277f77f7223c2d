#include "timelinedependencyitem.h"

#include "timeline/timelinechart.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace jcr {

TimelineDependencyItem::TimelineDependencyItem(const TimelineChart *chart,
                                               const TimelinePaintState *state)
    : m_chart(chart)
    , m_state(state)
{
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton);
}

void TimelineDependencyItem::setRect(const QRectF &rect)
{
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
    }
    update();
}

void TimelineDependencyItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                                   QWidget *)
{
    m_chart->paintDependencies(painter, option->exposedRect, *m_state);
}

} // namespace jcr
