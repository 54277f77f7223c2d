#pragma once

#include "reportmodel.h"
#include "timeline/datescale.h"
#include "timeline/itemshape.h"
#include "timeline/lanelayout.h"
#include "timeline/timelinedata.h"

#include <QDate>
#include <QList>
#include <QRectF>

#include <optional>

class QPainter;

namespace jcr {

class PageComposer;

/**
 * The timeline picture of reports: a date axis with quarters and years, one lane per
 * priority area, bars for items with a start and an end, diamonds for milestones, the
 * as-of line and the centennial marker.
 *
 * The geometry is the timeline's own: dates map to x through a DateScale and items are packed
 * into rows by the LaneLayout the timeline view and its image export use, so a report never
 * places an item differently from the screen. Only the styling is the report's (print colours,
 * lane names in a column on the left, a legend). The layout is computed in points, so the
 * layout's pixel rules (two-unit minimum bars, one-unit gaps) become points on paper.
 *
 * It is laid out once for a width and then painted into any rectangle of that width, which
 * lets the page composer place it like a block.
 */
class ReportTimeline
{
public:
    struct Lane
    {
        QString label;
        QColor colour;
        QList<ReportItem> items;
    };

    /// The print colours, all from Palette: text at least 4.5:1 on the page (tst_palette).
    struct Style
    {
        QColor text; ///< axis labels, item labels, the legend
        QColor mutedText; ///< "+3 not shown", "No dated items"
        QColor gridMinor;
        QColor gridMajor;
        QColor legendBar; ///< the legend's sample bar
        QColor centennialText; ///< the centennial marker's label, under the plot
        QColor asOfText; ///< the as-of marker's label
        QColor page; ///< the background all of it is drawn on
        /// The outline of an item whose health (or overdue state) is flagged.
        QColor outline(Health health) const;
        /// A lane's name in its area's colour, darkened until readable on the lane's tint.
        QColor laneText(const QColor &areaColour) const;
        /// The faint tint of a lane of \a areaColour.
        static QColor laneFill(const QColor &areaColour);
        /// How \a item's bar or diamond is drawn in a lane of \a areaColour (see ItemShape):
        /// filled with the area's colour (paler once done or cancelled), outlined by its warning
        /// (outlineHealth()), a cancelled bar dashed and struck through.
        ItemShape::Style itemShape(const ReportItem &item, const QColor &areaColour) const;
        static Style print();
    };
    /// The warning an item's outline shows, if any: off track, or at risk (an overdue item
    /// counts as at risk); none for done and cancelled items, whose warnings are over.
    static std::optional<Health> outlineHealth(const ReportItem &item);

    ReportTimeline(const PageComposer &composer, QDate from, QDate to, QDate asOf);

    /// Packs \a lanes for \a width; returns the height needed, at most \a maxHeight (labels
    /// are dropped, then rows, when the items do not fit). With \a fill, rows grow (up to a
    /// limit) to use the height available.
    qreal layout(const QList<Lane> &lanes, qreal width, qreal maxHeight, bool fill = false);
    qreal height() const { return m_height; }
    /// Every text the picture draws (for the PDF text-layer repair).
    QString texts() const;
    void paint(QPainter *painter, const QRectF &rect) const;

private:
    struct LaneStyle
    {
        QString label;
        QColor colour;
        int rows = 1; ///< rows drawn
        int hidden = 0; ///< items in rows beyond those drawn
        bool dated = false; ///< has items with dates (maybe all outside the period)
    };

    /// Builds the layout with labels (\a labels) or without; returns the height it needs.
    qreal build(bool labels, qreal rowHeight);
    /// The height for the current layout with lanes cut to \a maxRows rows each.
    qreal heightFor(qreal rowHeight, int maxRows) const;

    const PageComposer &m_composer;
    Style m_style = Style::print();
    QDate m_from;
    QDate m_to;
    QDate m_asOf;
    qreal m_unit = 1; ///< one point in device units: the layout's unit
    TimelineData m_data;
    QList<QString> m_labelTexts; ///< per entry: its title elided to the label width
    QList<double> m_labelWidths; ///< per entry, in points
    QList<ReportItem> m_items; ///< per entry
    QList<LaneStyle> m_lanes;
    DateScale m_scale;
    LaneLayout m_layout;
    qreal m_width = 0;
    qreal m_laneLabelWidth = 0;
    qreal m_axisHeight = 0;
    qreal m_rowHeight = 0; ///< points
    int m_maxRows = 1 << 20;
    bool m_labels = true;
    qreal m_height = 0;
};

} // namespace jcr
