#pragma once

#include "datescale.h"
#include "timelinedata.h"

#include <QList>
#include <QRectF>
#include <QSet>

#include <algorithm>
#include <limits>
#include <vector>

namespace jcr {

/// Sizes of the chart's parts, in pixels.
struct TimelineMetrics
{
    double rowHeight = 24;
    double barHeight = 15;
    double compactRowHeight = 5; ///< rows of a lane too crowded for labels
    double compactBarHeight = 4;
    double laneHeaderHeight = 26;
    double laneBottomPadding = 8;
    double collapsedLaneHeight = 26;
    double milestoneRadius = 7;
    double labelGap = 5; ///< between a bar's end and a label beside it
    double labelPadding = 5; ///< inside a bar, left of its label
    double itemGap = 10; ///< free space kept between neighbours in a row
    double maxLabelWidth = 480; ///< longer titles are elided
    bool labelsInsideBars = true; ///< a label that fits inside its bar goes there
    int maxLabelledRows = 60; ///< beyond this a lane is packed without labels
};

/**
 * Packs the scheduled entries of each lane (one lane per priority area) into rows so that no two
 * bars, diamonds or labels of a lane overlap, greedily: entries in order of their first day,
 * each into the topmost row that is free at its left edge.
 *
 * The geometry is in chart coordinates: x from the DateScale, y from 0 at the top of the first
 * lane. Within a row placements are sorted by x and do not overlap, so the visible ones are
 * found by binary search; that keeps painting independent of the number of items.
 * A lane whose labelled packing would need more than maxLabelledRows rows is packed without
 * labels in thin rows (level of detail: a density picture, with tooltips still on hover). There
 * a milestone is a mark on the middle day of its period, and the rule "at least one pixel
 * between neighbours, bars at least two pixels wide" is expressed in whole days, so one packing
 * serves every zoom level that rounds to the same days: a zoom step on 100,000 items then only
 * moves bars instead of packing them again.
 */
class LaneLayout
{
public:
    /// Which entries take part.
    struct Filter
    {
        QDate from; ///< entries ending before are left out (null: no limit)
        QDate to; ///< entries starting after are left out (null: no limit)
        QSet<qint64> areaIds; ///< lanes shown; empty: all
        QSet<qint64> collapsedAreaIds; ///< lanes shown as their header only
        /// Labels that would cross this x go left of their bar instead, when there is room.
        double rightEdge = std::numeric_limits<double>::infinity();
    };

    /// Where one entry is drawn.
    struct Placement
    {
        int entry = -1; ///< index into TimelineData::entries
        int lane = -1;
        int row = -1;
        double x0 = 0; ///< bar start (or diamond centre minus radius)
        double x1 = 0; ///< bar end (or diamond centre plus radius)
        double labelX0 = 0;
        double labelX1 = 0; ///< equal to labelX0 when the label is not drawn
        double right = 0; ///< rightmost x used (bar or label)
        double left = 0; ///< leftmost x used
        bool labelInside = false;
        bool labelLeft = false; ///< the label is left of the bar (near the chart's right edge)
        bool milestone = false; ///< drawn as a diamond
    };

    struct Lane
    {
        int areaIndex = -1; ///< index into TimelineData::areas
        qint64 areaId = 0;
        double top = 0;
        double height = 0;
        double rowsTop = 0; ///< y of row 0
        double rowHeight = 0;
        double barHeight = 0;
        bool collapsed = false;
        bool compact = false; ///< packed without labels
        int itemCount = 0;
        int firstPlacement = 0; ///< the lane's placements are [firstPlacement, + itemCount)
        /// Row r holds rowItems[rowStart[r] .. rowStart[r + 1]): placement indexes relative to
        /// firstPlacement, sorted by x. One flat list instead of a list per row: a zoom step
        /// on a crowded lane then reuses it whole, and building it allocates twice, not per row.
        QList<int> rowStart;
        QList<int> rowItems;

        int rowCount() const { return rowStart.isEmpty() ? 0 : int(rowStart.size()) - 1; }
    };

    /// Sets the sizes; the next build() gathers its entries afresh (label widths are capped by
    /// the metrics).
    void setMetrics(const TimelineMetrics &metrics)
    {
        m_metrics = metrics;
        m_keysGeneration = 0;
    }
    const TimelineMetrics &metrics() const { return m_metrics; }

    /// Lays out \a data at \a scale; \a labelWidths holds each entry's title width in pixels.
    /// \a generation, when not 0, identifies the data and the label widths: a build with the
    /// same generation and the same date range and areas (a zoom step) reuses the sorted
    /// entries of the previous one and, in lanes without labels, its recent row packings.
    void build(const TimelineData &data, const QList<double> &labelWidths, const DateScale &scale,
               const Filter &filter, quint64 generation = 0);
    /// Gives entry \a entry's label a new width in the gathered entries, so that the next build
    /// with the same generation packs with it without gathering and sorting every entry again.
    /// False when the entries have not been gathered yet: the caller then starts a new
    /// generation.
    bool setLabelWidth(int entry, double width);

