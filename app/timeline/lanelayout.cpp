#include "lanelayout.h"

#include <QHash>

#include <limits>
#include <vector>

namespace jcr {

namespace {

/**
 * First-fit row packing in O(log rows): a min-tree over the rows' right ends finds the topmost
 * row that is free at a given x. Unused rows hold -infinity, so a new row opens only when no
 * used row fits.
 */
class RowPacker
{
public:
    explicit RowPacker(int capacity)
    {
        m_size = 1;
        while (m_size < std::max(1, capacity))
            m_size *= 2;
        m_tree.assign(2 * size_t(m_size), -std::numeric_limits<double>::infinity());
    }

    /// Places an item occupying [left, right] and returns its row.
    int place(double left, double right)
    {
        int node = 1;
        while (node < m_size)
            node = m_tree[2 * size_t(node)] <= left ? 2 * node : 2 * node + 1;
        const int row = node - m_size;
        m_tree[size_t(node)] = right;
        for (node /= 2; node >= 1; node /= 2)
            m_tree[size_t(node)] = std::min(m_tree[2 * size_t(node)], m_tree[2 * size_t(node) + 1]);
        m_rows = std::max(m_rows, row + 1);
        return row;
    }

    int rowCount() const { return m_rows; }

private:
    int m_size = 1;
    int m_rows = 0;
    std::vector<double> m_tree;
};

} // namespace

void LaneLayout::build(const TimelineData &data, const QList<double> &labelWidths,
                       const DateScale &scale, const Filter &filter)
{
    m_lanes.clear();
    m_placements.clear();
    m_placementOfEntry.fill(-1, data.entries.size());
    m_height = 0;

    QHash<qint64, int> laneOfArea;
    for (int a = 0; a < data.areas.size(); ++a) {
        const PriorityArea &area = data.areas.at(a);
        if (!filter.areaIds.isEmpty() && !filter.areaIds.contains(area.id))
            continue;
        Lane lane;
        lane.areaIndex = a;
        lane.areaId = area.id;
        lane.collapsed = filter.collapsedAreaIds.contains(area.id);
        laneOfArea.insert(area.id, int(m_lanes.size()));
        m_lanes.append(lane);
    }

    // Entries per lane, in order of their first day (then id, for a stable picture).
    QList<QList<int>> entriesOfLane(m_lanes.size());
    for (int i = 0; i < data.entries.size(); ++i) {
        const TimelineEntry &e = data.entries.at(i);
        if (!e.isScheduled())
            continue;
        const int lane = laneOfArea.value(e.areaId, -1);
        if (lane < 0)
            continue;
        if ((filter.from.isValid() && e.lastDay() < filter.from)
            || (filter.to.isValid() && e.firstDay() > filter.to))
            continue;
        entriesOfLane[lane].append(i);
    }

    const TimelineMetrics &m = m_metrics;
    double y = 0;
    for (int l = 0; l < m_lanes.size(); ++l) {
        Lane &lane = m_lanes[l];
        QList<int> &entries = entriesOfLane[l];
        std::sort(entries.begin(), entries.end(), [&data](int a, int b) {
            const TimelineEntry &ea = data.entries.at(a);
            const TimelineEntry &eb = data.entries.at(b);
            const QDate fa = ea.firstDay();
            const QDate fb = eb.firstDay();
            return fa != fb ? fa < fb : ea.id < eb.id;
        });
        lane.itemCount = int(entries.size());
        lane.top = y;
        if (lane.collapsed) {
            lane.height = m.collapsedLaneHeight;
            y += lane.height;
            continue;
        }

        // Geometry of each entry with its label; then packing, first with labels and, when
        // the lane would grow too tall, again without them.
        const qsizetype firstPlacement = m_placements.size();
        for (int e : entries) {
            const TimelineEntry &entry = data.entries.at(e);
            Placement p;
            p.entry = e;
            p.lane = l;
            p.milestone = entry.isMilestone();
            if (p.milestone) {
                const FuzzyDate d = entry.milestoneDate();
                // The diamond sits at the day itself, or in the middle of a coarser period.
                const double centre = d.precision() == DatePrecision::Day
                        ? (scale.x(d.first()) + scale.xAfter(d.first())) / 2
                        : (scale.x(d.first()) + scale.xAfter(d.last())) / 2;
                p.x0 = centre - m.milestoneRadius;
                p.x1 = centre + m.milestoneRadius;
            } else {
                p.x0 = scale.x(entry.start.first());
                p.x1 = std::max(scale.xAfter(entry.end.last()), p.x0 + 2);
            }
            const double labelWidth = std::min(m.maxLabelWidth, labelWidths.value(e, 0.0));
            if (!entry.isMilestone() && p.x1 - p.x0 >= labelWidth + 2 * m.labelPadding) {
                p.labelInside = true;
                p.labelX0 = p.x0 + m.labelPadding;
            } else {
                p.labelX0 = p.x1 + m.labelGap;
            }
            p.labelX1 = p.labelX0 + labelWidth;
            p.left = p.x0;
            if (!p.labelInside && p.labelX1 > filter.rightEdge
                && p.x0 - m.labelGap - labelWidth
                        >= scale.x(filter.from.isValid() ? filter.from : QDate(1, 1, 1))) {
                p.labelX0 = p.x0 - m.labelGap - labelWidth;
                p.labelX1 = p.labelX0 + labelWidth;
                p.left = p.labelX0;
            }
            if (entry.isMilestone() && entry.milestoneDate().precision() != DatePrecision::Day)
                p.left = std::min(p.left, scale.x(entry.milestoneDate().first()));
            p.right = std::max(p.x1, p.labelX1);
            p.labelLeft = p.labelX1 <= p.x0;
            m_placements.append(p);
        }

        const int count = int(entries.size());
        lane.compact = false;
        RowPacker packer(count);
        QList<int> rowOf(count);
        for (int k = 0; k < count; ++k) {
            const Placement &p = m_placements.at(firstPlacement + k);
            rowOf[k] = packer.place(p.left, p.right + m.itemGap);
        }
        int rowCount = packer.rowCount();
        if (rowCount > m.maxLabelledRows) {
            lane.compact = true;
            RowPacker bare(count);
            for (int k = 0; k < count; ++k) {
                Placement &p = m_placements[firstPlacement + k];
                p.labelInside = false;
                p.labelLeft = false;
                p.left = p.x0;
                p.labelX0 = p.labelX1 = p.x1;
                p.right = p.x1;
                rowOf[k] = bare.place(p.left, p.right + 1);
            }
            rowCount = bare.rowCount();
        }
        lane.rowHeight = lane.compact ? m.compactRowHeight : m.rowHeight;
        lane.barHeight = lane.compact ? m.compactBarHeight : m.barHeight;
        lane.rows.resize(rowCount);
        for (int k = 0; k < count; ++k) {
            const int index = int(firstPlacement) + k;
            m_placements[index].row = rowOf.at(k);
            lane.rows[rowOf.at(k)].append(index);
            m_placementOfEntry[m_placements.at(index).entry] = index;
        }
        lane.rowsTop = y + m.laneHeaderHeight;
        lane.height
                = m.laneHeaderHeight + std::max(1, rowCount) * lane.rowHeight + m.laneBottomPadding;
        y += lane.height;
    }
    m_height = y;
}

int LaneLayout::laneAt(double y) const
{
    for (int l = 0; l < m_lanes.size(); ++l) {
        const Lane &lane = m_lanes.at(l);
        if (y >= lane.top && y < lane.top + lane.height)
            return l;
    }
    return -1;
}

double LaneLayout::centreY(int p) const
{
    const Placement &pl = m_placements.at(p);
    const Lane &lane = m_lanes.at(pl.lane);
    return lane.rowsTop + (pl.row + 0.5) * lane.rowHeight;
}

QRectF LaneLayout::barRect(int p) const
{
    const Placement &pl = m_placements.at(p);
    const Lane &lane = m_lanes.at(pl.lane);
    const double cy = centreY(p);
    const double h = pl.milestone && !lane.compact ? 2 * m_metrics.milestoneRadius : lane.barHeight;
    return QRectF(pl.x0, cy - h / 2, pl.x1 - pl.x0, h);
}

QRectF LaneLayout::labelRect(int p) const
{
    const Placement &pl = m_placements.at(p);
    const Lane &lane = m_lanes.at(pl.lane);
    const double cy = centreY(p);
    return QRectF(pl.labelX0, cy - lane.rowHeight / 2, pl.labelX1 - pl.labelX0, lane.rowHeight);
}

int LaneLayout::hitTest(const QPointF &point) const
{
    int found = -1;
    forEachIn(QRectF(point.x() - 3, point.y(), 6, 0.01), [&](int p) {
        const QRectF bar = barRect(p).adjusted(-3, -2, 3, 2);
        if (bar.contains(point) || labelRect(p).contains(point))
            found = p;
    });
    return found;
}

} // namespace jcr
