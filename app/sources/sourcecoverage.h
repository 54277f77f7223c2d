#pragma once

#include "commitmentdetector.h"
#include "domain/item.h"
#include "domain/sourcedocument.h"

#include <QCoreApplication>
#include <QList>

namespace jcr {

/// A commitment sentence of a source and the items whose citations overlap it.
struct CommitmentSentence
{
    qint64 sourceId = 0;
    TextSpan span; ///< in the source's stored text
    QString text; ///< as stored (markers included)
    QList<qint64> itemIds; ///< ordered by id; empty when uncovered
    bool isCovered() const { return !itemIds.isEmpty(); }
};

/// A stretch of a source cited by the same set of items (for highlighting).
struct CitedSegment
{
    TextSpan span;
    QList<qint64> itemIds; ///< ordered by id
};

/// A citation whose passage does not occur in its source (or whose source is gone).
struct BrokenCitation
{
    qint64 itemId = 0;
    qint64 sourceId = 0;
    QString passage;
    QString reason;
};

/// Every commitment sentence of the sources with the items covering it.
struct CoverageReport
{
    QList<CommitmentSentence> sentences;
    int total() const { return int(sentences.size()); }
    int covered() const;
    /// "23 of 25 commitment sentences tracked"
    QString summary() const;
};

/**
 * Traceability between source documents and items, computed from the text alone.
 * A citation is located by its first occurrence in its source. A commitment sentence is
 * covered when at least one item cites a passage overlapping it (a citation of half a sentence
 * covers it: officers cite the operative clause, not always the whole sentence).
 */
class SourceCoverage
{
    Q_DECLARE_TR_FUNCTIONS(jcr::SourceCoverage)
public:
    /// Where \a passage occurs in \a text (first occurrence); an empty span at -1 if nowhere.
    static TextSpan locate(QStringView text, QStringView passage);
    static CoverageReport compute(const QList<SourceDocument> &sources, const QList<Item> &items);
    /// The cited parts of \a source, split where the set of citing items changes.
    static QList<CitedSegment> citedSegments(const SourceDocument &source,
                                             const QList<Item> &items);
    static QList<BrokenCitation> brokenCitations(const QList<SourceDocument> &sources,
                                                 const QList<Item> &items);
    /// Why \a citation cannot stand, or an empty string when it occurs in its source.
    static QString citationProblem(const QList<SourceDocument> &sources, const Citation &citation);
};

} // namespace jcr
