#include "sourcecoverage.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace jcr {

namespace {

const SourceDocument *findSource(const QList<SourceDocument> &sources, qint64 id)
{
    for (const SourceDocument &s : sources) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

/// The located spans of every citation into \a source, with the citing item.
QList<QPair<TextSpan, qint64>> citedSpans(const SourceDocument &source, const QList<Item> &items)
{
    QList<QPair<TextSpan, qint64>> spans;
    for (const Item &it : items) {
        for (const Citation &c : it.citations) {
            if (c.sourceId != source.id)
                continue;
            const TextSpan span = SourceCoverage::locate(source.text, c.passage);
            if (span.start >= 0)
                spans.append({span, it.id});
        }
    }
    return spans;
}

} // namespace

int CoverageReport::covered() const
{
    return int(std::count_if(sentences.cbegin(), sentences.cend(),
                             [](const CommitmentSentence &s) { return s.isCovered(); }));
}

QString CoverageReport::summary() const
{
    return SourceCoverage::tr("%1 of %n commitment sentence(s) tracked", nullptr, total())
            .arg(covered());
}

TextSpan SourceCoverage::locate(QStringView text, QStringView passage)
{
    if (passage.isEmpty())
        return {-1, 0};
    const qsizetype at = text.indexOf(passage);
    return at < 0 ? TextSpan {-1, 0} : TextSpan {at, passage.size()};
}

CoverageReport SourceCoverage::compute(const QList<SourceDocument> &sources,
                                       const QList<Item> &items)
{
    CoverageReport report;
    for (const SourceDocument &source : sources) {
        const auto spans = citedSpans(source, items);
        for (const TextSpan &sentence : CommitmentDetector::commitments(source.text)) {
            CommitmentSentence cs;
            cs.sourceId = source.id;
            cs.span = sentence;
            cs.text = source.text.mid(sentence.start, sentence.length);
            QSet<qint64> ids;
            for (const auto &[span, itemId] : spans) {
                if (span.overlaps(sentence))
                    ids.insert(itemId);
            }
            cs.itemIds = QList<qint64>(ids.cbegin(), ids.cend());
            std::sort(cs.itemIds.begin(), cs.itemIds.end());
            report.sentences.append(cs);
        }
    }
    return report;
}

QList<CitedSegment> SourceCoverage::citedSegments(const SourceDocument &source,
                                                  const QList<Item> &items)
{
    const auto spans = citedSpans(source, items);
    QList<qsizetype> cuts;
    for (const auto &[span, itemId] : spans) {
        cuts.append(span.start);
        cuts.append(span.end());
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QList<CitedSegment> segments;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const TextSpan piece {cuts.at(i), cuts.at(i + 1) - cuts.at(i)};
        QList<qint64> ids;
        for (const auto &[span, itemId] : spans) {
            if (span.overlaps(piece) && !ids.contains(itemId))
                ids.append(itemId);
        }
        if (ids.isEmpty())
            continue;
        std::sort(ids.begin(), ids.end());
        // Neighbours cited by the same items are one segment.
        if (!segments.isEmpty() && segments.constLast().span.end() == piece.start
            && segments.constLast().itemIds == ids)
            segments.last().span.length += piece.length;
        else
            segments.append({piece, ids});
    }
    return segments;
}

QString SourceCoverage::citationProblem(const QList<SourceDocument> &sources,
                                        const Citation &citation)
{
    const SourceDocument *source = findSource(sources, citation.sourceId);
    if (!source)
        return tr("the cited source document %1 does not exist").arg(citation.sourceId);
    if (citation.passage.isEmpty())
        return tr("the cited passage is empty");
    if (!source->text.contains(citation.passage))
        return tr("the cited passage does not occur verbatim in \"%1\"").arg(source->title);
    return {};
}

QList<BrokenCitation> SourceCoverage::brokenCitations(const QList<SourceDocument> &sources,
                                                      const QList<Item> &items)
{
    QList<BrokenCitation> broken;
    for (const Item &it : items) {
        for (const Citation &c : it.citations) {
            const QString problem = citationProblem(sources, c);
            if (!problem.isEmpty())
                broken.append({it.id, c.sourceId, c.passage, problem});
        }
    }
    return broken;
}

} // namespace jcr
