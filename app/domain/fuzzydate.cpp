#include "fuzzydate.h"

#include <QCoreApplication>
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
        return locale.toString(f, QStringLiteral("d MMM yyyy"));
    case DatePrecision::Month:
        return locale.toString(f, QStringLiteral("MMM yyyy"));
    case DatePrecision::Quarter:
        //: Quarter of a year, e.g. "Q3 2026"
        return QCoreApplication::translate("jcr::FuzzyDate", "Q%1 %2")
                .arg((f.month() - 1) / 3 + 1)
                .arg(f.year());
    case DatePrecision::Year:
        return QString::number(f.year());
    }
    return {};
}

} // namespace jcr
