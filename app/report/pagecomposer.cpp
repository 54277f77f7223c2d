#include "pagecomposer.h"

#include <QCoreApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::PageComposer)
};

const QColor Ink(0x1a, 0x1f, 0x29);
const QColor Muted(0x5b, 0x63, 0x70);
const QColor Rule(0xb8, 0xbe, 0xc8);
const QColor HeaderFill(0xe4, 0xe8, 0xee);
const QColor StripeFill(0xf5, 0xf6, 0xf8);

/// Control characters would print as boxes; a line break inside a title is just a space.
QString printable(const QString &text, bool keepNewlines)
{
    QString out = text;
    for (QChar &c : out) {
        if (c == QLatin1Char('\n') && keepNewlines)
            continue;
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return out;
}

} // namespace

struct PageComposer::Op
{
    enum Kind { Text, Rect, Line, Custom } kind = Text;
    QPointF p1;
    QPointF p2;
    QRectF rect;
    QString text;
    Style style = Body;
    int variant = 0; ///< emphasis: 0 none, 1 bold, 2 italic, 3 both
    QColor colour;
    QColor fill;
    qreal width = 0;
    PaintFunction paint;
};

PageComposer::PageComposer(QPaintDevice *device, const QRectF &pageRect, const QMarginsF &marginsMm,
                           const Frame &frame)
    : m_device(device)
    , m_page(pageRect)
    , m_margins(marginsMm)
    , m_frame(frame)
{
    // Fixed families make the output the same on every machine that has the packaged fonts;
    // the CJK face covers Japanese, DejaVu everything Latin (accents included).
    const QStringList families {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP")};
    const auto make = [&](qreal points, bool bold) {
        QFont f;
        f.setFamilies(families);
        f.setPointSizeF(points);
        f.setBold(bold);
        f.setHintingPreference(QFont::PreferNoHinting);
        f.setKerning(true);
        return f;
    };
    m_fonts[Body] = make(9, false);
    m_fonts[BodyBold] = make(9, true);
    m_fonts[Small] = make(7.5, false);
    m_fonts[SmallBold] = make(7.5, true);
    m_fonts[Cell] = make(8, false);
    m_fonts[CellBold] = make(8, true);
    m_fonts[Detail] = make(7, false);
    m_fonts[Heading1] = make(13, true);
    m_fonts[Heading2] = make(10.5, true);
    m_fonts[Title] = make(19, true);
    m_fonts[Subtitle] = make(11.5, false);
    m_fonts[Marking] = make(9, true);
    for (int s = 0; s < StyleCount; ++s) {
        m_metrics[s] = std::make_unique<QFontMetricsF>(m_fonts[s], m_device);
        for (int v = 0; v < 4; ++v) {
            QFont f = m_fonts[s];
            if (v & 1)
                f.setBold(true);
            f.setItalic(v & 2);
            m_variantFonts[s][v] = f;
        }
    }
    const FrameGeometry g = frameGeometry();
    m_body = QRectF(QPointF(m_page.left() + mm(m_margins.left()), g.headerRule + mm(4)),
                    QPointF(m_page.right() - mm(m_margins.right()), g.footerRule - mm(4)));
    m_pages.emplace_back();
    m_y = m_body.top();
    noteText(m_frame.classification + m_frame.headerLeft + m_frame.headerRight + m_frame.footerLeft
             + Tr::tr("Page %1 of %2") + QStringLiteral("0123456789"));
}

PageComposer::~PageComposer() = default;

PageComposer::FrameGeometry PageComposer::frameGeometry() const
{
    const QFontMetricsF &mk = metrics(Marking);
    const QFontMetricsF &sm = metrics(Small);
    FrameGeometry g;
    g.markTop = m_page.top() + mm(m_margins.top());
    g.headerBase = g.markTop + mk.lineSpacing() + mm(1.5) + sm.ascent();
    g.headerRule = g.headerBase + sm.descent() + mm(1);
    g.markBottom = m_page.bottom() - mm(m_margins.bottom());
    g.footerBase = g.markBottom - mk.lineSpacing() - mm(1.5) - sm.descent();
    g.footerRule = g.footerBase - sm.ascent() - mm(1);
    return g;
}

qreal PageComposer::mm(qreal millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

qreal PageComposer::pt(qreal points) const
{
    return points * m_device->logicalDpiY() / 72.0;
}

qreal PageComposer::lineHeight(Style style) const
{
    return m_metrics[style]->lineSpacing();
}

void PageComposer::noteText(const QString &text)
{
    // Called for every line: ASCII, the bulk of it, is looked up in a bitmap first.
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 128) {
            if (!m_ascii[u]) {
                m_ascii[u] = true;
                m_used.insert(u);
            }
        } else if (QChar::isHighSurrogate(u) && i + 1 < n
                   && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            m_used.insert(QChar::surrogateToUcs4(u, text.at(i + 1).unicode()));
            ++i;
        } else {
            m_used.insert(u);
        }
    }
}

