#include "lanelayout.h"

#include <QHash>

#include <limits>
#include <tuple>
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
                       const DateScale &scale, const Filter &filter, quint64 generation)
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

    // Entries per lane as sorted day-number keys. They depend on the data and the filter only,
    // not on the zoom, so a zoom step reuses them (the caller's generation says when the data
    // changed); calendar arithmetic and sorting dominated the relayout of 100,000 items.
    const bool reuse = generation != 0 && generation == m_keysGeneration
            && filter.from == m_keysFilter.from && filter.to == m_keysFilter.to
            && filter.areaIds == m_keysFilter.areaIds
            && m_keysOfLane.size() == size_t(m_lanes.size());
    if (!reuse) {
        m_keysOfLane.assign(size_t(m_lanes.size()), {});
        for (int i = 0; i < data.entries.size(); ++i) {
            const TimelineEntry &e = data.entries.at(i);
            if (!e.isScheduled())
                continue;
            const int lane = laneOfArea.value(e.areaId, -1);
            if (lane < 0)
                continue;
            const QDate first = e.firstDay();
            const QDate last = e.lastDay();
            if ((filter.from.isValid() && last < filter.from)
                || (filter.to.isValid() && first > filter.to))
                continue;
            m_keysOfLane[size_t(lane)].push_back(
                    {first.toJulianDay(), e.id, i, last.toJulianDay()});
        }
        // In order of their first day, then id, for a stable picture.
        for (auto &keys : m_keysOfLane)
            std::sort(keys.begin(), keys.end());
        m_keysGeneration = generation;
        m_keysFilter = filter;
    }

    const TimelineMetrics &m = m_metrics;
    double y = 0;
    for (int l = 0; l < m_lanes.size(); ++l) {
        Lane &lane = m_lanes[l];
        const std::vector<Key> &keys = m_keysOfLane[size_t(l)];
        lane.itemCount = int(keys.size());
        lane.top = y;
        if (lane.collapsed) {
            lane.height = m.collapsedLaneHeight;
            y += lane.height;
            continue;
        }

        // Geometry of each entry with its label; then packing, first with labels and, when
        // the lane would grow too tall, again without them.
        const double ppd = scale.pixelsPerDay();
        const qint64 originJd = scale.origin().toJulianDay();
        const auto xOf = [&](qint64 jd) {
            return double(jd - originJd) * ppd;
        };
        const double leftLimit = filter.from.isValid() ? scale.x(filter.from) : -1e12;
        const qsizetype firstPlacement = m_placements.size();
        m_placements.reserve(m_placements.size() + qsizetype(keys.size()));
        for (const Key &key : keys) {
            const TimelineEntry &entry = data.entries.at(key.entry);
            Placement p;
            p.entry = key.entry;
            p.lane = l;
            p.milestone = entry.isMilestone();
            if (p.milestone) {
                // The diamond sits in the middle of its day, or of a coarser period.
                const double centre = (xOf(key.first) + xOf(key.last + 1)) / 2;
                p.x0 = centre - m.milestoneRadius;
                p.x1 = centre + m.milestoneRadius;
            } else {
                p.x0 = xOf(key.first);
                p.x1 = std::max(xOf(key.last + 1), p.x0 + 2);
            }
            const double labelWidth = std::min(m.maxLabelWidth, labelWidths.value(key.entry, 0.0));
            if (!p.milestone && p.x1 - p.x0 >= labelWidth + 2 * m.labelPadding) {
                p.labelInside = true;
                p.labelX0 = p.x0 + m.labelPadding;
            } else {
                p.labelX0 = p.x1 + m.labelGap;
            }
            p.labelX1 = p.labelX0 + labelWidth;
            p.left = p.x0;
            if (!p.labelInside && p.labelX1 > filter.rightEdge
                && p.x0 - m.labelGap - labelWidth >= leftLimit) {
                p.labelX0 = p.x0 - m.labelGap - labelWidth;
                p.labelX1 = p.labelX0 + labelWidth;
                p.left = p.labelX0;
            }
            if (p.milestone && key.last != key.first)
                p.left = std::min(p.left, xOf(key.first));
            p.right = std::max(p.x1, p.labelX1);
            p.labelLeft = p.labelX1 <= p.x0;
            m_placements.append(p);
        }

        const int count = int(keys.size());
        lane.compact = false;
        RowPacker packer(count);
        QList<int> rowOf(count);
        bool tooTall = false;
        for (int k = 0; k < count && !tooTall; ++k) {
            const Placement &p = m_placements.at(firstPlacement + k);
            rowOf[k] = packer.place(p.left, p.right + m.itemGap);
            // Stop as soon as the labelled packing is known to be too tall.
            tooTall = rowOf[k] >= m.maxLabelledRows;
        }
        int rowCount = packer.rowCount();
        if (tooTall) {
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
