#include "reporttimeline.h"

#include "pagecomposer.h"

#include "domain/clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace jcr {

namespace {

QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("jcr::ReportTimeline", s, disambiguation, n);
}

const QColor GridMinor(0xe3, 0xe6, 0xeb);
const QColor GridMajor(0xa9, 0xb0, 0xbb);
const QColor AxisText(0x3c, 0x43, 0x4f);
const QColor AsOfColour(0xc0, 0x39, 0x2b);
const QColor CentennialColour(0xb0, 0x7d, 0x12);
const QColor OffTrack(0xc0, 0x39, 0x2b);
const QColor AtRisk(0xe0, 0x8e, 0x0b);

QDate centennialDate()
{
    return QDate(CentennialYear, 1, 1);
}

} // namespace

ReportTimeline::ReportTimeline(const PageComposer &composer, QDate from, QDate to, QDate asOf)
    : m_composer(composer)
    , m_from(from)
    , m_to(to)
    , m_asOf(asOf)
{ }

qreal ReportTimeline::xOf(QDate date, qreal plotWidth) const
{
    const qreal span = std::max<qint64>(1, m_from.daysTo(m_to) + 1);
    const qreal d = std::clamp<qint64>(m_from.daysTo(date), 0, qint64(span));
    return plotWidth * d / span;
}

bool ReportTimeline::pack(const QList<Lane> &lanes, qreal plotWidth, bool labels,
                          int maxRowsPerLane)
{
    const QFontMetricsF &fm = m_composer.metrics(PageComposer::Detail);
    const qreal gap = m_composer.pt(3);
    const qreal maxLabel = std::min(plotWidth * 0.45, m_composer.mm(60));
    bool allPlaced = true;
    m_lanes.clear();
    for (const Lane &lane : lanes) {
        LaidLane laid;
        laid.label = lane.label;
        laid.colour = lane.colour;
        QList<Placed> candidates;
        for (const ReportItem &item : lane.items) {
            if (!item.start.isValid() && !item.end.isValid())
                continue;
            Placed p;
            p.item = item;
            p.milestone = item.kind == ItemKind::Milestone || !item.start.isValid()
                    || !item.end.isValid();
            if (p.milestone) {
                const FuzzyDate when = item.due();
                p.x0 = xOf(when.first(), plotWidth);
                p.x1 = std::max(xOf(when.last(), plotWidth), p.x0);
            } else {
                p.x0 = xOf(item.start.first(), plotWidth);
                p.x1 = std::max(xOf(item.end.last(), plotWidth), p.x0 + m_composer.pt(1.5));
            }
            candidates.append(p);
        }
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Placed &a, const Placed &b) { return a.x0 < b.x0; });
        QList<qreal> rowEnds;
        for (Placed p : candidates) {
            const qreal markerHalf = m_composer.pt(3);
            qreal left = p.x0 - (p.milestone ? markerHalf : 0);
            qreal right = p.x1 + (p.milestone ? markerHalf : 0);
            if (labels) {
                p.label = fm.elidedText(p.item.title, Qt::ElideRight, maxLabel);
                const qreal lw = fm.horizontalAdvance(p.label);
                if (right + gap + lw <= plotWidth) {
                    right += gap + lw;
                } else {
                    p.labelLeft = true;
                    left -= gap + lw;
                }
            }
            int row = 0;
            while (row < rowEnds.size() && rowEnds.at(row) + gap > left)
                ++row;
            if (row >= maxRowsPerLane) {
                ++laid.hidden;
                allPlaced = false;
                continue;
            }
            if (row == rowEnds.size())
                rowEnds.append(right);
            else
                rowEnds[row] = right;
            p.row = row;
            laid.placed.append(p);
        }
        laid.rows = std::max<int>(1, int(rowEnds.size()));
        m_lanes.append(laid);
    }
    return allPlaced;
}

