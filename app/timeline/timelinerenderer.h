#pragma once

#include "timelinedata.h"
#include "timelineoptions.h"

#include <QPair>
#include <QRectF>

class QPainter;

namespace jcr {

class RoadmapDocument;

/**
 * Paints the whole timeline — time header, lanes, bars, milestones, dependencies, today line and
 * markers — for a date range onto any paint device: a QImage, a QSvgGenerator or a QPdfWriter.
 * Used by the view's image export and by `jcroadmap timeline`. (Reports draw their own print
 * styling in ReportTimeline, on the same DateScale and LaneLayout.)
 *
 * Labels are drawn with QPainter::drawText, so vector outputs keep them as real text.
 *
 * Typical use:
 * \code
 *   TimelineRenderer renderer(TimelineData::fromDocument(document));
 *   TimelineOptions options;
 *   options.from = QDate(2026, 1, 1);
 *   options.to = QDate(2028, 12, 31);
 *   const QSizeF size(1600, renderer.heightForWidth(1600, options));
 *   renderer.paint(&painter, QRectF(QPointF(0, 0), size), options);
 * \endcode
 */
class TimelineRenderer
{
public:
    explicit TimelineRenderer(TimelineData data = {});

    /// Convenience: every item of \a document.
    static TimelineRenderer fromDocument(const RoadmapDocument &document);

    const TimelineData &data() const { return m_data; }
    void setData(TimelineData data) { m_data = std::move(data); }

    /// The date range drawn for \a options: their from/to, or defaults derived from the items
    /// (from 1 January of the Joint Statement's year to the end of the centennial year, or of
    /// the quarter of the latest item if later).
    QPair<QDate, QDate> effectiveRange(const TimelineOptions &options) const;

    /// The height the timeline needs when painted \a width pixels wide (no scaling).
    double heightForWidth(double width, const TimelineOptions &options) const;

    /**
     * Paints the timeline into \a target. The date range fills the target's width; when the
     * lanes need more height than \a target has, everything is scaled down uniformly (and laid
     * out for the wider logical width that gives) so that it fits; when they need less, the
     * space below stays empty. The painter's state is restored afterwards.
     */
    void paint(QPainter *painter, const QRectF &target, const TimelineOptions &options) const;

private:
    TimelineData m_data;
};

} // namespace jcr
