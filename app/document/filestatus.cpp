#include "filestatus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace jcr {

FileIdentity FileIdentity::of(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {quint64(st.st_dev), quint64(st.st_ino)};
}

namespace {

/// The current path of the file \a opened that this process holds open (SQLite's descriptor),
/// as the kernel knows it; empty when none is open or it cannot be told. A deleted file's link
/// ends in " (deleted)".
QString openDescriptorPath(const FileIdentity &opened)
{
    const QDir fds(QStringLiteral("/proc/self/fd"));
    const QStringList entries
            = fds.entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        const QString link = fds.filePath(entry);
        if (FileIdentity::of(link) == opened)
            return QFile::symLinkTarget(link);
    }
    return {};
}

} // namespace

FileStatus FileStatus::check(const QString &path, const FileIdentity &opened)
{
    if (opened.isNull())
        return {};
    const FileIdentity now = FileIdentity::of(path);
    if (now == opened) {
        // The journal is created beside the file: without a writable folder nothing commits.
        const QString folder = QFileInfo(path).absolutePath();
        if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
            return FileStatus(Problem::FolderReadOnly);
        return {};
    }
    const QString where = openDescriptorPath(opened);
    static const QString deletedMark = QStringLiteral(" (deleted)");
    const bool gone = where.isEmpty() || where.endsWith(deletedMark);
    if (!now.isNull())
        return FileStatus(Problem::Replaced);
    if (gone)
        return FileStatus(Problem::Deleted);
    return FileStatus(Problem::Moved, where);
}

QString FileStatus::describe(const QString &path) const
{
    const QString name = QDir::toNativeSeparators(path);
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Deleted:
        return tr("The file %1 was deleted while open. What you see is still here: save a copy to "
                  "keep it.")
                .arg(name);
    case Problem::Moved:
        return tr("The file %1 was renamed or moved to %2 while open.")
                .arg(name, QDir::toNativeSeparators(m_movedTo));
    case Problem::Replaced:
        return tr("The file %1 was replaced by another file while open. What you see is the "
                  "roadmap as it was: save a copy to keep it, or reopen to see the new file.")
                .arg(name);
    case Problem::FolderReadOnly:
        return tr("The folder of %1 became read-only while open: changes cannot be saved there "
                  "until it is writable again.")
                .arg(name);
    }
    return {};
}

} // namespace jcr