qreal PageComposer::advance(Style style, const QString &text) const
{
    // Measuring shapes the text, the costliest step of a large report; short strings (words,
    // statuses, dates, names) repeat, so they are measured once per style.
    if (text.size() > 48)
        return m_metrics[style]->horizontalAdvance(text);
    auto &cache = m_widthCache[style];
    auto it = cache.constFind(text);
    if (it != cache.constEnd())
        return it.value();
    const qreal w = m_metrics[style]->horizontalAdvance(text);
    cache.insert(text, w);
    return w;
}

qreal PageComposer::advance(Style style, int variant, const QString &text) const
{
    if (variant == 0)
        return advance(style, text);
    auto &fm = m_variantMetrics[style][variant];
    if (!fm)
        fm = std::make_unique<QFontMetricsF>(m_variantFonts[style][variant], m_device);
    return fm->horizontalAdvance(text);
}

qreal PageComposer::runsWidth(const QList<EmphasisRun> &line, Style style) const
{
    qreal w = 0;
    for (const EmphasisRun &r : line)
        w += advance(style, variantOf(r.bold, r.italic), r.text);
    return w;
}

QList<QList<EmphasisRun>> PageComposer::wrapRuns(const QList<EmphasisRun> &runs, Style style,
                                                 qreal width) const
{
    // The runs as one text with the emphasis variant of every character, broken at the same
    // opportunities as wrap(), each stretch measured in its own font.
    QString text;
    QList<quint8> variant;
    for (const EmphasisRun &r : runs) {
        const QString t = printable(r.text, true);
        text += t;
        variant.insert(variant.size(), t.size(), quint8(variantOf(r.bold, r.italic)));
    }
    const auto measure = [&](qsizetype from, qsizetype to) {
        qreal w = 0;
        while (from < to) {
            qsizetype end = from + 1;
            while (end < to && variant.at(end) == variant.at(from))
                ++end;
            w += advance(style, variant.at(from), text.mid(from, end - from));
            from = end;
        }
        return w;
    };
    // A line [from, to) of the text, its spaces trimmed, cut into runs of equal emphasis.
    const auto lineOf = [&](qsizetype from, qsizetype to) {
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        QList<EmphasisRun> line;
        while (from < to) {
            qsizetype end = from + 1;
            while (end < to && variant.at(end) == variant.at(from))
                ++end;
            line.append({text.mid(from, end - from), bool(variant.at(from) & 1),
                         bool(variant.at(from) & 2)});
            from = end;
        }
        return line;
    };

    QList<QList<EmphasisRun>> lines;
    const auto flush = [&](qsizetype from, qsizetype to) {
        const QList<EmphasisRun> line = lineOf(from, to);
        if (!line.isEmpty())
            lines.append(line);
    };
    qsizetype paraStart = 0;
    while (paraStart <= text.size()) {
        qsizetype paraEnd = text.indexOf(QLatin1Char('\n'), paraStart);
        if (paraEnd < 0)
            paraEnd = text.size();
        const QString para = text.mid(paraStart, paraEnd - paraStart);
        if (para.trimmed().isEmpty()) {
            lines.append(QList<EmphasisRun>());
        } else if (measure(paraStart, paraEnd) <= width) {
            lines.append(lineOf(paraStart, paraEnd));
        } else {
            QTextBoundaryFinder finder(QTextBoundaryFinder::Line, para);
            qsizetype lineStart = paraStart;
            qsizetype lineEnd = paraStart;
            qreal lineWidth = 0;
            qsizetype start = 0;
            while (start < para.size()) {
                qsizetype next = finder.toNextBoundary();
                if (next < 0)
                    next = para.size();
                const qsizetype s = paraStart + start;
                const qsizetype e = paraStart + next;
                start = next;
                qsizetype visibleEnd = e;
                while (visibleEnd > s && text.at(visibleEnd - 1).isSpace())
                    --visibleEnd;
                const qreal visibleWidth = measure(s, visibleEnd);
                const qreal segmentWidth = visibleWidth + measure(visibleEnd, e);
                if (lineWidth + visibleWidth <= width) {
                    lineEnd = e;
                    lineWidth += segmentWidth;
                    continue;
                }
                flush(lineStart, lineEnd);
                lineStart = lineEnd = s;
                lineWidth = 0;
                if (visibleWidth <= width) {
                    lineEnd = e;
                    lineWidth = segmentWidth;
                    continue;
                }
                // A word longer than the line: break it between graphemes.
                const QString segment = text.mid(s, e - s);
                QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, segment);
                qsizetype from = 0;
                while (from < segment.size()) {
                    qsizetype to = graphemes.toNextBoundary();
                    if (to < 0)
                        to = segment.size();
                    const qreal w = measure(s + from, s + to);
                    if (lineWidth + w > width && lineEnd > lineStart) {
                        flush(lineStart, lineEnd);
                        lineStart = s + from;
                        lineWidth = 0;
                    }
                    lineEnd = s + to;
                    lineWidth += w;
                    from = to;
                }
            }
            flush(lineStart, lineEnd);
        }
        paraStart = paraEnd + 1;
    }
    return lines;
}

