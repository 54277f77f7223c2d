#include "cardaccessible.h"

#include "boardview.h"
#include "cardlistview.h"
#include "models/boardmodel.h"
#include "models/itemsummary.h"

#include <QItemSelectionModel>
#include <QWidget>
#include <QWindow>

namespace jcr {

namespace {

BoardView *boardOf(const QWidget *w)
{
    for (QWidget *p = w ? w->parentWidget() : nullptr; p; p = p->parentWidget()) {
        if (auto *board = qobject_cast<BoardView *>(p))
            return board;
    }
    return nullptr;
}

} // namespace

CardAccessible::CardAccessible(CardListView *view, qint64 itemId)
    : m_view(view)
    , m_id(itemId)
{ }

QString CardAccessible::moveNextColumnAction()
{
    return QStringLiteral("moveToNextColumn");
}

QString CardAccessible::movePreviousColumnAction()
{
    return QStringLiteral("moveToPreviousColumn");
}

QModelIndex CardAccessible::index() const
{
    if (!m_view)
        return {};
    const auto *board = qobject_cast<const BoardModel *>(m_view->model());
    if (!board)
        return {};
    const QModelIndex index = board->indexOfId(m_id);
    return index.parent() == m_view->rootIndex() ? index : QModelIndex();
}

bool CardAccessible::isValid() const
{
    return m_view && index().isValid();
}

QWindow *CardAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *CardAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
}

QString CardAccessible::text(QAccessible::Text t) const
{
    const QModelIndex card = index();
    if (!card.isValid())
        return {};
    switch (t) {
    case QAccessible::Name:
        return ItemSummary::name(card);
    case QAccessible::Description:
        return ItemSummary::description(card);
    default:
        return {};
    }
}

QRect CardAccessible::rect() const
{
    const QModelIndex card = index();
    if (!card.isValid())
        return {};
    const QRect r = m_view->visualRect(card);
    return QRect(m_view->viewport()->mapToGlobal(r.topLeft()), r.size());
}

QAccessible::State CardAccessible::state() const
{
    QAccessible::State s;
    const QModelIndex card = index();
    if (!card.isValid()) {
        s.invalid = true;
        return s;
    }
    s.selectable = true;
    s.focusable = true;
    s.multiSelectable = true;
    const QItemSelectionModel *selection = m_view->selectionModel();
    s.selected = selection && selection->isSelected(card);
    s.focused = m_view->hasFocus() && selection && selection->currentIndex() == card;
    s.active = s.focused;
    const QRect r = m_view->visualRect(card);
    s.invisible = !m_view->isVisible();
    s.offscreen = !m_view->viewport()->rect().intersects(r);
    return s;
}

QStringList CardAccessible::actionNames() const
{
    return {pressAction(), setFocusAction(), moveNextColumnAction(), movePreviousColumnAction()};
}

QString CardAccessible::localizedActionName(const QString &name) const
{
    if (name == pressAction())
        return tr("Open");
    if (name == moveNextColumnAction())
        return tr("Move to next column");
    if (name == movePreviousColumnAction())
        return tr("Move to previous column");
    return QAccessibleActionInterface::localizedActionName(name);
}

QString CardAccessible::localizedActionDescription(const QString &name) const
{
    if (name == pressAction())
        return tr("Opens the item in the editor");
    if (name == moveNextColumnAction())
        return tr("Moves the item to the next status");
    if (name == movePreviousColumnAction())
        return tr("Moves the item to the previous status");
    return QAccessibleActionInterface::localizedActionDescription(name);
}

QStringList CardAccessible::keyBindingsForAction(const QString &name) const
{
    if (name == pressAction())
        return {QStringLiteral("Return")};
    if (name == moveNextColumnAction())
        return {QStringLiteral("Ctrl+Shift+Right")};
    if (name == movePreviousColumnAction())
        return {QStringLiteral("Ctrl+Shift+Left")};
    return {};
}

void CardAccessible::doAction(const QString &name)
{
    BoardView *board = boardOf(m_view);
    if (!board || !isValid())
        return;
    board->setCurrentItem(m_id);
    if (name == setFocusAction()) {
        m_view->setFocus(Qt::OtherFocusReason);
    } else if (name == pressAction()) {
        board->openItem(m_id);
    } else if (name == moveNextColumnAction()) {
        board->moveCurrentCard(1, 0);
    } else if (name == movePreviousColumnAction()) {
        board->moveCurrentCard(-1, 0);
    }
}

} // namespace jcr
