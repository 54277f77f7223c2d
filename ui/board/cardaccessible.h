#pragma once

#include "widgets/accessiblelistitem.h"

#include <QCoreApplication>
#include <QPointer>

class QModelIndex;

namespace jcr {

class CardListView;

/**
 * One board card for a screen reader: a list item named with the card's whole state ("Cyber
 * Policy Dialogue, dialogue, Planned, on track, due 2026, lead Japan and Canada", see
 * ItemSummary), described with its dates, area, progress and organisations, selectable and
 * focusable, and with the board's actions: open, move to the next or previous column.
 * It follows its item by id, wherever the card moves within its cell.
 */
class CardAccessible : public AccessibleListItem
{
    Q_DECLARE_TR_FUNCTIONS(jcr::CardAccessible)

public:
    CardAccessible(CardListView *view, qint64 itemId);

    qint64 itemId() const { return m_id; }
    /// The card's index in its view's model (invalid when it left the cell).
    QModelIndex index() const;

    bool isValid() const override;
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QString text(QAccessible::Text t) const override;
    QRect rect() const override;
    QAccessible::State state() const override;

    QStringList actionNames() const override;
    QString localizedActionName(const QString &name) const override;
    QString localizedActionDescription(const QString &name) const override;
    void doAction(const QString &name) override;
    QStringList keyBindingsForAction(const QString &name) const override;

    /// The names of the actions beyond Qt's standard ones.
    static QString moveNextColumnAction();
    static QString movePreviousColumnAction();

private:
    QPointer<CardListView> m_view;
    qint64 m_id;
};

} // namespace jcr
