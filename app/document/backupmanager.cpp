#include "backupmanager.h"

#include "roadmapdocument.h"
#include "storage/roadmapstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::BackupManager)
};

const QLatin1String Suffix(".jcroadmap");
const QLatin1String ManifestName("manifest.json");
qint64 testFreeSpace = -1;

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace

/// One line of the manifest.
struct BackupManager::Entry
{
    QString file; ///< name within the backup folder
    QDateTime recordedAt;
    qint64 sequence = 0; ///< orders backups recorded within the same millisecond
    qint64 size = 0;
    int itemCount = 0;
    QString title;
    QByteArray sha256;
    bool beforeRestore = false;
    QDate day; ///< the day of a daily backup
};

QList<BackupManager::Entry> BackupManager::readManifest() const
{
    QList<Entry> out;
    QFile f(QDir(m_directory).filePath(ManifestName));
    // A manifest is small; anything else there is not ours to trust.
    if (!f.open(QIODevice::ReadOnly) || f.size() > 4 * 1024 * 1024)
        return out;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    for (const QJsonValue &v : root.value(QStringLiteral("backups")).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.file = o.value(QStringLiteral("file")).toString();
        // Only plain names inside the folder: a manifest entry can never point elsewhere.
        if (e.file.isEmpty() || e.file.contains(QLatin1Char('/'))
            || e.file.contains(QLatin1Char('\\')) || e.file.startsWith(QLatin1Char('.')))
            continue;
        e.recordedAt = QDateTime::fromString(o.value(QStringLiteral("recorded")).toString(),
                                             Qt::ISODateWithMs);
        e.sequence = qint64(o.value(QStringLiteral("sequence")).toDouble());
        e.size = qint64(o.value(QStringLiteral("size")).toDouble());
        e.itemCount = o.value(QStringLiteral("items")).toInt();
        e.title = o.value(QStringLiteral("title")).toString().left(500);
        e.sha256 = o.value(QStringLiteral("sha256")).toString().toLatin1();
        e.beforeRestore
                = o.value(QStringLiteral("kind")).toString() == QLatin1String("before-restore");
        e.day = QDate::fromString(o.value(QStringLiteral("day")).toString(), Qt::ISODate);
        if (e.recordedAt.isValid())
            out.append(e);
    }
    return out;
}

bool BackupManager::writeManifest(const QList<Entry> &entries) const
{
    QJsonArray list;
    for (const Entry &e : entries) {
        QJsonObject o {
                {QStringLiteral("file"), e.file},
                {QStringLiteral("recorded"), e.recordedAt.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("sequence"), double(e.sequence)},
                {QStringLiteral("size"), double(e.size)},
                {QStringLiteral("items"), e.itemCount},
                {QStringLiteral("title"), e.title},
                {QStringLiteral("sha256"), QString::fromLatin1(e.sha256)},
                {QStringLiteral("kind"),
                 e.beforeRestore ? QStringLiteral("before-restore") : QStringLiteral("daily")},
        };
        if (e.day.isValid())
            o.insert(QStringLiteral("day"), e.day.toString(Qt::ISODate));
        list.append(o);
    }
    const QJsonObject root {{QStringLiteral("format"), 1},
                            {QStringLiteral("document"), m_documentPath},
                            {QStringLiteral("backups"), list}};
    QSaveFile f(QDir(m_directory).filePath(ManifestName));
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

Result<void> BackupManager::record(RoadmapStore &source, const QString &path, bool beforeRestore,
                                   QDate day)
{
    QList<Entry> entries = readManifest();
    Entry e;
    e.file = QFileInfo(path).fileName();
    e.recordedAt = QDateTime::currentDateTimeUtc();
    for (const Entry &other : std::as_const(entries))
        e.sequence = std::max(e.sequence, other.sequence + 1);
    e.size = QFileInfo(path).size();
    if (auto summary = source.titleAndItemCount()) {
        e.title = summary->first.left(500);
        e.itemCount = summary->second;
    }
    e.sha256 = sha256Of(path);
    e.beforeRestore = beforeRestore;
    e.day = day;
    entries.removeIf([&](const Entry &old) { return old.file == e.file; });
    entries.append(e);
    if (!writeManifest(entries))
        return Error {Error::Code::Other,
                      Tr::tr("The list of backups in %1 could not be written.")
                              .arg(QDir::toNativeSeparators(m_directory))};
    return {};
}

qint64 BackupManager::freeSpaceMargin(qint64 fileSize)
{
    return std::max<qint64>(fileSize, 100LL * 1024 * 1024);
}

void BackupManager::setFreeSpaceForTesting(qint64 bytes)
{
    testFreeSpace = bytes;
}

BackupManager::BackupManager(const QString &documentPath)
    : m_documentPath(QFileInfo(documentPath).absoluteFilePath())
{
    // The hash tells apart files of the same name in different folders; the stem keeps the
    // folder recognisable for a person looking for a backup by hand.
    const QByteArray hash
            = QCryptographicHash::hash(QFile::encodeName(m_documentPath), QCryptographicHash::Sha1)
                      .toHex()
                      .left(12);
    const QString name = QFileInfo(m_documentPath).completeBaseName() + QLatin1Char('-')
            + QString::fromLatin1(hash);
    m_directory = QDir(rootDirectory()).filePath(name);
}

QString BackupManager::rootDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("backups"));
}

