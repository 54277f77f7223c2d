#include "fuzzydate.h"

#include "i18n/datetext.h"

#include <QRegularExpression>

namespace jcr {

FuzzyDate::FuzzyDate(QDate date, DatePrecision precision)
    : m_date(date)
    , m_precision(precision)
{ }

FuzzyDate FuzzyDate::fromText(QStringView text)
{
    static const QRegularExpression pattern(
            QStringLiteral("^(\\d{4})(?:-(?:Q([1-4])|(\\d{2})(?:-(\\d{2}))?))?$"));
    const auto m = pattern.match(text.trimmed().toString());
    if (!m.hasMatch())
        return {};
    const int y = m.captured(1).toInt();
    if (!m.captured(2).isEmpty())
        return quarter(y, m.captured(2).toInt());
    if (m.captured(3).isEmpty())
        return year(y);
    const int mo = m.captured(3).toInt();
    if (mo < 1 || mo > 12)
        return {};
    if (m.captured(4).isEmpty())
        return month(y, mo);
    const QDate d(y, mo, m.captured(4).toInt());
    if (!d.isValid())
        return {};
    return {d, DatePrecision::Day};
}

FuzzyDate FuzzyDate::fromUserText(QStringView text, DatePrecision precision, const QLocale &locale,
                                  QDate shown)
{
    const QString typed = text.toString().simplified();
    if (typed.isEmpty())
        return {};
    const auto inRange = [](QDate d) {
        return d.isValid() && d.year() >= 1900 && d.year() <= 2199;
    };
    // The period of \a exactness containing \a d, if that is at least as exact as asked.
    const auto accept = [&](QDate d, DatePrecision exactness) -> FuzzyDate {
        if (!inRange(d) || int(exactness) > int(precision))
            return {};
        return FuzzyDate(FuzzyDate(d, precision).first(), precision);
    };
    if (const FuzzyDate canonical = fromText(typed); canonical.isValid())
        return accept(canonical.first(), canonical.precision());

    // "Q3 2027", "T3 2027" (trimestre), "2027 Q3", "2027年第3四半期".
    static const QRegularExpression quarterFirst(
            QStringLiteral("^[QT]\\s*([1-4])\\s*[ ,/-]?\\s*(\\d{4})$"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quarterLast(
            QStringLiteral("^(\\d{4})\\s*(?:[ ,/-]?\\s*[QT]|年\\s*第)\\s*([1-4])\\s*(?:四半期)?$"),
            QRegularExpression::CaseInsensitiveOption);
    if (auto m = quarterFirst.match(typed); m.hasMatch())
        return accept(QDate(m.captured(2).toInt(), (m.captured(1).toInt() - 1) * 3 + 1, 1),
                      DatePrecision::Quarter);
    if (auto m = quarterLast.match(typed); m.hasMatch())
        return accept(QDate(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1, 1),
                      DatePrecision::Quarter);

    // Written forms, most exact first; month names in the user's language or in English.
    static const QList<QPair<QString, DatePrecision>> formats {
            {QStringLiteral("d MMM yyyy"), DatePrecision::Day},
            {QStringLiteral("d MMMM yyyy"), DatePrecision::Day},
            {QStringLiteral("MMM d yyyy"), DatePrecision::Day},
            {QStringLiteral("MMMM d yyyy"), DatePrecision::Day},
            {QStringLiteral("d/M/yyyy"), DatePrecision::Day},
            {QStringLiteral("d.M.yyyy"), DatePrecision::Day},
            {QStringLiteral("yyyy/M/d"), DatePrecision::Day},
            {QStringLiteral("yyyy年M月d日"), DatePrecision::Day},
            {QStringLiteral("MMM yyyy"), DatePrecision::Month},
            {QStringLiteral("MMMM yyyy"), DatePrecision::Month},
            {QStringLiteral("M/yyyy"), DatePrecision::Month},
            {QStringLiteral("yyyy/M"), DatePrecision::Month},
            {QStringLiteral("yyyy年M月"), DatePrecision::Month},
            {QStringLiteral("yyyy年"), DatePrecision::Year},
    };
    // "15 Aug, 2027" and "Aug. 2027" read like the forms above.
    // French abbreviations keep their period ("1 déc. 2026" is what the field shows).
    QString withComma = typed;
    withComma.remove(QLatin1Char(','));
    QString plain = withComma;
    plain.replace(QStringLiteral(". "), QStringLiteral(" "));
    for (const QString &candidate : {withComma, plain}) {
        for (const QLocale &l : {locale, QLocale::c()}) {
            for (const auto &[format, exactness] : formats) {
                const QDate d = l.toDate(candidate, format);
                if (d.isValid())
                    return accept(d, exactness);
            }
        }
    }
    if (!shown.isValid())
        return {};
    // Left out: the year, or the month and the year, of the date the field shows.
    static const QRegularExpression dayOnly(QStringLiteral("^\\d{1,2}$"));
    if (precision == DatePrecision::Day && dayOnly.match(plain).hasMatch())
        return accept(QDate(shown.year(), shown.month(), plain.toInt()), DatePrecision::Day);
    static const QRegularExpression quarterOnly(
            QStringLiteral("^(?:[QT]|第)\\s*([1-4])\\s*(?:四半期)?$"),
            QRegularExpression::CaseInsensitiveOption);
    if (auto m = quarterOnly.match(plain); m.hasMatch())
        return accept(QDate(shown.year(), (m.captured(1).toInt() - 1) * 3 + 1, 1),
                      DatePrecision::Quarter);
    const QString withYear = plain + QLatin1Char(' ') + QString::number(shown.year());
    for (const QLocale &l : {locale, QLocale::c()}) {
        for (const auto &[format, exactness] : formats) {
            if (!format.endsWith(QLatin1String(" yyyy")))
                continue;
            const QDate d = l.toDate(withYear, format);
            if (d.isValid())
                return accept(d, exactness);
        }
    }
    return {};
}

QDate FuzzyDate::first() const
{
    if (!m_date.isValid())
        return {};
    switch (m_precision) {
    case DatePrecision::Day:
        return m_date;
    case DatePrecision::Month:
        return QDate(m_date.year(), m_date.month(), 1);
    case DatePrecision::Quarter:
        return QDate(m_date.year(), (m_date.month() - 1) / 3 * 3 + 1, 1);
    case DatePrecision::Year:
        return QDate(m_date.year(), 1, 1);
    }
    return m_date;
}

QDate FuzzyDate::last() const
{
    if (!m_date.isValid())
        return {};
    switch (m_precision) {
    case DatePrecision::Day:
        return m_date;
    case DatePrecision::Month:
        return first().addMonths(1).addDays(-1);
    case DatePrecision::Quarter:
        return first().addMonths(3).addDays(-1);
    case DatePrecision::Year:
        return QDate(m_date.year(), 12, 31);
    }
    return m_date;
}

QString FuzzyDate::toText() const
{
    if (!isValid())
        return {};
    const QDate f = first();
    switch (m_precision) {
    case DatePrecision::Day:
        return f.toString(Qt::ISODate);
    case DatePrecision::Month:
        return QStringLiteral("%1-%2")
                .arg(f.year(), 4, 10, QLatin1Char('0'))
                .arg(f.month(), 2, 10, QLatin1Char('0'));
    case DatePrecision::Quarter:
        return QStringLiteral("%1-Q%2")
                .arg(f.year(), 4, 10, QLatin1Char('0'))
                .arg((f.month() - 1) / 3 + 1);
    case DatePrecision::Year:
        return QString::number(f.year());
    }
    return {};
}

QString FuzzyDate::toDisplayString(const QLocale &locale) const
{
    if (!isValid())
        return {};
    const QDate f = first();
    switch (m_precision) {
    case DatePrecision::Day:
        return DateText::day(f, locale);
    case DatePrecision::Month:
        return DateText::month(f, locale);
    case DatePrecision::Quarter:
        return DateText::quarter(f.year(), (f.month() - 1) / 3 + 1, locale);
    case DatePrecision::Year:
        return DateText::year(f.year(), locale);
    }
    return {};
}

} // namespace jcr
