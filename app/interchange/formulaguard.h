#pragma once

#include <QString>

namespace jcr {

/**
 * Keeps spreadsheet programs from running text as a formula (CSV injection, as OWASP describes
 * it): a cell that begins with '=', '+', '-', '@', a tab or a carriage return gets a leading
 * apostrophe on export, and import takes it off again.
 *
 * The mapping is one to one: text that already begins with apostrophes followed by one of those
 * characters gets one apostrophe more, so "'=x" typed by a user comes back as "'=x".
 */
class FormulaGuard
{
public:
    /// True when a spreadsheet would treat \a text as a formula: it begins with a trigger.
    static bool isFormulaLike(QStringView text);
    /// The text to write into a cell.
    static QString neutralise(const QString &text);
    /// The text a neutralised cell stands for; other text is returned unchanged.
    static QString restore(const QString &cell);

private:
    static bool isTrigger(QChar c);
    /// True when \a text is apostrophes followed by a trigger character.
    static bool isQuotedTrigger(QStringView text);
};

} // namespace jcr
