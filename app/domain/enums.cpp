#include "enums.h"

#include <QCoreApplication>

#include <array>

namespace jcr::enums {

namespace {

template<typename E> struct Entry
{
    E value;
    const char *key;
    const char *name; // translated in the "jcr::enums" context
};

constexpr std::array kinds {
        Entry<ItemKind> {ItemKind::Initiative, "initiative",
                         QT_TRANSLATE_NOOP("jcr::enums", "Initiative")},
        Entry<ItemKind> {ItemKind::Dialogue, "dialogue",
                         QT_TRANSLATE_NOOP("jcr::enums", "Dialogue")},
        Entry<ItemKind> {ItemKind::Agreement, "agreement",
                         QT_TRANSLATE_NOOP("jcr::enums", "Agreement")},
        Entry<ItemKind> {ItemKind::Visit, "visit", QT_TRANSLATE_NOOP("jcr::enums", "Visit")},
        Entry<ItemKind> {ItemKind::Mission, "mission", QT_TRANSLATE_NOOP("jcr::enums", "Mission")},
        Entry<ItemKind> {ItemKind::Event, "event", QT_TRANSLATE_NOOP("jcr::enums", "Event")},
        Entry<ItemKind> {ItemKind::Milestone, "milestone",
                         QT_TRANSLATE_NOOP("jcr::enums", "Milestone")},
        Entry<ItemKind> {ItemKind::Governance, "governance",
                         QT_TRANSLATE_NOOP("jcr::enums", "Governance")},
};

constexpr std::array statuses {
        Entry<Status> {Status::Proposed, "proposed", QT_TRANSLATE_NOOP("jcr::enums", "Proposed")},
        Entry<Status> {Status::Planned, "planned", QT_TRANSLATE_NOOP("jcr::enums", "Planned")},
        Entry<Status> {Status::InProgress, "in_progress",
                       QT_TRANSLATE_NOOP("jcr::enums", "In progress")},
        Entry<Status> {Status::Done, "done", QT_TRANSLATE_NOOP("jcr::enums", "Done")},
        Entry<Status> {Status::OnHold, "on_hold", QT_TRANSLATE_NOOP("jcr::enums", "On hold")},
        Entry<Status> {Status::Cancelled, "cancelled",
                       QT_TRANSLATE_NOOP("jcr::enums", "Cancelled")},
};

constexpr std::array healths {
        Entry<Health> {Health::OnTrack, "on_track", QT_TRANSLATE_NOOP("jcr::enums", "On track")},
        Entry<Health> {Health::AtRisk, "at_risk", QT_TRANSLATE_NOOP("jcr::enums", "At risk")},
        Entry<Health> {Health::OffTrack, "off_track", QT_TRANSLATE_NOOP("jcr::enums", "Off track")},
};

constexpr std::array leads {
        Entry<LeadSide> {LeadSide::Japan, "japan", QT_TRANSLATE_NOOP("jcr::enums", "Japan")},
        Entry<LeadSide> {LeadSide::Canada, "canada", QT_TRANSLATE_NOOP("jcr::enums", "Canada")},
        Entry<LeadSide> {LeadSide::Joint, "joint", QT_TRANSLATE_NOOP("jcr::enums", "Joint")},
};

constexpr std::array countries {
        Entry<Country> {Country::Japan, "JP", QT_TRANSLATE_NOOP("jcr::enums", "Japan")},
        Entry<Country> {Country::Canada, "CA", QT_TRANSLATE_NOOP("jcr::enums", "Canada")},
        Entry<Country> {Country::Other, "other", QT_TRANSLATE_NOOP("jcr::enums", "Other")},
};

constexpr std::array precisions {
        Entry<DatePrecision> {DatePrecision::Day, "day", QT_TRANSLATE_NOOP("jcr::enums", "Day")},
        Entry<DatePrecision> {DatePrecision::Month, "month",
                              QT_TRANSLATE_NOOP("jcr::enums", "Month")},
        Entry<DatePrecision> {DatePrecision::Quarter, "quarter",
                              QT_TRANSLATE_NOOP("jcr::enums", "Quarter")},
        Entry<DatePrecision> {DatePrecision::Year, "year", QT_TRANSLATE_NOOP("jcr::enums", "Year")},
};

constexpr std::array orgRoles {
        Entry<OrgRole> {OrgRole::Lead, "lead", QT_TRANSLATE_NOOP("jcr::enums", "Lead")},
        Entry<OrgRole> {OrgRole::Supporting, "supporting",
                        QT_TRANSLATE_NOOP("jcr::enums", "Supporting")},
};

template<typename Table> auto valuesOf(const Table &table)
{
    QList<decltype(table[0].value)> out;
    for (const auto &e : table)
        out.append(e.value);
    return out;
}

template<typename Table> QStringList keysOf(const Table &table)
{
    QStringList out;
    for (const auto &e : table)
        out.append(QString::fromLatin1(e.key));
    return out;
}

template<typename Table, typename E> const auto &entryOf(const Table &table, E v)
{
    for (const auto &e : table) {
        if (e.value == v)
            return e;
    }
    return table[0]; // unreachable for valid enumerators
}

template<typename Table>
auto fromKey(const Table &table, QStringView key) -> std::optional<decltype(table[0].value)>
{
    for (const auto &e : table) {
        if (key == QLatin1String(e.key))
            return e.value;
    }
    return std::nullopt;
}

QString translated(const char *name)
{
    return QCoreApplication::translate("jcr::enums", name);
}

} // namespace

QList<ItemKind> allKinds()
{
    return valuesOf(kinds);
}
QList<Status> allStatuses()
{
    return valuesOf(statuses);
}
QList<Health> allHealths()
{
    return valuesOf(healths);
}
QList<LeadSide> allLeadSides()
{
    return valuesOf(leads);
}
QList<DatePrecision> allPrecisions()
{
    return valuesOf(precisions);
}

QString key(ItemKind v)
{
    return QString::fromLatin1(entryOf(kinds, v).key);
}
QString key(Status v)
{
    return QString::fromLatin1(entryOf(statuses, v).key);
}
QString key(Health v)
{
    return QString::fromLatin1(entryOf(healths, v).key);
}
QString key(LeadSide v)
{
    return QString::fromLatin1(entryOf(leads, v).key);
}
QString key(Country v)
{
    return QString::fromLatin1(entryOf(countries, v).key);
}
QString key(DatePrecision v)
{
    return QString::fromLatin1(entryOf(precisions, v).key);
}
QString key(OrgRole v)
{
    return QString::fromLatin1(entryOf(orgRoles, v).key);
}

std::optional<ItemKind> kindFromKey(QStringView k)
{
    return fromKey(kinds, k);
}
std::optional<Status> statusFromKey(QStringView k)
{
    return fromKey(statuses, k);
}
std::optional<Health> healthFromKey(QStringView k)
{
    return fromKey(healths, k);
}
std::optional<LeadSide> leadFromKey(QStringView k)
{
    return fromKey(leads, k);
}
std::optional<Country> countryFromKey(QStringView k)
{
    return fromKey(countries, k);
}
std::optional<DatePrecision> precisionFromKey(QStringView k)
{
    return fromKey(precisions, k);
}
std::optional<OrgRole> orgRoleFromKey(QStringView k)
{
    return fromKey(orgRoles, k);
}

QString displayName(ItemKind v)
{
    return translated(entryOf(kinds, v).name);
}
QString displayName(Status v)
{
    return translated(entryOf(statuses, v).name);
}
QString displayName(Health v)
{
    return translated(entryOf(healths, v).name);
}
QString displayName(LeadSide v)
{
    return translated(entryOf(leads, v).name);
}
QString displayName(Country v)
{
    return translated(entryOf(countries, v).name);
}
QString displayName(DatePrecision v)
{
    return translated(entryOf(precisions, v).name);
}
QString displayName(OrgRole v)
{
    return translated(entryOf(orgRoles, v).name);
}

QStringList kindKeys()
{
    return keysOf(kinds);
}
QStringList statusKeys()
{
    return keysOf(statuses);
}
QStringList healthKeys()
{
    return keysOf(healths);
}
QStringList leadKeys()
{
    return keysOf(leads);
}
QStringList countryKeys()
{
    return keysOf(countries);
}
QStringList precisionKeys()
{
    return keysOf(precisions);
}
QStringList orgRoleKeys()
{
    return keysOf(orgRoles);
}

} // namespace jcr::enums
