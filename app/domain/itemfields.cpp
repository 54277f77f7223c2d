#include "itemfields.h"

namespace jcr {

ItemFields differingFields(const Item &a, const Item &b)
{
    ItemFields f;
    const auto note = [&f](bool differs, ItemField field) {
        if (differs)
            f |= field;
    };
    note(a.areaId != b.areaId, ItemField::Area);
    note(a.title != b.title, ItemField::Title);
    note(a.description != b.description, ItemField::Description);
    note(a.kind != b.kind, ItemField::Kind);
    note(a.status != b.status, ItemField::Status);
    note(a.health != b.health, ItemField::Health);
    note(a.lead != b.lead, ItemField::Lead);
    note(!(a.start == b.start), ItemField::Start);
    note(!(a.end == b.end), ItemField::End);
    note(a.progress != b.progress, ItemField::Progress);
    note(a.citations != b.citations, ItemField::Source);
    note(a.rank != b.rank, ItemField::Rank);
    note(a.organisations != b.organisations, ItemField::Organisations);
    note(a.tags != b.tags, ItemField::Tags);
    note(a.titles != b.titles || a.descriptions != b.descriptions, ItemField::Translations);
    return f;
}

} // namespace jcr
