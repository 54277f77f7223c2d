#include "journalrecovery.h"

#include "database.h"
#include "schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

namespace jcr {

namespace {

// The first eight bytes of a rollback journal's header (SQLite's aJournalMagic).
const QByteArray JournalMagic = QByteArray::fromHex("d9d505f920a163d7");
// SQLite's lock bytes in the database file (os_unix.c).
constexpr off_t PendingByte = 0x40000000;
constexpr off_t ReservedByte = PendingByte + 1;

quint32 be32(const QByteArray &bytes, qsizetype offset)
{
    if (offset + 4 > bytes.size())
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

QString journalOf(const QString &path)
{
    return path + QStringLiteral("-journal");
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// True when another process holds a write lock on \a start .. start+length-1 of \a path.
bool lockedByOther(const QString &path, off_t start, off_t length)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock lock
    {
    };
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = start;
    lock.l_len = length;
    const bool held = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    // Closing an fd drops this process's POSIX locks on the file: only ever a file this
    // process has not opened through SQLite (recovery runs before SQLite opens it).
    ::close(fd);
    return held;
}

QByteArray sha1Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(&f);
    return h.result();
}

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

/// Why the journal cannot belong to the file, or an empty string when it may.
QString foreignJournalReason(const QString &path, const QString &journal)
{
    QFile db(path);
    QFile j(journal);
    if (!db.open(QIODevice::ReadOnly) || !j.open(QIODevice::ReadOnly))
        return JournalRecovery::tr("it cannot be read");
    const QByteArray header = db.read(100);
    const QByteArray jHeader = j.read(28);
    quint32 pageSize = (quint32(uchar(header.at(16))) << 8) | uchar(header.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 jPageSize = be32(jHeader, 24);
    const quint32 sectorSize = be32(jHeader, 20);
    if (jPageSize != pageSize)
        return JournalRecovery::tr("its page size (%1) is not the file's (%2)")
                .arg(jPageSize)
                .arg(pageSize);
    if (sectorSize < 32 || sectorSize > 65536 || (sectorSize & (sectorSize - 1)) != 0)
        return JournalRecovery::tr("its header is damaged");
    // Page 1 as it was before the interrupted commit: the file's change counter is that one's,
    // or one more if the commit had written page 1 already. Another file copied into place
    // has its own.
    const qint64 recordSize = qint64(jPageSize) + 8;
    for (qint64 offset = sectorSize; offset + recordSize <= j.size(); offset += recordSize) {
        if (!j.seek(offset))
            break;
        const QByteArray record = j.read(recordSize);
        if (record.size() != recordSize)
            break;
        const quint32 page = be32(record, 0);
        if (page == 0)
            break;
        if (page != 1)
            continue;
        const QByteArray before = record.mid(4, 100);
        if (!before.startsWith(QByteArrayLiteral("SQLite format 3")))
            return JournalRecovery::tr("its copy of the first page is not of an SQLite file");
        if (be32(before, 68) != quint32(schema::ApplicationId))
            return JournalRecovery::tr("it was written for a file of another application");
        const quint32 was = be32(before, 24);
        const quint32 now = be32(header, 24);
        if (now != was && now != was + 1)
            return JournalRecovery::tr("it was written for another version of the file (change "
                                       "counter %1, the file's is %2)")
                    .arg(was)
                    .arg(now);
        break;
    }
    return {};
}

} // namespace

JournalRecovery::State JournalRecovery::inspect(const QString &path)
{
    QFile journal(journalOf(path));
    if (!journal.exists() || journal.size() == 0)
        return State::None;
    if (!journal.open(QIODevice::ReadOnly))
        return State::None;
    // A zeroed header marks a finished transaction (journal_mode PERSIST): nothing to undo.
    if (journal.read(8) != JournalMagic)
        return State::None;
    journal.close();
    // A program holding RESERVED or PENDING is in its transaction now: its journal is alive.
    if (lockedByOther(path, PendingByte, 2))
        return State::Live;
    return State::Hot;
}

Result<QString> JournalRecovery::recover(const QString &path)
{
    const QFileInfo info(path);
    const QString journal = journalOf(info.absoluteFilePath());
    const QString what = tr("%1 has an unfinished change left by a program that stopped while "
                            "writing it (%2).")
                                 .arg(shown(path), shown(QFileInfo(journal).fileName()));
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()
        || !QFileInfo(journal).isWritable())
        return Error {Error::Code::ReadOnly,
                      tr("%1 It must be undone before the file can be read, and the %2 is "
                         "read-only here. Open it with jcroadmap where the file and its folder "
                         "can be written (or make them writable), or use a backup.")
                              .arg(what, !info.isWritable() ? tr("file") : tr("folder"))};
    if (const QString reason = foreignJournalReason(info.absoluteFilePath(), journal);
        !reason.isEmpty())
        return Error {Error::Code::Damaged,
                      tr("%1 That journal does not belong to the file: %2. Neither file was "
                         "changed. Move %3 away to open the file as it is, or restore a backup.")
                              .arg(what, reason, shown(journal))};

