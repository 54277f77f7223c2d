#pragma once

#include <QCoreApplication>
#include <QString>

class QModelIndex;

namespace jcr {

/**
 * An item said in words, for screen readers: what a card or a bar shows with colours, glyphs
 * and badges, as one sentence. Read from a row of the item model through the roles of roles.h,
 * so that the board and the timeline say the same.
 */
class ItemSummary
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ItemSummary)

public:
    /// The accessible name: "Cyber Policy Dialogue, dialogue, Planned, on track, due 2026,
    /// lead Japan and Canada" — with ", overdue" after the date when it has passed.
    static QString name(const QModelIndex &index);
    /// The accessible description: the dates, priority area, progress and lead organisations.
    static QString description(const QModelIndex &index);
};

} // namespace jcr
