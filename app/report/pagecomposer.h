#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QList>
#include <QMarginsF>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

#include "sources/emphasismarkup.h"

#include <array>
#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;

namespace jcr {

/**
 * A small page-aware layout engine for reports: it flows headings, paragraphs, tables and
 * drawn blocks down the pages of a paged device, and then paints them with a frame on every
 * page (classification marking at the top and bottom, header, report date, "Page n of m").
 *
 * Layout and painting are two passes: the composer first builds a display list of positioned
 * lines and shapes per page, so the page count is known before the first page is painted.
 * Text is measured with QFontMetricsF for the target device and wrapped at line-break
 * opportunities (QTextBoundaryFinder), which handles Japanese as well as Latin text. Everything
 * is drawn as plain text: user text is never interpreted as markup. Text with emphasis (the
 * source documents' passages) comes as runs, each drawn in the bold and/or italic variant of
 * its style.
 *
 * Units are device pixels; mm() and pt() convert.
 */
class PageComposer
{
public:
    enum Style {
        Body,
        BodyBold,
        Small,
        SmallBold,
        Cell,
        CellBold,
        Detail, ///< smaller, for descriptions and latest updates inside cells
        Heading1,
        Heading2,
        Title,
        Subtitle,
        Marking,
        StyleCount
    };

    /// What the frame of every page shows.
    struct Frame
    {
        QString classification;
        QString headerLeft; ///< e.g. the document title
        QString headerRight; ///< e.g. the office
        QString footerLeft; ///< e.g. "Status report · 26 November 2026"
    };

    /// One table cell: a main text plus optional smaller lines under it.
    struct TableCell
    {
        QString text;
        Style style = Cell;
        QColor colour; ///< text colour; invalid: black
        QColor fill; ///< background; invalid: none
        QStringList details; ///< each a paragraph in the Detail style, under the text
        /// When not empty, drawn instead of text: runs of emphasis, each in the bold and/or
        /// italic variant of the style (a source's *…*, **…**, ***…***).
        QList<EmphasisRun> runs {};
    };

    struct Column
    {
        QString title;
        qreal weight = 1; ///< share of the table width
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    using PaintFunction = std::function<void(QPainter *painter, const QRectF &rect)>;

    /// Lays out on \a device, whose whole paper is \a pageRect (device pixels), with
    /// margins in millimetres (the marking sits in the top and bottom margins' inner edge).
    PageComposer(QPaintDevice *device, const QRectF &pageRect, const QMarginsF &marginsMm,
                 const Frame &frame);
    ~PageComposer();

    qreal mm(qreal millimetres) const;
    qreal pt(qreal points) const;
    QFont font(Style style) const { return m_fonts.at(style); }
    /// The style's font, made bold and/or italic for emphasis.
    QFont font(Style style, bool bold, bool italic) const
    {
        return m_variantFonts.at(style).at(variantOf(bold, italic));
    }
    const QFontMetricsF &metrics(Style style) const { return *m_metrics.at(style); }
    /// The area between the header and the footer.
    QRectF body() const { return m_body; }
    QRectF pageRect() const { return m_page; }
    qreal lineHeight(Style style) const;
    /// Splits \a text into lines no wider than \a width; explicit line breaks are kept.
    QStringList wrap(const QString &text, Style style, qreal width) const;
    /// Like wrap(), but at most \a maxLines lines, the last ending in "…" if text was left out.
    QStringList wrapElided(const QString &text, Style style, qreal width, int maxLines) const;
    /// Like wrap() for text with emphasis: each line is a list of runs, each run measured in
    /// its own variant of the style; a line never starts or ends with a space.
    QList<QList<EmphasisRun>> wrapRuns(const QList<EmphasisRun> &runs, Style style,
                                       qreal width) const;
    /// The width of a line of runs.
    qreal runsWidth(const QList<EmphasisRun> &line, Style style) const;

    // Flowing content.
    /// A heading; it is never left alone at the foot of a page.
    void heading(const QString &text, Style style = Heading1);
    /// A paragraph; at least two lines stay together at a page break.
    void paragraph(const QString &text, Style style = Body, const QColor &colour = {});
    void space(qreal height);
    /// A table whose rows never split (unless one is taller than a page) and whose header
    /// row is repeated on every page it continues on.
    void table(const QList<Column> &columns, const QList<QList<TableCell>> &rows,
               const QList<TableCell> &footer = {});
    /// A drawn block of fixed height, moved to the next page if it does not fit.
    void block(qreal height, const PaintFunction &paint);
    void newPage();
    /// Starts a new page unless at least \a height is left on this one.
    void breakIfLessThan(qreal height);

    // Absolute placement on the current page (one-page layouts).
    /// Draws wrapped lines starting at the top of \a rect; returns the height used.
    qreal placeLines(const QStringList &lines, Style style, const QRectF &rect,
                     const QColor &colour = {}, Qt::Alignment alignment = Qt::AlignLeft);
    void placeRect(const QRectF &rect, const QColor &fill, const QColor &border = {});
    void placeLine(const QPointF &from, const QPointF &to, const QColor &colour, qreal width);
    void place(const QRectF &rect, const PaintFunction &paint);
    /// Records characters drawn by a PaintFunction (for the PDF text-layer repair).
    void noteText(const QString &text);

    int pageCount() const { return int(m_pages.size()); }
    /// Every character the report draws.
    const QSet<char32_t> &usedCharacters() const { return m_used; }
    /// Paints page \a index (0-based) with its frame; the painter is on that page already.
    void paintPage(QPainter *painter, int index) const;

private:
    struct Op;
    struct Page
    {
        std::vector<Op> ops;
    };
    struct PendingHeading
    {
        QStringList lines;
        Style style;
    };

    static int variantOf(bool bold, bool italic) { return (bold ? 1 : 0) | (italic ? 2 : 0); }
    qreal advance(Style style, const QString &text) const;
    /// advance() in a variant of the style (0: the style itself; 1 bold, 2 italic, 3 both).
    qreal advance(Style style, int variant, const QString &text) const;
    qreal remaining() const { return m_body.bottom() - m_y; }
    void ensure(qreal height);
    qreal pendingHeight() const;
    void flushPending();
    void addText(const QString &line, Style style, const QPointF &baseline, const QColor &colour,
                 int variant = 0);
    void addRuns(const QList<EmphasisRun> &line, Style style, const QPointF &baseline,
                 const QColor &colour);
    Page &page() { return m_pages.back(); }

    struct FrameGeometry
    {
        qreal markTop, headerBase, headerRule, footerRule, footerBase, markBottom;
    };
    FrameGeometry frameGeometry() const;

    QPaintDevice *m_device;
    QRectF m_page;
    QMarginsF m_margins;
    QRectF m_body;
    Frame m_frame;
    std::array<QFont, StyleCount> m_fonts;
    std::array<std::unique_ptr<QFontMetricsF>, StyleCount> m_metrics;
    std::array<std::array<QFont, 4>, StyleCount> m_variantFonts;
    /// Metrics of the emphasis variants, made when first needed (index 0 unused).
    mutable std::array<std::array<std::unique_ptr<QFontMetricsF>, 4>, StyleCount> m_variantMetrics;
    std::vector<Page> m_pages;
    qreal m_y = 0;
    QList<PendingHeading> m_pending;
    QSet<char32_t> m_used;
    std::array<bool, 128> m_ascii {};
    mutable std::array<QHash<QString, qreal>, StyleCount> m_widthCache;
};

} // namespace jcr
