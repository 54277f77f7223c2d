#pragma once

#include <QSortFilterProxyModel>

namespace jcr {

/// The rows of the shared filter model that have no dates: the timeline's "Unscheduled" panel.
class UnscheduledModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UnscheduledModel(QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;
};

} // namespace jcr
