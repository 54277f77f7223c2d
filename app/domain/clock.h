#pragma once

#include <QDate>

namespace jcr {

/// Today's date for everything date-relative (overdue, days to the centennial, "next 90 days").
/// The environment variable JCR_TODAY=YYYY-MM-DD fixes it, for reproducible reports and tests.
QDate today();

/// The centennial of Japan–Canada diplomatic relations, the Roadmap's horizon.
inline constexpr int CentennialYear = 2028;
/// The day of the Joint Statement establishing the partnership.
QDate statementDate();
/// Days from \a from until 1 January of the centennial year (negative once it has begun).
int daysToCentennial(QDate from);

} // namespace jcr
