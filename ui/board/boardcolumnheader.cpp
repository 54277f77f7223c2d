#include "boardcolumnheader.h"

#include "cardlistview.h"
#include "document/roadmapdocument.h"
#include "edit/editservice.h"
#include "models/boardmodel.h"
#include "models/itemmodel.h"
#include "models/wipstate.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QToolTip>
#include <QUndoStack>

namespace jcr {

BoardColumnHeader::BoardColumnHeader(BoardModel *model, Status status, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_status(status)
{
    setAcceptDrops(true);
    setAttribute(Qt::WA_Hover);
    setAccessibleName(enums::displayName(status));
    const auto refresh = [this] {
        update();
    };
    connect(model, &QAbstractItemModel::dataChanged, this, refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(model, &QAbstractItemModel::rowsMoved, this, refresh);
    connect(model, &QAbstractItemModel::modelReset, this, refresh);
}

bool BoardColumnHeader::isCollapsible() const
{
    return m_status == Status::OnHold || m_status == Status::Cancelled;
}

void BoardColumnHeader::setCollapsed(bool collapsed)
{
    if (m_collapsed == collapsed || (collapsed && !isCollapsible()))
        return;
    m_collapsed = collapsed;
    update();
    Q_EMIT collapseToggled(m_status, collapsed);
}

QString BoardColumnHeader::countText(int shown, int total, int limit)
{
    const QLocale l;
    if (limit <= 0)
        return shown == total ? l.toString(shown)
                              : tr("%1 of %2").arg(l.toString(shown), l.toString(total));
    const QString wip = QStringLiteral("%1/%2").arg(l.toString(total), l.toString(limit));
    return shown == total ? wip : QStringLiteral("%1 · %2").arg(l.toString(shown), wip);
}

QSize BoardColumnHeader::sizeHint() const
{
    return {200, fontMetrics().height() + 18};
}

void BoardColumnHeader::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const int shown = m_model->columnCardCount(int(m_status));
    const int total = m_model->statusTotal(m_status);
    const int limit = m_model->wipLimit(m_status);
    const WipState state = m_model->wipStateOf(m_status);
    const QColor wip = wipColour(state, pal);

    QRectF r = QRectF(rect()).adjusted(2, 2, -2, -2);
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::Window).darker(state == WipState::Over ? 100 : 104));
    p.drawRoundedRect(r, 4, 4);
    if (state == WipState::AtLimit || state == WipState::Over) {
        QColor tint = wip;
        tint.setAlpha(40);
        p.setBrush(tint);
        p.drawRoundedRect(r, 4, 4);
        p.setBrush(wip);
        p.drawRoundedRect(QRectF(r.left(), r.bottom() - 3, r.width(), 3), 1.5, 1.5);
    }

    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font());
    qreal x = r.left() + 8;
    if (isCollapsible()) {
        // Chevron: right when collapsed (then it is all the narrow header shows), down when open.
        const qreal c = fm.height() * 0.3;
        const QPointF m(m_collapsed ? r.center().x() : x + c, r.center().y());
        p.setPen(QPen(pal.color(QPalette::WindowText), 1.6, Qt::SolidLine, Qt::RoundCap,
                      Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        if (m_collapsed)
            p.drawPolyline(QPolygonF(
                    {m + QPointF(-c / 2, -c), m + QPointF(c / 2, 0), m + QPointF(-c / 2, c)}));
        else
            p.drawPolyline(QPolygonF(
                    {m + QPointF(-c, -c / 2), m + QPointF(0, c / 2), m + QPointF(c, -c / 2)}));
        x += 2 * c + 6;
    }
    if (m_collapsed)
        return;
    const QString count = countText(shown, total, limit);
    const qreal countW = QFontMetricsF(bold).horizontalAdvance(count) + 14;
    const QRectF pill(r.right() - 8 - countW, r.center().y() - fm.height() / 2.0 - 1, countW,
                      fm.height() + 2);
    p.setPen(Qt::NoPen);
    QColor pillFill = state == WipState::AtLimit || state == WipState::Over
            ? wip
            : pal.color(QPalette::Base);
    p.setBrush(pillFill);
    p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    p.setFont(bold);
    p.setPen(state == WipState::AtLimit || state == WipState::Over
                     ? QColor(Qt::white)
                     : pal.color(QPalette::WindowText));
    p.drawText(pill, Qt::AlignCenter, count);
    p.setPen(pal.color(QPalette::WindowText));
    const QRectF nameRect(x, r.top(), pill.left() - 6 - x, r.height());
    p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(bold).elidedText(enums::displayName(m_status), Qt::ElideRight,
                                              nameRect.width()));
}