QStringList PageComposer::wrap(const QString &text, Style style, qreal width) const
{
    const QFontMetricsF &fm = *m_metrics[style];
    QStringList lines;
    const QStringList paragraphs = printable(text, true).split(QLatin1Char('\n'));
    for (const QString &para : paragraphs) {
        if (para.trimmed().isEmpty()) {
            lines << QString();
            continue;
        }
        if (advance(style, para) <= width) {
            lines << para;
            continue;
        }
        QTextBoundaryFinder finder(QTextBoundaryFinder::Line, para);
        QString line;
        qreal lineWidth = 0;
        qsizetype start = 0;
        while (start < para.size()) {
            qsizetype next = finder.toNextBoundary();
            if (next < 0)
                next = para.size();
            const QString segment = para.mid(start, next - start);
            start = next;
            // Segments are a word and its trailing spaces: measure the word once (cached, as
            // words repeat) and add the spaces.
            qsizetype visibleEnd = segment.size();
            while (visibleEnd > 0 && segment.at(visibleEnd - 1).isSpace())
                --visibleEnd;
            const qreal visibleWidth = advance(style, segment.left(visibleEnd));
            const qreal segmentWidth = visibleWidth
                    + (segment.size() - visibleEnd) * advance(style, QStringLiteral(" "));
            if (lineWidth + visibleWidth <= width) {
                line += segment;
                lineWidth += segmentWidth;
                continue;
            }
            if (!line.isEmpty()) {
                lines << QStringView(line).trimmed().toString();
                line.clear();
                lineWidth = 0;
            }
            if (visibleWidth <= width) {
                line = segment;
                lineWidth = segmentWidth;
                continue;
            }
            // A word longer than the line (a URL, a long code): break it between graphemes.
            QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, segment);
            qsizetype from = 0;
            while (from < segment.size()) {
                qsizetype to = graphemes.toNextBoundary();
                if (to < 0)
                    to = segment.size();
                const QString piece = segment.mid(from, to - from);
                const qreal w = fm.horizontalAdvance(piece);
                if (lineWidth + w > width && !line.isEmpty()) {
                    lines << line;
                    line.clear();
                    lineWidth = 0;
                }
                line += piece;
                lineWidth += w;
                from = to;
            }
        }
        if (!QStringView(line).trimmed().isEmpty())
            lines << QStringView(line).trimmed().toString();
    }
    return lines;
}

