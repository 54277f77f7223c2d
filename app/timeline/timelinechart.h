#pragma once

#include "datescale.h"
#include "lanelayout.h"
#include "style/palette.h"
#include "timelinedata.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QSet>

class QPainter;

namespace jcr {

/// What changes from one paint to the next: selection, hover, a drag in progress, decorations.
struct TimelinePaintState
{
    QSet<qint64> selectedIds;
    qint64 hoveredId = 0;
    qint64 previewId = 0; ///< item drawn at previewStart/previewEnd (a drag in progress)
    FuzzyDate previewStart;
    FuzzyDate previewEnd;
    bool showToday = true;
    QDate today;
    bool showDependencies = true;
    bool showMarkers = true;
    /// x (chart coordinates) where lane titles are drawn: the visible left edge in the view.
    double laneTitleX = 0;
    /// On screen: lane headers show their fold triangle and invite zooming in. Off for images
    /// and print, where neither can be acted on.
    bool interactive = true;
};

/**
 * The timeline's data, scale and layout together with the code that paints its parts.
 * Both the interactive view (which paints only what is exposed) and TimelineRenderer (which
 * paints a whole range) draw through it, so the picture is the same everywhere.
 *
 * Chart coordinates: x from the DateScale, y from 0 at the top of the first lane. The time
 * header is painted separately, in its own strip of headerHeight() pixels.
 */
class TimelineChart
{
public:
    TimelineChart();

    /// Replaces the data. Labels that did not change keep their measured widths.
    void setData(TimelineData data);
    const TimelineData &data() const { return m_data; }
    /// Removes the entries at \a indexes (ascending); the others keep their order and measured
    /// labels. Call relayout().
    void removeEntries(const QList<int> &indexes);
    /// What an edit of an entry changed, for what must follow.
    enum class EntryChange {
        Look, ///< its colours or fades (status, health, a precision): repaint
        Label, ///< its label's width too: relayout(), which packs again with the same dates
        Place, ///< its lane, days or shape: relayout(), and the chart's span may have moved
    };
    /// Replaces entry \a index (after an edit).
    EntryChange setEntry(int index, const TimelineEntry &entry);
    /// Index of the entry with item id \a id, or -1.
    int entryIndexOf(qint64 id) const { return m_entryById.value(id, -1); }

    /// The colour scheme (light for screen and print, dark, high contrast).
    void setScheme(Palette::Scheme scheme);
    Palette::Scheme scheme() const { return m_scheme; }
    const Palette::Chart &colours() const { return m_colours; }

    /// The label drawn beside (or in) an entry's bar: its title, after a shape for a health
    /// other than on track (▲ at risk, ✖ off track) and followed by "(overdue)" when it is, so
    /// that neither rests on colour alone.
    static QString labelText(const TimelineEntry &entry);
    /// Whether \a a and \a b have the same labelText(), without building either.
    static bool sameLabel(const TimelineEntry &a, const TimelineEntry &b);

    /// Label font; text widths are measured with it.
    void setFont(const QFont &font);
    QFont font() const { return m_font; }

    DateScale &scale() { return m_scale; }
    const DateScale &scale() const { return m_scale; }
    void setFilter(const LaneLayout::Filter &filter) { m_filter = filter; }
    const LaneLayout::Filter &filter() const { return m_filter; }
    /// Replaces the dependencies only (arrows are redrawn at the next relayout()).
    void setDependencies(const QList<Dependency> &dependencies);
    /// Re-packs the rows after a change of data, scale, filter or font.
    void relayout();
    /// Prepares, in idle time, what a relayout at \a pixelsPerDay will need (see
    /// LaneLayout::prepareZoom()); false when there was nothing left to do.
    bool prepareZoom(double pixelsPerDay) { return m_layout.prepareZoom(pixelsPerDay); }
    const LaneLayout &layout() const { return m_layout; }
    LaneLayout &layout() { return m_layout; }

    /// Height of the two-tier time header plus the strip for marker labels.
    double headerHeight() const;
    double tierHeight() const;

    /// Lane backgrounds, period and weekend shading, grid, the centennial year's tint and the
    /// vertical lines of today and of the markers, for \a rect (chart coordinates).
    void paintBackground(QPainter *p, const QRectF &rect, const TimelinePaintState &state) const;
    /// Lane header strips with number, name and colour; titles at state.laneTitleX.
    void paintLaneHeaders(QPainter *p, const QRectF &rect, const TimelinePaintState &state) const;
    /// Bars, diamonds and labels meeting \a rect.
    void paintItems(QPainter *p, const QRectF &rect, const TimelinePaintState &state) const;
    /// Dependency arrows meeting \a rect.
    void paintDependencies(QPainter *p, const QRectF &rect, const TimelinePaintState &state) const;
    /// The time header for chart x in [x0, x1], drawn at y in [0, headerHeight()).
    void paintTimeHeader(QPainter *p, double x0, double x1, const TimelinePaintState &state) const;

    /// Bar rectangle of entry \a index drawn with the given dates (for drag previews).
    QRectF barRectFor(int index, const FuzzyDate &start, const FuzzyDate &end) const;
    /// The dates of \a start – \a end in their precisions: "Q3 2026 – 12 Dec 2027", "Q2 2027".
    static QString dateRangeText(const FuzzyDate &start, const FuzzyDate &end,
                                 const QLocale &locale = {});

    static QColor healthColour(Health health);
    static QColor centennialColour();
    static QColor todayColour();
    static QColor statementColour();

private:
    void paintEntry(QPainter *p, int placement, const TimelineEntry &entry, const QRectF &bar,
                    const TimelinePaintState &state, bool ghost) const;
    /// The chosen baseline's span as a thin bar under \a bar, with an arrow when it slipped.
    void paintBaseline(QPainter *p, const TimelineEntry &e, const QRectF &bar) const;
    QString elided(int index) const;
    /// A label's width for packing: at least its drawn width.
    double textWidth(const QString &text) const;

    TimelineData m_data;
    DateScale m_scale;
    LaneLayout::Filter m_filter;
    LaneLayout m_layout;
    QFont m_font;
    QFont m_boldFont;
    QList<double> m_labelWidths;
    quint64 m_generation = 0; ///< bumped on every data change; lets zoom steps reuse sorting
    QHash<qint64, int> m_entryById;
    struct Arrow
    {
        int from; ///< entry index of the predecessor
        int to; ///< entry index of the successor
        QRectF bounds;
    };
    QList<Arrow> m_arrows; ///< dependencies between drawn items, rebuilt by relayout()
    /// Entry indexes (predecessor, successor) of each dependency between known entries, for
    /// m_dependencyGeneration: a zoom step then needs no id lookups.
    QList<QPair<int, int>> m_dependencyEntries;
    quint64 m_dependencyGeneration = 0;
    mutable QHash<char32_t, double> m_advances; ///< per-character advances of m_font
    QLocale m_locale;
    Palette::Scheme m_scheme = Palette::Scheme::Light;
    Palette::Chart m_colours = Palette::chart(Palette::Scheme::Light);
};

} // namespace jcr
