#include "itemshape.h"

#include <QLinearGradient>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <QList>

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
    if (style.over.isValid() && (fadeIn > 0 || fadeOut > 0)) {
        paintSteppedBar(p, bar, fadeIn, fadeOut, style);
        return;
    }
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

void ItemShape::paintSteppedBar(QPainter *p, const QRectF &bar, double fadeIn, double fadeOut,
                                const Style &style)
{
    // Solid slices instead of gradients: a PDF holds a gradient as objects of its own, which
    // tripled the size of a report of 1,000 items and slowed it by half.
    const double w = bar.width();
    const auto opacityAt = [](int step) {
        return FadedAlpha + (1 - FadedAlpha) * (step + 0.5) / FadeSteps;
    };
    QList<std::pair<QRectF, double>> slices; // left to right, with their opacity
    for (int i = 0; i < FadeSteps && fadeIn > 0; ++i)
        slices.append({QRectF(bar.left() + w * fadeIn * i / FadeSteps, bar.top(),
                              w * fadeIn / FadeSteps, bar.height()),
                       opacityAt(i)});
    slices.append(
            {QRectF(bar.left() + w * fadeIn, bar.top(), w * (1 - fadeIn - fadeOut), bar.height()),
             1.0});
    for (int i = FadeSteps - 1; i >= 0 && fadeOut > 0; --i)
        slices.append({QRectF(bar.right() - w * fadeOut * (i + 1) / FadeSteps, bar.top(),
                              w * fadeOut / FadeSteps, bar.height()),
                       opacityAt(i)});
    p->setPen(Qt::NoPen);
    for (const auto &[rect, opacity] : std::as_const(slices))
        p->fillRect(rect, atOpacity(style.fill, opacity, style.over));
    // The outline fades with the fill along the long sides; only a sharp end is closed.
    for (const auto &[rect, opacity] : std::as_const(slices)) {
        QPen pen(atOpacity(style.border, style.fadeBorder ? opacity : 1, style.over),
                 style.borderWidth);
        pen.setCapStyle(Qt::FlatCap);
        if (style.dashed)
            pen.setStyle(Qt::DashLine);
        p->setPen(pen);
        p->drawLine(rect.topLeft(), rect.topRight());
        p->drawLine(rect.bottomLeft(), rect.bottomRight());
    }
    QPen edge(style.border, style.borderWidth);
    if (style.dashed)
        edge.setStyle(Qt::DashLine);
    p->setPen(edge);
    if (fadeIn <= 0)
        p->drawLine(bar.topLeft(), bar.bottomLeft());
    if (fadeOut <= 0)
        p->drawLine(bar.topRight(), bar.bottomRight());
    if (style.strike.isValid()) {
        p->setPen(QPen(style.strike, style.strikeWidth));
        p->drawLine(QPointF(bar.left(), bar.center().y()), QPointF(bar.right(), bar.center().y()));
    }
}

void ItemShape::paintMilestone(QPainter *p, const DateScale &scale, const FuzzyDate &when,
                               const QPointF &centre, double radius, double bandHeight,
                               const Style &style)
{
    if (style.band.isValid() && when.precision() != DatePrecision::Day && style.over.isValid()) {
        // In a PDF: solid slices rising to the middle and falling again (see paintSteppedBar).
        const double x0 = scale.x(when.first());
        const double half = (scale.xAfter(when.last()) - x0) / 2;
        const double slice = half / FadeSteps;
        for (int i = 0; i < FadeSteps; ++i) {
            const QColor c = atOpacity(style.band, (i + 0.5) / FadeSteps, style.over);
            const double y = centre.y() - bandHeight / 2;
            p->fillRect(QRectF(x0 + i * slice, y, slice, bandHeight), c);
            p->fillRect(QRectF(x0 + 2 * half - (i + 1) * slice, y, slice, bandHeight), c);
        }
    } else if (style.band.isValid() && when.precision() != DatePrecision::Day) {
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
