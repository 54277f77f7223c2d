#include "clock.h"

#include <QByteArray>
#include <QtGlobal>

namespace jcr {

QDate today()
{
    const QByteArray fixed = qgetenv("JCR_TODAY");
    if (!fixed.isEmpty()) {
        const QDate d = QDate::fromString(QString::fromLatin1(fixed), Qt::ISODate);
        if (d.isValid())
            return d;
    }
    return QDate::currentDate();
}

QDate statementDate()
{
    return QDate(2026, 3, 6);
}

int daysToCentennial(QDate from)
{
    return int(from.daysTo(QDate(CentennialYear, 1, 1)));
}

} // namespace jcr
