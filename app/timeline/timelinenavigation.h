#pragma once

#include "lanelayout.h"

namespace jcr {

/**
 * The timeline's keyboard rule: which item the arrow keys lead to from the current one.
 *
 * Rows are read top to bottom over all lanes that are open (folded lanes have no rows); within a
 * row items are in date order (the layout keeps each row sorted by x). Left and Right go to the
 * previous and next item of the same row; Up and Down to the row above or below (into the
 * neighbouring lane at a lane's edge), to the item whose middle is nearest horizontally; Home
 * and End to the first and last item of the row; First and Last to the first item of the top
 * row and the last item of the bottom row. At an edge there is nowhere to go.
 */
class TimelineNavigation
{
public:
    enum class Step { Left, Right, Up, Down, RowStart, RowEnd, First, Last };

    /// The placement reached from placement \a from (index into layout.placements()) by
    /// \a step, or -1 when there is none in that direction. With \a from -1 (nothing current)
    /// every step leads to the first item, Last and End to the last.
    static int next(const LaneLayout &layout, int from, Step step);
};

} // namespace jcr
