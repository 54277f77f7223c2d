#pragma once

#include <Qt>

namespace jcr {

/**
 * Custom roles of ItemModel, read by every view (items table, board, timeline, reports) so that
 * they all present the same data. Enumerations are returned as int, dates as QDate.
 */
enum ItemRole {
    IdRole = Qt::UserRole + 1, ///< qint64
    AreaIdRole, ///< qint64; settable (moves the item to another area)
    AreaNumberRole, ///< int, 1..6
    AreaColourRole, ///< QColor
    AreaNameRole, ///< QString (short name)
    TitleRole, ///< QString; named in every dataChanged() that may change a title
    DescriptionRole, ///< QString
    KindRole, ///< int (ItemKind)
    StatusRole, ///< int (Status); settable
    HealthRole, ///< int (Health); settable
    LeadRole, ///< int (LeadSide)
    StartDateRole, ///< QDate, first day of the start period (null if none)
    StartPrecisionRole, ///< int (DatePrecision)
    EndDateRole, ///< QDate, last day of the end period (null if none)
    EndPrecisionRole, ///< int (DatePrecision)
    DueDateRole, ///< QDate, last day of the due period (end, else start)
    DueTextRole, ///< QString, due date in its precision: "2026", "Q3 2026", "12 Dec 2026"
    OverdueRole, ///< bool: due before today and not done or cancelled
    ProgressRole, ///< int 0..100; settable
    RankRole, ///< double, position in the board column; settable
    LeadOrganisationsRole, ///< QString, "MOFA, GAC"
    OrganisationIdsRole, ///< QList<qint64> of all linked organisations
    TagsRole, ///< QStringList
    SourceRole, ///< QString, the cited passages as read (emphasis markers removed)
    VersionRole, ///< qint64
    // Against the baseline chosen in View ▸ Compare With (ItemModel::setComparison); null or
    // false without one, or when the baseline did not have the item.
    /// QDate: the first day of the span the baseline had (its start; without one, its end)
    BaselineStartDateRole,
    /// QDate: the last day of that span (its end; without one, its start)
    BaselineEndDateRole,
    SlipTextRole, ///< QString: the due date's slip, "+1 quarter", "−2 months", "0"
    SlippedRole, ///< bool: the due date moved to a later period (BaselineComparison)
    /// headerData(0, Qt::Horizontal, …): bool, a comparison is chosen (the roles above are
    /// worth reading).
    ComparisonActiveRole,
    /// bool: TitleRole shows the primary title because the interface's language has no
    /// translation of it (the views mark it, in italics)
    TitleFallbackRole,
    PrimaryTitleRole, ///< QString: the primary title, whatever the interface's language
    ItemRoleEnd ///< one past the last role (ItemModel::rolesFor lists them all)
};

} // namespace jcr
