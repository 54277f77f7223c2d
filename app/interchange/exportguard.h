#pragma once

#include "domain/result.h"

#include <QCoreApplication>

namespace jcr {

/**
 * (Until the core's output guard of the integrity issue is on main, exports use this one.)
 * The rule every export obeys before writing: the output is never the roadmap it comes from
 * (by name, symbolic link or hard link) and never an existing SQLite file — a roadmap, a
 * backup or anyone's database.
 */
class ExportGuard
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ExportGuard)

public:
    /// Ok when \a output may be written while exporting \a input.
    static Result<void> check(const QString &output, const QString &input);
    /// True when the file at \a path begins with SQLite's header.
    static bool isSqliteFile(const QString &path);
};

} // namespace jcr
