#include "timelinechart.h"

#include "i18n/language.h"
#include "itemshape.h"

#include "domain/clock.h"
#include "style/palette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <utility>

#include <cmath>
#include <limits>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::TimelineChart)
};

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

} // namespace

TimelineChart::TimelineChart()
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(12);
    setFont(f);
}

void TimelineChart::setData(TimelineData data)
{
    // A full rebuild (after a multi-delete, a filter, a reload) keeps the widths of labels that
    // did not change: measuring 100,000 labels again was half of its cost.
    const TimelineData old = std::exchange(m_data, std::move(data));
    const QHash<qint64, int> oldIndex = std::exchange(m_entryById, {});
    const QList<double> oldWidths = std::exchange(m_labelWidths, {});
    ++m_generation;
    m_entryById.reserve(m_data.entries.size());
    m_labelWidths.resize(m_data.entries.size());
    for (int i = 0; i < m_data.entries.size(); ++i) {
        const TimelineEntry &e = m_data.entries.at(i);
        m_entryById.insert(e.id, i);
        const int was = oldIndex.value(e.id, -1);
        m_labelWidths[i] = was >= 0 && was < oldWidths.size() && sameLabel(old.entries.at(was), e)
                ? oldWidths.at(was)
                : textWidth(labelText(e));
    }
}

void TimelineChart::removeEntries(const QList<int> &indexes)
{
    if (indexes.isEmpty())
        return;
    // One pass that closes the gaps, instead of building the whole picture again from the
    // model (which cost a 100,000-item roadmap most of a multi-delete).
    qsizetype out = indexes.constFirst();
    qsizetype next = 0;
    for (qsizetype in = indexes.constFirst(); in < m_data.entries.size(); ++in) {
        if (next < indexes.size() && indexes.at(next) == in) {
            ++next;
            continue;
        }
        m_data.entries[out] = std::move(m_data.entries[in]);
        m_labelWidths[out] = m_labelWidths.at(in);
        ++out;
    }
    m_data.entries.resize(out);
    m_labelWidths.resize(out);
    m_entryById.clear();
    m_entryById.reserve(out);
    for (int i = 0; i < out; ++i)
        m_entryById.insert(m_data.entries.at(i).id, i);
    ++m_generation;
}

void TimelineChart::setDependencies(const QList<Dependency> &dependencies)
{
    m_data.dependencies = dependencies;
    // The arrows' entry pairs are looked up again at the next relayout (no generation is
    // this one); the rows stay packed as they were.
    m_dependencyGeneration = std::numeric_limits<quint64>::max();
}

TimelineChart::EntryChange TimelineChart::setEntry(int index, const TimelineEntry &entry)
{
    if (index < 0 || index >= m_data.entries.size())
        return EntryChange::Look;
    const TimelineEntry &old = m_data.entries.at(index);
    // What LaneLayout packs by: the entry's lane, days, shape and label width. A change of
    // anything else (a card moved to another column, a health) repaints without repacking
    // 100,000 entries.
    const bool sameDays = old.id == entry.id && old.areaId == entry.areaId
            && old.isScheduled() == entry.isScheduled() && old.firstDay() == entry.firstDay()
            && old.lastDay() == entry.lastDay() && old.isMilestone() == entry.isMilestone();
    const bool sameLabelText = sameLabel(old, entry);
    if (old.id != entry.id) {
        m_entryById.remove(old.id);
        m_entryById.insert(entry.id, index);
    }
    m_data.entries[index] = entry;
    if (sameDays && sameLabelText)
        return EntryChange::Look;
    m_labelWidths[index] = textWidth(labelText(entry));
    // Only the label changed (a card moved to Done is no longer "(overdue)"): the layout keeps
    // its sorted entries and packs again with the new width, as after a zoom step.
    if (sameDays && m_layout.setLabelWidth(index, m_labelWidths.at(index)))
        return EntryChange::Label;
    ++m_generation;
    return sameDays ? EntryChange::Label : EntryChange::Place;
}