qreal ReportTimeline::layout(const QList<Lane> &lanes, qreal width, qreal maxHeight, bool fill)
{
    m_width = width;
    const QFontMetricsF &small = m_composer.metrics(PageComposer::SmallBold);
    m_labelWidth = 0;
    for (const Lane &lane : lanes)
        m_labelWidth = std::max(m_labelWidth, small.horizontalAdvance(lane.label));
    m_labelWidth = std::min(m_labelWidth + m_composer.pt(8), width * 0.22);
    const qreal plotWidth = width - m_labelWidth;
    m_axisHeight = 2 * m_composer.lineHeight(PageComposer::Small) + m_composer.pt(4);
    const qreal lanePad = m_composer.pt(4);
    const qreal legendHeight = 2 * m_composer.lineHeight(PageComposer::Detail) + m_composer.pt(4);
    const qreal labelledRow = m_composer.lineHeight(PageComposer::Detail) + m_composer.pt(1.5);
    const qreal bareRow = m_composer.pt(4);
    const auto total = [&](qreal rowHeight) {
        qreal h = m_axisHeight + legendHeight;
        for (const LaidLane &l : std::as_const(m_lanes))
            h += l.rows * rowHeight + lanePad;
        return h;
    };
    // Labelled rows if they fit, bare bars otherwise, and then as many rows as fit.
    m_labels = true;
    m_rowHeight = labelledRow;
    pack(lanes, plotWidth, true, 1 << 20);
    if (total(m_rowHeight) > maxHeight) {
        m_labels = false;
        m_rowHeight = bareRow;
        pack(lanes, plotWidth, false, 1 << 20);
        if (total(m_rowHeight) > maxHeight) {
            const qreal fixed = m_axisHeight + legendHeight + lanes.size() * lanePad;
            const int rows = std::max(1,
                                      int((maxHeight - fixed)
                                          / (m_rowHeight * std::max<qsizetype>(1, lanes.size()))));
            pack(lanes, plotWidth, false, rows);
        }
    }
    if (fill && m_labels) {
        // A one-page briefing: taller rows use the page instead of leaving it blank.
        int rows = 0;
        for (const LaidLane &l : std::as_const(m_lanes))
            rows += l.rows;
        const qreal extra = (maxHeight - total(m_rowHeight)) / std::max(1, rows);
        m_rowHeight = std::min(m_rowHeight + std::max<qreal>(0, extra), m_composer.pt(15));
    }
    m_height = total(m_rowHeight);
    return m_height;
}

QString ReportTimeline::texts() const
{
    QString all = tr("As of %1").arg(QLocale().toString(m_asOf, QLocale::ShortFormat))
            + tr("Centennial %1").arg(CentennialYear) + tr("+%n not shown", nullptr, 99)
            + tr("No dated items") + tr("Item with dates") + tr("Milestone") + tr("At risk")
            + tr("Off track") + QStringLiteral("Q1Q2Q3Q40123456789+");
    for (const LaidLane &lane : m_lanes) {
        all += lane.label;
        for (const Placed &p : lane.placed)
            all += p.label;
    }
    return all;
}

