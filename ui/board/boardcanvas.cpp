#include "boardcanvas.h"

#include "cardlistview.h"
#include "models/itemmodel.h"

#include <QDragMoveEvent>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QRegion>

namespace jcr {

BoardCanvas::BoardCanvas(QWidget *parent)
    : QWidget(parent)
{
    setAcceptDrops(true);
}

void BoardCanvas::setDecorations(const QList<LaneHeading> &lanes,
                                 const QList<CollapsedStrip> &strips)
{
    if (lanes == m_lanes && strips == m_strips)
        return; // most model changes (a card moved) change neither
    // Repaint only the decorations: the card lists on top have repainted themselves.
    QRegion dirty;
    for (const auto &l : std::as_const(m_lanes))
        dirty += l.rect;
    for (const auto &s : std::as_const(m_strips))
        dirty += s.rect;
    m_lanes = lanes;
    m_strips = strips;
    for (const auto &l : std::as_const(m_lanes))
        dirty += l.rect;
    for (const auto &s : std::as_const(m_strips))
        dirty += s.rect;
    update(dirty);
}

void BoardCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    for (const LaneHeading &lane : std::as_const(m_lanes)) {
        const QRectF r = QRectF(lane.rect).adjusted(2, 2, -2, -1);
        QColor tint = lane.colour;
        tint.setAlpha(36);
        p.setPen(Qt::NoPen);
        p.setBrush(tint);
        p.drawRoundedRect(r, 4, 4);
        p.setBrush(lane.colour);
        p.drawRoundedRect(QRectF(r.left(), r.top(), 6, r.height()), 3, 3);
        p.setFont(bold);
        p.setPen(pal.color(QPalette::WindowText));
        const QString text = tr("%1  ·  %n card(s)", nullptr, lane.count).arg(lane.title);
        p.drawText(r.adjusted(14, 0, -8, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    for (const CollapsedStrip &strip : std::as_const(m_strips)) {
        const QRectF r = QRectF(strip.rect).adjusted(2, 2, -2, -2);
        p.setPen(Qt::NoPen);
        p.setBrush(pal.color(QPalette::Window).darker(106));
        p.drawRoundedRect(r, 4, 4);
        p.save();
        p.translate(r.center());
        p.rotate(90);
        p.setFont(bold);
        p.setPen(pal.color(QPalette::WindowText));
        const QString text
                = QStringLiteral("%1  (%2)").arg(strip.title, QLocale().toString(strip.count));
        p.drawText(QRectF(-r.height() / 2 + 8, -r.width() / 2, r.height() - 16, r.width()),
                   Qt::AlignLeft | Qt::AlignVCenter, text);
        p.restore();
    }
}

void BoardCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    Q_EMIT resized();
}

int BoardCanvas::stripAt(const QPoint &pos) const
{
    for (const CollapsedStrip &s : m_strips) {
        if (s.rect.contains(pos))
            return s.column;
    }
    return -1;
}

void BoardCanvas::mousePressEvent(QMouseEvent *event)
{
    const int column = stripAt(event->position().toPoint());
    if (column >= 0 && event->button() == Qt::LeftButton) {
        Q_EMIT expandRequested(column);
        return;
    }
    QWidget::mousePressEvent(event);
}

void BoardCanvas::dragEnterEvent(QDragEnterEvent *event)
{
    if (CardListView::isOwnDrag(event, this) && event->mimeData()->hasFormat(ItemModel::mimeType()))
        event->acceptProposedAction();
}

void BoardCanvas::dragMoveEvent(QDragMoveEvent *event)
{
    if (stripAt(event->position().toPoint()) >= 0 && CardListView::isOwnDrag(event, this))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BoardCanvas::dropEvent(QDropEvent *event)
{
    const int column = stripAt(event->position().toPoint());
    if (column < 0 || !CardListView::isOwnDrag(event, this))
        return;
    Q_EMIT dropOnColumnRequested(event->mimeData(), column);
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

} // namespace jcr