QList<BackupInfo> BackupManager::backups() const
{
    QList<BackupInfo> planner;
    QList<BackupInfo> others;
    QList<Entry> entries = readManifest();
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.recordedAt != b.recordedAt ? a.recordedAt > b.recordedAt : a.sequence > b.sequence;
    });
    QHash<QString, const Entry *> byFile;
    for (const Entry &e : std::as_const(entries)) {
        if (!byFile.contains(e.file))
            byFile.insert(e.file, &e);
    }
    const QDir dir(m_directory);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*") + Suffix}, QDir::Files);
    for (const QFileInfo &f : files) {
        BackupInfo info;
        info.path = f.absoluteFilePath();
        info.lastModified = f.lastModified();
        info.size = f.size();
        const Entry *e = byFile.value(f.fileName());
        // Recorded, and still the bytes that were recorded: a file replaced since is not ours.
        if (e && e->size == f.size() && e->sha256 == sha256Of(f.absoluteFilePath())) {
            info.madeByPlanner = true;
            info.beforeRestore = e->beforeRestore;
            info.recordedAt = e->recordedAt;
            info.title = e->title;
            info.itemCount = e->itemCount;
            planner.append(info);
        } else {
            others.append(info);
        }
    }
    std::sort(planner.begin(), planner.end(), [&](const BackupInfo &a, const BackupInfo &b) {
        const Entry *ea = byFile.value(QFileInfo(a.path).fileName());
        const Entry *eb = byFile.value(QFileInfo(b.path).fileName());
        return ea->recordedAt != eb->recordedAt ? ea->recordedAt > eb->recordedAt
                                                : ea->sequence > eb->sequence;
    });
    std::sort(others.begin(), others.end(),
              [](const BackupInfo &a, const BackupInfo &b) { return a.path < b.path; });
    return planner + others;
}

Result<QString> BackupManager::takeDailyBackup(RoadmapStore &db, QDate day)
{
    // Only files are backed up here; a server's database is backed up where it runs.
    if (!db.isLocalFile())
        return QString();
    for (const Entry &e : readManifest()) {
        if (!e.beforeRestore && e.day == day
            && QFileInfo::exists(QDir(m_directory).filePath(e.file)))
            return QString();
    }
    if (db.isAwaitingCheck())
        return Error {
                Error::Code::Other,
                Tr::tr("The file has not passed its check yet; it is backed up once it has.")};
    if (!QDir().mkpath(m_directory))
        return Error {Error::Code::Other,
                      Tr::tr("The backup folder %1 cannot be created.")
                              .arg(QDir::toNativeSeparators(m_directory))};
    const qint64 size = QFileInfo(db.location()).size();
    const qint64 available
            = testFreeSpace >= 0 ? testFreeSpace : QStorageInfo(m_directory).bytesAvailable();
    if (available >= 0 && available - size < freeSpaceMargin(size))
        return Error {Error::Code::Other,
                      Tr::tr("The daily backup was skipped: the disk of %1 has %2 MiB free, and a "
                             "backup of %3 MiB must leave at least %4 MiB.")
                              .arg(QDir::toNativeSeparators(m_directory))
                              .arg(available / (1024 * 1024))
                              .arg((size + 1024 * 1024 - 1) / (1024 * 1024))
                              .arg(freeSpaceMargin(size) / (1024 * 1024))};
    // Today's name may be taken by a file the planner did not make: never replaced.
    QString target = QDir(m_directory).filePath(day.toString(Qt::ISODate) + Suffix);
    if (QFileInfo::exists(target))
        target = QDir(m_directory)
                         .filePath(day.toString(Qt::ISODate) + QLatin1Char('-')
                                   + QDateTime::currentDateTimeUtc().toString(
                                           QStringLiteral("HHmmsszzz"))
                                   + Suffix);
    if (auto r = db.backupTo(target); !r)
        return r.error();
    if (auto r = record(db, target, false, day); !r)
        return r.error();
    prune();
    return target;
}

