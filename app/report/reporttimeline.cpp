#include "reporttimeline.h"
#include "i18n/datetext.h"

#include "pagecomposer.h"

#include "domain/clock.h"
#include "style/palette.h"
#include "timeline/timelinechart.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <limits>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ReportTimeline)
};

QColor over(const QColor &below, const QColor &above, double alpha)
{
    return QColor::fromRgbF(float(below.redF() * (1 - alpha) + above.redF() * alpha),
                            float(below.greenF() * (1 - alpha) + above.greenF() * alpha),
                            float(below.blueF() * (1 - alpha) + above.blueF() * alpha));
}

/// Lanes without an area colour.
const QColor NeutralLane(0x60, 0x70, 0x80);
constexpr double LaneTint = 0.07;

QDate centennialDate()
{
    return QDate(CentennialYear, 1, 1);
}

/// The legend of the outlines names the label marks too (TimelineChart::labelText).
QString atRiskLegend()
{
    return Tr::tr("At risk (▲) or overdue", "legend: the amber outline and the mark");
}

QString offTrackLegend()
{
    return Tr::tr("Off track (✖)", "legend: the red outline and the mark");
}

/// Lane padding (above and below the rows) and the row height without labels, in points.
constexpr qreal LanePad = 4;
constexpr qreal BareRow = 4;

} // namespace

QColor ReportTimeline::Style::outline(Health health) const
{
    return Palette::healthText(health, Palette::Scheme::Light);
}

QColor ReportTimeline::Style::laneFill(const QColor &areaColour)
{
    return over(Qt::white, areaColour.isValid() ? areaColour : NeutralLane, LaneTint);
}

QColor ReportTimeline::Style::laneText(const QColor &areaColour) const
{
    const QColor tint = areaColour.isValid() ? areaColour : NeutralLane;
    return Palette::readable(tint.darker(140), laneFill(tint));
}

ItemShape::Style ReportTimeline::Style::itemShape(const ReportItem &item,
                                                  const QColor &areaColour) const
{
    // In points: the report paints its items in the layout's unit.
    const QColor tint = areaColour.isValid() ? areaColour : NeutralLane;
    ItemShape::Style shape;
    shape.fill = item.isActive() ? tint : tint.lighter(150);
    shape.diamondFill = shape.fill;
    const std::optional<Health> warning = outlineHealth(item);
    shape.border = warning ? outline(*warning) : tint.darker(150);
    shape.borderWidth = warning ? 1.1 : 0.4;
    shape.radius = 1;
    shape.dashed = item.status == Status::Cancelled;
    if (shape.dashed) {
        shape.strike = tint.darker(150);
        shape.strikeWidth = 0.6;
    }
    shape.band = tint;
    shape.band.setAlphaF(0.3f);
    // Fades and bands are mixed with the lane's tint: PDF gradients lose their transparency.
    shape.over = laneFill(areaColour);
    return shape;
}

ReportTimeline::Style ReportTimeline::Style::print()
{
    const Palette::Chart chart = Palette::chart(Palette::Scheme::Light);
    Style s;
    s.page = Qt::white;
    s.text = chart.text;
    s.mutedText = chart.mutedText;
    s.gridMinor = chart.gridMinor;
    s.gridMajor = chart.gridMajor;
    s.legendBar = chart.doneBar;
    s.centennialText = Palette::readable(Palette::centennial(), s.page);
    s.asOfText = Palette::readable(Palette::today(), s.page);
    return s;
}

std::optional<Health> ReportTimeline::outlineHealth(const ReportItem &item)
{
    if (!item.isActive())
        return std::nullopt;
    if (item.health == Health::OffTrack)
        return Health::OffTrack;
    if (item.health == Health::AtRisk || item.overdue)
        return Health::AtRisk;
    return std::nullopt;
}

ReportTimeline::ReportTimeline(const PageComposer &composer, QDate from, QDate to, QDate asOf)
    : m_composer(composer)
    , m_from(from)
    , m_to(to)
    , m_asOf(asOf)
{ }