void TimelineChart::setScheme(Palette::Scheme scheme)
{
    m_scheme = scheme;
    m_colours = Palette::chart(scheme);
}

QString TimelineChart::labelText(const TimelineEntry &entry)
{
    QString text = entry.title;
    if (entry.status != Status::Done && entry.status != Status::Cancelled) {
        if (entry.health == Health::AtRisk)
            text = QStringLiteral("\u25B2 ") + text;
        else if (entry.health == Health::OffTrack)
            text = QStringLiteral("\u2716 ") + text;
    }
    if (entry.overdue)
        text = Tr::tr("%1 (overdue)", "a timeline label").arg(text);
    return text;
}

bool TimelineChart::sameLabel(const TimelineEntry &a, const TimelineEntry &b)
{
    // What labelText() reads, and nothing else: the title, the health's mark (active items
    // only) and overdue.
    const auto mark = [](const TimelineEntry &e) {
        const bool active = e.status != Status::Done && e.status != Status::Cancelled;
        return active ? e.health : Health::OnTrack;
    };
    return a.overdue == b.overdue && mark(a) == mark(b) && a.title == b.title;
}

void TimelineChart::setFont(const QFont &font)
{
    m_font = font;
    m_boldFont = font;
    m_boldFont.setBold(true);
    m_advances.clear();
    ++m_generation; // the label widths change, and the layout keeps them with the sorted entries
    const QFontMetricsF fm(m_font);
    m_labelWidths.resize(m_data.entries.size());
    for (int i = 0; i < m_data.entries.size(); ++i)
        m_labelWidths[i] = textWidth(labelText(m_data.entries.at(i)));
    // Rows and lane strips follow the text size.
    TimelineMetrics metrics = m_layout.metrics();
    const double h = fm.height();
    metrics.rowHeight = std::ceil(h * 1.6 + 2);
    metrics.barHeight = std::ceil(h + 2);
    metrics.laneHeaderHeight = std::ceil(h * 1.7 + 2);
    metrics.collapsedLaneHeight = metrics.laneHeaderHeight;
    metrics.milestoneRadius = std::ceil(h * 0.5 + 1);
    m_layout.setMetrics(metrics);
}

double TimelineChart::textWidth(const QString &text) const
{
    // Shaping every title with the font engine costs ~50 µs each: too slow for 100,000 items.
    // Packing only needs a width that is never too small, so sum cached per-character advances
    // and add a margin for kerning and shaping differences.
    const QFontMetricsF fm(m_font);
    double width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t code = text.at(i).unicode();
        qsizetype length = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            length = 2;
        }
        auto it = m_advances.constFind(code);
        if (it == m_advances.constEnd())
            it = m_advances.insert(code, fm.horizontalAdvance(text.mid(i, length)));
        width += it.value();
        i += length - 1;
    }
    return std::ceil(width * 1.03 + 2);
}

void TimelineChart::relayout()
{
    m_layout.build(m_data, m_labelWidths, m_scale, m_filter, m_generation);
    if (m_dependencyGeneration != m_generation || m_generation == 0) {
        m_dependencyEntries.clear();
        for (const Dependency &d : std::as_const(m_data.dependencies)) {
            const int a = entryIndexOf(d.predecessorId);
            const int b = entryIndexOf(d.successorId);
            if (a >= 0 && b >= 0)
                m_dependencyEntries.append({a, b});
        }
        m_dependencyGeneration = m_generation;
    }
    // Arrows between drawn items, with their bounds, so a frame only looks at nearby ones.
    m_arrows.clear();
    for (const auto &[a, b] : std::as_const(m_dependencyEntries)) {
        const int pa = m_layout.placementOf(a);
        const int pb = m_layout.placementOf(b);
        if (pa < 0 || pb < 0)
            continue;
        // Lanes packed without labels have no room for arrows.
        if (m_layout.lanes().at(m_layout.placements().at(pa).lane).compact
            || m_layout.lanes().at(m_layout.placements().at(pb).lane).compact)
            continue;
        const QRectF ra = m_layout.barRect(pa);
        const QRectF rb = m_layout.barRect(pb);
        const QRectF bounds = ra.united(rb).adjusted(-16, -ra.height(), 16, rb.height());
        m_arrows.append({a, b, bounds});
    }
}