QStringList PageComposer::wrapElided(const QString &text, Style style, qreal width,
                                     int maxLines) const
{
    QStringList lines = wrap(text, style, width);
    if (lines.size() <= maxLines)
        return lines;
    lines = lines.mid(0, std::max(1, maxLines));
    const QString ellipsis(QChar(0x2026));
    QString &last = lines.last();
    while (!last.isEmpty() && m_metrics[style]->horizontalAdvance(last + ellipsis) > width)
        last.chop(1);
    last = QStringView(last).trimmed().toString() + ellipsis;
    return lines;
}

void PageComposer::addText(const QString &line, Style style, const QPointF &baseline,
                           const QColor &colour, int variant)
{
    if (line.isEmpty())
        return;
    noteText(line);
    Op op;
    op.kind = Op::Text;
    op.p1 = baseline;
    op.text = line;
    op.style = style;
    op.variant = variant;
    op.colour = colour.isValid() ? colour : Ink;
    page().ops.push_back(std::move(op));
}

void PageComposer::addRuns(const QList<EmphasisRun> &line, Style style, const QPointF &baseline,
                           const QColor &colour)
{
    QPointF at = baseline;
    for (const EmphasisRun &r : line) {
        const int variant = variantOf(r.bold, r.italic);
        addText(r.text, style, at, colour, variant);
        at.rx() += advance(style, variant, r.text);
    }
}

void PageComposer::newPage()
{
    flushPending();
    m_pages.emplace_back();
    m_y = m_body.top();
}

void PageComposer::breakIfLessThan(qreal height)
{
    if (remaining() - pendingHeight() < height)
        newPage();
}

void PageComposer::ensure(qreal height)
{
    // A fresh page takes whatever comes; a content block taller than a page is split by
    // the caller.
    if (height > remaining() && m_y > m_body.top() + 0.5) {
        m_pages.emplace_back();
        m_y = m_body.top();
    }
}

qreal PageComposer::pendingHeight() const
{
    qreal h = 0;
    for (const PendingHeading &p : m_pending)
        h += p.lines.size() * lineHeight(p.style) + pt(p.style == Heading1 ? 10 : 6);
    return h;
}

void PageComposer::flushPending()
{
    for (const PendingHeading &p : std::as_const(m_pending)) {
        m_y += pt(p.style == Heading1 ? 4 : 2);
        for (const QString &line : p.lines) {
            addText(line, p.style, {m_body.left(), m_y + metrics(p.style).ascent()}, Ink);
            m_y += lineHeight(p.style);
        }
        if (p.style == Heading1) {
            placeLine({m_body.left(), m_y + pt(1.5)}, {m_body.right(), m_y + pt(1.5)}, Rule,
                      pt(0.6));
            m_y += pt(6);
        } else {
            m_y += pt(4);
        }
    }
    m_pending.clear();
}

void PageComposer::heading(const QString &text, Style style)
{
    m_pending.append({wrap(printable(text, false), style, m_body.width()), style});
}

void PageComposer::paragraph(const QString &text, Style style, const QColor &colour)
{
    const QStringList lines = wrap(text, style, m_body.width());
    const qreal lh = lineHeight(style);
    // Keep short paragraphs whole and never leave one line of a long one behind.
    const int keep = lines.size() <= 4 ? int(lines.size()) : 2;
    ensure(pendingHeight() + keep * lh);
    flushPending();
    for (int i = 0; i < lines.size(); ++i) {
        const int left = int(lines.size()) - i;
        if (remaining() < lh || (left >= 2 && remaining() < 2 * lh && i > 0)) {
            m_pages.emplace_back();
            m_y = m_body.top();
        }
        addText(lines.at(i), style, {m_body.left(), m_y + metrics(style).ascent()}, colour);
        m_y += lh;
    }
    m_y += pt(4);
}

void PageComposer::space(qreal height)
{
    if (m_y > m_body.top())
        m_y = std::min(m_y + height, m_body.bottom());
}

void PageComposer::block(qreal height, const PaintFunction &paint)
{
    ensure(pendingHeight() + height);
    flushPending();
    place(QRectF(m_body.left(), m_y, m_body.width(), height), paint);
    m_y += height + pt(6);
}

