#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QSet>
#include <QString>

namespace jcr {

/**
 * Repairs and finishes a PDF written by QPdfWriter, using libqpdf.
 *
 * Qt 6.4 builds each font's ToUnicode map by asking, for every BMP code point in ascending
 * order, which glyph it maps to, and keeps the first code point per glyph. Fonts share glyphs
 * between look-alikes, so the text layer says U+2F47 KANGXI RADICAL SUN for 日, U+2027 for the
 * katakana middle dot ・ and U+0009 for a space: search and copy-paste break. The post-processor
 * rewrites those ToUnicode entries to the characters that were really drawn, sets the Author
 * and fixed dates in the document information, and writes a deterministic file.
 */
class PdfPostProcessor
{
public:
    struct Metadata
    {
        QString title;
        QString author;
        QString subject;
        QDate date; ///< CreationDate and ModDate, at 00:00 UTC: output depends on input only
    };

    /// Code point replacements for ToUnicode maps: for every character in \a used, the code
    /// point Qt would wrongly report for its glyph in any of \a fonts, mapped back to it; plus
    /// the Kangxi radicals and CJK radical supplement forms (by their Unicode decomposition)
    /// that were not drawn themselves.
    static QHash<char32_t, char32_t> lookalikeReplacements(const QSet<char32_t> &used,
                                                           const QList<QRawFont> &fonts);

    /// Rewrites the destinations of one ToUnicode CMap (bfchar and bfrange sections); Latin
    /// ligatures (U+FB00–U+FB06) are also spelled out as their letters.
    /// \a changed counts the entries rewritten.
    static QByteArray fixToUnicodeCMap(const QByteArray &cmap,
                                       const QHash<char32_t, char32_t> &replacements,
                                       int *changed = nullptr);

    /// Applies the CMap fix to every font of \a pdf, sets \a metadata and returns the new file.
    static Result<QByteArray> process(const QByteArray &pdf,
                                      const QHash<char32_t, char32_t> &replacements,
                                      const Metadata &metadata);
};

} // namespace jcr
