#pragma once

#include <QTableView>

namespace jcr {

/// The sortable table of all (filtered) items: the Items view.
class ItemsView : public QTableView
{
    Q_OBJECT

public:
    explicit ItemsView(QWidget *parent = nullptr);

    /// Id of the item under the current index, or 0.
    qint64 currentItemId() const;

Q_SIGNALS:
    void openRequested(qint64 id);
    void deleteRequested();

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void selectionChanged(const QItemSelection &selected,
                          const QItemSelection &deselected) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace jcr
