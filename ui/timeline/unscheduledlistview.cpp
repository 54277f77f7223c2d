#include "unscheduledlistview.h"

#include "models/roles.h"

namespace jcr {

UnscheduledListView::UnscheduledListView(QWidget *parent)
    : QListView(parent)
{ }

bool UnscheduledListView::changesRowHeights(const QList<int> &roles)
{
    return roles.isEmpty() || roles.contains(TitleRole) || roles.contains(Qt::FontRole)
            || roles.contains(Qt::SizeHintRole);
}

void UnscheduledListView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                      const QList<int> &roles)
{
    if (changesRowHeights(roles))
        QListView::dataChanged(topLeft, bottomRight, roles);
    else
        QAbstractItemView::dataChanged(topLeft, bottomRight, roles); // a repaint
}

} // namespace jcr
