#pragma once

#include "item.h"

#include <QFlags>

namespace jcr {

/// The user-editable fields of an Item, as flags: what a change event says changed.
enum class ItemField : quint32 {
    None = 0,
    Area = 1u << 0,
    Title = 1u << 1,
    Description = 1u << 2,
    Kind = 1u << 3,
    Status = 1u << 4,
    Health = 1u << 5,
    Lead = 1u << 6,
    Start = 1u << 7,
    End = 1u << 8,
    Progress = 1u << 9,
    Source = 1u << 10,
    Rank = 1u << 11,
    Organisations = 1u << 12,
    Tags = 1u << 13,
    Translations = 1u << 14, ///< the French or Japanese title or description
    All = (1u << 15) - 1,
};
Q_DECLARE_FLAGS(ItemFields, ItemField)
Q_DECLARE_OPERATORS_FOR_FLAGS(ItemFields)

/// The fields in which \a a and \a b differ (id, version and stamps are not fields).
ItemFields differingFields(const Item &a, const Item &b);

} // namespace jcr

Q_DECLARE_METATYPE(jcr::ItemFields)
