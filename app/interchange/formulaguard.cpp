#include "formulaguard.h"

namespace jcr {

bool FormulaGuard::isTrigger(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
            || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

bool FormulaGuard::isFormulaLike(QStringView text)
{
    return !text.isEmpty() && isTrigger(text.front());
}

bool FormulaGuard::isQuotedTrigger(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == QLatin1Char('\''))
        ++i;
    return i < text.size() && isTrigger(text[i]);
}

QString FormulaGuard::neutralise(const QString &text)
{
    if (isQuotedTrigger(text))
        return QLatin1Char('\'') + text;
    return text;
}

QString FormulaGuard::restore(const QString &cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && isQuotedTrigger(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

} // namespace jcr