void ReportTimeline::paint(QPainter *painter, const QRectF &rect) const
{
    const PageComposer &c = m_composer;
    painter->setRenderHint(QPainter::Antialiasing, true);
    const qreal plotLeft = rect.left() + m_labelWidth;
    const qreal plotWidth = rect.width() - m_labelWidth;
    const qreal lanePad = c.pt(4);
    const qreal legendHeight = 2 * c.lineHeight(PageComposer::Detail) + c.pt(4);
    const qreal plotTop = rect.top() + m_axisHeight;
    const qreal plotBottom = rect.top() + m_height - legendHeight;
    const auto x = [&](QDate d) {
        return plotLeft + xOf(d, plotWidth);
    };

    // Axis: quarters under years, grid lines through the lanes.
    const QFontMetricsF &sm = c.metrics(PageComposer::Small);
    const QFontMetricsF &smb = c.metrics(PageComposer::SmallBold);
    for (int year = m_from.year(); year <= m_to.year(); ++year) {
        for (int q = 1; q <= 4; ++q) {
            const QDate qStart(year, (q - 1) * 3 + 1, 1);
            const QDate qEnd = qStart.addMonths(3);
            if (qEnd <= m_from || qStart > m_to)
                continue;
            const qreal xa = x(std::max(qStart, m_from));
            const qreal xb = x(std::min(qEnd, m_to.addDays(1)));
            painter->setPen(QPen(q == 1 ? GridMajor : GridMinor, c.pt(q == 1 ? 0.7 : 0.4)));
            painter->drawLine(QPointF(xa, rect.top() + (q == 1 ? 0 : sm.lineSpacing())),
                              QPointF(xa, plotBottom));
            const QString label = QStringLiteral("Q%1").arg(q);
            if (sm.horizontalAdvance(label) < xb - xa - c.pt(2)) {
                painter->setFont(c.font(PageComposer::Small));
                painter->setPen(AxisText);
                painter->drawText(QPointF((xa + xb - sm.horizontalAdvance(label)) / 2,
                                          rect.top() + sm.lineSpacing() + sm.ascent()),
                                  label);
            }
        }
        const qreal ya = x(std::max(QDate(year, 1, 1), m_from));
        const qreal yb = x(std::min(QDate(year + 1, 1, 1), m_to.addDays(1)));
        painter->setFont(c.font(PageComposer::SmallBold));
        painter->setPen(AxisText);
        const QString yl = QString::number(year);
        painter->drawText(
                QPointF((ya + yb - smb.horizontalAdvance(yl)) / 2, rect.top() + smb.ascent()), yl);
    }
    painter->setPen(QPen(GridMajor, c.pt(0.7)));
    painter->drawLine(QPointF(plotLeft, plotTop), QPointF(rect.right(), plotTop));

    // Lane backgrounds and names first, then the date markers, then the items over them.
    const QFontMetricsF &fm = c.metrics(PageComposer::Detail);
    QList<qreal> laneTops;
    qreal y = plotTop;
    for (const LaidLane &lane : m_lanes) {
        laneTops << y;
        const qreal laneHeight = lane.rows * m_rowHeight + lanePad;
        const QColor tint = lane.colour.isValid() ? lane.colour : QColor(0x60, 0x70, 0x80);
        QColor laneFill = tint;
        laneFill.setAlphaF(0.07f);
        painter->fillRect(QRectF(rect.left(), y, rect.width(), laneHeight), laneFill);
        painter->setPen(QPen(GridMinor, c.pt(0.4)));
        painter->drawLine(QPointF(rect.left(), y + laneHeight),
                          QPointF(rect.right(), y + laneHeight));
        painter->setFont(c.font(PageComposer::SmallBold));
        painter->setPen(tint.darker(140));
        painter->drawText(QPointF(rect.left() + c.pt(2), y + lanePad / 2 + smb.ascent()),
                          smb.elidedText(lane.label, Qt::ElideRight, m_labelWidth - c.pt(6)));
        painter->setFont(c.font(PageComposer::Detail));
        painter->setPen(AxisText);
        if (lane.hidden > 0) {
            painter->drawText(QPointF(rect.left() + c.pt(2),
                                      y + lanePad / 2 + smb.lineSpacing() + fm.ascent()),
                              tr("+%n not shown", nullptr, lane.hidden));
        } else if (lane.placed.isEmpty()) {
            painter->drawText(QPointF(plotLeft + c.pt(4), y + lanePad / 2 + fm.ascent()),
                              tr("No dated items"));
        }
        y += laneHeight;
    }

    const QFontMetricsF &det = c.metrics(PageComposer::Detail);
    const auto marker = [&](QDate date, const QColor &colour, const QString &label, bool dashed,
                            bool labelLeft) {
        if (date < m_from || date > m_to)
            return;
        const qreal mx = x(date);
        QPen pen(colour, c.pt(1.2));
        if (dashed)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(mx, plotTop), QPointF(mx, plotBottom));
        painter->setFont(c.font(PageComposer::Detail));
        painter->setPen(colour);
        const qreal lw = det.horizontalAdvance(label);
        const qreal lx = labelLeft ? mx - lw - c.pt(2) : mx + c.pt(2);
        painter->drawText(QPointF(lx, plotBottom + det.ascent() + c.pt(1)), label);
    };
    marker(centennialDate(), CentennialColour, tr("Centennial %1").arg(CentennialYear), false,
           false);
    marker(m_asOf, AsOfColour, tr("As of %1").arg(QLocale().toString(m_asOf, QLocale::ShortFormat)),
           true, true);

    painter->setFont(c.font(PageComposer::Detail));
    for (int li = 0; li < m_lanes.size(); ++li) {
        const LaidLane &lane = m_lanes.at(li);
        const QColor tint = lane.colour.isValid() ? lane.colour : QColor(0x60, 0x70, 0x80);
        for (const Placed &p : lane.placed) {
            const qreal top = laneTops.at(li) + lanePad / 2 + p.row * m_rowHeight;
            const qreal mid = top + m_rowHeight / 2;
            const qreal barHeight = std::min(m_rowHeight * 0.62, c.pt(6));
            QColor fill = tint;
            if (!p.item.isActive())
                fill = fill.lighter(150);
            QColor outline = tint.darker(150);
            if (p.item.isActive() && p.item.health == Health::OffTrack)
                outline = OffTrack;
            else if (p.item.isActive() && (p.item.health == Health::AtRisk || p.item.overdue))
                outline = AtRisk;
            const qreal outlineWidth
                    = outline == OffTrack || outline == AtRisk ? c.pt(1.1) : c.pt(0.4);
            const qreal x0 = plotLeft + p.x0;
            const qreal x1 = plotLeft + p.x1;
            if (p.milestone) {
                if (x1 - x0 > c.pt(2)) {
                    // A milestone known to a month or quarter: its period, faintly.
                    QColor period = tint;
                    period.setAlphaF(0.18f);
                    painter->fillRect(QRectF(x0, mid - barHeight / 2, x1 - x0, barHeight), period);
                }
                const qreal cx = (x0 + x1) / 2;
                const qreal r = std::min(barHeight * 0.75, c.pt(3.6));
                QPainterPath diamond;
                diamond.moveTo(cx, mid - r);
                diamond.lineTo(cx + r, mid);
                diamond.lineTo(cx, mid + r);
                diamond.lineTo(cx - r, mid);
                diamond.closeSubpath();
                painter->setPen(QPen(outline, outlineWidth));
                painter->setBrush(fill);
                painter->drawPath(diamond);
            } else {
                painter->setPen(QPen(outline, outlineWidth));
                painter->setBrush(fill);
                painter->drawRoundedRect(QRectF(x0, mid - barHeight / 2, x1 - x0, barHeight),
                                         c.pt(1), c.pt(1));
            }
            if (m_labels && !p.label.isEmpty()) {
                painter->setPen(AxisText);
                const qreal lw = fm.horizontalAdvance(p.label);
                const qreal markerHalf = p.milestone ? c.pt(3) : 0;
                const qreal lx
                        = p.labelLeft ? x0 - markerHalf - c.pt(3) - lw : x1 + markerHalf + c.pt(3);
                painter->drawText(QPointF(lx, mid - fm.height() / 2 + fm.ascent()), p.label);
            }
        }
    }

    // Legend, bottom left.
    qreal lx = rect.left();
    const qreal ly = plotBottom + det.lineSpacing() + c.pt(3);
    const qreal lh = det.height();
    const auto legendText = [&](const QString &t) {
        painter->setPen(AxisText);
        painter->drawText(QPointF(lx, ly + det.ascent()), t);
        lx += det.horizontalAdvance(t) + c.pt(8);
    };
    painter->setPen(QPen(GridMajor, c.pt(0.4)));
    painter->setBrush(QColor(0x8a, 0x96, 0xa8));
    painter->drawRect(QRectF(lx, ly + lh * 0.25, c.pt(10), lh * 0.5));
    lx += c.pt(13);
    legendText(tr("Item with dates"));
    QPainterPath diamond;
    const qreal r = lh * 0.35;
    diamond.moveTo(lx + r, ly + lh / 2 - r);
    diamond.lineTo(lx + 2 * r, ly + lh / 2);
    diamond.lineTo(lx + r, ly + lh / 2 + r);
    diamond.lineTo(lx, ly + lh / 2);
    diamond.closeSubpath();
    painter->drawPath(diamond);
    lx += 2 * r + c.pt(3);
    legendText(tr("Milestone"));
    painter->setPen(QPen(AtRisk, c.pt(1.1)));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(lx, ly + lh * 0.25, c.pt(10), lh * 0.5));
    lx += c.pt(13);
    legendText(tr("At risk"));
    painter->setPen(QPen(OffTrack, c.pt(1.1)));
    painter->drawRect(QRectF(lx, ly + lh * 0.25, c.pt(10), lh * 0.5));
    lx += c.pt(13);
    legendText(tr("Off track"));
}

} // namespace jcr
