#include "palette.h"

#include <QPalette>

#include <cmath>

namespace jcr {

namespace {

const QColor Green(0x2e, 0x7d, 0x32);
const QColor Amber(0xe0, 0x8a, 0x00);
const QColor DarkAmber(0xa8, 0x62, 0x00); // 4.8:1 on white
const QColor Red(0xc6, 0x28, 0x28);

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

Palette::Scheme Palette::schemeFor(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    const bool black = window == QColor(Qt::black) && text == QColor(Qt::white);
    const bool white = window == QColor(Qt::white) && text == QColor(Qt::black);
    if (black || white)
        return Scheme::HighContrast;
    return palette.color(QPalette::Base).lightnessF() < 0.5 ? Scheme::Dark : Scheme::Light;
}

double Palette::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Palette::readable(const QColor &colour, const QColor &background, double ratio)
{
    QColor c = colour;
    const bool darkBackground = luminance(background) < 0.18;
    const QColor target = darkBackground ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 1; step <= 20 && contrast(c, background) < ratio; ++step)
        c = blend(colour, target, step * 0.05);
    return c;
}

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

QColor Palette::healthText(Health value, Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return value == Health::AtRisk ? DarkAmber : health(value);
    case Scheme::Dark:
    case Scheme::HighContrast:
        switch (value) {
        case Health::OnTrack:
            return QColor(0x81, 0xc7, 0x84);
        case Health::AtRisk:
            return QColor(0xff, 0xb7, 0x4d);
        case Health::OffTrack:
            return QColor(0xef, 0x9a, 0x9a);
        }
    }
    return Qt::gray;
}

QColor Palette::overdueText(Scheme scheme)
{
    return scheme == Scheme::Light ? QColor(0xa3, 0x14, 0x14) : QColor(0xff, 0x8a, 0x80);
}

QColor Palette::errorText(const QColor &background)
{
    // A fixed red (#a4000f) read at 1.6:1 on a dark window.
    const QColor base
            = luminance(background) < 0.18 ? overdueText(Scheme::Dark) : overdueText(Scheme::Light);
    return readable(base, background);
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

QColor Palette::markerLabelFill(const QColor &marker)
{
    // White text on the marker's colour: the gold of the centennial gave 3.2:1, today's
    // orange 4.4:1.
    return readable(marker, Qt::white);
}

QColor Palette::selection(Scheme scheme)
{
    return scheme == Scheme::Light ? QColor(0x15, 0x65, 0xc0) : QColor(0x64, 0xb5, 0xf6);
}

Palette::Chart Palette::chart(Scheme scheme)
{
    Chart c;
    switch (scheme) {
    case Scheme::Light:
        c.background = Qt::white;
        c.shaded = blend(Qt::white, QColor(0x40, 0x48, 0x50), 0.035);
        c.text = QColor(0x21, 0x25, 0x29);
        // 4.5:1 also on the shaded, gold-tinted centennial periods (#757b82 gave 3.8:1).
        c.mutedText = QColor(0x5a, 0x61, 0x68);
        c.gridMinor = QColor(0xe6, 0xe9, 0xed);
        c.gridMajor = QColor(0xc5, 0xcc, 0xd3);
        c.header = QColor(0xf4, 0xf6, 0xf8);
        c.doneBar = QColor(0x8d, 0x96, 0x9e);
        c.cancelledBar = QColor(0xb0, 0xb6, 0xbc);
        break;
    case Scheme::Dark:
        c.background = QColor(0x1e, 0x21, 0x26);
        c.shaded = QColor(0x25, 0x29, 0x2f);
        c.text = QColor(0xe8, 0xea, 0xed);
        c.mutedText = QColor(0xa9, 0xb0, 0xb8);
        c.gridMinor = QColor(0x2f, 0x34, 0x3b);
        c.gridMajor = QColor(0x4a, 0x51, 0x5a);
        c.header = QColor(0x2a, 0x2e, 0x34);
        c.doneBar = QColor(0x8d, 0x96, 0x9e);
        c.cancelledBar = QColor(0x70, 0x76, 0x7c);
        break;
    case Scheme::HighContrast:
        c.background = Qt::black;
        c.shaded = QColor(0x12, 0x12, 0x12);
        c.text = Qt::white;
        c.mutedText = QColor(0xd0, 0xd0, 0xd0);
        c.gridMinor = QColor(0x50, 0x50, 0x50);
        c.gridMajor = QColor(0xa0, 0xa0, 0xa0);
        c.header = QColor(0x1a, 0x1a, 0x1a);
        c.doneBar = QColor(0xa0, 0xa0, 0xa0);
        c.cancelledBar = QColor(0x80, 0x80, 0x80);
        break;
    }
    return c;
}

QColor Palette::barFill(const QColor &base, const Chart &chart, bool quiet)
{
    return blend(base, chart.background, quiet ? 0.72 : 0.6);
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