bool BoardColumnHeader::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const int total = m_model->statusTotal(m_status);
        const int limit = m_model->wipLimit(m_status);
        QString tip = tr("%1: %n card(s) shown", nullptr, m_model->columnCardCount(int(m_status)))
                              .arg(enums::displayName(m_status));
        tip += QLatin1Char('\n');
        tip += limit > 0 ? tr("%1 of a work-in-progress limit of %2 (the limit never blocks)")
                                   .arg(total)
                                   .arg(limit)
                         : tr("No work-in-progress limit; right-click to set one");
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(e);
}

void BoardColumnHeader::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && isCollapsible()) {
        setCollapsed(!m_collapsed);
        return;
    }
    QWidget::mousePressEvent(event);
}

QMenu *BoardColumnHeader::createContextMenu()
{
    auto *menu = new QMenu(this);
    const bool writable = !m_model->document()->isReadOnly();
    const int limit = m_model->wipLimit(m_status);
    QAction *set = menu->addAction(limit > 0 ? tr("Change WIP Limit (%1)…").arg(limit)
                                             : tr("Set WIP Limit…"));
    set->setObjectName(QStringLiteral("setWipLimit"));
    set->setEnabled(writable);
    connect(set, &QAction::triggered, this, &BoardColumnHeader::editWipLimit);
    QAction *remove = menu->addAction(tr("Remove WIP Limit"));
    remove->setObjectName(QStringLiteral("removeWipLimit"));
    remove->setEnabled(writable && limit > 0);
    connect(remove, &QAction::triggered, this, [this] { setWipLimit(0); });
    if (isCollapsible()) {
        menu->addSeparator();
        QAction *collapse
                = menu->addAction(m_collapsed ? tr("Expand Column") : tr("Collapse Column"));
        collapse->setObjectName(QStringLiteral("toggleCollapsed"));
        connect(collapse, &QAction::triggered, this, [this] { setCollapsed(!m_collapsed); });
    }
    return menu;
}

void BoardColumnHeader::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void BoardColumnHeader::editWipLimit()
{
    bool ok = false;
    const int limit = QInputDialog::getInt(
            this, tr("WIP Limit"),
            tr("Soft limit of cards in “%1” (0 for none).\nThe header turns amber at the limit "
               "and red above it; moves are never blocked.")
                    .arg(enums::displayName(m_status)),
            m_model->wipLimit(m_status), 0, 9999, 1, &ok);
    if (ok)
        setWipLimit(limit);
}

void BoardColumnHeader::setWipLimit(int limit)
{
    (void)EditService(m_model->document()).setWipLimit(m_status, limit);
}

void BoardColumnHeader::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_model->document()->isReadOnly() && CardListView::isOwnDrag(event, this)
        && event->mimeData()->hasFormat(ItemModel::mimeType()))
        event->acceptProposedAction();
}

void BoardColumnHeader::dropEvent(QDropEvent *event)
{
    const QList<qint64> ids = ItemModel::idsFromMime(event->mimeData());
    if (ids.isEmpty() || !CardListView::isOwnDrag(event, this))
        return;
    // Keep the card's lane: only the status changes.
    const QModelIndex card = m_model->indexOfId(ids.first());
    const int lane = card.isValid() ? BoardModel::cellLane(m_model->cellOf(card)) : 0;
    m_model->moveCards(ids, lane * BoardModel::StatusColumns + int(m_status), -1);
    event->setDropAction(Qt::CopyAction); // the model moved it: the source must not remove it
    event->accept();
}

} // namespace jcr
