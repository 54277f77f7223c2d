#include "timelinelaneitem.h"

#include "timeline/timelinechart.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace jcr {

TimelineLaneItem::TimelineLaneItem(const TimelineChart *chart, const TimelinePaintState *state,
                                   int lane)
    : m_chart(chart)
    , m_state(state)
    , m_lane(lane)
{
    // exposedRect tells paint() what to draw; everything else is culled.
    setFlag(ItemUsesExtendedStyleOption);
}

void TimelineLaneItem::updateGeometry(double left, double right)
{
    const auto &lanes = m_chart->layout().lanes();
    if (m_lane < 0 || m_lane >= lanes.size())
        return;
    const QRectF rect(left, lanes.at(m_lane).top, right - left, lanes.at(m_lane).height);
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
    }
    update();
}

void TimelineLaneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF exposed = option->exposedRect.intersected(m_rect);
    if (exposed.isEmpty())
        return;
    painter->save();
    // An integer clip keeps the raster engine on its fast rectangular path.
    painter->setClipRect(exposed.toAlignedRect());
    m_chart->paintBackground(painter, exposed, *m_state);
    m_chart->paintLaneHeaders(painter, exposed, *m_state);
    m_chart->paintItems(painter, exposed, *m_state);
    painter->restore();
}

} // namespace jcr