void BackupManager::prune()
{
    // Only the planner's own daily backups, by their recorded time; the newest backup of all
    // and every before-restore copy stay.
    const QList<BackupInfo> all = backups();
    int daily = 0;
    bool newest = true;
    QSet<QString> removed;
    for (const BackupInfo &b : all) {
        if (!b.madeByPlanner)
            continue;
        const bool keepNewest = newest;
        newest = false;
        if (b.beforeRestore || keepNewest) {
            daily += b.beforeRestore ? 0 : 1;
            continue;
        }
        if (++daily > Keep && QFile::remove(b.path))
            removed.insert(QFileInfo(b.path).fileName());
    }
    if (removed.isEmpty())
        return;
    QList<Entry> entries = readManifest();
    entries.removeIf([&](const Entry &e) { return removed.contains(e.file); });
    writeManifest(entries);
}

Result<void> BackupManager::restore(RoadmapDocument &document, const QString &backupPath)
{
    if (document.isReadOnly())
        return Error {Error::Code::ReadOnly, document.readOnlyReason()};
    // A backup is a file like any other: it is checked as strictly as one being opened.
    auto source = openStore(backupPath, OpenMode::OpenReadOnly);
    if (!source)
        return Error {source.error().code,
                      Tr::tr("The backup cannot be used: %1").arg(source.errorMessage())};
    QTemporaryDir scratch;
    if (source.value()->schemaVersion() < document.store().schemaVersion()) {
        // An older backup (from before an upgrade) is upgraded in a copy, never in place.
        source.value().reset();
        if (!scratch.isValid())
            return Error {Error::Code::Other,
                          Tr::tr("No room for a temporary copy of the backup.")};
        const QString copy = scratch.filePath(QStringLiteral("restore") + Suffix);
        if (!QFile::copy(backupPath, copy))
            return Error {Error::Code::Other, Tr::tr("The backup could not be copied.")};
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        source = openStore(copy, OpenMode::Open);
        if (!source)
            return Error {source.error().code,
                          Tr::tr("The backup cannot be used: %1").arg(source.errorMessage())};
    }
    // Every page and every rule, whatever the backup's size (opening defers these above
    // 4 MiB): a restore writes the backup's content into the document.
    if (const QStringList damage = source.value()->damage(Thoroughness::Full); !damage.isEmpty())
        return Error {
                Error::Code::Damaged,
                Tr::tr("The backup cannot be used: %1").arg(damage.join(QStringLiteral("; ")))};
    if (source.value()->schemaVersion() != document.store().schemaVersion())
        return Error {Error::Code::TooNew,
                      Tr::tr("The backup was written by a newer version of the application.")};

    if (!QDir().mkpath(m_directory))
        return Error {Error::Code::Other,
                      Tr::tr("The backup folder %1 cannot be created.")
                              .arg(QDir::toNativeSeparators(m_directory))};
    const QString safety = QDir(m_directory)
                                   .filePath(QDateTime::currentDateTime().toString(
                                                     QStringLiteral("yyyy-MM-dd-HHmmss"))
                                             + QStringLiteral("-before-restore") + Suffix);
    if (auto r = document.store().backupTo(safety); !r)
        return r;
    if (auto r = record(document.store(), safety, true, QDate()); !r)
        return r;
    if (auto r = document.replaceContentsWith(*source.value()); !r)
        return r;
    prune();
    return {};
}

} // namespace jcr
