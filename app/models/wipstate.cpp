#include "wipstate.h"

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
        return QColor(0xb2, 0x6a, 0x00); // amber, dark enough for text on a light header
    case WipState::Over:
        return QColor(0xc6, 0x28, 0x28);
    case WipState::NoLimit:
    case WipState::Under:
        break;
    }
    return palette.color(QPalette::WindowText);
}

} // namespace jcr