qreal ReportTimeline::build(bool labels, qreal rowHeight)
{
    TimelineMetrics metrics;
    metrics.rowHeight = rowHeight;
    metrics.barHeight = std::min(rowHeight * 0.62, 6.0);
    metrics.compactRowHeight = BareRow;
    metrics.compactBarHeight = std::min(BareRow * 0.62, 6.0);
    metrics.laneHeaderHeight = LanePad / 2;
    metrics.laneBottomPadding = LanePad / 2;
    metrics.milestoneRadius = 3;
    metrics.labelGap = 3;
    metrics.itemGap = 3;
    metrics.maxLabelWidth = std::numeric_limits<double>::max(); // titles come elided already
    metrics.labelsInsideBars = false; // dark text on a saturated bar does not print well
    metrics.maxLabelledRows = labels ? std::numeric_limits<int>::max() : 0;
    m_layout.setMetrics(metrics);

    const qreal plotWidth = (m_width - m_laneLabelWidth) / m_unit;
    m_scale = DateScale(m_from, plotWidth / double(std::max<qint64>(1, m_from.daysTo(m_to) + 1)));
    LaneLayout::Filter filter;
    filter.from = m_from;
    filter.to = m_to;
    filter.rightEdge = plotWidth; // labels that would leave the plot go left of their item
    m_layout.build(m_data, m_labelWidths, m_scale, filter);
    m_labels = labels;
    m_rowHeight = rowHeight;
    return heightFor(rowHeight, m_maxRows);
}

qreal ReportTimeline::heightFor(qreal rowHeight, int maxRows) const
{
    const qreal legendHeight = 2 * m_composer.lineHeight(PageComposer::Detail) + m_composer.pt(4);
    qreal points = 0;
    for (const LaneLayout::Lane &lane : m_layout.lanes()) {
        const qreal laneRow = lane.compact ? lane.rowHeight : rowHeight;
        points += LanePad + std::clamp(lane.rowCount(), 1, std::max(1, maxRows)) * laneRow;
    }
    return m_axisHeight + legendHeight + points * m_unit;
}

qreal ReportTimeline::layout(const QList<Lane> &lanes, qreal width, qreal maxHeight, bool fill)
{
    const PageComposer &c = m_composer;
    m_unit = c.pt(1);
    m_width = width;
    const QFontMetricsF &small = c.metrics(PageComposer::SmallBold);
    m_laneLabelWidth = 0;
    for (const Lane &lane : lanes)
        m_laneLabelWidth = std::max(m_laneLabelWidth, small.horizontalAdvance(lane.label));
    m_laneLabelWidth = std::min(m_laneLabelWidth + c.pt(8), width * 0.22);
    const qreal plotWidth = width - m_laneLabelWidth;
    m_axisHeight = 2 * c.lineHeight(PageComposer::Small) + c.pt(4);

    // The lanes as timeline data: one area per lane, the dated items as entries, each with its
    // label elided once to the longest a label may be.
    const QFontMetricsF &fm = c.metrics(PageComposer::Detail);
    const qreal maxLabel = std::min(plotWidth * 0.45, c.mm(60));
    m_data = {};
    m_items.clear();
    m_labelTexts.clear();
    m_labelWidths.clear();
    m_lanes.clear();
    for (int l = 0; l < lanes.size(); ++l) {
        const Lane &lane = lanes.at(l);
        PriorityArea area;
        area.id = l + 1;
        area.number = l + 1;
        area.name = lane.label;
        area.colour = lane.colour;
        m_data.areas.append(area);
        m_lanes.append({lane.label, lane.colour, 1, 0, false});
        for (const ReportItem &item : lane.items) {
            if (!item.start.isValid() && !item.end.isValid())
                continue;
            m_lanes.last().dated = true;
            TimelineEntry e;
            e.id = int(m_data.entries.size()) + 1;
            e.areaId = area.id;
            e.title = item.title;
            e.start = item.start;
            e.end = item.end;
            e.kind = item.kind;
            e.status = item.status;
            e.health = item.health;
            e.overdue = item.overdue;
            // The screen's label: ▲ at risk, ✖ off track, "(overdue)", so that a printed
            // timeline, often in black and white, does not rest on colour alone. Only the title
            // is elided; the marks stay.
            TimelineEntry marksOnly = e;
            marksOnly.title.clear();
            const qreal marks = fm.horizontalAdvance(TimelineChart::labelText(marksOnly));
            TimelineEntry labelled = e;
            labelled.title = fm.elidedText(item.title, Qt::ElideRight,
                                           std::max<qreal>(maxLabel - marks, maxLabel / 3));
            const QString label = TimelineChart::labelText(labelled);
            m_data.entries.append(e);
            m_items.append(item);
            m_labelTexts.append(label);
            m_labelWidths.append(fm.horizontalAdvance(label) / m_unit);
        }
    }

    // Labelled rows if they fit, bare bars otherwise, and then as many rows as fit.
    const qreal labelledRow = c.lineHeight(PageComposer::Detail) / m_unit + 1.5;
    m_maxRows = std::numeric_limits<int>::max();
    if (build(true, labelledRow) > maxHeight && build(false, labelledRow) > maxHeight) {
        const qreal legendHeight = 2 * c.lineHeight(PageComposer::Detail) + c.pt(4);
        const qreal fixed = m_axisHeight + legendHeight + lanes.size() * LanePad * m_unit;
        m_maxRows = std::max(1,
                             int((maxHeight - fixed)
                                 / (BareRow * m_unit * std::max<qsizetype>(1, lanes.size()))));
        // Lanes without items keep a labelled row's height: take rows off until it fits.
        while (m_maxRows > 1 && heightFor(m_rowHeight, m_maxRows) > maxHeight)
            --m_maxRows;
    }
    if (fill && m_labels) {
        // A one-page briefing: taller rows use the page instead of leaving it blank.
        int rows = 0;
        for (const LaneLayout::Lane &lane : m_layout.lanes())
            rows += std::max(1, lane.rowCount());
        const qreal extra
                = (maxHeight - heightFor(m_rowHeight, m_maxRows)) / m_unit / std::max(1, rows);
        build(true, std::min(m_rowHeight + std::max<qreal>(0, extra), 15.0));
    }
    for (int l = 0; l < m_layout.lanes().size() && l < m_lanes.size(); ++l) {
        const LaneLayout::Lane &lane = m_layout.lanes().at(l);
        LaneStyle &style = m_lanes[l];
        style.rows = std::clamp(lane.rowCount(), 1, m_maxRows);
        style.hidden = 0;
        for (int p = lane.firstPlacement; p < lane.firstPlacement + lane.itemCount; ++p)
            style.hidden += m_layout.placements().at(p).row >= style.rows ? 1 : 0;
    }
    m_height = heightFor(m_rowHeight, m_maxRows);
    return m_height;
}