    // The rollback happens on copies in a private folder beside the file: same file system,
    // so the verified result can replace the file by a rename.
    QTemporaryDir scratch(info.absolutePath() + QStringLiteral("/.jcroadmap-recovery-XXXXXX"));
    if (!scratch.isValid())
        return Error {Error::Code::Other,
                      tr("%1 There is no room beside it to undo it safely; nothing was changed.")
                              .arg(what)};
    const QString copy = scratch.filePath(QStringLiteral("recovering.jcroadmap"));
    const QByteArray fileHash = sha1Of(info.absoluteFilePath());
    const QByteArray journalHash = sha1Of(journal);
    if (!QFile::copy(info.absoluteFilePath(), copy) || !QFile::copy(journal, journalOf(copy)))
        return Error {
                Error::Code::Other,
                tr("%1 It could not be copied to undo it safely; nothing was changed.").arg(what)};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(journalOf(copy), QFile::ReadOwner | QFile::WriteOwner);

    // The first read of a writable connection rolls the hot journal back.
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(copy).constData(), &db, SQLITE_OPEN_READWRITE,
                             nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        rc = sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    }
    const QString rollbackError = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    if (rc != SQLITE_OK || QFileInfo::exists(journalOf(copy)))
        return Error {Error::Code::Damaged,
                      tr("%1 Undoing it failed (%2); neither file was changed. Move %3 away to "
                         "open the file as it is, or restore a backup.")
                              .arg(what, rollbackError, shown(journal))};

    // The result must be a sound roadmap: header, schema, pages, every rule.
    {
        auto checked = Database::open(copy, Database::Mode::OpenReadOnly);
        QStringList problems;
        if (!checked)
            problems << checked.errorMessage();
        else
            problems << checked.value()->damage(Database::Thoroughness::Full);
        if (!problems.isEmpty())
            return Error {Error::Code::Damaged,
                          tr("%1 Undoing it would not leave a sound roadmap (%2), so the journal "
                             "probably belongs to another file; neither file was changed. Move "
                             "%3 away to open the file as it is, or restore a backup.")
                                  .arg(what, problems.join(QStringLiteral("; ")), shown(journal))};
    }

    // Nobody may have touched the originals meanwhile.
    if (sha1Of(info.absoluteFilePath()) != fileHash || sha1Of(journal) != journalHash
        || inspect(info.absoluteFilePath()) != State::Hot)
        return Error {Error::Code::Busy,
                      tr("%1 Another program changed it while it was being undone; nothing was "
                         "changed. Try again.")
                              .arg(what)};

    // The originals of the latest recovery are kept aside (".journal", not "-journal": SQLite
    // must never take it for the journal of the kept copy), then the verified result takes the
    // file's place.
    const QString keptFile = info.absoluteFilePath() + QStringLiteral(".before-recovery");
    const QString keptJournal = keptFile + QStringLiteral(".journal");
    QFile::remove(keptFile);
    QFile::remove(keptJournal);
    if (!QFile::copy(info.absoluteFilePath(), keptFile) || !QFile::copy(journal, keptJournal)) {
        QFile::remove(keptFile);
        QFile::remove(keptJournal);
        return Error {Error::Code::Other,
                      tr("%1 There is no room beside it to keep the originals; nothing was "
                         "changed.")
                              .arg(what)};
    }
    QFile::setPermissions(copy, info.permissions());
    if (!syncFile(copy)
        || ::rename(QFile::encodeName(copy).constData(),
                    QFile::encodeName(info.absoluteFilePath()).constData())
                != 0) {
        QFile::remove(keptFile);
        QFile::remove(keptJournal);
        return Error {Error::Code::Other,
                      tr("%1 The repaired file could not take its place; nothing was changed.")
                              .arg(what)};
    }
    // Rolling the same journal back again would write the same pages: removing it second is
    // safe even if this process stops in between.
    QFile::remove(journal);
    syncFile(info.absolutePath());
    return tr("An unfinished change left by a program that stopped while writing was undone; "
              "the file and the journal as they were are kept as %1 and %2.")
            .arg(shown(QFileInfo(keptFile).fileName()), shown(QFileInfo(keptJournal).fileName()));
}

} // namespace jcr
