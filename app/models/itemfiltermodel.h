#pragma once

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

namespace jcr {

/**
 * The filter shared by the items view, the board and the timeline: text, priority areas,
 * statuses, health, lead side, organisation, tag and "due in the next N days".
 * An empty set means "no restriction".
 */
class ItemFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ItemFilterModel(QObject *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    void setAreaIds(const QSet<qint64> &ids);
    void setStatuses(const QSet<int> &statuses);
    void setHealths(const QSet<int> &healths);
    void setLeads(const QSet<int> &leads);
    void setOrganisationId(qint64 id); ///< 0: any
    void setTag(const QString &tag); ///< empty: any
    void setDueWithinDays(int days); ///< -1: any; counts from today(), overdue included
    void clearFilters();

    QSet<qint64> areaIds() const { return m_areaIds; }
    QSet<int> statuses() const { return m_statuses; }
    QSet<int> healths() const { return m_healths; }
    QSet<int> leads() const { return m_leads; }
    qint64 organisationId() const { return m_organisationId; }
    QString tag() const { return m_tag; }
    int dueWithinDays() const { return m_dueWithinDays; }
    bool isFiltering() const;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void changed();

    QString m_text;
    QSet<qint64> m_areaIds;
    QSet<int> m_statuses;
    QSet<int> m_healths;
    QSet<int> m_leads;
    qint64 m_organisationId = 0;
    QString m_tag;
    int m_dueWithinDays = -1;
};

} // namespace jcr
