#pragma once

#include "roadmapdata.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSet>

namespace jcr {

/// Which dated items a calendar holds.
struct CalendarFilter
{
    QDate from; ///< events ending before this day are left out (null: no limit)
    QDate to; ///< events starting after this day are left out (null: no limit)
    QSet<qint64> areaIds; ///< empty: every area
};

/**
 * The roadmap's dated items as an iCalendar file (RFC 5545) for Outlook and other calendars.
 *
 * Each item with a date is one all-day event: a milestone on its day, an item over its span
 * from the first day of its start to the last day of its end; a coarse date ("2026-Q4") spans
 * its whole period and the summary says it ("… (Q4 2026)"). UIDs are stable — the item's id and
 * a key of the roadmap — so importing a newer export updates events instead of duplicating them.
 * The description carries the classification marking, the area, kind, status and lead.
 * Lines end in CRLF and are folded at 75 octets.
 */
class IcsExporter
{
    Q_DECLARE_TR_FUNCTIONS(jcr::IcsExporter)

public:
    static QByteArray toIcs(const RoadmapData &data, const CalendarFilter &filter,
                            const QDateTime &now);

    /// The stable UID of an item's event.
    static QString uid(const RoadmapData &data, qint64 itemId);
    /// Escapes TEXT values: backslash, semicolon, comma and line breaks.
    static QString escapeText(const QString &text);
    /// Appends "NAME:VALUE" folded at 75 octets, with CRLF.
    static void appendLine(QByteArray &out, const QString &line);
};

} // namespace jcr
