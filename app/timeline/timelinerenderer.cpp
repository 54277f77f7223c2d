#include "timelinerenderer.h"

#include "domain/clock.h"
#include "timelinechart.h"

#include <QGuiApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace jcr {

namespace {

TimelinePaintState paintStateOf(const TimelineOptions &options)
{
    TimelinePaintState state;
    state.showToday = options.showToday;
    state.today = options.today.isValid() ? options.today : today();
    state.showDependencies = options.showDependencies;
    state.showMarkers = options.showMarkers;
    state.interactive = false;
    return state;
}

/// A chart laid out for \a options over \a width pixels.
void prepare(TimelineChart &chart, const TimelineData &data, const TimelineOptions &options,
             QDate from, QDate to, double width)
{
    if (options.fontSet)
        chart.setFont(options.font);
    chart.setData(data);
    const double days = double(from.daysTo(to) + 1);
    chart.scale().setOrigin(from);
    chart.scale().setPixelsPerDay(width / days);
    LaneLayout::Filter filter;
    filter.from = from;
    filter.to = to;
    filter.areaIds = options.areaIds;
    filter.collapsedAreaIds = options.collapsedAreaIds;
    filter.rightEdge = chart.scale().xAfter(to);
    chart.setFilter(filter);
    chart.relayout();
}

} // namespace

TimelineRenderer::TimelineRenderer(TimelineData data)
    : m_data(std::move(data))
{ }

TimelineRenderer TimelineRenderer::fromDocument(const RoadmapDocument &document)
{
    return TimelineRenderer(TimelineData::fromDocument(document));
}

QPair<QDate, QDate> TimelineRenderer::effectiveRange(const TimelineOptions &options) const
{
    // The Roadmap's own span: the year of the Joint Statement to the end of the centennial year,
    // later if items run on. Earlier context (past dialogues) enters from the left edge.
    QDate last(CentennialYear, 12, 31);
    for (const TimelineEntry &e : m_data.entries) {
        if (!e.isScheduled() || (!options.areaIds.isEmpty() && !options.areaIds.contains(e.areaId)))
            continue;
        last = std::max(last, e.lastDay());
    }
    QDate from = options.from.isValid() ? options.from
                                        : DateScale::unitStart(statementDate(), TimeUnit::Year);
    QDate to = options.to.isValid()
            ? options.to
            : DateScale::addUnits(DateScale::unitStart(last, TimeUnit::Quarter), TimeUnit::Quarter,
                                  1)
                      .addDays(-1);
    if (to < from)
        std::swap(from, to);
    return {from, to};
}

double TimelineRenderer::heightForWidth(double width, const TimelineOptions &options) const
{
    const auto [from, to] = effectiveRange(options);
    TimelineChart chart;
    prepare(chart, m_data, options, from, to, width);
    return chart.headerHeight() + chart.layout().height();
}

void TimelineRenderer::paint(QPainter *painter, const QRectF &target,
                             const TimelineOptions &options) const
{
    if (!painter || target.isEmpty())
        return;
    const auto [from, to] = effectiveRange(options);
    TimelineChart chart;
    double width = target.width();
    prepare(chart, m_data, options, from, to, width);
    double height = chart.headerHeight() + chart.layout().height();
    double factor = 1;
    if (height > target.height()) {
        // Too tall: scale down, and lay out again for the wider logical width that gives, which
        // needs fewer rows; the result is at most as tall as the first attempt, so it fits.
        factor = target.height() / height;
        width = target.width() / factor;
        prepare(chart, m_data, options, from, to, width);
        height = chart.headerHeight() + chart.layout().height();
    }

    const TimelinePaintState state = paintStateOf(options);
    painter->save();
    painter->setClipRect(target, Qt::IntersectClip);
    painter->translate(target.topLeft());
    painter->scale(factor, factor);
    const double header = chart.headerHeight();
    painter->setClipRect(QRectF(0, 0, width, height), Qt::IntersectClip);
    chart.paintTimeHeader(painter, 0, width, state);
    painter->translate(0, header);
    const QRectF chartRect(0, 0, width, chart.layout().height());
    chart.paintBackground(painter, chartRect, state);
    chart.paintLaneHeaders(painter, chartRect, state);
    chart.paintDependencies(painter, chartRect, state);
    chart.paintItems(painter, chartRect, state);
    painter->restore();
}

} // namespace jcr
