#include "areaguesser.h"

#include <QRegularExpression>
#include <QSet>

namespace jcr {

namespace {

QString normalised(QString word)
{
    word = word.toLower();
    if (word == QLatin1String("defense"))
        return QStringLiteral("defence");
    // "chains" and "chain", "exchanges" and "exchange" are the same word here.
    if (word.size() > 4 && word.endsWith(QLatin1Char('s')))
        word.chop(1);
    return word;
}

QStringList words(QStringView text)
{
    static const QRegularExpression wordPattern(QStringLiteral(R"(\p{L}[\p{L}\-]*)"));
    QStringList out;
    auto it = wordPattern.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured();
        for (const QString &part : w.split(QLatin1Char('-'), Qt::SkipEmptyParts))
            out.append(normalised(part));
    }
    return out;
}

/// The words of an area's name that can point at it: no short connectives.
QSet<QString> keywords(const PriorityArea &area)
{
    static const QSet<QString> ignored {QStringLiteral("and"), QStringLiteral("the"),
                                        QStringLiteral("enhanced")};
    QSet<QString> out;
    for (const QString &w : words(area.name)) {
        if (w.size() >= 4 && !ignored.contains(w))
            out.insert(w);
    }
    return out;
}

TextSpan paragraphAround(QStringView text, TextSpan span)
{
    qsizetype from = text.lastIndexOf(QLatin1String("\n\n"), qMax<qsizetype>(0, span.start - 1));
    from = from < 0 ? 0 : from + 2;
    qsizetype to = text.indexOf(QLatin1String("\n\n"), span.end());
    to = to < 0 ? text.size() : to;
    return {from, to - from};
}

} // namespace

int AreaGuesser::guess(QStringView text, TextSpan span, const QList<PriorityArea> &areas)
{
    if (span.start < 0 || span.end() > text.size() || areas.isEmpty())
        return 0;
    // 1. The numbered list of priorities.
    const qsizetype lineStart
            = text.lastIndexOf(QLatin1Char('\n'), qMax<qsizetype>(0, span.start - 1)) + 1;
    qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), span.start);
    if (lineEnd < 0)
        lineEnd = text.size();
    if (span.end() <= lineEnd) {
        static const QRegularExpression numbered(
                QStringLiteral(R"(^\s*(?:[-*]\s*)?\((\d{1,2})\))"));
        const auto m = numbered.match(text.mid(lineStart, lineEnd - lineStart));
        if (m.hasMatch()) {
            const int n = m.captured(1).toInt();
            for (const PriorityArea &a : areas) {
                if (a.number == n)
                    return n;
            }
        }
    }
    // 2. The words of the area names, in the passage and around it.
    const TextSpan paragraph = paragraphAround(text, span);
    const QStringList inPassage = words(text.mid(span.start, span.length));
    const QStringList inParagraph = words(text.mid(paragraph.start, paragraph.length));
    int best = 0;
    int bestScore = 0;
    for (const PriorityArea &a : areas) {
        const QSet<QString> keys = keywords(a);
        // The passage's own words decide; the paragraph's only break ties between them.
        int score = 0;
        for (const QString &w : inPassage)
            score += keys.contains(w) ? 1000 : 0;
        for (const QString &w : inParagraph)
            score += keys.contains(w) ? 1 : 0;
        if (score > bestScore || (score == bestScore && score > 0 && a.number < best)) {
            best = a.number;
            bestScore = score;
        }
    }
    return best;
}

} // namespace jcr
