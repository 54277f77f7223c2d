#include "palette.h"

namespace jcr {

namespace {

const QColor Green(0x2e, 0x7d, 0x32);
const QColor Amber(0xe0, 0x8a, 0x00);
const QColor DarkAmber(0xa8, 0x62, 0x00); // 4.6:1 on white
const QColor Red(0xc6, 0x28, 0x28);

} // namespace

QColor Palette::health(Health value)
{
    switch (value) {
    case Health::OnTrack:
        return Green;
    case Health::AtRisk:
        return Amber;
    case Health::OffTrack:
        return Red;
    }
    return Qt::gray;
}

QColor Palette::healthText(Health value)
{
    return value == Health::AtRisk ? DarkAmber : health(value);
}

QColor Palette::overdueText()
{
    return QColor(0xa3, 0x14, 0x14);
}

QColor Palette::wipAtLimit()
{
    return DarkAmber;
}

QColor Palette::wipOver()
{
    return Red;
}

QColor Palette::dependency(bool violated)
{
    return violated ? QColor(0xd3, 0x2f, 0x2f) : QColor(0x6b, 0x75, 0x80, 200);
}

QColor Palette::centennial()
{
    return QColor(0xb8, 0x86, 0x0b);
}

QColor Palette::today()
{
    return QColor(0xd8, 0x43, 0x15);
}

QColor Palette::statement()
{
    return QColor(0x1e, 0x55, 0xa8);
}

QColor Palette::selection()
{
    return QColor(0x15, 0x65, 0xc0);
}

QColor Palette::markingBand(ClassificationMarking::Level level)
{
    using L = ClassificationMarking::Level;
    switch (level) {
    case L::Unclassified:
        return Green;
    case L::Protected:
        return QColor(0xf9, 0xa8, 0x25);
    case L::Confidential:
        return QColor(0x15, 0x65, 0xc0);
    case L::Secret:
        return Red;
    case L::Other:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

QColor Palette::markingText(ClassificationMarking::Level level)
{
    // Black on the light amber, white on the others.
    return level == ClassificationMarking::Level::Protected ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace jcr
