#include "timelinenavigation.h"

#include <cmath>

namespace jcr {

namespace {

/// A row of the chart: lane index and row within it.
struct RowRef
{
    int lane = -1;
    int row = -1;
};

QList<RowRef> openRows(const LaneLayout &layout)
{
    QList<RowRef> rows;
    const auto &lanes = layout.lanes();
    for (int l = 0; l < lanes.size(); ++l) {
        if (lanes.at(l).collapsed)
            continue;
        for (int r = 0; r < lanes.at(l).rowCount(); ++r)
            rows.append({l, r});
    }
    return rows;
}

/// Placement indexes of a row, in date order.
QList<int> itemsOf(const LaneLayout &layout, RowRef ref)
{
    const LaneLayout::Lane &lane = layout.lanes().at(ref.lane);
    QList<int> items;
    for (int k = lane.rowStart.at(ref.row); k < lane.rowStart.at(ref.row + 1); ++k)
        items.append(lane.firstPlacement + lane.rowItems.at(k));
    return items;
}

double middle(const LaneLayout::Placement &p)
{
    return (p.x0 + p.x1) / 2;
}

} // namespace

int TimelineNavigation::next(const LaneLayout &layout, int from, Step step)
{
    const QList<RowRef> rows = openRows(layout);
    if (rows.isEmpty())
        return -1;
    const auto first = [&] {
        return itemsOf(layout, rows.constFirst()).value(0, -1);
    };
    const auto last = [&] {
        const QList<int> items = itemsOf(layout, rows.constLast());
        return items.isEmpty() ? -1 : items.constLast();
    };
    if (step == Step::First)
        return first();
    if (step == Step::Last)
        return last();
    if (from < 0 || from >= layout.placements().size())
        return step == Step::RowEnd ? last() : first();

    const LaneLayout::Placement &current = layout.placements().at(from);
    int rowIndex = -1;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).lane == current.lane && rows.at(i).row == current.row) {
            rowIndex = i;
            break;
        }
    }
    if (rowIndex < 0) // in a folded lane: start again from the top
        return first();
    const QList<int> row = itemsOf(layout, rows.at(rowIndex));
    const int position = int(row.indexOf(from));
    switch (step) {
    case Step::Left:
        return position > 0 ? row.at(position - 1) : -1;
    case Step::Right:
        return position >= 0 && position + 1 < row.size() ? row.at(position + 1) : -1;
    case Step::RowStart:
        return row.constFirst();
    case Step::RowEnd:
        return row.constLast();
    case Step::Up:
    case Step::Down: {
        const int target = rowIndex + (step == Step::Up ? -1 : 1);
        if (target < 0 || target >= rows.size())
            return -1;
        const double x = middle(current);
        int best = -1;
        double bestDistance = 0;
        for (int p : itemsOf(layout, rows.at(target))) {
            const double distance = std::abs(middle(layout.placements().at(p)) - x);
            if (best < 0 || distance < bestDistance) {
                best = p;
                bestDistance = distance;
            }
        }
        return best;
    }
    case Step::First:
    case Step::Last:
        break;
    }
    return -1;
}

} // namespace jcr
