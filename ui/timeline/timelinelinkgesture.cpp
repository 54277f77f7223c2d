#include "timelinelinkgesture.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace jcr {

namespace {

constexpr int HandleSize = 10;
constexpr int HandleGap = 2;
/// Between the handle and the label or bar beyond it (a pixel goes to rounding).
constexpr int HandleClearance = 3;
const QColor LinkColour(0x1f, 0x5f, 0xbf);

} // namespace

QRect TimelineLinkGesture::handleRect(const QRect &bar)
{
    if (bar.isEmpty())
        return {};
    return QRect(bar.right() + HandleGap, bar.center().y() - HandleSize / 2, HandleSize,
                 HandleSize);
}

int TimelineLinkGesture::reservedWidth()
{
    return HandleGap + HandleSize + HandleClearance;
}

bool TimelineLinkGesture::grabs(const QRect &bar, const QPoint &pos)
{
    const QRect handle = handleRect(bar);
    return !handle.isEmpty() && handle.adjusted(-1, -3, 3, 3).contains(pos);
}

void TimelineLinkGesture::paintHandle(QPainter *painter, const QRect &bar, bool active)
{
    const QRect handle = handleRect(bar);
    if (handle.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(LinkColour, 1.5));
    painter->setBrush(active ? LinkColour : QColor(Qt::white));
    painter->drawEllipse(QRectF(handle).adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}

void TimelineLinkGesture::begin(qint64 sourceId, const QPoint &pos)
{
    m_sourceId = sourceId;
    m_targetId = 0;
    m_pos = pos;
}

void TimelineLinkGesture::moveTo(const QPoint &pos, qint64 targetId)
{
    m_pos = pos;
    m_targetId = targetId == m_sourceId ? 0 : targetId;
}

void TimelineLinkGesture::end()
{
    m_sourceId = 0;
    m_targetId = 0;
}

void TimelineLinkGesture::paint(QPainter *painter, const QRect &sourceBar,
                                const QRect &targetBar) const
{
    if (!isActive())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPointF from = QRectF(handleRect(sourceBar)).center();
    const QPointF to = !targetBar.isEmpty() ? QPointF(targetBar.left(), targetBar.center().y())
                                            : QPointF(m_pos);
    QPen pen(LinkColour, 2, Qt::DashLine);
    painter->setPen(pen);
    painter->drawLine(from, to);
    // An arrow head at the mouse end: the dragged-onto item waits for the source.
    const double angle = std::atan2(to.y() - from.y(), to.x() - from.x());
    QPainterPath head;
    head.moveTo(to);
    head.lineTo(to - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * 9);
    head.lineTo(to - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * 9);
    head.closeSubpath();
    painter->setPen(Qt::NoPen);
    painter->setBrush(LinkColour);
    painter->drawPath(head);
    if (!targetBar.isEmpty()) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(LinkColour, 2));
        painter->drawRoundedRect(QRectF(targetBar).adjusted(-2, -2, 2, 2), 3, 3);
    }
    paintHandle(painter, sourceBar, true);
    painter->restore();
}

} // namespace jcr
