#pragma once

#include "enums.h"
#include "textlimits.h"

#include <QString>

namespace jcr {

/// A ministry or agency taking part in roadmap items.
struct Organisation
{
    qint64 id = 0;
    QString name;
    QString shortName;
    Country country = Country::Other;

    friend bool operator==(const Organisation &, const Organisation &) = default;
};

/// An organisation's participation in one item.
struct OrgLink
{
    qint64 organisationId = 0;
    OrgRole role = OrgRole::Lead;
    friend bool operator==(const OrgLink &, const OrgLink &) = default;
};

/// One item's link to an organisation, with its place in the item's list (to put a removed
/// organisation's links back where they were).
struct ItemOrgLink
{
    qint64 itemId = 0;
    OrgLink link;
    int position = 0;
    friend bool operator==(const ItemOrgLink &, const ItemOrgLink &) = default;
};

} // namespace jcr
