#include "exportguard.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace jcr {

bool ExportGuard::isSqliteFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

Result<void> ExportGuard::check(const QString &output, const QString &input)
{
    const QFileInfo out(output);
    if (output.isEmpty() || out.isDir())
        return Error {Error::Code::Invalid, tr("“%1” is a folder, not a file name.").arg(output)};
    if (!out.exists())
        return {};
    const QFileInfo in(input);
    bool same
            = !input.isEmpty() && in.exists() && out.canonicalFilePath() == in.canonicalFilePath();
    struct stat a, b;
    if (!same && !input.isEmpty() && ::stat(QFile::encodeName(output).constData(), &a) == 0
        && ::stat(QFile::encodeName(input).constData(), &b) == 0)
        same = a.st_dev == b.st_dev && a.st_ino == b.st_ino;
    if (same)
        return Error {Error::Code::Invalid,
                      tr("“%1” is the roadmap being exported; it was not overwritten. Choose "
                         "another file name.")
                              .arg(output)};
    if (isSqliteFile(output))
        return Error {Error::Code::Invalid,
                      tr("“%1” is an SQLite database (a roadmap or a backup); it was not "
                         "overwritten. Choose another file name.")
                              .arg(output)};
    return {};
}

} // namespace jcr
