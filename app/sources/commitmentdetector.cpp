#include "commitmentdetector.h"

#include "emphasismarkup.h"

#include <QRegularExpression>

namespace jcr {

namespace {

/// "U.S." or "No. 5": a period after one capital letter or a short abbreviation does not end a
/// sentence.
bool isAbbreviation(QStringView text, qsizetype period)
{
    qsizetype wordStart = period;
    while (wordStart > 0 && text.at(wordStart - 1).isLetter())
        --wordStart;
    const QStringView word = text.mid(wordStart, period - wordStart);
    if (word.size() == 1 && word.at(0).isUpper())
        return true; // "U.S.", "J. Smith"
    if (word.size() == 1 && wordStart >= 2 && text.at(wordStart - 1) == QLatin1Char('.'))
        return true; // the second period of "e.g." and "i.e."
    static const QStringList titles {
            QStringLiteral("Mr"), QStringLiteral("Ms"), QStringLiteral("Mrs"),
            QStringLiteral("Dr"), QStringLiteral("No"), QStringLiteral("St"),
            QStringLiteral("vs"), QStringLiteral("e"),  QStringLiteral("i")};
    return titles.contains(word.toString());
}

void appendTrimmed(QList<TextSpan> &out, QStringView text, qsizetype from, qsizetype to)
{
    while (from < to && text.at(from).isSpace())
        ++from;
    while (to > from && text.at(to - 1).isSpace())
        --to;
    if (to > from)
        out.append({from, to - from});
}

} // namespace

QList<TextSpan> CommitmentDetector::sentences(QStringView text)
{
    QList<TextSpan> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') || c == QChar::ParagraphSeparator || c == QChar::LineSeparator) {
            appendTrimmed(out, text, start, i);
            start = i + 1;
            continue;
        }
        if (c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?'))
            continue;
        // Closing quotes, brackets and emphasis markers stay with the sentence they end.
        qsizetype end = i + 1;
        while (end < text.size()
               && (text.at(end) == QLatin1Char('"') || text.at(end) == QLatin1Char(')')
                   || text.at(end) == QLatin1Char('*') || text.at(end) == QChar(0x201D)))
            ++end;
        if (end < text.size() && !text.at(end).isSpace())
            continue; // "1.5", "UN.org"
        if (c == QLatin1Char('.') && isAbbreviation(text, i))
            continue;
        appendTrimmed(out, text, start, end);
        start = end;
        i = end - 1;
    }
    appendTrimmed(out, text, start, text.size());
    return out;
}

bool CommitmentDetector::isCommitment(QStringView sentence)
{
    static const QList<QRegularExpression> patterns = [] {
        const QStringList sources {
                QStringLiteral(R"(\bwe (also |further |hereby )?(will|shall)\b)"),
                QStringLiteral(
                        R"(\bwe (also |further |hereby )?(instruct|commit|establish|direct)\b)"),
                QStringLiteral(R"(\bwe (also )?announce the establishment\b)"),
                QStringLiteral(R"(\bwe (also )?welcome\b.*\bsigning\b)"),
                QStringLiteral(R"(\bfirst meeting\b.*\bthis calendar year\b)"),
                QStringLiteral(
                        R"(\b(the )?(prime )?(ministers|leaders|both sides|two countries|two governments|japan and canada) (also )?(will|shall|committed to|decided to|agreed to)\b)"),
        };
        QList<QRegularExpression> out;
        for (const QString &s : sources)
            out.append(QRegularExpression(s, QRegularExpression::CaseInsensitiveOption));
        return out;
    }();
    const QString plain = EmphasisMarkup::plain(sentence).simplified();
    for (const QRegularExpression &re : patterns) {
        if (re.match(plain).hasMatch())
            return true;
    }
    return false;
}

QList<TextSpan> CommitmentDetector::commitments(QStringView text)
{
    QList<TextSpan> out;
    for (const TextSpan &s : sentences(text)) {
        if (isCommitment(text.mid(s.start, s.length)))
            out.append(s);
    }
    return out;
}

} // namespace jcr