    const QList<Lane> &lanes() const { return m_lanes; }
    const QList<Placement> &placements() const { return m_placements; }
    double height() const { return m_height; }
    /// The placement of entry \a entry, or -1 when it is not on the chart.
    int placementOf(int entry) const { return m_placementOfEntry.value(entry, -1); }
    /// The lane at \a y, or -1.
    int laneAt(double y) const;

    /// The bar (or diamond's bounding square) of placement \a p.
    QRectF barRect(int p) const;
    /// The label's box of placement \a p (empty when it has no label).
    QRectF labelRect(int p) const;
    /// y of the middle of placement \a p's row.
    double centreY(int p) const;

    /// Calls \a f(placementIndex) for each placement whose bar or label meets \a rect.
    template<typename F> void forEachIn(const QRectF &rect, F &&f) const
    {
        for (const Lane &lane : m_lanes) {
            const int rows = lane.rowCount();
            if (lane.collapsed || rows == 0 || lane.top > rect.bottom()
                || lane.top + lane.height < rect.top())
                continue;
            const int firstRow = std::max(0, int((rect.top() - lane.rowsTop) / lane.rowHeight));
            const int lastRow
                    = std::min(rows - 1, int((rect.bottom() - lane.rowsTop) / lane.rowHeight));
            const Placement *placements = m_placements.constData() + lane.firstPlacement;
            const int *items = lane.rowItems.constData();
            for (int r = firstRow; r <= lastRow; ++r) {
                const int *end = items + lane.rowStart.at(r + 1);
                // Placements of a row do not overlap, so their right edges grow with x.
                const int *it = std::lower_bound(
                        items + lane.rowStart.at(r), end, rect.left(),
                        [placements](int p, double x) { return placements[p].right < x; });
                for (; it != end && placements[*it].left <= rect.right(); ++it)
                    f(lane.firstPlacement + *it);
            }
        }
    }

    /// Asks the next builds to keep item \a id in row \a row of its lane when that row is in
    /// use and free where the item begins (an item moved by the keyboard then stays where the
    /// eye and the focus are). Lanes packed without labels ignore it. 0 clears it.
    void setPreferredRow(qint64 id, int row)
    {
        m_preferredId = id;
        m_preferredRow = row;
    }

    /// The placement under \a point (bar, diamond or label), or -1.
    int hitTest(const QPointF &point) const;

    /// Packs ahead what a later build() at \a pixelsPerDay will need for the lanes that are
    /// drawn without labels now, so that a zoom step to there only moves bars. Meant for idle
    /// time; returns whether it had anything to pack. The layout itself does not change.
    bool prepareZoom(double pixelsPerDay);

private:
    /// What the layout needs of an entry, gathered once per data generation and kept sorted by
    /// first day then id, so that a zoom step touches neither the entries nor the calendar.
    struct Key
    {
        qint64 first; ///< first day drawn (Julian day)
        qint64 id;
        int entry;
        qint64 last; ///< last day drawn (Julian day)
        /// The day a milestone is marked on in a lane without labels: the middle of its period.
        qint64 markDay;
        double labelWidth;
        bool milestone;
        bool operator<(const Key &o) const
        {
            return first != o.first ? first < o.first : id < o.id;
        }
    };

    /// Rows of a lane packed without labels for one zoom band (see packBare()).
    struct BarePacking
    {
        qint64 gapDays = 0;
        qint64 strideDays = 0;
        QList<int> rowOf; ///< per key
        QList<int> rowStart;
        QList<int> rowItems;
    };

    /// Packs lane \a laneIndex with labels; false, with nothing added, when it would need more
    /// than maxLabelledRows rows.
    bool packLabelled(Lane &lane, int laneIndex, const DateScale &scale, const Filter &filter);
    /// Packs lane \a laneIndex without labels, reusing the packing of the zoom's band.
    void packBare(Lane &lane, int laneIndex, const DateScale &scale);
    /// The packing without labels of lane \a laneIndex for the band of zoom \a ppd, made if new.
    const BarePacking &barePacking(int laneIndex, double ppd);

    TimelineMetrics m_metrics;
    std::vector<std::vector<Key>> m_keysOfLane;
    /// The bare packings made so far per lane, one per zoom band; cleared with the keys.
    std::vector<std::vector<BarePacking>> m_bareOfLane;
    quint64 m_keysGeneration = 0;
    Filter m_keysFilter;
    QList<int> m_keyLaneOfEntry; ///< per entry, the lane of its key; -1 when it has none
    QList<Lane> m_lanes;
    QList<Placement> m_placements;
    QList<int> m_placementOfEntry;
    double m_height = 0;
    qint64 m_preferredId = 0;
    int m_preferredRow = -1;
    // Scratch space of packLabelled(), kept to avoid reallocating on every zoom step.
    QList<Placement> m_scratch;
    QList<int> m_scratchRows;
};

} // namespace jcr
