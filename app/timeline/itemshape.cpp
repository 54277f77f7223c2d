#include "itemshape.h"

#include <QLinearGradient>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace jcr {

namespace {

/// \a c at \a opacity: made transparent, or mixed with \a over when that is valid.
QColor atOpacity(QColor c, double opacity, const QColor &over)
{
    if (!over.isValid()) {
        c.setAlphaF(float(c.alphaF() * opacity));
        return c;
    }
    const double a = c.alphaF() * opacity;
    return QColor::fromRgbF(float(c.redF() * a + over.redF() * (1 - a)),
                            float(c.greenF() * a + over.greenF() * (1 - a)),
                            float(c.blueF() * a + over.blueF() * (1 - a)));
}

} // namespace

bool ItemShape::losesGradientAlpha(const QPainter *p)
{
    const QPaintEngine *engine = p->paintEngine();
    return engine && engine->type() == QPaintEngine::Pdf;
}

std::pair<double, double> ItemShape::fades(const DateScale &scale, const FuzzyDate &start,
                                           const FuzzyDate &end, double width)
{
    if (width <= 0)
        return {0, 0};
    double in = 0;
    double out = 0;
    if (start.isValid() && start.precision() != DatePrecision::Day)
        in = (scale.xAfter(start.last()) - scale.x(start.first())) / width;
    if (end.isValid() && end.precision() != DatePrecision::Day)
        out = (scale.xAfter(end.last()) - scale.x(end.first())) / width;
    if (in + out > 1) {
        const double k = 1 / (in + out);
        in *= k;
        out *= k;
    }
    return {in, out};
}

void ItemShape::paintBar(QPainter *p, const DateScale &scale, const FuzzyDate &start,
                         const FuzzyDate &end, const QRectF &bar, const Style &style)
{
    const auto [fadeIn, fadeOut] = fades(scale, start, end, bar.width());
    QPen pen(style.border, style.borderWidth);
    if (fadeIn > 0 || fadeOut > 0) {
        const auto gradient = [&](const QColor &c) {
            QLinearGradient g(bar.left(), 0, bar.right(), 0);
            const QColor faded = atOpacity(c, FadedAlpha, style.over);
            g.setColorAt(0, fadeIn > 0 ? faded : c);
            g.setColorAt(std::clamp(fadeIn, 0.0, 1.0), c);
            g.setColorAt(std::clamp(1 - fadeOut, 0.0, 1.0), c);
            g.setColorAt(1, fadeOut > 0 ? faded : c);
            return g;
        };
        p->setBrush(gradient(style.fill));
        if (style.fadeBorder)
            pen.setBrush(gradient(style.border));
    } else {
        p->setBrush(style.fill);
    }
    if (style.dashed)
        pen.setStyle(Qt::DashLine);
    p->setPen(pen);
    const double radius = std::min(style.radius, bar.height() / 3);
    p->drawRoundedRect(bar, radius, radius);
    if (style.strike.isValid()) {
        p->setPen(QPen(style.strike, style.strikeWidth));
        p->drawLine(QPointF(bar.left(), bar.center().y()), QPointF(bar.right(), bar.center().y()));
    }
}

void ItemShape::paintMilestone(QPainter *p, const DateScale &scale, const FuzzyDate &when,
                               const QPointF &centre, double radius, double bandHeight,
                               const Style &style)
{
    if (style.band.isValid() && when.precision() != DatePrecision::Day) {
        // The whole period the milestone may fall in, fading at both ends.
        const double x0 = scale.x(when.first());
        const double x1 = scale.xAfter(when.last());
        QLinearGradient g(x0, 0, x1, 0);
        const QColor middle = atOpacity(style.band, 1, style.over);
        const QColor ends = atOpacity(style.band, 0, style.over);
        g.setColorAt(0, ends);
        g.setColorAt(0.5, middle);
        g.setColorAt(1, ends);
        p->fillRect(QRectF(x0, centre.y() - bandHeight / 2, x1 - x0, bandHeight), g);
    }
    QPainterPath diamond;
    diamond.moveTo(centre.x(), centre.y() - radius);
    diamond.lineTo(centre.x() + radius, centre.y());
    diamond.lineTo(centre.x(), centre.y() + radius);
    diamond.lineTo(centre.x() - radius, centre.y());
    diamond.closeSubpath();
    p->setPen(QPen(style.border, style.borderWidth));
    p->setBrush(style.diamondFill);
    p->drawPath(diamond);
}

} // namespace jcr
