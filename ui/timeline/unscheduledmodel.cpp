#include "unscheduledmodel.h"

#include "models/roles.h"

#include <QDate>

namespace jcr {

UnscheduledModel::UnscheduledModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Dates change through dataChanged: re-check membership then.
    setDynamicSortFilter(true);
}

bool UnscheduledModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    return !idx.data(StartDateRole).toDate().isValid() && !idx.data(EndDateRole).toDate().isValid();
}

bool UnscheduledModel::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    return sourceColumn == 0; // the title
}

} // namespace jcr
