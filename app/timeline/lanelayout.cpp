#include "lanelayout.h"

#include <QHash>

#include <algorithm>
#include <cmath>

#include <limits>
#include <tuple>
#include <vector>

namespace jcr {

namespace {

/**
 * First-fit row packing in O(log rows): a min-tree over the rows' right ends finds the topmost
 * row that is free at a given x. Unused rows hold the lowest value, so a new row opens only when
 * no used row fits; the tree doubles when every row is in use.
 */
template<typename T> class RowPacker
{
public:
    RowPacker() { reset(); }

    void reset()
    {
        m_size = 64;
        m_rows = 0;
        m_tree.assign(2 * size_t(m_size), lowest());
    }

    /// Places an item occupying [left, right) and returns its row.
    int place(T left, T right)
    {
        if (m_tree[1] > left)
            grow(); // every row is busy at left: the new row is m_rows, past the old capacity
        int node = 1;
        while (node < m_size)
            node = m_tree[2 * size_t(node)] <= left ? 2 * node : 2 * node + 1;
        const int row = node - m_size;
        m_tree[size_t(node)] = right;
        // Up the tree only as far as a minimum changes.
        for (node /= 2; node >= 1; node /= 2) {
            const T value = std::min(m_tree[2 * size_t(node)], m_tree[2 * size_t(node) + 1]);
            if (m_tree[size_t(node)] == value)
                break;
            m_tree[size_t(node)] = value;
        }
        m_rows = std::max(m_rows, row + 1);
        return row;
    }

    /// Places an item occupying [left, right) in row \a row if that row is in use and free at
    /// \a left; false (nothing placed) otherwise.
    bool placeIn(int row, T left, T right)
    {
        if (row < 0 || row > m_rows || row >= m_size || m_tree[size_t(m_size + row)] > left)
            return false;
        setLeaf(row, right);
        m_rows = std::max(m_rows, row + 1);
        return true;
    }

    /// Places an item as place() does, but never in row \a blocked.
    int placeAvoiding(int blocked, T left, T right)
    {
        if (blocked < 0 || blocked >= m_size)
            return place(left, right);
        const T kept = m_tree[size_t(m_size + blocked)];
        setLeaf(blocked, std::numeric_limits<T>::max());
        const int row = place(left, right);
        // place() may have grown the tree: the blocked row's leaf moved with it.
        setLeaf(blocked, kept);
        return row;
    }

    int rowCount() const { return m_rows; }

private:
    void setLeaf(int row, T value)
    {
        int node = m_size + row;
        m_tree[size_t(node)] = value;
        for (node /= 2; node >= 1; node /= 2)
            m_tree[size_t(node)] = std::min(m_tree[2 * size_t(node)], m_tree[2 * size_t(node) + 1]);
    }

    static constexpr T lowest()
    {
        if constexpr (std::numeric_limits<T>::has_infinity)
            return -std::numeric_limits<T>::infinity();
        else
            return std::numeric_limits<T>::lowest();
    }

    void grow()
    {
        std::vector<T> tree(4 * size_t(m_size), lowest());
        std::copy(m_tree.begin() + m_size, m_tree.end(), tree.begin() + 2 * m_size);
        m_size *= 2;
        m_tree = std::move(tree);
        for (int node = m_size - 1; node >= 1; --node)
            m_tree[size_t(node)] = std::min(m_tree[2 * size_t(node)], m_tree[2 * size_t(node) + 1]);
    }

    int m_size = 1;
    int m_rows = 0;
    std::vector<T> m_tree;
};

/// Turns "row of each item" into the flat per-row lists of LaneLayout::Lane (a counting sort;
/// items keep their order within a row).
void fillRows(const QList<int> &rowOf, int count, int rowCount, QList<int> &rowStart,
              QList<int> &rowItems)
{
    rowStart.fill(0, rowCount + 1);
    for (int k = 0; k < count; ++k)
        ++rowStart[rowOf[k] + 1];
    for (int r = 0; r < rowCount; ++r)
        rowStart[r + 1] += rowStart[r];
    rowItems.resize(count);
    QList<int> next = rowStart;
    for (int k = 0; k < count; ++k)
        rowItems[next[rowOf[k]]++] = k;
}

/// Lanes without labels are packed for zoom bands: this many pixels per day and more, then
/// halving (see LaneLayout::packBare()).
constexpr double BareBandTop = 3.0;

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

