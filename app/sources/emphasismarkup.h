#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace jcr {

/// One stretch of text with the same emphasis, its markers removed.
struct EmphasisRun
{
    QString text;
    bool bold = false;
    bool italic = false;
    friend bool operator==(const EmphasisRun &, const EmphasisRun &) = default;
};

/**
 * The official texts mark emphasis the Markdown way: *italic*, **bold**, ***bold italic***.
 * The stored text keeps the markers (a citation is verbatim); everything shown to a reader
 * goes through here so that no raw asterisk reaches the screen or a report.
 *
 * A run of one to three asterisks opens emphasis when a non-space follows it and the same run
 * closes it after a non-space. A lone run with spaces on both sides ("5 * 3") is ordinary
 * text; any other unmatched run is the cut-off half of a pair (a passage that starts or ends
 * inside emphasis) and is dropped.
 */
class EmphasisMarkup
{
public:
    /// The text as runs of equal emphasis, markers removed; adjacent runs differ in emphasis.
    static QList<EmphasisRun> parse(QStringView raw);
    /// The text without markers.
    static QString plain(QStringView raw);
    /// HTML with <b>/<i> for the emphasis and the text escaped (newlines kept as they are).
    static QString toHtml(QStringView raw);
    /// For every position 0..raw.size() in \a raw, the matching position in plain(raw):
    /// maps ranges of the stored text (citations) onto the text as shown.
    static QList<qsizetype> plainOffsets(QStringView raw);
};

} // namespace jcr
