#include "item.h"

#include <QCoreApplication>

namespace jcr {

QDate Item::deadlineOf(ItemKind kind, Status status, const FuzzyDate &start, const FuzzyDate &end)
{
    if (end.isValid())
        return end.last();
    if (start.isValid()
        && (kind == ItemKind::Milestone || status == Status::Proposed || status == Status::Planned))
        return start.last();
    return {};
}

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::Item)
};

} // namespace

QStringList Item::validate() const
{
    QStringList problems;
    if (title.trimmed().isEmpty())
        problems << Tr::tr("A title is required.");
    if (title.size() > MaxTitleLength || titles.fr.size() > MaxTitleLength
        || titles.ja.size() > MaxTitleLength)
        problems << Tr::tr("The title is longer than %1 characters.").arg(MaxTitleLength);
    bool tooLong = description.size() > MaxTextLength || descriptions.fr.size() > MaxTextLength
            || descriptions.ja.size() > MaxTextLength;
    for (const Citation &c : citations) {
        tooLong = tooLong || c.passage.size() > MaxTextLength;
        if (c.passage.isEmpty() || c.sourceId <= 0)
            problems << Tr::tr("A cited passage must name its source and may not be empty.");
    }
    if (tooLong)
        problems << Tr::tr("The text is longer than %1 characters.").arg(MaxTextLength);
    if (areaId <= 0)
        problems << Tr::tr("A priority area is required.");
    if (start.isValid() && end.isValid() && end.last() < start.first())
        problems << Tr::tr("The end (%1) is before the start (%2).")
                            .arg(end.toDisplayString(), start.toDisplayString());
    if (progress < 0 || progress > 100)
        problems << Tr::tr("Progress must be between 0 and 100 %.");
    return problems;
}

} // namespace jcr
