#include "wipstate.h"

#include "style/palette.h"

#include <QPalette>

namespace jcr {

WipState wipState(int count, int limit)
{
    if (limit <= 0)
        return WipState::NoLimit;
    if (count < limit)
        return WipState::Under;
    return count == limit ? WipState::AtLimit : WipState::Over;
}

QColor wipColour(WipState state, const QPalette &palette)
{
    switch (state) {
    case WipState::AtLimit:
        return Palette::wipAtLimit();
    case WipState::Over:
        return Palette::wipOver();
    case WipState::NoLimit:
    case WipState::Under:
        break;
    }
    return palette.color(QPalette::WindowText);
}

} // namespace jcr
