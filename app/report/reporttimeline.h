#pragma once

#include "reportmodel.h"

#include <QDate>
#include <QList>
#include <QRectF>

class QPainter;

namespace jcr {

class PageComposer;

/**
 * The timeline picture of reports: a date axis with quarters and years, one lane per
 * priority area, bars for items with a start and an end, diamonds for milestones, the
 * as-of line and the centennial marker.
 *
 * It is laid out once for a width (items packed into rows so that labels never overlap)
 * and then painted into any rectangle of that width, which lets the page composer place it
 * like a block. Kept to this one class so the shared timeline renderer can replace it.
 */
class ReportTimeline
{
public:
    struct Lane
    {
        QString label;
        QColor colour;
        QList<ReportItem> items;
    };

    ReportTimeline(const PageComposer &composer, QDate from, QDate to, QDate asOf);

    /// Packs \a lanes for \a width; returns the height needed, at most \a maxHeight (labels
    /// are dropped, then rows, when the items do not fit). With \a fill, rows grow (up to a
    /// limit) to use the height available.
    qreal layout(const QList<Lane> &lanes, qreal width, qreal maxHeight, bool fill = false);
    qreal height() const { return m_height; }
    /// Every text the picture draws (for the PDF text-layer repair).
    QString texts() const;
    void paint(QPainter *painter, const QRectF &rect) const;

private:
    struct Placed
    {
        ReportItem item;
        int row = 0;
        qreal x0 = 0; ///< relative to the plot's left edge
        qreal x1 = 0;
        bool milestone = false;
        QString label;
        bool labelLeft = false;
    };
    struct LaidLane
    {
        QString label;
        QColor colour;
        QList<Placed> placed;
        int rows = 1;
        int hidden = 0;
    };

    qreal xOf(QDate date, qreal plotWidth) const;
    bool pack(const QList<Lane> &lanes, qreal plotWidth, bool labels, int maxRowsPerLane);

    const PageComposer &m_composer;
    QDate m_from;
    QDate m_to;
    QDate m_asOf;
    QList<LaidLane> m_lanes;
    qreal m_width = 0;
    qreal m_labelWidth = 0;
    qreal m_axisHeight = 0;
    qreal m_rowHeight = 0;
    bool m_labels = true;
    qreal m_height = 0;
};

} // namespace jcr
