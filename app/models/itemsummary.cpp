#include "itemsummary.h"

#include "domain/enums.h"
#include "domain/fuzzydate.h"
#include "roles.h"

#include <QLocale>
#include <QModelIndex>

namespace jcr {

namespace {

FuzzyDate dateOf(const QModelIndex &index, int dateRole, int precisionRole)
{
    const QDate day = index.data(dateRole).toDate();
    if (!day.isValid())
        return {};
    return FuzzyDate(day, DatePrecision(index.data(precisionRole).toInt()));
}

} // namespace

QString ItemSummary::name(const QModelIndex &index)
{
    const QLocale locale;
    QStringList parts {index.data(TitleRole).toString()};
    parts << locale.toLower(enums::displayName(ItemKind(index.data(KindRole).toInt())));
    parts << enums::displayName(Status(index.data(StatusRole).toInt()));
    parts << locale.toLower(enums::displayName(Health(index.data(HealthRole).toInt())));
    const QString due = index.data(DueTextRole).toString();
    if (!due.isEmpty())
        parts << tr("due %1").arg(due);
    if (index.data(OverdueRole).toBool())
        parts << tr("overdue");
    switch (LeadSide(index.data(LeadRole).toInt())) {
    case LeadSide::Japan:
        parts << tr("lead Japan");
        break;
    case LeadSide::Canada:
        parts << tr("lead Canada");
        break;
    case LeadSide::Joint:
        parts << tr("lead Japan and Canada");
        break;
    }
    return parts.join(tr(", ", "between the parts of an item's spoken summary"));
}

QString ItemSummary::description(const QModelIndex &index)
{
    QStringList parts;
    const FuzzyDate start = dateOf(index, StartDateRole, StartPrecisionRole);
    const FuzzyDate end = dateOf(index, EndDateRole, EndPrecisionRole);
    if (start.isValid() && end.isValid())
        parts << tr("from %1 to %2").arg(start.toDisplayString(), end.toDisplayString());
    else if (start.isValid())
        parts << tr("starts %1").arg(start.toDisplayString());
    else if (!end.isValid())
        parts << tr("no dates");
    parts << tr("priority area %1 %2")
                     .arg(index.data(AreaNumberRole).toInt())
                     .arg(index.data(AreaNameRole).toString());
    parts << tr("%1 % done").arg(index.data(ProgressRole).toInt());
    const QString orgs = index.data(LeadOrganisationsRole).toString();
    if (!orgs.isEmpty())
        parts << tr("led by %1").arg(orgs);
    return parts.join(tr(", ", "between the parts of an item's spoken summary"));
}

} // namespace jcr