double TimelineChart::tierHeight() const
{
    return std::ceil(QFontMetricsF(m_font).height() * 1.5 + 2);
}

double TimelineChart::headerHeight() const
{
    return 3 * tierHeight();
}

QColor TimelineChart::healthColour(Health health)
{
    return Palette::health(health);
}

QColor TimelineChart::centennialColour()
{
    return Palette::centennial();
}

QColor TimelineChart::todayColour()
{
    return Palette::today();
}

QColor TimelineChart::statementColour()
{
    return Palette::statement();
}

QString TimelineChart::dateRangeText(const FuzzyDate &start, const FuzzyDate &end,
                                     const QLocale &locale)
{
    if (start.isValid() && end.isValid() && !(start == end))
        return QStringLiteral("%1 – %2").arg(start.toDisplayString(locale),
                                             end.toDisplayString(locale));
    if (end.isValid())
        return end.toDisplayString(locale);
    if (start.isValid())
        return start.toDisplayString(locale);
    return Tr::tr("No dates");
}

void TimelineChart::paintBackground(QPainter *p, const QRectF &rect,
                                    const TimelinePaintState &state) const
{
    const DateScale &s = m_scale;
    const QDate d0 = s.dateAt(rect.left());
    const QDate d1 = s.dateAt(rect.right());
    const double top = rect.top();
    const double bottom = rect.bottom();
    const QDate centennialFirst(CentennialYear, 1, 1);
    const QDate centennialLast(CentennialYear, 12, 31);

    // Opaque fills only: blending translucent layers over a whole viewport costs more than
    // everything else in a frame. Upper-tier periods alternate, so a year or a quarter reads as
    // a block; the centennial year is tinted gold; weekends are shaded at the weeks zoom.
    const QColor plain = m_colours.background;
    const QColor shaded = m_colours.shaded;
    const QColor gold = centennialColour();
    const auto periodColour = [&](const DateScale::Tick &t) {
        int ordinal = t.first.year();
        if (s.majorUnit() == TimeUnit::Quarter)
            ordinal = t.first.year() * 4 + (t.first.month() - 1) / 3;
        else if (s.majorUnit() == TimeUnit::Month)
            ordinal = t.first.year() * 12 + t.first.month();
        QColor c = ordinal % 2 ? shaded : plain;
        if (state.showMarkers && t.first >= centennialFirst && t.last <= centennialLast)
            c = blend(c, gold, 0.07);
        return c;
    };
    const bool weekends = s.minorUnit() == TimeUnit::Week;
    for (const DateScale::Tick &t : s.ticks(s.majorUnit(), d0, d1)) {
        const QColor c = periodColour(t);
        const double x0 = std::max(t.x0, rect.left());
        const double x1 = std::min(t.x1, rect.right() + 1);
        p->fillRect(QRectF(x0, top, x1 - x0, bottom - top), c);
        if (!weekends)
            continue;
        const QColor weekend = blend(c, QColor(0x60, 0x70, 0x80), 0.08);
        for (QDate d = DateScale::unitStart(std::max(t.first, d0), TimeUnit::Week).addDays(5);
             d <= std::min(t.last, d1); d = d.addDays(7)) {
            const double w0 = std::max(s.x(std::max(d, t.first)), rect.left());
            const double w1 = std::min(s.xAfter(std::min(d.addDays(1), t.last)), x1);
            if (w1 > w0)
                p->fillRect(QRectF(w0, top, w1 - w0, bottom - top), weekend);
        }
    }

    // Lane separators.
    p->setPen(QPen(m_colours.gridMajor, 1));
    for (const LaneLayout::Lane &lane : m_layout.lanes()) {
        const double y = lane.top + lane.height - 0.5;
        if (y >= rect.top() && y <= rect.bottom())
            p->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    }

    // Grid: light lines between lower-tier periods, darker between upper-tier ones.
    p->setPen(QPen(m_colours.gridMinor, 1));
    for (const DateScale::Tick &t : s.ticks(s.minorUnit(), d0, d1))
        p->drawLine(QPointF(std::round(t.x0) + 0.5, top), QPointF(std::round(t.x0) + 0.5, bottom));
    p->setPen(QPen(m_colours.gridMajor, 1));
    for (const DateScale::Tick &t : s.ticks(s.majorUnit(), d0, d1))
        p->drawLine(QPointF(std::round(t.x0) + 0.5, top), QPointF(std::round(t.x0) + 0.5, bottom));

    const auto vline = [&](QDate d, const QPen &pen) {
        if (d < d0 || d > d1.addDays(1))
            return;
        p->setPen(pen);
        const double x = s.x(d);
        p->drawLine(QPointF(x, top), QPointF(x, bottom));
    };
    if (state.showMarkers) {
        vline(statementDate(), QPen(statementColour(), 1.5, Qt::DashLine));
        vline(centennialFirst, QPen(centennialColour(), 3));
    }
    if (state.showToday) {
        const QDate t = state.today.isValid() ? state.today : today();
        // The line sits in the middle of today.
        if (t >= d0 && t <= d1) {
            p->setPen(QPen(todayColour(), 2));
            const double x = (s.x(t) + s.xAfter(t)) / 2;
            p->drawLine(QPointF(x, top), QPointF(x, bottom));
        }
    }
}