    // Entries per lane as sorted keys. They depend on the data and the filter only, not on the
    // zoom, so a zoom step reuses them (the caller's generation says when the data changed);
    // calendar arithmetic, sorting and reading the scattered entries dominated a relayout.
    const bool reuse = generation != 0 && generation == m_keysGeneration
            && filter.from == m_keysFilter.from && filter.to == m_keysFilter.to
            && filter.areaIds == m_keysFilter.areaIds
            && m_keysOfLane.size() == size_t(m_lanes.size());
    if (!reuse) {
        m_keysOfLane.assign(size_t(m_lanes.size()), {});
        m_bareOfLane.assign(size_t(m_lanes.size()), {});
        m_keyLaneOfEntry.fill(-1, data.entries.size());
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
            Key key;
            key.first = first.toJulianDay();
            key.id = e.id;
            key.entry = i;
            key.last = last.toJulianDay();
            key.milestone = e.isMilestone();
            key.markDay = key.milestone ? key.first + (key.last - key.first) / 2 : key.first;
            key.labelWidth = std::min(m_metrics.maxLabelWidth, labelWidths.value(i, 0.0));
            m_keysOfLane[size_t(lane)].push_back(key);
            m_keyLaneOfEntry[i] = lane;
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
        lane.firstPlacement = int(m_placements.size());
        lane.top = y;
        if (lane.collapsed) {
            lane.height = m.collapsedLaneHeight;
            y += lane.height;
            continue;
        }
        // With labels if they fit in maxLabelledRows rows, else as a density picture.
        lane.compact = !packLabelled(lane, l, scale, filter);
        if (lane.compact)
            packBare(lane, l, scale);
        for (int k = 0; k < lane.itemCount; ++k)
            m_placementOfEntry[keys[size_t(k)].entry] = lane.firstPlacement + k;
        lane.rowHeight = lane.compact ? m.compactRowHeight : m.rowHeight;
        lane.barHeight = lane.compact ? m.compactBarHeight : m.barHeight;
        lane.rowsTop = y + m.laneHeaderHeight;
        lane.height = m.laneHeaderHeight + std::max(1, lane.rowCount()) * lane.rowHeight
                + m.laneBottomPadding;
        y += lane.height;
    }
    m_height = y;
}

bool LaneLayout::setLabelWidth(int entry, double width)
{
    if (m_keysGeneration == 0 || entry < 0 || entry >= m_keyLaneOfEntry.size())
        return false;
    const int laneIndex = m_keyLaneOfEntry.at(entry);
    if (laneIndex < 0)
        return true; // not gathered (undated, outside the dates shown): its label is not used
    std::vector<Key> &keys = m_keysOfLane[size_t(laneIndex)];
    const int placement = placementOf(entry);
    size_t k = placement < 0 ? keys.size()
                             : size_t(placement - m_lanes.at(laneIndex).firstPlacement);
    if (k >= keys.size() || keys[k].entry != entry) {
        // A folded lane has no placements: look for the key.
        k = size_t(std::find_if(keys.begin(), keys.end(),
                                [entry](const Key &key) { return key.entry == entry; })
                   - keys.begin());
        if (k >= keys.size())
            return false;
    }
    // The order of the keys (first day, id) does not depend on the label; packings without
    // labels do not either, so they stay.
    keys[k].labelWidth = std::min(m_metrics.maxLabelWidth, width);
    return true;
}

bool LaneLayout::packLabelled(Lane &lane, int laneIndex, const DateScale &scale,
                              const Filter &filter)
{
    const std::vector<Key> &keys = m_keysOfLane[size_t(laneIndex)];
    const TimelineMetrics &m = m_metrics;
    const double ppd = scale.pixelsPerDay();
    const qint64 originJd = scale.origin().toJulianDay();
    const auto xOf = [&](qint64 jd) {
        return double(jd - originJd) * ppd;
    };
    const double leftLimit = filter.from.isValid() ? scale.x(filter.from) : -1e12;

    m_scratch.clear();
    m_scratchRows.clear();
    RowPacker<double> packer;
    // Where an entry goes in x: its bar or diamond, and its label beside or inside it.
    const auto geometry = [&](const Key &key) {
        Placement p;
        p.entry = key.entry;
        p.lane = laneIndex;
        p.milestone = key.milestone;
        if (p.milestone) {
            // The diamond sits in the middle of its day, or of a coarser period.
            const double centre = (xOf(key.first) + xOf(key.last + 1)) / 2;
            p.x0 = centre - m.milestoneRadius;
            p.x1 = centre + m.milestoneRadius;
        } else {
            p.x0 = xOf(key.first);
            p.x1 = std::max(xOf(key.last + 1), p.x0 + 2);
        }
        const double labelWidth = key.labelWidth;
        if (m.labelsInsideBars && !p.milestone && p.x1 - p.x0 >= labelWidth + 2 * m.labelPadding) {
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
        return p;
    };
    // The item moved by the keyboard keeps its row: no item before it in date order may take
    // that row where it lies (greedy packing would otherwise push it to another row).
    const Key *pinned = nullptr;
    for (const Key &key : keys) {
        if (key.id == m_preferredId)
            pinned = &key;
    }
    double pinnedLeft = 0;
    if (pinned)
        pinnedLeft = geometry(*pinned).left;
    bool pinnedPlaced = false;
    for (const Key &key : keys) {
        Placement p = geometry(key);
        int row = -1;
        if (&key == pinned) {
            pinnedPlaced = true;
            if (packer.placeIn(m_preferredRow, p.left, p.right + m.itemGap))
                row = m_preferredRow;
        } else if (pinned && !pinnedPlaced && p.right + m.itemGap > pinnedLeft) {
            row = packer.placeAvoiding(m_preferredRow, p.left, p.right + m.itemGap);
        }
        if (row < 0)
            row = packer.place(p.left, p.right + m.itemGap);
        // Stop as soon as the labelled packing is known to be too tall.
        if (row >= m.maxLabelledRows)
            return false;
        m_scratch.append(p);
        m_scratchRows.append(row);
    }
    for (int k = 0; k < m_scratch.size(); ++k)
        m_scratch[k].row = m_scratchRows.at(k);
    m_placements.append(m_scratch);
    fillRows(m_scratchRows, int(keys.size()), packer.rowCount(), lane.rowStart, lane.rowItems);
    return true;
}

const LaneLayout::BarePacking &LaneLayout::barePacking(int laneIndex, double ppd)
{
    const std::vector<Key> &keys = m_keysOfLane[size_t(laneIndex)];
    // Neighbours in a row keep one pixel apart and a bar is at least two pixels wide. In whole
    // days at a zoom of z pixels per day: the next item starts ceil(1/z) days after the last
    // day of the previous one and ceil(3/z) days after its first. Those grow as z shrinks, so a
    // packing made for z holds for every closer zoom. The packing is therefore made for the
    // bottom of the zoom's band (3 px/day and above, then halving bands down to the minimum):
    // a few packings per lane serve every zoom level, a zoom step within a band only moves
    // bars, and the rows are at most a little looser than the tightest.
    double bandPpd = BareBandTop;
    while (bandPpd > ppd && bandPpd > DateScale::MinPixelsPerDay)
        bandPpd /= 2;
    const double epsilon = 1e-9;
    const qint64 gapDays = std::max<qint64>(1, qint64(std::ceil(1 / bandPpd - epsilon)));
    const qint64 strideDays = std::max<qint64>(1, qint64(std::ceil(3 / bandPpd - epsilon)));

    std::vector<BarePacking> &kept = m_bareOfLane[size_t(laneIndex)];
    for (const BarePacking &packing : kept) {
        if (packing.gapDays == gapDays && packing.strideDays == strideDays)
            return packing;
    }
    BarePacking packing;
    packing.gapDays = gapDays;
    packing.strideDays = strideDays;
    RowPacker<qint64> packer;
    packing.rowOf.resize(qsizetype(keys.size()));
    for (size_t k = 0; k < keys.size(); ++k) {
        const Key &key = keys[k];
        const qint64 first = key.milestone ? key.markDay : key.first;
        const qint64 last = key.milestone ? key.markDay : key.last;
        packing.rowOf[qsizetype(k)]
                = packer.place(first, std::max(last + 1 + gapDays, first + strideDays));
    }
    fillRows(packing.rowOf, int(keys.size()), packer.rowCount(), packing.rowStart,
             packing.rowItems);
    kept.push_back(std::move(packing));
    return kept.back();
}

bool LaneLayout::prepareZoom(double pixelsPerDay)
{
    const double ppd
            = std::clamp(pixelsPerDay, DateScale::MinPixelsPerDay, DateScale::MaxPixelsPerDay);
    bool packed = false;
    for (int l = 0; l < m_lanes.size(); ++l) {
        if (!m_lanes.at(l).compact || size_t(l) >= m_bareOfLane.size())
            continue;
        const size_t before = m_bareOfLane[size_t(l)].size();
        barePacking(l, ppd);
        packed = packed || m_bareOfLane[size_t(l)].size() != before;
    }
    return packed;
}

void LaneLayout::packBare(Lane &lane, int laneIndex, const DateScale &scale)
{
    const std::vector<Key> &keys = m_keysOfLane[size_t(laneIndex)];
    const double ppd = scale.pixelsPerDay();
    const BarePacking &packing = barePacking(laneIndex, ppd);
    lane.rowStart = packing.rowStart;
    lane.rowItems = packing.rowItems;

    // Only the geometry follows the zoom: a linear pass, no packing.
    const qint64 originJd = scale.origin().toJulianDay();
    m_placements.resize(lane.firstPlacement + qsizetype(keys.size()));
    Placement *out = m_placements.data() + lane.firstPlacement;
    const int *rowOf = packing.rowOf.constData();
    for (size_t k = 0; k < keys.size(); ++k) {
        const Key &key = keys[k];
        const qint64 first = key.milestone ? key.markDay : key.first;
        const qint64 last = key.milestone ? key.markDay : key.last;
        Placement &p = out[k];
        p.entry = key.entry;
        p.lane = laneIndex;
        p.row = rowOf[k];
        p.x0 = double(first - originJd) * ppd;
        p.x1 = std::max(double(last + 1 - originJd) * ppd, p.x0 + 2);
        p.labelX0 = p.labelX1 = p.x1;
        p.right = p.x1;
        p.left = p.x0;
        p.labelInside = false;
        p.labelLeft = false;
        p.milestone = key.milestone;
    }
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
