#pragma once

#include "domain/classificationmarking.h"
#include "domain/enums.h"

#include <QColor>

class QPalette;

namespace jcr {

/**
 * The application's colours with a meaning, in one place for the board, the timeline and the
 * reports: health, overdue, the work-in-progress warnings, dependency arrows, the timeline's
 * marker lines and the timeline's own surfaces. Area colours come from the file.
 *
 * Colours that carry text come in three schemes — light (screen and print), dark, and high
 * contrast (white on black) — chosen so that text reaches WCAG's 4.5:1 on its background
 * (tst_palette computes it for every pair drawn).
 */
class Palette
{
public:
    enum class Scheme { Light, Dark, HighContrast };

    /// The scheme that fits a widget palette: high contrast when its window is pure black or
    /// pure white with text of the opposite, dark when its base is darker than mid-grey.
    static Scheme schemeFor(const QPalette &palette);

    /// WCAG 2.x contrast ratio of two opaque colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
    /// \a colour darkened (or, on a dark \a background, lightened) step by step until text in
    /// it reaches \a ratio against \a background. A colour that is already enough is kept.
    static QColor readable(const QColor &colour, const QColor &background, double ratio = 4.5);

    /// Fill of a health mark: a timeline bar, a card's stripe and dot, a report's chip.
    static QColor health(Health value);
    /// Health as text or a thin line on the scheme's background (the amber darkened on light).
    static QColor healthText(Health value, Scheme scheme = Scheme::Light);
    /// Overdue dates and titles, as text on the scheme's background.
    static QColor overdueText(Scheme scheme = Scheme::Light);
    /// Text that reports a problem (a refused edit, a failed import) on \a background, a colour
    /// of the system's palette: the overdue red of the light or the dark scheme, adjusted to
    /// 4.5:1 against it.
    static QColor errorText(const QColor &background);
    /// A board column exactly at its work-in-progress limit (amber) and above it (red).
    static QColor wipAtLimit();
    static QColor wipOver();
    /// A dependency arrow; \a violated when the successor starts before its predecessor ends.
    static QColor dependency(bool violated);
    /// The timeline's marker lines.
    static QColor centennial();
    static QColor today();
    static QColor statement();
    /// The box behind a marker's white label ("Today", "Centennial 2028"): the marker's colour,
    /// darkened as needed for the white text.
    static QColor markerLabelFill(const QColor &marker);
    /// The selection outline and highlight.
    static QColor selection(Scheme scheme = Scheme::Light);

    /// The timeline's surfaces and text in one scheme.
    struct Chart
    {
        QColor background; ///< lanes, and every other period
        QColor shaded; ///< the alternate periods
        QColor text; ///< lane titles, item labels, the upper header tier
        QColor mutedText; ///< counts, the lower header tier, done and cancelled labels
        QColor gridMinor;
        QColor gridMajor;
        QColor header; ///< the two date tiers of the header
        QColor doneBar; ///< done and cancelled bars
        QColor cancelledBar;
    };
    static Chart chart(Scheme scheme);
    /// The fill of a bar of colour \a base with its label inside, on \a chart's background.
    static QColor barFill(const QColor &base, const Chart &chart, bool quiet);
    /// The band that shows a classification marking (main window, timeline images) and its
    /// text, at least 4.5:1 against it.
    static QColor markingBand(ClassificationMarking::Level level);
    static QColor markingText(ClassificationMarking::Level level);
};

} // namespace jcr
