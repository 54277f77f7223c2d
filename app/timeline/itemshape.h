#pragma once

#include "datescale.h"
#include "domain/fuzzydate.h"

#include <QColor>
#include <QPointF>
#include <QRectF>

#include <utility>

class QPainter;

namespace jcr {

/**
 * One item's mark on a timeline, drawn the same way on screen, in images and in printed
 * reports: a bar from its start to its end, or a milestone's diamond. A style chooses only the
 * colours and strokes (ItemShape::Style: the screen fills by health, print by priority area);
 * what the shapes say is the same everywhere. A start or end known only to a month or quarter
 * fades over that whole period, never a made-up day; a milestone known only to a period shows
 * the period as a soft band; a cancelled bar is dashed and struck through.
 *
 * Coordinates are the DateScale's: the caller transforms the painter (a report paints in
 * points on the page).
 */
class ItemShape
{
public:
    struct Style
    {
        QColor fill;
        QColor border;
        double borderWidth = 1.2;
        /// The border fades with a fuzzy end like the fill (off for a selected item, whose
        /// border is the selection's).
        bool fadeBorder = true;
        /// Rounded corners, at most this radius (and a third of the bar's height).
        double radius = 3;
        bool dashed = false; ///< a cancelled bar's border
        QColor strike; ///< a line through a cancelled bar; invalid: none
        double strikeWidth = 1.2;
        QColor diamondFill; ///< a milestone's fill
        QColor band; ///< a fuzzy milestone's period band at its middle; invalid: none
        /// When valid, fades and the band are mixed with this colour (what lies under the
        /// item) instead of made transparent, in solid slices instead of gradients. For PDF:
        /// Qt's PDF engine paints a gradient's colours without their transparency, and keeps
        /// each gradient as objects of its own.
        QColor over;
    };

    /// The shares of a bar \a width wide over which its fuzzy start and end fade in and out:
    /// each the period of the date's precision, scaled down together to at most the whole bar;
    /// 0 for a date known to the day.
    static std::pair<double, double> fades(const DateScale &scale, const FuzzyDate &start,
                                           const FuzzyDate &end, double width);

    /// Paints a bar in \a bar for dates \a start – \a end (those of a drag preview, or the
    /// item's own).
    static void paintBar(QPainter *p, const DateScale &scale, const FuzzyDate &start,
                         const FuzzyDate &end, const QRectF &bar, const Style &style);
    /// Paints a milestone on \a when as a diamond of \a radius around \a centre, over its
    /// period's band (bandHeight high) when it is known only to a month or quarter.
    static void paintMilestone(QPainter *p, const DateScale &scale, const FuzzyDate &when,
                               const QPointF &centre, double radius, double bandHeight,
                               const Style &style);

    /// True when \a p paints into a PDF, whose gradients lose their transparency: the style
    /// then needs Style::over.
    static bool losesGradientAlpha(const QPainter *p);

    /// What a fuzzy end fades to, as a share of the colour's opacity.
    static constexpr double FadedAlpha = 0.12;
    /// With Style::over (PDF), a fade is drawn in this many solid slices.
    static constexpr int FadeSteps = 6;

private:
    static void paintSteppedBar(QPainter *p, const QRectF &bar, double fadeIn, double fadeOut,
                                const Style &style);
};

} // namespace jcr
