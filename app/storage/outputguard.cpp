#include "outputguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>

namespace jcr {

namespace {

struct FileId
{
    bool exists = false;
    bool regular = false;
    bool directory = false;
    dev_t device = 0;
    ino_t inode = 0;
};

FileId identify(const QString &path)
{
    FileId id;
    struct stat st
    {
    };
    // stat() follows symbolic links: a link to a roadmap is the roadmap.
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return id;
    id.exists = true;
    id.regular = S_ISREG(st.st_mode);
    id.directory = S_ISDIR(st.st_mode);
    id.device = st.st_dev;
    id.inode = st.st_ino;
    return id;
}

bool startsLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<void> OutputGuard::check(const QString &target, const QStringList &inputs)
{
    if (target.isEmpty())
        return Error {Error::Code::Invalid, tr("No output file was given.")};
    const FileId out = identify(target);
    const QString resolved = out.exists ? QFileInfo(target).canonicalFilePath()
                                        : QFileInfo(target).absoluteFilePath();
    for (const QString &input : inputs) {
        const FileId in = identify(input);
        const bool samePath = in.exists && QFileInfo(input).canonicalFilePath() == resolved;
        const bool sameFile
                = in.exists && out.exists && in.device == out.device && in.inode == out.inode;
        if (samePath || sameFile)
            return Error {Error::Code::Invalid,
                          tr("%1 is the input file; it was not overwritten. Choose another "
                             "output file.")
                                  .arg(shown(target))};
    }
    if (out.directory)
        return Error {Error::Code::Invalid, tr("%1 is a folder, not a file.").arg(shown(target))};
    // SQLite keeps uncommitted and committed changes in these files beside a database:
    // replacing one damages the database even if it is not SQLite itself.
    for (const char *suffix : {"-journal", "-wal", "-shm"}) {
        const QString s = QLatin1String(suffix);
        if (resolved.endsWith(s) && QFileInfo::exists(resolved.chopped(s.size())))
            return Error {Error::Code::Invalid,
                          tr("%1 belongs to the database beside it; it was not overwritten.")
                                  .arg(shown(target))};
    }
    if (out.regular && startsLikeSqlite(target))
        return Error {Error::Code::Invalid,
                      tr("%1 is a roadmap or another SQLite database; it was not overwritten. "
                         "Choose another output file.")
                              .arg(shown(target))};
    return {};
}

Result<void> OutputGuard::writeFile(const QString &target, const QByteArray &bytes,
                                    const QStringList &inputs)
{
    if (auto r = check(target, inputs); !r)
        return r;
    const FileId out = identify(target);
    const auto failure = [&](QString reason) {
        // Qt has no words for some errors (EFBIG from a file-size limit): the system has.
        const int code = errno;
        if (reason.isEmpty() || reason == QLatin1String("Unknown error"))
            reason = QString::fromLocal8Bit(std::strerror(code));
        return Error {Error::Code::Other, tr("Could not write %1: %2").arg(shown(target), reason)};
    };
    if (out.exists && !out.regular) {
        // A device or a pipe (/dev/stdout, /dev/full): there is nothing to rename over, and a
        // temporary file beside it would be created in /dev. Written directly, every byte
        // checked.
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return failure(file.errorString());
        qint64 done = 0;
        while (done < bytes.size()) {
            const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
            if (n <= 0)
                return failure(file.errorString());
            done += n;
        }
        if (!file.flush())
            return failure(file.errorString());
        file.close();
        if (file.error() != QFileDevice::NoError)
            return failure(file.errorString());
        return {};
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(reason);
    }
    // Checked again just before the rename: the target may have changed while rendering.
    if (auto r = check(target, inputs); !r) {
        file.cancelWriting();
        return r;
    }
    if (!file.commit())
        return failure(file.errorString());
    return {};
}

} // namespace jcr
