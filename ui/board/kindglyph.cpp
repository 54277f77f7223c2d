#include "kindglyph.h"

#include <QPainter>
#include <QPainterPath>

namespace jcr {

void paintKindGlyph(QPainter *p, const QRectF &r, ItemKind kind, const QColor &colour)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    // Draw in a 16×16 design grid scaled into the rectangle.
    const qreal s = std::min(r.width(), r.height()) / 16.0;
    p->translate(r.center() - QPointF(8 * s, 8 * s));
    p->scale(s, s);
    QPen pen(colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    switch (kind) {
    case ItemKind::Initiative: { // a flag on a pole
        p->drawLine(QPointF(3, 2), QPointF(3, 14.5));
        QPainterPath flag;
        flag.moveTo(3, 2.5);
        flag.lineTo(13, 2.5);
        flag.lineTo(10.5, 5.5);
        flag.lineTo(13, 8.5);
        flag.lineTo(3, 8.5);
        p->setBrush(colour);
        p->drawPath(flag);
        break;
    }
    case ItemKind::Dialogue: { // two speech bubbles
        p->drawRoundedRect(QRectF(1.5, 2, 9, 6.5), 2, 2);
        p->drawLine(QPointF(4, 8.5), QPointF(3, 11));
        p->setBrush(colour);
        p->drawRoundedRect(QRectF(6.5, 7.5, 8, 5.5), 2, 2);
        p->drawLine(QPointF(12, 13), QPointF(13, 15));
        break;
    }
    case ItemKind::Agreement: { // a page with a seal
        QPainterPath page;
        page.moveTo(3, 1.5);
        page.lineTo(10, 1.5);
        page.lineTo(13, 4.5);
        page.lineTo(13, 14.5);
        page.lineTo(3, 14.5);
        page.closeSubpath();
        p->drawPath(page);
        p->drawLine(QPointF(5.5, 5.5), QPointF(10, 5.5));
        p->drawLine(QPointF(5.5, 8), QPointF(10.5, 8));
        p->setBrush(colour);
        p->drawEllipse(QPointF(9.5, 11.5), 1.8, 1.8);
        break;
    }
    case ItemKind::Visit: { // a location pin
        QPainterPath pin;
        pin.moveTo(8, 15);
        pin.cubicTo(3, 9.5, 3, 8, 3, 6.5);
        pin.arcTo(QRectF(3, 1.5, 10, 10), 180, -180);
        pin.cubicTo(13, 8, 13, 9.5, 8, 15);
        p->drawPath(pin);
        p->setBrush(colour);
        p->drawEllipse(QPointF(8, 6.5), 1.8, 1.8);
        break;
    }
    case ItemKind::Mission: { // a paper plane
        QPainterPath plane;
        plane.moveTo(1.5, 7.5);
        plane.lineTo(14.5, 2);
        plane.lineTo(10.5, 14);
        plane.lineTo(7.5, 9);
        plane.closeSubpath();
        p->drawPath(plane);
        p->drawLine(QPointF(7.5, 9), QPointF(14.5, 2));
        break;
    }
    case ItemKind::Event: { // a calendar page
        p->drawRoundedRect(QRectF(2, 3, 12, 11.5), 1.5, 1.5);
        p->drawLine(QPointF(2, 6.5), QPointF(14, 6.5));
        p->drawLine(QPointF(5, 1.5), QPointF(5, 4));
        p->drawLine(QPointF(11, 1.5), QPointF(11, 4));
        p->setBrush(colour);
        p->drawRect(QRectF(8.5, 9, 3, 3));
        break;
    }
    case ItemKind::Milestone: { // a diamond, as on the timeline
        QPainterPath d;
        d.moveTo(8, 1.5);
        d.lineTo(14.5, 8);
        d.lineTo(8, 14.5);
        d.lineTo(1.5, 8);
        d.closeSubpath();
        p->setBrush(colour);
        p->drawPath(d);
        break;
    }
    case ItemKind::Governance: { // a building with columns
        QPainterPath roof;
        roof.moveTo(1.5, 5.5);
        roof.lineTo(8, 1.5);
        roof.lineTo(14.5, 5.5);
        roof.closeSubpath();
        p->setBrush(colour);
        p->drawPath(roof);
        p->setBrush(Qt::NoBrush);
        for (qreal x : {4.0, 8.0, 12.0})
            p->drawLine(QPointF(x, 7.5), QPointF(x, 12));
        p->drawLine(QPointF(1.5, 14), QPointF(14.5, 14));
        break;
    }
    }
    p->restore();
}

} // namespace jcr
