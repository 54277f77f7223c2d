#pragma once

#include "domain/classificationmarking.h"
#include "domain/enums.h"

#include <QColor>

namespace jcr {

/**
 * The application's colours with a meaning, in one place for the board, the timeline and the
 * reports: health, overdue, the work-in-progress warnings, dependency arrows and the
 * timeline's marker lines. Area colours come from the file; neutral greys stay with whoever
 * draws them.
 */
class Palette
{
public:
    /// Fill of a health mark: a timeline bar, a card's stripe and dot, a report's chip.
    static QColor health(Health value);
    /// Health as text or a thin line on white: the at-risk amber darkened for contrast.
    static QColor healthText(Health value);
    /// Overdue dates and titles, as text on white.
    static QColor overdueText();
    /// A board column exactly at its work-in-progress limit (amber) and above it (red).
    static QColor wipAtLimit();
    static QColor wipOver();
    /// A dependency arrow; \a violated when the successor starts before its predecessor ends.
    static QColor dependency(bool violated);
    /// The timeline's marker lines.
    static QColor centennial();
    static QColor today();
    static QColor statement();
    /// The selection outline and highlight.
    static QColor selection();
    /// The band that shows a classification marking (main window, timeline images) and its
    /// text, at least 4.5:1 against it.
    static QColor markingBand(ClassificationMarking::Level level);
    static QColor markingText(ClassificationMarking::Level level);
};

} // namespace jcr
