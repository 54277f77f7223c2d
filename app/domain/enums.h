#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace jcr {

/// What sort of commitment a roadmap item is.
enum class ItemKind {
    Initiative,
    Dialogue,
    Agreement,
    Visit,
    Mission,
    Event,
    Milestone,
    Governance
};

/// Where an item stands in its workflow; the order is the board's column order.
enum class Status { Proposed, Planned, InProgress, Done, OnHold, Cancelled };

/// How an item is going, independent of its status.
enum class Health { OnTrack, AtRisk, OffTrack };

/// Which side leads an item.
enum class LeadSide { Japan, Canada, Joint };

/// Which country an organisation belongs to.
enum class Country { Japan, Canada, Other };

/// How exact a date is: the statement often says "this calendar year", not a day.
enum class DatePrecision { Day, Month, Quarter, Year };

/// The role an organisation plays in an item.
enum class OrgRole { Lead, Supporting };

/**
 * Conversions between the enumerations, their stable keys in the SQLite file and
 * their translated display names. Keys never change; names go through tr().
 */
namespace enums {

QList<ItemKind> allKinds();
QList<Status> allStatuses();
QList<Health> allHealths();
QList<LeadSide> allLeadSides();
QList<DatePrecision> allPrecisions();

QString key(ItemKind v);
QString key(Status v);
QString key(Health v);
QString key(LeadSide v);
QString key(Country v);
QString key(DatePrecision v);
QString key(OrgRole v);

std::optional<ItemKind> kindFromKey(QStringView key);
std::optional<Status> statusFromKey(QStringView key);
std::optional<Health> healthFromKey(QStringView key);
std::optional<LeadSide> leadFromKey(QStringView key);
std::optional<Country> countryFromKey(QStringView key);
std::optional<DatePrecision> precisionFromKey(QStringView key);
std::optional<OrgRole> orgRoleFromKey(QStringView key);

QString displayName(ItemKind v);
QString displayName(Status v);
QString displayName(Health v);
QString displayName(LeadSide v);
QString displayName(Country v);
QString displayName(DatePrecision v);
QString displayName(OrgRole v);

/// All keys of an enumeration, in declaration order.
QStringList kindKeys();
QStringList statusKeys();
QStringList healthKeys();
QStringList leadKeys();
QStringList countryKeys();
QStringList precisionKeys();
QStringList orgRoleKeys();

} // namespace enums
} // namespace jcr
