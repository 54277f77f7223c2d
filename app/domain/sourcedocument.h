#pragma once

#include <QDate>
#include <QString>

namespace jcr {

/// An official text the roadmap is derived from (the Joint Statement, a 2+2 readout…).
/// Its text is stored as imported and never altered afterwards: citations point into it.
struct SourceDocument
{
    qint64 id = 0;
    QString title;
    QDate date; ///< the day the text was issued; may be null
    QString place;
    QString link; ///< where the official text is published; may be empty
    QString text; ///< exactly as imported (UTF-8 text or Markdown)
    QString importedAt; ///< ISO 8601 UTC
    friend bool operator==(const SourceDocument &, const SourceDocument &) = default;
};

/// Largest source text accepted on import, in characters (a long communiqué is ~60,000).
inline constexpr int MaxSourceTextLength = 2000000;

/// A passage of a source document that an item comes from, character for character.
struct Citation
{
    qint64 sourceId = 0;
    QString passage;
    friend bool operator==(const Citation &, const Citation &) = default;
};

} // namespace jcr
