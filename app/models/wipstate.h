#pragma once

#include <QColor>

class QPalette;

namespace jcr {

/// How a board column stands against its soft work-in-progress limit.
enum class WipState {
    NoLimit, ///< no limit set
    Under, ///< below the limit
    AtLimit, ///< exactly at the limit: amber
    Over, ///< above the limit: red (a limit never blocks)
};

/// The state of a column holding \a count items under \a limit (0: no limit). The count is
/// the column's total in the document, filtered out or not (BoardModel::wipStateOf()).
WipState wipState(int count, int limit);
/// The header colour of \a state: amber at the limit, red above, the palette's text otherwise.
QColor wipColour(WipState state, const QPalette &palette);

} // namespace jcr
