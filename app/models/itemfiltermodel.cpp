#include "itemfiltermodel.h"

#include "domain/clock.h"
#include "domain/enums.h"
#include "itemmodel.h"
#include "roles.h"

namespace jcr {

ItemFilterModel::ItemFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Rows must follow edits (a status change may take a card off a filtered board).
    setDynamicSortFilter(true);
    // "Due in the next N days" moves with the date.
    connect(&Clock::instance(), &Clock::dayChanged, this, [this] {
        if (m_dueWithinDays >= 0)
            changed();
    });
}

void ItemFilterModel::changed()
{
    invalidateFilter();
    Q_EMIT filterChanged();
}

void ItemFilterModel::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    changed();
}

void ItemFilterModel::setAreaIds(const QSet<qint64> &ids)
{
    if (m_areaIds == ids)
        return;
    m_areaIds = ids;
    changed();
}

void ItemFilterModel::setStatuses(const QSet<int> &statuses)
{
    if (m_statuses == statuses)
        return;
    m_statuses = statuses;
    changed();
}

void ItemFilterModel::setHealths(const QSet<int> &healths)
{
    if (m_healths == healths)
        return;
    m_healths = healths;
    changed();
}

void ItemFilterModel::setLeads(const QSet<int> &leads)
{
    if (m_leads == leads)
        return;
    m_leads = leads;
    changed();
}

void ItemFilterModel::setOrganisationId(qint64 id)
{
    if (m_organisationId == id)
        return;
    m_organisationId = id;
    changed();
}

void ItemFilterModel::setTag(const QString &tag)
{
    if (m_tag == tag)
        return;
    m_tag = tag;
    changed();
}

void ItemFilterModel::setDueWithinDays(int days)
{
    if (m_dueWithinDays == days)
        return;
    m_dueWithinDays = days;
    changed();
}

void ItemFilterModel::clearFilters()
{
    m_text.clear();
    m_areaIds.clear();
    m_statuses.clear();
    m_healths.clear();
    m_leads.clear();
    m_organisationId = 0;
    m_tag.clear();
    m_dueWithinDays = -1;
    changed();
}

bool ItemFilterModel::isFiltering() const
{
    return !m_text.isEmpty() || !m_areaIds.isEmpty() || !m_statuses.isEmpty()
            || !m_healths.isEmpty() || !m_leads.isEmpty() || m_organisationId != 0
            || !m_tag.isEmpty() || m_dueWithinDays >= 0;
}

bool ItemFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *src = sourceModel();
    const QModelIndex idx = src->index(sourceRow, 0, sourceParent);
    if (!m_areaIds.isEmpty() && !m_areaIds.contains(idx.data(AreaIdRole).toLongLong()))
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(idx.data(StatusRole).toInt()))
        return false;
    if (!m_healths.isEmpty() && !m_healths.contains(idx.data(HealthRole).toInt()))
        return false;
    if (!m_leads.isEmpty() && !m_leads.contains(idx.data(LeadRole).toInt()))
        return false;
    if (m_organisationId != 0
        && !idx.data(OrganisationIdsRole).value<QList<qint64>>().contains(m_organisationId))
        return false;
    if (!m_tag.isEmpty() && !idx.data(TagsRole).toStringList().contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (m_dueWithinDays >= 0) {
        const QDate due = idx.data(DueDateRole).toDate();
        const int status = idx.data(StatusRole).toInt();
        if (!due.isValid() || status == int(Status::Done) || status == int(Status::Cancelled)
            || due > today().addDays(m_dueWithinDays))
            return false;
    }
    if (!m_text.isEmpty()) {
        const auto has = [&](int role) {
            return idx.data(role).toString().contains(m_text, Qt::CaseInsensitive);
        };
        // The title as shown and the primary one: a French interface finds "Cyber" too.
        if (!has(TitleRole) && !has(PrimaryTitleRole) && !has(DescriptionRole)
            && !has(LeadOrganisationsRole) && !has(AreaNameRole)
            && !idx.data(TagsRole)
                        .toStringList()
                        .join(QLatin1Char(' '))
                        .contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool ItemFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Sort by the underlying values, not by their translated or formatted text.
    int role = -1;
    switch (left.column()) {
    case ItemModel::AreaColumn:
        role = AreaNumberRole;
        break;
    case ItemModel::KindColumn:
        role = KindRole;
        break;
    case ItemModel::StatusColumn:
        role = StatusRole;
        break;
    case ItemModel::HealthColumn:
        role = HealthRole;
        break;
    case ItemModel::LeadColumn:
        role = LeadRole;
        break;
    case ItemModel::StartColumn:
        role = StartDateRole;
        break;
    case ItemModel::EndColumn:
        role = EndDateRole;
        break;
    case ItemModel::ProgressColumn:
        role = ProgressRole;
        break;
    }
    if (role < 0)
        return QSortFilterProxyModel::lessThan(left, right);
    const QVariant a = left.data(role);
    const QVariant b = right.data(role);
    if (role == StartDateRole || role == EndDateRole) {
        const QDate da = a.toDate(), db = b.toDate();
        if (da.isValid() != db.isValid())
            return da.isValid(); // undated last
        return da < db;
    }
    return a.toInt() < b.toInt();
}

} // namespace jcr
