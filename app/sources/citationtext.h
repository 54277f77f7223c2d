#pragma once

#include "domain/item.h"
#include "domain/sourcedocument.h"

#include <QCoreApplication>
#include <QTextCharFormat>

class QTextCursor;

namespace jcr {

/// Writes cited passages into rich text with the sources' emphasis as formatting (italic,
/// bold), never as asterisks. Used by the item editor and the Sources view.
class CitationText
{
    Q_DECLARE_TR_FUNCTIONS(jcr::CitationText)
public:
    /// Inserts \a raw at \a cursor in \a base, with *…*, **…** and ***…*** applied.
    static void insertEmphasised(QTextCursor &cursor, QStringView raw,
                                 const QTextCharFormat &base = {});
    /// Each citation of \a item as a paragraph: the passage, then "— Source title" when the
    /// roadmap has more than one source; a passage that no longer occurs in its source is red
    /// and says so.
    static void writeCitations(QTextCursor &cursor, const Item &item,
                               const QList<SourceDocument> &sources);
};

} // namespace jcr
