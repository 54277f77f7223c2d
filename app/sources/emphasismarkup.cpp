#include "emphasismarkup.h"

namespace jcr {

namespace {

int runLength(QStringView raw, qsizetype i)
{
    int n = 0;
    while (i + n < raw.size() && raw.at(i + n) == QLatin1Char('*'))
        ++n;
    return n;
}

/// Pairs the marker runs of \a raw. Each position of \a raw is either text or part of a marker
/// (to drop); emphasis[i] says how position i is emphasised (bit 1 italic, bit 2 bold).
void analyse(QStringView raw, QList<bool> &isMarker, QList<int> &emphasis)
{
    isMarker = QList<bool>(raw.size(), false);
    emphasis = QList<int>(raw.size(), 0);
    qsizetype i = 0;
    while (i < raw.size()) {
        if (raw.at(i) != QLatin1Char('*')) {
            ++i;
            continue;
        }
        const int n = runLength(raw, i);
        const bool spaceBefore = i == 0 || raw.at(i - 1).isSpace();
        const bool spaceAfter = i + n >= raw.size() || raw.at(i + n).isSpace();
        if (n > 3 || (spaceBefore && spaceAfter)) {
            i += n; // ordinary text: a rule of asterisks, or "5 * 3"
            continue;
        }
        // An opener: find the matching closer, the same number of asterisks after a non-space.
        qsizetype close = -1;
        if (!spaceAfter) {
            qsizetype j = i + n;
            while (j < raw.size()) {
                if (raw.at(j) == QLatin1Char('*')) {
                    const int m = runLength(raw, j);
                    if (m == n && !raw.at(j - 1).isSpace()) {
                        close = j;
                        break;
                    }
                    j += m;
                } else {
                    ++j;
                }
            }
        }
        for (int k = 0; k < n; ++k)
            isMarker[i + k] = true; // matched, or the cut-off half of a pair: dropped either way
        if (close < 0) {
            i += n;
            continue;
        }
        const int bits = n == 1 ? 1 : n == 2 ? 2 : 3;
        for (qsizetype k = i + n; k < close; ++k)
            emphasis[k] |= bits;
        for (int k = 0; k < n; ++k)
            isMarker[close + k] = true;
        i = close + n;
    }
}

} // namespace

QList<EmphasisRun> EmphasisMarkup::parse(QStringView raw)
{
    QList<bool> isMarker;
    QList<int> emphasis;
    analyse(raw, isMarker, emphasis);
    QList<EmphasisRun> runs;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (isMarker.at(i))
            continue;
        const bool italic = emphasis.at(i) & 1;
        const bool bold = emphasis.at(i) & 2;
        if (runs.isEmpty() || runs.constLast().bold != bold || runs.constLast().italic != italic)
            runs.append({QString(), bold, italic});
        runs.last().text.append(raw.at(i));
    }
    return runs;
}

QString EmphasisMarkup::plain(QStringView raw)
{
    QString text;
    for (const EmphasisRun &r : parse(raw))
        text += r.text;
    return text;
}

QString EmphasisMarkup::toHtml(QStringView raw)
{
    QString html;
    for (const EmphasisRun &r : parse(raw)) {
        QString part = r.text.toHtmlEscaped();
        if (r.italic)
            part = QStringLiteral("<i>") + part + QStringLiteral("</i>");
        if (r.bold)
            part = QStringLiteral("<b>") + part + QStringLiteral("</b>");
        html += part;
    }
    return html;
}

QList<qsizetype> EmphasisMarkup::plainOffsets(QStringView raw)
{
    QList<bool> isMarker;
    QList<int> emphasis;
    analyse(raw, isMarker, emphasis);
    QList<qsizetype> offsets(raw.size() + 1, 0);
    qsizetype shown = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        offsets[i] = shown;
        if (!isMarker.at(i))
            ++shown;
    }
    offsets[raw.size()] = shown;
    return offsets;
}

} // namespace jcr
