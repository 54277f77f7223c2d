#pragma once

#include <QListView>

namespace jcr {

/**
 * The timeline's list of items without dates. Titles wrap, so each row has its own height,
 * and QListView measures every row again after any change of its model's data: with
 * thousands of undated items, moving one card cost the whole list. Only a new title (or its
 * font) changes a row's height, and ItemModel names TitleRole whenever a title may have
 * changed (ItemModel::rolesFor): other changes repaint the changed rows only. Rows inserted
 * or removed still measure the list again, from a cache of each title's height.
 */
class UnscheduledListView : public QListView
{
    Q_OBJECT

public:
    explicit UnscheduledListView(QWidget *parent = nullptr);

    /// Whether a change of \a roles may change a row's height (an empty list: any role).
    static bool changesRowHeights(const QList<int> &roles);

protected:
    void changeEvent(QEvent *event) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
};

} // namespace jcr
