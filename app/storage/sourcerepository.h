#pragma once

#include "domain/item.h"
#include "domain/result.h"
#include "domain/sourcedocument.h"

#include <QHash>
#include <QList>

namespace jcr {

class Database;

/**
 * The SQL of source documents and citations (schema 3). Like RoadmapRepository it opens no
 * transactions: the document wraps each change in one. Source texts are only ever inserted;
 * the file's triggers refuse any update of them.
 */
class SourceRepository
{
public:
    explicit SourceRepository(Database &db);

    /// All source documents, by id.
    Result<QList<SourceDocument>> sources();
    Result<SourceDocument> insertSource(const SourceDocument &source);
    /// Every citation, grouped by item id, in each item's order.
    Result<QHash<qint64, QList<Citation>>> allCitations();
    Result<QList<Citation>> citations(qint64 itemId);
    /// Replaces the citations of \a itemId by \a citations.
    Result<void> writeCitations(qint64 itemId, const QList<Citation> &citations);

private:
    Database &m_db;
};

} // namespace jcr
