#include "datetext.h"

namespace jcr {

namespace {

bool isJapanese(const QLocale &locale)
{
    return locale.language() == QLocale::Japanese;
}

bool isFrench(const QLocale &locale)
{
    return locale.language() == QLocale::French;
}

} // namespace

QString DateText::dayFormat(const QLocale &locale)
{
    return isJapanese(locale) ? QStringLiteral("yyyy年M月d日") : QStringLiteral("d MMM yyyy");
}

QString DateText::day(QDate date, const QLocale &locale, Length length)
{
    if (!date.isValid())
        return {};
    if (isJapanese(locale))
        return locale.toString(date, QStringLiteral("yyyy年M月d日"));
    return locale.toString(
            date, length == Long ? QStringLiteral("d MMMM yyyy") : QStringLiteral("d MMM yyyy"));
}

QString DateText::month(QDate date, const QLocale &locale, Length length)
{
    if (!date.isValid())
        return {};
    if (isJapanese(locale))
        return locale.toString(date, QStringLiteral("yyyy年M月"));
    return locale.toString(
            date, length == Long ? QStringLiteral("MMMM yyyy") : QStringLiteral("MMM yyyy"));
}

QString DateText::quarter(int year, int quarter, const QLocale &locale)
{
    // The quarter is not in QLocale's data: each language's usual short form ("T" for
    // trimestre, as Statistics Canada and the Government of Canada write it in French).
    if (isJapanese(locale))
        return QStringLiteral("%1年第%2四半期").arg(year).arg(quarter);
    if (isFrench(locale))
        return QStringLiteral("T%1 %2").arg(quarter).arg(year);
    return QStringLiteral("Q%1 %2").arg(quarter).arg(year);
}

QString DateText::quarterNumber(int quarter, const QLocale &locale)
{
    if (isJapanese(locale))
        return QStringLiteral("%1Q").arg(quarter); // as Japanese business tables write it
    return (isFrench(locale) ? QStringLiteral("T%1") : QStringLiteral("Q%1")).arg(quarter);
}

QString DateText::year(int year, const QLocale &locale)
{
    // Years are written without group separators in every language ("2026", not "2 026").
    return isJapanese(locale) ? QStringLiteral("%1年").arg(year) : QString::number(year);
}

QString DateText::dayMonth(QDate date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return locale.toString(date,
                           isJapanese(locale) ? QStringLiteral("M月d日") : QStringLiteral("d MMM"));
}

QString DateText::dateTime(const QDateTime &at, const QLocale &locale)
{
    if (!at.isValid())
        return {};
    return day(at.date(), locale) + QLatin1Char(' ')
            + locale.toString(at.time(), QStringLiteral("HH:mm"));
}

QString DateText::percentSuffix(const QLocale &locale)
{
    // French sets the sign apart with a no-break space; English and Japanese do not.
    return isFrench(locale) ? QStringLiteral("\u00a0%") : QStringLiteral("%");
}

QString DateText::percent(int value, const QLocale &locale)
{
    return locale.toString(value) + percentSuffix(locale);
}

} // namespace jcr
