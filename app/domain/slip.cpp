#include "slip.h"

namespace jcr {

int Slip::precisionRank(DatePrecision p)
{
    switch (p) {
    case DatePrecision::Day:
        return 0;
    case DatePrecision::Month:
        return 1;
    case DatePrecision::Quarter:
        return 2;
    case DatePrecision::Year:
        return 3;
    }
    return 0;
}

DatePrecision Slip::coarser(DatePrecision a, DatePrecision b)
{
    return precisionRank(a) >= precisionRank(b) ? a : b;
}

qint64 Slip::periodIndex(QDate date, DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return date.toJulianDay();
    case DatePrecision::Month:
        return qint64(date.year()) * 12 + (date.month() - 1);
    case DatePrecision::Quarter:
        return qint64(date.year()) * 4 + (date.month() - 1) / 3;
    case DatePrecision::Year:
        return date.year();
    }
    return 0;
}

Slip Slip::between(const FuzzyDate &then, const FuzzyDate &now)
{
    Slip s;
    if (!then.isValid() && !now.isValid())
        return s;
    if (!then.isValid()) {
        s.kind = Kind::Dated;
        s.unit = now.precision();
        return s;
    }
    if (!now.isValid()) {
        s.kind = Kind::DateRemoved;
        s.unit = then.precision();
        return s;
    }
    s.kind = Kind::Compared;
    s.unit = coarser(then.precision(), now.precision());
    // first(): any day of a period lies in the same coarser period, so the start is as good as
    // any and does not depend on which day the file happens to store.
    s.periods = int(periodIndex(now.first(), s.unit) - periodIndex(then.first(), s.unit));
    return s;
}

QString Slip::shortText() const
{
    switch (kind) {
    case Kind::Undated:
        return {};
    case Kind::Dated:
        return tr("new date");
    case Kind::DateRemoved:
        return tr("no date");
    case Kind::Compared:
        break;
    }
    if (periods == 0)
        return QStringLiteral("0");
    const int n = periods > 0 ? periods : -periods;
    QString amount;
    switch (unit) {
    case DatePrecision::Day:
        amount = tr("%n day(s)", nullptr, n);
        break;
    case DatePrecision::Month:
        amount = tr("%n month(s)", nullptr, n);
        break;
    case DatePrecision::Quarter:
        amount = tr("%n quarter(s)", nullptr, n);
        break;
    case DatePrecision::Year:
        amount = tr("%n year(s)", nullptr, n);
        break;
    }
    // U+2212 MINUS SIGN reads better than a hyphen in front of a number.
    return (periods > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + amount;
}

QString Slip::text() const
{
    switch (kind) {
    case Kind::Undated:
        return tr("undated");
    case Kind::Dated:
        return tr("newly dated");
    case Kind::DateRemoved:
        return tr("date removed");
    case Kind::Compared:
        break;
    }
    if (periods == 0)
        return tr("unchanged");
    const int n = periods > 0 ? periods : -periods;
    switch (unit) {
    case DatePrecision::Day:
        return periods > 0 ? tr("%n day(s) later", nullptr, n)
                           : tr("%n day(s) earlier", nullptr, n);
    case DatePrecision::Month:
        return periods > 0 ? tr("%n month(s) later", nullptr, n)
                           : tr("%n month(s) earlier", nullptr, n);
    case DatePrecision::Quarter:
        return periods > 0 ? tr("%n quarter(s) later", nullptr, n)
                           : tr("%n quarter(s) earlier", nullptr, n);
    case DatePrecision::Year:
        return periods > 0 ? tr("%n year(s) later", nullptr, n)
                           : tr("%n year(s) earlier", nullptr, n);
    }
    return {};
}

} // namespace jcr
