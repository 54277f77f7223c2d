#include "citationtext.h"

#include "emphasismarkup.h"
#include "sourcecoverage.h"

#include <QTextCursor>

namespace jcr {

void CitationText::insertEmphasised(QTextCursor &cursor, QStringView raw,
                                    const QTextCharFormat &base)
{
    for (const EmphasisRun &run : EmphasisMarkup::parse(raw)) {
        QTextCharFormat f = base;
        if (run.bold)
            f.setFontWeight(QFont::Bold);
        if (run.italic)
            f.setFontItalic(true);
        cursor.insertText(run.text, f);
    }
}

void CitationText::writeCitations(QTextCursor &cursor, const Item &item,
                                  const QList<SourceDocument> &sources)
{
    bool first = true;
    for (const Citation &c : item.citations) {
        if (!first)
            cursor.insertBlock();
        first = false;
        const QString problem = SourceCoverage::citationProblem(sources, c);
        QTextCharFormat base;
        if (!problem.isEmpty())
            base.setForeground(QColor(0xb0, 0x00, 0x20));
        insertEmphasised(cursor, c.passage, base);
        QTextCharFormat note;
        note.setForeground(problem.isEmpty() ? QColor(0x60, 0x60, 0x60) : QColor(0xb0, 0x00, 0x20));
        note.setFontItalic(true);
        if (!problem.isEmpty()) {
            cursor.insertText(QStringLiteral(" — ") + problem, note);
        } else if (sources.size() > 1) {
            for (const SourceDocument &s : sources) {
                if (s.id == c.sourceId)
                    cursor.insertText(QStringLiteral(" — ") + s.title, note);
            }
        }
    }
}

} // namespace jcr