namespace {

struct LaidLine
{
    QString text;
    int style;
    QColor colour;
    qreal height;
    QList<EmphasisRun> runs {}; ///< when not empty, drawn instead of text
};

struct LaidCell
{
    QList<LaidLine> lines;
    QColor fill;
    Qt::Alignment alignment;
    int next = 0; ///< first line not drawn yet
    qreal heightFrom(int from) const
    {
        qreal h = 0;
        for (int i = from; i < lines.size(); ++i)
            h += lines.at(i).height;
        return h;
    }
};

} // namespace

void PageComposer::table(const QList<Column> &columns, const QList<QList<TableCell>> &rows,
                         const QList<TableCell> &footer)
{
    if (columns.isEmpty())
        return;
    qreal totalWeight = 0;
    for (const Column &c : columns)
        totalWeight += c.weight;
    const qreal padX = pt(3);
    const qreal padY = pt(2.2);
    // Column widths by weight, but never so narrow that a header word must break: narrow
    // columns take what they need from the columns that have room to spare.
    QList<qreal> widths;
    QList<qreal> minimum;
    for (const Column &col : columns) {
        widths << m_body.width() * col.weight / totalWeight;
        qreal widest = 0;
        for (const QString &word : col.title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widest = std::max(widest, metrics(SmallBold).horizontalAdvance(word));
        minimum << std::min(widest + 2 * padX + pt(0.5), m_body.width() / columns.size());
    }
    qreal deficit = 0;
    qreal slack = 0;
    for (int i = 0; i < widths.size(); ++i) {
        if (widths.at(i) < minimum.at(i))
            deficit += minimum.at(i) - widths.at(i);
        else
            slack += widths.at(i) - minimum.at(i);
    }
    if (deficit > 0 && slack > 0) {
        const qreal share = std::min<qreal>(1, deficit / slack);
        for (int i = 0; i < widths.size(); ++i) {
            if (widths.at(i) < minimum.at(i))
                widths[i] = minimum.at(i);
            else
                widths[i] -= (widths.at(i) - minimum.at(i)) * share;
        }
    }
    QList<qreal> xs {m_body.left()};
    for (qreal w : std::as_const(widths))
        xs << xs.last() + w;

    const auto layRow = [&](const QList<TableCell> &cells) {
        QList<LaidCell> laid;
        for (int c = 0; c < columns.size(); ++c) {
            LaidCell cell;
            cell.alignment = columns.at(c).alignment;
            if (c < cells.size()) {
                const TableCell &tc = cells.at(c);
                const qreal w = xs.at(c + 1) - xs.at(c) - 2 * padX;
                cell.fill = tc.fill;
                if (!tc.runs.isEmpty()) {
                    for (const QList<EmphasisRun> &l : wrapRuns(tc.runs, tc.style, w))
                        cell.lines.append({{}, tc.style, tc.colour, lineHeight(tc.style), l});
                } else {
                    for (const QString &l : wrap(tc.text, tc.style, w))
                        cell.lines.append({l, tc.style, tc.colour, lineHeight(tc.style)});
                }
                for (const QString &d : tc.details) {
                    for (const QString &l : wrap(d, Detail, w))
                        cell.lines.append({l, Detail, Muted, lineHeight(Detail)});
                }
            }
            laid.append(cell);
        }
        return laid;
    };
    const auto rowHeight = [&](const QList<LaidCell> &cells) {
        qreal h = 0;
        for (const LaidCell &c : cells)
            h = std::max(h, c.heightFrom(c.next));
        return h + 2 * padY;
    };
    // Draws what fits of the row within maxHeight; returns the height used.
    const auto drawRow = [&](QList<LaidCell> &cells, qreal maxHeight, const QColor &stripe) {
        qreal used = 0;
        QList<int> ends;
        for (const LaidCell &c : std::as_const(cells)) {
            qreal h = 0;
            int i = c.next;
            while (i < c.lines.size() && h + c.lines.at(i).height <= maxHeight - 2 * padY) {
                h += c.lines.at(i).height;
                ++i;
            }
            ends << i;
            used = std::max(used, h);
        }
        used += 2 * padY;
        if (stripe.isValid())
            placeRect(QRectF(xs.first(), m_y, xs.last() - xs.first(), used), stripe);
        for (int c = 0; c < cells.size(); ++c) {
            LaidCell &cell = cells[c];
            const QRectF box(xs.at(c), m_y, xs.at(c + 1) - xs.at(c), used);
            if (cell.fill.isValid())
                placeRect(box, cell.fill);
            qreal y = m_y + padY;
            for (int i = cell.next; i < ends.at(c); ++i) {
                const LaidLine &line = cell.lines.at(i);
                const Style st = Style(line.style);
                const qreal lineWidth
                        = line.runs.isEmpty() ? advance(st, line.text) : runsWidth(line.runs, st);
                qreal x = box.left() + padX;
                if (cell.alignment & Qt::AlignRight)
                    x = box.right() - padX - lineWidth;
                else if (cell.alignment & Qt::AlignHCenter)
                    x = box.center().x() - lineWidth / 2;
                const QPointF baseline(x, y + metrics(st).ascent());
                if (line.runs.isEmpty())
                    addText(line.text, st, baseline, line.colour);
                else
                    addRuns(line.runs, st, baseline, line.colour);
                y += line.height;
            }
            cell.next = ends.at(c);
        }
        m_y += used;
        placeLine({xs.first(), m_y}, {xs.last(), m_y}, Rule, pt(0.4));
        return used;
    };

    QList<TableCell> headerCells;
    for (const Column &c : columns)
        headerCells.append({c.title, SmallBold, Ink, HeaderFill, {}});
    const QList<LaidCell> header = layRow(headerCells);
    const qreal headerHeight = rowHeight(header);
    const auto drawHeader = [&] {
        QList<LaidCell> h = header;
        drawRow(h, headerHeight + 1, {});
    };

    QList<QList<TableCell>> all = rows;
    const int footerIndex = footer.isEmpty() ? -1 : int(all.size());
    if (!footer.isEmpty())
        all.append(footer);

    bool started = false;
    for (int r = 0; r < all.size(); ++r) {
        QList<LaidCell> row = layRow(all.at(r));
        const QColor stripe = r == footerIndex ? HeaderFill : (r % 2 ? StripeFill : QColor());
        const qreal h = rowHeight(row);
        const qreal minLines = 2 * lineHeight(Cell) + 2 * padY;
        if (!started) {
            // The heading, the header row and the first row (or its start) go together.
            ensure(pendingHeight() + headerHeight
                   + std::min(h, std::max(minLines, remaining() / 2)));
            flushPending();
            drawHeader();
            started = true;
        } else if (h > remaining()) {
            const bool fitsOnFreshPage = h <= m_body.height() - headerHeight;
            if (fitsOnFreshPage || remaining() < minLines) {
                m_pages.emplace_back();
                m_y = m_body.top();
                drawHeader();
            }
        }
        // Rows taller than a whole page continue on the next pages, header repeated.
        while (true) {
            drawRow(row, remaining(), stripe);
            if (rowHeight(row) <= 2 * padY + 0.01)
                break;
            m_pages.emplace_back();
            m_y = m_body.top();
            drawHeader();
        }
    }
    m_y += pt(8);
}

qreal PageComposer::placeLines(const QStringList &lines, Style style, const QRectF &rect,
                               const QColor &colour, Qt::Alignment alignment)
{
    qreal y = rect.top();
    for (const QString &line : lines) {
        if (y + lineHeight(style) > rect.bottom() + 0.5)
            break;
        qreal x = rect.left();
        if (alignment & Qt::AlignRight)
            x = rect.right() - advance(style, line);
        else if (alignment & Qt::AlignHCenter)
            x = rect.center().x() - advance(style, line) / 2;
        addText(line, style, {x, y + metrics(style).ascent()}, colour);
        y += lineHeight(style);
    }
    return y - rect.top();
}

void PageComposer::placeRect(const QRectF &rect, const QColor &fill, const QColor &border)
{
    Op op;
    op.kind = Op::Rect;
    op.rect = rect;
    op.fill = fill;
    op.colour = border;
    page().ops.push_back(std::move(op));
}

void PageComposer::placeLine(const QPointF &from, const QPointF &to, const QColor &colour,
                             qreal width)
{
    Op op;
    op.kind = Op::Line;
    op.p1 = from;
    op.p2 = to;
    op.colour = colour;
    op.width = width;
    page().ops.push_back(std::move(op));
}

void PageComposer::place(const QRectF &rect, const PaintFunction &paint)
{
    Op op;
    op.kind = Op::Custom;
    op.rect = rect;
    op.paint = paint;
    page().ops.push_back(std::move(op));
}

void PageComposer::paintPage(QPainter *painter, int index) const
{
    const Page &p = m_pages.at(size_t(index));
    painter->save();
    int currentFont = -1;
    for (const Op &op : p.ops) {
        switch (op.kind) {
        case Op::Text:
            if (op.style * 4 + op.variant != currentFont) {
                painter->setFont(m_variantFonts[op.style][op.variant]);
                currentFont = op.style * 4 + op.variant;
            }
            painter->setPen(op.colour);
            painter->drawText(op.p1, op.text);
            break;
        case Op::Rect:
            painter->setPen(op.colour.isValid() ? QPen(op.colour, pt(0.5)) : QPen(Qt::NoPen));
            painter->setBrush(op.fill.isValid() ? QBrush(op.fill) : QBrush(Qt::NoBrush));
            painter->drawRect(op.rect);
            break;
        case Op::Line:
            painter->setPen(QPen(op.colour, op.width));
            painter->drawLine(op.p1, op.p2);
            break;
        case Op::Custom:
            painter->save();
            op.paint(painter, op.rect);
            painter->restore();
            currentFont = -1;
            break;
        }
    }
    painter->restore();

    // The frame: marking centred at the top and bottom, header and footer lines.
    painter->save();
    const qreal left = m_body.left();
    const qreal right = m_body.right();
    const QFontMetricsF &mk = metrics(Marking);
    const QFontMetricsF &sm = metrics(Small);
    const FrameGeometry g = frameGeometry();
    const qreal markTop = g.markTop;
    painter->setFont(m_fonts[Marking]);
    painter->setPen(Ink);
    const QString marking = m_frame.classification.toUpper();
    const qreal markWidth = mk.horizontalAdvance(marking);
    const qreal midX = (left + right) / 2;
    painter->drawText(QPointF(midX - markWidth / 2, markTop + mk.ascent()), marking);

    painter->setFont(m_fonts[Small]);
    painter->setPen(Muted);
    const qreal headerBase = g.headerBase;
    const qreal rightWidth = sm.horizontalAdvance(m_frame.headerRight);
    const QString headerLeft
            = sm.elidedText(m_frame.headerLeft, Qt::ElideRight, right - left - rightWidth - mm(5));
    painter->drawText(QPointF(left, headerBase), headerLeft);
    painter->drawText(QPointF(right - rightWidth, headerBase), m_frame.headerRight);
    painter->setPen(QPen(Rule, pt(0.6)));
    const qreal headerRule = g.headerRule;
    painter->drawLine(QPointF(left, headerRule), QPointF(right, headerRule));

    const qreal markBottom = g.markBottom;
    painter->setFont(m_fonts[Marking]);
    painter->setPen(Ink);
    painter->drawText(QPointF(midX - markWidth / 2, markBottom - mk.descent()), marking);
    painter->setFont(m_fonts[Small]);
    painter->setPen(Muted);
    const qreal footerBase = g.footerBase;
    const qreal footerRule = g.footerRule;
    painter->setPen(QPen(Rule, pt(0.6)));
    painter->drawLine(QPointF(left, footerRule), QPointF(right, footerRule));
    painter->setPen(Muted);
    const QString pageText = Tr::tr("Page %1 of %2").arg(index + 1).arg(pageCount());
    const qreal pageWidth = sm.horizontalAdvance(pageText);
    painter->drawText(
            QPointF(left, footerBase),
            sm.elidedText(m_frame.footerLeft, Qt::ElideRight, right - left - pageWidth - mm(5)));
    painter->drawText(QPointF(right - pageWidth, footerBase), pageText);
    painter->restore();
}

} // namespace jcr
