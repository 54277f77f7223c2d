#pragma once

#include <QList>
#include <QStringView>

namespace jcr {

/// A stretch of a text: where it starts and how many characters it has.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype end() const { return start + length; }
    bool overlaps(const TextSpan &o) const { return start < o.end() && o.start < end(); }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

/**
 * Finds the sentences of an official text that read as commitments: "we will", "we instruct",
 * "we commit", "we establish", "we direct", "we announce the establishment", "we welcome … the
 * signing", "first meeting … this calendar year", and the third-person forms of readouts
 * ("the Ministers decided / agreed / committed to"). Expressions of concern, positions and
 * celebrations ("we reiterate", "we are committed to a just peace") are not commitments.
 *
 * Sentences end at ".", "!" or "?" followed by a space, and at every line break, so that the
 * statement's list of priorities and a Markdown heading are sentences of their own. Spans refer
 * to the text as stored, markers included; leading and trailing spaces are left out.
 */
class CommitmentDetector
{
public:
    static QList<TextSpan> sentences(QStringView text);
    static bool isCommitment(QStringView sentence);
    /// The spans of sentences(text) that are commitments, in text order.
    static QList<TextSpan> commitments(QStringView text);
};

} // namespace jcr
