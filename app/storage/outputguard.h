#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace jcr {

/**
 * The one gate every writer of an output file goes through (reports, timeline images, Save a
 * Copy As, and any later export): an output must never replace its input, a roadmap or any
 * other SQLite database, nor a journal beside one.
 *
 * Paths are compared resolved (symbolic links, "..") and by device and inode (hard links,
 * bind mounts); the target's first bytes are read to recognise an SQLite file whatever its
 * name. A refusal is one line for the user.
 */
class OutputGuard
{
    Q_DECLARE_TR_FUNCTIONS(jcr::OutputGuard)

public:
    /// Fails when writing \a target would replace one of \a inputs, an SQLite file or the
    /// journal of one, or when \a target is a folder.
    static Result<void> check(const QString &target, const QStringList &inputs = {});

    /// check(), then writes \a bytes to \a target: a regular file through a temporary file and
    /// a rename (complete or not at all), a device or pipe (e.g. /dev/stdout) directly. Every
    /// write is checked, so a full disk is an error, never a truncated file reported as written.
    static Result<void> writeFile(const QString &target, const QByteArray &bytes,
                                  const QStringList &inputs = {});
};

} // namespace jcr
