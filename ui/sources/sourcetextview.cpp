#include "sourcetextview.h"

#include "sources/citationtext.h"
#include "sources/emphasismarkup.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace jcr {

namespace {

const QColor CitedBackground(0xff, 0xef, 0xb0);
const QColor CurrentBackground(0xff, 0xc9, 0x3c);
const QColor UncoveredBackground(0xfd, 0xdc, 0xdc);
const QColor UncoveredLine(0xc0, 0x1c, 0x28);

} // namespace

SourceTextView::SourceTextView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    document()->setDocumentMargin(16);
}

void SourceTextView::setContent(const SourceDocument &source, const QList<Item> &items,
                                const CoverageReport &coverage, qint64 currentItemId)
{
    const int scroll = verticalScrollBar()->value();
    const bool sameSource = source.id == m_source.id && source.text == m_source.text;
    m_source = source;
    const QList<qsizetype> offsets = EmphasisMarkup::plainOffsets(source.text);
    m_shownOf = offsets;
    const QString plain = EmphasisMarkup::plain(source.text);
    m_storedOf = QList<qsizetype>(plain.size() + 1, source.text.size());
    for (qsizetype i = 0; i < source.text.size(); ++i) {
        if (offsets.at(i + 1) > offsets.at(i))
            m_storedOf[offsets.at(i)] = i; // a shown character; markers show nowhere
    }
    m_storedOf[plain.size()] = source.text.size();

    QTextDocument *doc = document();
    doc->clear();
    QTextCursor cursor(doc);
    QTextCharFormat base;
    base.setFontPointSize(font().pointSizeF() * 1.1);
    cursor.beginEditBlock();
    CitationText::insertEmphasised(cursor, source.text, base);
    cursor.endEditBlock();

    const auto apply = [&](TextSpan stored, const QTextCharFormat &format) {
        QTextCursor c(doc);
        c.setPosition(int(shownPosition(stored.start)));
        c.setPosition(int(shownPosition(stored.end())), QTextCursor::KeepAnchor);
        c.mergeCharFormat(format);
    };
    for (const CommitmentSentence &s : coverage.sentences) {
        if (s.sourceId != source.id || s.isCovered())
            continue;
        QTextCharFormat f;
        f.setBackground(UncoveredBackground);
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(UncoveredLine);
        f.setProperty(UncoveredProperty, true);
        f.setToolTip(tr("Commitment not tracked by any item: select it and choose New Item "
                        "from Passage."));
        apply(s.span, f);
    }
    TextSpan firstCurrent {-1, 0};
    for (const CitedSegment &seg : SourceCoverage::citedSegments(source, items)) {
        QTextCharFormat f;
        const bool current = seg.itemIds.contains(currentItemId);
        f.setBackground(current ? CurrentBackground : CitedBackground);
        f.setProperty(CitedItemsProperty, QVariant::fromValue(seg.itemIds));
        QStringList titles;
        for (const Item &it : items) {
            if (seg.itemIds.contains(it.id))
                titles.append(QStringLiteral("• ") + it.title);
        }
        f.setToolTip(
                tr("Cited by:\n%1\n(click to show the item)").arg(titles.join(QLatin1Char('\n'))));
        apply(seg.span, f);
        if (current && firstCurrent.start < 0)
            firstCurrent = seg.span;
    }
    if (firstCurrent.start >= 0) {
        QTextCursor c(doc);
        c.setPosition(int(shownPosition(firstCurrent.end())));
        setTextCursor(c);
        c.setPosition(int(shownPosition(firstCurrent.start)));
        setTextCursor(c); // scrolls so that the passage's start and end are both in view
    } else if (sameSource) {
        verticalScrollBar()->setValue(scroll);
    }
}

qsizetype SourceTextView::shownPosition(qsizetype stored) const
{
    if (m_shownOf.isEmpty())
        return 0;
    return m_shownOf.at(qBound<qsizetype>(0, stored, m_shownOf.size() - 1));
}

qsizetype SourceTextView::storedPosition(qsizetype shown) const
{
    if (m_storedOf.isEmpty())
        return 0;
    return m_storedOf.at(qBound<qsizetype>(0, shown, m_storedOf.size() - 1));
}

TextSpan SourceTextView::selectedSpan() const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection())
        return {-1, 0};
    qsizetype from = storedPosition(c.selectionStart());
    // The stored end is one past the last selected character shown.
    qsizetype to = storedPosition(c.selectionEnd() - 1) + 1;
    const QString &text = m_source.text;
    while (from < to && (text.at(from).isSpace()))
        ++from;
    while (to > from && text.at(to - 1).isSpace())
        --to;
    if (to <= from)
        return {-1, 0};
    return {from, to - from};
}

void SourceTextView::selectSpan(TextSpan span)
{
    QTextCursor c(document());
    c.setPosition(int(shownPosition(span.start)));
    c.setPosition(int(shownPosition(span.end())), QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
}

void SourceTextView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    QTextCursor at = cursorForPosition(event->position().toPoint());
    // The format of the character under the pointer is the one after the cursor position.
    at.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    const QVariant ids = at.charFormat().property(CitedItemsProperty);
    if (ids.isValid())
        Q_EMIT citedPassageClicked(ids.value<QList<qint64>>());
}

} // namespace jcr