void TimelineChart::paintLaneHeaders(QPainter *p, const QRectF &rect,
                                     const TimelinePaintState &state) const
{
    const TimelineMetrics &m = m_layout.metrics();
    const QFontMetricsF fm(m_boldFont);
    for (const LaneLayout::Lane &lane : m_layout.lanes()) {
        const QRectF strip(rect.left(), lane.top, rect.width(), m.laneHeaderHeight);
        if (!strip.intersects(rect))
            continue;
        const PriorityArea &area = m_data.areas.at(lane.areaIndex);
        p->fillRect(strip, withAlpha(area.colour, 34));
        p->setPen(QPen(withAlpha(area.colour, 120), 1));
        p->drawLine(QPointF(strip.left(), strip.bottom() - 0.5),
                    QPointF(strip.right(), strip.bottom() - 0.5));
        const double x = state.laneTitleX;
        p->fillRect(QRectF(x, strip.top(), 5, strip.height()), area.colour);
        const double cy = strip.center().y();
        const double tri = fm.height() * 0.28;
        if (state.interactive) {
            // A disclosure triangle shows that the lane folds.
            QPainterPath arrow;
            if (lane.collapsed) {
                arrow.moveTo(x + 12, cy - tri);
                arrow.lineTo(x + 12 + tri * 1.6, cy);
                arrow.lineTo(x + 12, cy + tri);
            } else {
                arrow.moveTo(x + 10, cy - tri * 0.7);
                arrow.lineTo(x + 10 + 2 * tri, cy - tri * 0.7);
                arrow.lineTo(x + 10 + tri, cy + tri * 0.9);
            }
            arrow.closeSubpath();
            p->fillPath(arrow, m_colours.text);
        }
        p->setFont(m_boldFont);
        p->setPen(m_colours.text);
        const QString title
                = QStringLiteral("%1  %2").arg(area.number).arg(area.nameIn(Language::current()));
        const double textX = state.interactive ? x + 16 + 2 * tri : x + 12;
        p->drawText(QRectF(textX, strip.top(), 2000, strip.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, title);
        p->setFont(m_font);
        p->setPen(m_colours.mutedText);
        //: Number of items in a timeline lane
        const QString count = QCoreApplication::translate("jcr::TimelineChart", "%n item(s)",
                                                          nullptr, lane.itemCount);
        QString note = count;
        if (lane.compact)
            note += QStringLiteral(" · ")
                    + (state.interactive ? Tr::tr("zoom in for labels")
                                         : Tr::tr("too many for labels"));
        p->drawText(
                QRectF(textX + fm.horizontalAdvance(title) + 12, strip.top(), 2000, strip.height()),
                Qt::AlignLeft | Qt::AlignVCenter, note);
    }
}

QString TimelineChart::elided(int index) const
{
    const QString title = labelText(m_data.entries.at(index));
    const double max = m_layout.metrics().maxLabelWidth;
    if (m_labelWidths.value(index) <= max)
        return title;
    return QFontMetricsF(m_font).elidedText(title, Qt::ElideRight, max);
}

QRectF TimelineChart::barRectFor(int index, const FuzzyDate &start, const FuzzyDate &end) const
{
    const int placement = m_layout.placementOf(index);
    if (placement < 0)
        return {};
    QRectF bar = m_layout.barRect(placement);
    const TimelineEntry &e = m_data.entries.at(index);
    if (e.isMilestone()) {
        const FuzzyDate d = end.isValid() ? end : start;
        if (!d.isValid())
            return bar;
        const double centre = d.precision() == DatePrecision::Day
                ? (m_scale.x(d.first()) + m_scale.xAfter(d.first())) / 2
                : (m_scale.x(d.first()) + m_scale.xAfter(d.last())) / 2;
        bar.moveCenter(QPointF(centre, bar.center().y()));
        return bar;
    }
    bar.setLeft(m_scale.x(start.first()));
    bar.setRight(std::max(m_scale.xAfter(end.last()), bar.left() + 2));
    return bar;
}

void TimelineChart::paintEntry(QPainter *p, int placement, const TimelineEntry &e,
                               const QRectF &bar, const TimelinePaintState &state, bool ghost) const
{
    const LaneLayout::Lane &lane = m_layout.lanes().at(m_layout.placements().at(placement).lane);
    const bool done = e.status == Status::Done;
    const bool cancelled = e.status == Status::Cancelled;
    QColor base = healthColour(e.health);
    if (done)
        base = m_colours.doneBar;
    if (cancelled)
        base = m_colours.cancelledBar;
    const QColor selectionColour = Palette::selection(m_scheme);
    if (lane.compact) {
        if (state.selectedIds.contains(e.id)) {
            // Thin bars have no room for a border: the selection colour, a pixel larger, so a
            // selected item can be found in the density picture.
            p->fillRect(bar.adjusted(-1, -1, 1, 1), selectionColour);
            return;
        }
        p->fillRect(bar, done || cancelled ? blend(base, m_colours.background, 0.4) : base);
        return;
    }
    const bool selected = state.selectedIds.contains(e.id);
    const int alpha = ghost ? 90 : 255;
    const QColor fill = withAlpha(Palette::barFill(base, m_colours, done || cancelled), alpha);
    const QColor border = withAlpha(done || cancelled ? base : base.darker(112), alpha);
    p->setRenderHint(QPainter::Antialiasing, true);

    ItemShape::Style style;
    style.fill = fill;
    style.border = selected ? selectionColour : border;
    style.fadeBorder = !selected;
    if (ItemShape::losesGradientAlpha(p))
        style.over = m_colours.background;
    if (e.isMilestone()) {
        const FuzzyDate d = e.milestoneDate();
        const bool fuzzy = d.precision() != DatePrecision::Day;
        style.borderWidth = selected ? 2.5 : 1.5;
        style.diamondFill = fuzzy || cancelled ? fill : withAlpha(base, alpha);
        style.band = withAlpha(base, ghost ? 30 : 70);
        const double r = bar.height() / 2;
        ItemShape::paintMilestone(p, m_scale, d, bar.center(), r, r * 0.9, style);
    } else {
        style.borderWidth = selected ? 2.5 : 1.2;
        style.dashed = cancelled;
        if (cancelled)
            style.strike = withAlpha(base.darker(130), alpha);
        // A drag in progress shows the dates it would set.
        const FuzzyDate start = state.previewId == e.id ? state.previewStart : e.start;
        const FuzzyDate end = state.previewId == e.id && !ghost ? state.previewEnd : e.end;
        ItemShape::paintBar(p, m_scale, start, end, bar, style);
    }
    p->setRenderHint(QPainter::Antialiasing, false);
    if (ghost)
        return;
    paintBaseline(p, e, bar);

    // The label.
    const LaneLayout::Placement &pl = m_layout.placements().at(placement);
    if (pl.labelX1 <= pl.labelX0)
        return;
    QRectF labelBox = m_layout.labelRect(placement);
    if (pl.labelInside) {
        // Inside a bar the label follows the visible left edge while the bar's start is
        // scrolled away, as long as it still fits.
        const double pad = m_layout.metrics().labelPadding;
        const double left = std::max(bar.left(), state.laneTitleX) + pad;
        labelBox.moveLeft(bar.right() - left >= labelBox.width() + pad ? left : bar.left() + pad);
    } else if (pl.labelLeft)
        labelBox.moveRight(bar.left() - m_layout.metrics().labelGap);
    else
        labelBox.moveLeft(bar.right() + m_layout.metrics().labelGap);
    QFont font = selected ? m_boldFont : m_font;
    font.setStrikeOut(cancelled);
    p->setFont(font);
    QColor colour = m_colours.text;
    if (done || cancelled)
        colour = m_colours.mutedText;
    else if (e.overdue && !pl.labelInside) // inside a bar red on red reads badly; the
        colour = Palette::overdueText(m_scheme); // label says "(overdue)" in words anyway
    p->setPen(colour);
    p->drawText(labelBox.adjusted(0, 0, selected ? 40 : 0, 0),
                (pl.labelLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                elided(pl.entry));
}

void TimelineChart::paintBaseline(QPainter *p, const TimelineEntry &e, const QRectF &bar) const
{
    if (!e.baselineFirst.isValid() || !e.baselineLast.isValid())
        return;
    // A thin grey bar just under the item's own, over the span the chosen baseline had.
    const double x0 = m_scale.x(e.baselineFirst);
    const double x1 = std::max(m_scale.xAfter(e.baselineLast), x0 + 3);
    const QRectF ghostBar(x0, bar.bottom() + 1.5, x1 - x0, 3);
    p->fillRect(ghostBar, QColor(0x6c, 0x75, 0x7d, 150));
    if (!e.slipped)
        return;
    // Slipped: an arrow along it from where the baseline ended to where the item ends now, so
    // the mark is a shape, not a colour alone.
    const double from = x1;
    const double to = e.isMilestone() ? bar.center().x() : bar.right();
    if (to - from < 2)
        return;
    const double y = ghostBar.center().y();
    const QColor arrow = Palette::overdueText();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setPen(QPen(arrow, 1.5));
    p->drawLine(QPointF(from, y), QPointF(to - 1, y));
    QPainterPath head;
    head.moveTo(to, y);
    head.lineTo(to - 5, y - 3.5);
    head.lineTo(to - 5, y + 3.5);
    head.closeSubpath();
    p->fillPath(head, arrow);
    p->setRenderHint(QPainter::Antialiasing, false);
}

void TimelineChart::paintItems(QPainter *p, const QRectF &rect,
                               const TimelinePaintState &state) const
{
    p->save();
    p->setFont(m_font);
    int previewPlacement = -1;
    m_layout.forEachIn(rect, [&](int placement) {
        const LaneLayout::Placement &pl = m_layout.placements().at(placement);
        const TimelineEntry &e = m_data.entries.at(pl.entry);
        if (state.previewId == e.id) {
            previewPlacement = placement;
            paintEntry(p, placement, e, m_layout.barRect(placement), state, true);
            return;
        }
        paintEntry(p, placement, e, m_layout.barRect(placement), state, false);
    });
    // The item being dragged may have left the exposed rect's index range: draw it on top.
    if (state.previewId != 0) {
        const int index = entryIndexOf(state.previewId);
        const int placement = index >= 0 ? m_layout.placementOf(index) : -1;
        if (placement >= 0) {
            const QRectF bar = barRectFor(index, state.previewStart, state.previewEnd);
            if (bar.intersects(rect.adjusted(-400, 0, 400, 0)))
                paintEntry(p, placement, m_data.entries.at(index), bar, state, false);
        }
    }
    Q_UNUSED(previewPlacement);
    p->restore();
}

void TimelineChart::paintDependencies(QPainter *p, const QRectF &rect,
                                      const TimelinePaintState &state) const
{
    if (!state.showDependencies || m_arrows.isEmpty())
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    for (const Arrow &arrow : m_arrows) {
        const int a = arrow.from;
        const int b = arrow.to;
        const TimelineEntry &ea0 = m_data.entries.at(a);
        const TimelineEntry &eb0 = m_data.entries.at(b);
        if (!arrow.bounds.intersects(rect) && state.previewId != ea0.id
            && state.previewId != eb0.id)
            continue;
        const int pa = m_layout.placementOf(a);
        const int pb = m_layout.placementOf(b);
        const TimelineEntry &ea = m_data.entries.at(a);
        const TimelineEntry &eb = m_data.entries.at(b);
        QRectF ra = m_layout.barRect(pa);
        QRectF rb = m_layout.barRect(pb);
        FuzzyDate aEnd = ea.dependencyEnd();
        FuzzyDate bStart = eb.dependencyStart();
        if (state.previewId == ea.id) {
            ra = barRectFor(a, state.previewStart, state.previewEnd);
            aEnd = state.previewEnd.isValid() ? state.previewEnd : state.previewStart;
        }
        if (state.previewId == eb.id) {
            rb = barRectFor(b, state.previewStart, state.previewEnd);
            bStart = state.previewStart.isValid() ? state.previewStart : state.previewEnd;
        }
        const QPointF from(ra.right(), ra.center().y());
        const QPointF to(rb.left(), rb.center().y());
        const QRectF bounds = QRectF(from, to).normalized().adjusted(-12, -12, 12, 12);
        if (!bounds.intersects(rect))
            continue;
        const bool bad = TimelineEntry::dependencyViolated(aEnd, bStart);
        const QColor colour = Palette::dependency(bad);
        QPainterPath path(from);
        const double step = 6;
        if (to.x() >= from.x() + 2 * step) {
            path.lineTo(from.x() + step, from.y());
            path.lineTo(from.x() + step, to.y());
        } else {
            const double midY
                    = from.y() == to.y() ? from.y() + ra.height() : (from.y() + to.y()) / 2;
            path.lineTo(from.x() + step, from.y());
            path.lineTo(from.x() + step, midY);
            path.lineTo(to.x() - 2 * step, midY);
            path.lineTo(to.x() - 2 * step, to.y());
        }
        path.lineTo(to.x() - 1, to.y());
        p->setPen(QPen(colour, bad ? 1.8 : 1.2));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        QPainterPath head;
        head.moveTo(to);
        head.lineTo(to.x() - 6, to.y() - 3.5);
        head.lineTo(to.x() - 6, to.y() + 3.5);
        head.closeSubpath();
        p->fillPath(head, colour);
    }
    p->restore();
}

void TimelineChart::paintTimeHeader(QPainter *p, double x0, double x1,
                                    const TimelinePaintState &state) const
{
    const DateScale &s = m_scale;
    const double th = tierHeight();
    p->save();
    p->fillRect(QRectF(x0, 0, x1 - x0, 2 * th), m_colours.header);
    p->fillRect(QRectF(x0, 2 * th, x1 - x0, th), m_colours.background);
    const QDate d0 = s.dateAt(x0);
    const QDate d1 = s.dateAt(x1 - 0.01); // x1 is the right edge of the last day
    const QFontMetricsF fm(m_font);
    const QLocale &locale = m_locale;

    // Upper tier: labels stick to the left edge while their period is partly scrolled away.
    p->setFont(m_boldFont);
    for (const DateScale::Tick &t : s.ticks(s.majorUnit(), d0, d1)) {
        p->setPen(QPen(m_colours.gridMajor, 1));
        p->drawLine(QPointF(std::round(t.x0) + 0.5, 0), QPointF(std::round(t.x0) + 0.5, 2 * th));
        const QString text = DateScale::label(t.first, s.majorUnit(), false, locale);
        const double left = std::max(t.x0, x0) + 6;
        const double width = std::min(t.x1, x1) - left - 4;
        if (width < fm.horizontalAdvance(text) * 1.1)
            continue;
        p->setPen(m_colours.text);
        p->drawText(QRectF(left, 0, width, th), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    // Lower tier: centred, in the long form when it fits, else the short form, else nothing.
    p->setFont(m_font);
    for (const DateScale::Tick &t : s.ticks(s.minorUnit(), d0, d1)) {
        p->setPen(QPen(m_colours.gridMajor, 1));
        p->drawLine(QPointF(std::round(t.x0) + 0.5, th), QPointF(std::round(t.x0) + 0.5, 2 * th));
        const double width = t.x1 - t.x0 - 4;
        // Days show their weekday when it fits.
        QString text
                = DateScale::label(t.first, s.minorUnit(), s.minorUnit() != TimeUnit::Day, locale);
        if (fm.horizontalAdvance(text) > width)
            text = DateScale::label(t.first, s.minorUnit(), true, locale);
        if (fm.horizontalAdvance(text) > width)
            continue;
        p->setPen(m_colours.mutedText);
        p->drawText(QRectF(t.x0 + 2, th, width, th), Qt::AlignCenter, text);
    }
    p->setPen(QPen(m_colours.gridMajor, 1));
    p->drawLine(QPointF(x0, th + 0.5), QPointF(x1, th + 0.5));
    p->drawLine(QPointF(x0, 2 * th - 0.5), QPointF(x1, 2 * th - 0.5));
    p->drawLine(QPointF(x0, 3 * th - 0.5), QPointF(x1, 3 * th - 0.5));

    // Marker strip: small flags naming the vertical lines below.
    p->setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF boldMetrics(m_boldFont);
    const auto flag = [&](QDate d, const QString &text, const QColor &colour, bool centred) {
        const double x = centred ? (s.x(d) + s.xAfter(d)) / 2 : s.x(d);
        const double w = boldMetrics.horizontalAdvance(text) + 10;
        if (x + w < x0 || x - 2 > x1)
            return;
        const QRectF box(x, 2 * th + 3, w, th - 6);
        p->setPen(Qt::NoPen);
        p->setBrush(Palette::markerLabelFill(colour));
        p->drawRoundedRect(box, 3, 3);
        p->fillRect(QRectF(x - 1, 2 * th + 3, 2, th - 3), colour);
        p->setPen(Qt::white);
        p->drawText(box.adjusted(5, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
    };
    p->setFont(m_boldFont);
    if (state.showMarkers) {
        flag(statementDate(), Tr::tr("Joint Statement"), statementColour(), false);
        flag(QDate(CentennialYear, 1, 1), Tr::tr("Centennial %1").arg(CentennialYear),
             centennialColour(), false);
    }
    if (state.showToday) {
        const QDate t = state.today.isValid() ? state.today : today();
        flag(t, Tr::tr("Today"), todayColour(), true);
    }
    p->restore();
}

} // namespace jcr
