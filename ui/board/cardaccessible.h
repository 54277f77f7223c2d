#pragma once

#include <QAccessibleInterface>
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
class CardAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
    Q_DECLARE_TR_FUNCTIONS(jcr::CardAccessible)

public:
    CardAccessible(CardListView *view, qint64 itemId);

    qint64 itemId() const { return m_id; }
    /// The card's index in its view's model (invalid when it left the cell).
    QModelIndex index() const;

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

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