QString ReportTimeline::texts() const
{
    QString all = Tr::tr("As of %1").arg(DateText::day(m_asOf))
            + Tr::tr("Centennial %1").arg(CentennialYear) + Tr::tr("+%n not shown", nullptr, 99)
            + Tr::tr("No dated items") + Tr::tr("None in this period") + Tr::tr("Item with dates")
            + Tr::tr("Milestone") + atRiskLegend() + offTrackLegend()
            + QStringLiteral("0123456789+");
    // The axis: "T1" … "4Q", "2026年".
    for (int q = 1; q <= 4; ++q)
        all += DateText::quarterNumber(q);
    for (int year = m_from.year(); year <= m_to.year(); ++year)
        all += DateText::year(year);
    for (const LaneStyle &lane : m_lanes)
        all += lane.label;
    if (m_labels) {
        for (const QString &label : m_labelTexts)
            all += label;
    }
    return all;
}

void ReportTimeline::paint(QPainter *painter, const QRectF &rect) const
{
    const PageComposer &c = m_composer;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const qreal plotLeft = rect.left() + m_laneLabelWidth;
    const qreal plotRight = rect.right();
    const qreal legendHeight = 2 * c.lineHeight(PageComposer::Detail) + c.pt(4);
    const qreal plotTop = rect.top() + m_axisHeight;
    const qreal plotBottom = rect.top() + m_height - legendHeight;
    // Dates and layout x (points) to the page; the axis clamps to the plot.
    const auto xOfLayout = [&](double x) {
        return plotLeft + x * m_unit;
    };
    const auto x = [&](QDate d) {
        return std::clamp(xOfLayout(m_scale.x(d)), plotLeft, plotRight);
    };

    // Axis: quarters under years, grid lines through the lanes; the periods from the scale, as
    // on the screen's header, their names in the report's language.
    const QFontMetricsF &sm = c.metrics(PageComposer::Small);
    const QFontMetricsF &smb = c.metrics(PageComposer::SmallBold);
    const auto span = [&](const DateScale::Tick &t) {
        return std::pair(std::clamp(xOfLayout(t.x0), plotLeft, plotRight),
                         std::clamp(xOfLayout(t.x1), plotLeft, plotRight));
    };
    for (const DateScale::Tick &t : m_scale.ticks(TimeUnit::Quarter, m_from, m_to)) {
        const auto [xa, xb] = span(t);
        const bool yearStart = t.first.month() == 1;
        painter->setPen(QPen(yearStart ? m_style.gridMajor : m_style.gridMinor,
                             c.pt(yearStart ? 0.7 : 0.4)));
        painter->drawLine(QPointF(xa, rect.top() + (yearStart ? 0 : sm.lineSpacing())),
                          QPointF(xa, plotBottom));
        const QString label = DateText::quarterNumber((t.first.month() - 1) / 3 + 1);
        if (sm.horizontalAdvance(label) < xb - xa - c.pt(2)) {
            painter->setFont(c.font(PageComposer::Small));
            painter->setPen(m_style.text);
            painter->drawText(QPointF((xa + xb - sm.horizontalAdvance(label)) / 2,
                                      rect.top() + sm.lineSpacing() + sm.ascent()),
                              label);
        }
    }
    painter->setFont(c.font(PageComposer::SmallBold));
    painter->setPen(m_style.text);
    for (const DateScale::Tick &t : m_scale.ticks(TimeUnit::Year, m_from, m_to)) {
        const auto [ya, yb] = span(t);
        const QString yl = DateText::year(t.first.year());
        if (smb.horizontalAdvance(yl) < yb - ya)
            painter->drawText(
                    QPointF((ya + yb - smb.horizontalAdvance(yl)) / 2, rect.top() + smb.ascent()),
                    yl);
    }
    painter->setPen(QPen(m_style.gridMajor, c.pt(0.7)));
    painter->drawLine(QPointF(plotLeft, plotTop), QPointF(rect.right(), plotTop));

    // Lane backgrounds and names first, then the date markers, then the items over them.
    const QFontMetricsF &fm = c.metrics(PageComposer::Detail);
    QList<qreal> laneTops;
    qreal y = plotTop;
    for (int l = 0; l < m_lanes.size(); ++l) {
        const LaneStyle &lane = m_lanes.at(l);
        const LaneLayout::Lane *laid
                = l < m_layout.lanes().size() ? &m_layout.lanes().at(l) : nullptr;
        const qreal rowHeight = laid && laid->compact ? laid->rowHeight : m_rowHeight;
        laneTops << y;
        const qreal laneHeight = (lane.rows * rowHeight + LanePad) * m_unit;
        painter->fillRect(QRectF(rect.left(), y, rect.width(), laneHeight),
                          Style::laneFill(lane.colour));
        painter->setPen(QPen(m_style.gridMinor, c.pt(0.4)));
        painter->drawLine(QPointF(rect.left(), y + laneHeight),
                          QPointF(rect.right(), y + laneHeight));
        painter->setFont(c.font(PageComposer::SmallBold));
        painter->setPen(m_style.laneText(lane.colour));
        painter->drawText(QPointF(rect.left() + c.pt(2), y + c.pt(LanePad / 2) + smb.ascent()),
                          smb.elidedText(lane.label, Qt::ElideRight, m_laneLabelWidth - c.pt(6)));
        painter->setFont(c.font(PageComposer::Detail));
        painter->setPen(m_style.mutedText);
        if (lane.hidden > 0) {
            painter->drawText(QPointF(rect.left() + c.pt(2),
                                      y + c.pt(LanePad / 2) + smb.lineSpacing() + fm.ascent()),
                              Tr::tr("+%n not shown", nullptr, lane.hidden));
        } else if (!laid || laid->itemCount == 0) {
            painter->drawText(QPointF(plotLeft + c.pt(4), y + c.pt(LanePad / 2) + fm.ascent()),
                              lane.dated ? Tr::tr("None in this period")
                                         : Tr::tr("No dated items"));
        }
        y += laneHeight;
    }

    const QFontMetricsF &det = c.metrics(PageComposer::Detail);
    const auto marker = [&](QDate date, const QColor &colour, const QColor &textColour,
                            const QString &label, bool dashed, bool labelLeft) {
        if (date < m_from || date > m_to)
            return;
        const qreal mx = x(date);
        QPen pen(colour, c.pt(1.2));
        if (dashed)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(mx, plotTop), QPointF(mx, plotBottom));
        painter->setFont(c.font(PageComposer::Detail));
        painter->setPen(textColour);
        const qreal lw = det.horizontalAdvance(label);
        const qreal lx = labelLeft ? mx - lw - c.pt(2) : mx + c.pt(2);
        painter->drawText(QPointF(lx, plotBottom + det.ascent() + c.pt(1)), label);
    };
    marker(centennialDate(), Palette::centennial(), m_style.centennialText,
           Tr::tr("Centennial %1").arg(CentennialYear), false, false);
    marker(m_asOf, Palette::today(), m_style.asOfText,
           Tr::tr("As of %1").arg(DateText::day(m_asOf)), true, true);

    painter->setFont(c.font(PageComposer::Detail));
    for (int l = 0; l < m_lanes.size() && l < m_layout.lanes().size(); ++l) {
        const LaneLayout::Lane &lane = m_layout.lanes().at(l);
        const LaneStyle &style = m_lanes.at(l);
        const qreal rowHeight = (lane.compact ? lane.rowHeight : m_rowHeight) * m_unit;
        const double barHeight = lane.barHeight; // points
        for (int index = lane.firstPlacement; index < lane.firstPlacement + lane.itemCount;
             ++index) {
            const LaneLayout::Placement &p = m_layout.placements().at(index);
            if (p.row >= style.rows)
                continue;
            const ReportItem &item = m_items.at(p.entry);
            const qreal top = laneTops.at(l) + c.pt(LanePad / 2) + p.row * rowHeight;
            const qreal mid = top + rowHeight / 2;
            // The screen's shapes (ItemShape), painted in the layout's unit (points) with the
            // print style; the plot clips bars that run past the period.
            painter->save();
            painter->setClipRect(
                    QRectF(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop),
                    Qt::IntersectClip);
            painter->translate(plotLeft, mid);
            painter->scale(m_unit, m_unit);
            const ItemShape::Style shape = m_style.itemShape(item, style.colour);
            if (p.milestone) {
                const FuzzyDate when = m_data.entries.at(p.entry).milestoneDate();
                ItemShape::Style milestone = shape;
                if (lane.compact)
                    milestone.band = QColor();
                ItemShape::paintMilestone(painter, m_scale, when, QPointF((p.x0 + p.x1) / 2, 0),
                                          std::min(barHeight * 0.75, 3.6), barHeight, milestone);
            } else {
                const TimelineEntry &entry = m_data.entries.at(p.entry);
                ItemShape::paintBar(painter, m_scale, entry.start, entry.end,
                                    QRectF(p.x0, -barHeight / 2, p.x1 - p.x0, barHeight), shape);
            }
            painter->restore();
            if (m_labels && !lane.compact && p.labelX1 > p.labelX0) {
                painter->setPen(m_style.text);
                painter->drawText(
                        QPointF(xOfLayout(p.labelX0), mid - fm.height() / 2 + fm.ascent()),
                        m_labelTexts.at(p.entry));
            }
        }
    }

    // Legend, bottom left.
    qreal lx = rect.left();
    const qreal ly = plotBottom + det.lineSpacing() + c.pt(3);
    const qreal lh = det.height();
    const auto legendText = [&](const QString &t) {
        painter->setPen(m_style.text);
        painter->drawText(QPointF(lx, ly + det.ascent()), t);
        lx += det.horizontalAdvance(t) + c.pt(8);
    };
    painter->setPen(QPen(m_style.gridMajor, c.pt(0.4)));
    painter->setBrush(m_style.legendBar);
    painter->drawRect(QRectF(lx, ly + lh * 0.25, c.pt(10), lh * 0.5));
    lx += c.pt(13);
    legendText(Tr::tr("Item with dates"));
    QPainterPath diamond;
    const qreal r = lh * 0.35;
    diamond.moveTo(lx + r, ly + lh / 2 - r);
    diamond.lineTo(lx + 2 * r, ly + lh / 2);
    diamond.lineTo(lx + r, ly + lh / 2 + r);
    diamond.lineTo(lx, ly + lh / 2);
    diamond.closeSubpath();
    painter->drawPath(diamond);
    lx += 2 * r + c.pt(3);
    legendText(Tr::tr("Milestone"));
    painter->setPen(QPen(m_style.outline(Health::AtRisk), c.pt(1.1)));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(lx, ly + lh * 0.25, c.pt(10), lh * 0.5));
    lx += c.pt(13);
    legendText(atRiskLegend());
    painter->setPen(QPen(m_style.outline(Health::OffTrack), c.pt(1.1)));
    painter->drawRect(QRectF(lx, ly + lh * 0.25, c.pt(10), lh * 0.5));
    lx += c.pt(13);
    legendText(offTrackLegend());
    painter->restore();
}

} // namespace jcr
