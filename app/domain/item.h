#pragma once

#include "enums.h"
#include "fuzzydate.h"
#include "organisation.h"
#include "sourcedocument.h"
#include "translatedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace jcr {

/// Largest title accepted, in characters: a title is a line, not a document.
inline constexpr int MaxTitleLength = 500;
/// Largest description or source text accepted, in characters.
inline constexpr int MaxTextLength = 100000;

/// A roadmap item: an initiative, dialogue, agreement, visit, mission, event, milestone…
struct Item
{
    qint64 id = 0;
    qint64 areaId = 0;
    QString title;
    QString description;
    /// French and Japanese titles and descriptions beside the primary ones (schema 7).
    TranslatedText titles;
    TranslatedText descriptions;
    ItemKind kind = ItemKind::Initiative;
    Status status = Status::Planned;
    Health health = Health::OnTrack;
    LeadSide lead = LeadSide::Joint;
    FuzzyDate start;
    FuzzyDate end;
    int progress = 0;
    /// The passages of source documents the item comes from, each verbatim; may be empty.
    QList<Citation> citations;
    /// Position within its board column; smaller comes first.
    double rank = 0;
    QList<OrgLink> organisations;
    QStringList tags;

    qint64 version = 0; ///< bumped by a trigger on every change, in or out of the app
    QString updatedAt; ///< ISO 8601 UTC, set by the same trigger

    /// The date that counts as "due": the end, or the start of a milestone without an end.
    FuzzyDate due() const { return end.isValid() ? end : start; }
    bool isMilestoneLike() const { return kind == ItemKind::Milestone || !end.isValid(); }

    /// The day after which an item is late, or a null date when it has no deadline: the end;
    /// without an end, the start of a milestone or of work not yet begun. An ongoing item with
    /// only a start is not late. The one rule for the board, the timeline and the reports.
    static QDate deadlineOf(ItemKind kind, Status status, const FuzzyDate &start,
                            const FuzzyDate &end);
    QDate deadline() const { return deadlineOf(kind, status, start, end); }
    /// Late as of \a today: past its deadline and neither done nor cancelled.
    bool isOverdue(QDate today) const
    {
        return status != Status::Done && status != Status::Cancelled && deadline().isValid()
                && deadline() < today;
    }

    /// Changes the status; moving to Done completes the progress (100 %), leaving Done keeps
    /// it. The one rule for the editor, the board and the items table.
    void setStatus(Status newStatus)
    {
        if (newStatus == Status::Done && status != Status::Done)
            progress = 100;
        status = newStatus;
    }

    /// The title to show in \a language (its translation, else the primary title; \a fellBack
    /// says which).
    QString titleIn(QLocale::Language language, bool *fellBack = nullptr) const
    {
        return titles.shown(title, language, fellBack);
    }
    QString descriptionIn(QLocale::Language language, bool *fellBack = nullptr) const
    {
        return descriptions.shown(description, language, fellBack);
    }

    /// Human-readable reasons the item cannot be saved; empty when it is valid.
    QStringList validate() const;
};

} // namespace jcr
