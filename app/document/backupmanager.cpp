#include "backupmanager.h"

#include "roadmapdocument.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

namespace jcr {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("jcr::BackupManager", s);
}

const QLatin1String Suffix(".jcroadmap");

} // namespace

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
    QList<BackupInfo> out;
    const QDir dir(m_directory);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*") + Suffix}, QDir::Files);
    for (const QFileInfo &f : files)
        out.append({f.absoluteFilePath(), f.lastModified(), f.size()});
    std::sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.lastModified != b.lastModified ? a.lastModified > b.lastModified : a.path > b.path;
    });
    return out;
}

Result<QString> BackupManager::takeDailyBackup(Database &db, QDate day)
{
    const QString target = QDir(m_directory).filePath(day.toString(Qt::ISODate) + Suffix);
    if (QFileInfo::exists(target))
        return QString();
    if (!QDir().mkpath(m_directory))
        return Error {Error::Code::Other,
                      tr("The backup folder %1 cannot be created.")
                              .arg(QDir::toNativeSeparators(m_directory))};
    if (auto r = db.backupTo(target); !r)
        return r.error();
    prune();
    return target;
}

void BackupManager::prune()
{
    const QList<BackupInfo> all = backups();
    for (int i = Keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
}

Result<void> BackupManager::restore(RoadmapDocument &document, const QString &backupPath)
{
    if (document.isReadOnly())
        return Error {Error::Code::ReadOnly, document.readOnlyReason()};
    // A backup is a file like any other: it is checked as strictly as one being opened.
    auto source = Database::open(backupPath, Database::Mode::OpenReadOnly);
    if (!source)
        return Error {source.error().code,
                      tr("The backup cannot be used: %1").arg(source.errorMessage())};
    QTemporaryDir scratch;
    if (source.value()->schemaVersion() < document.database().schemaVersion()) {
        // An older backup (from before an upgrade) is upgraded in a copy, never in place.
        source.value().reset();
        if (!scratch.isValid())
            return Error {Error::Code::Other, tr("No room for a temporary copy of the backup.")};
        const QString copy = scratch.filePath(QStringLiteral("restore") + Suffix);
        if (!QFile::copy(backupPath, copy))
            return Error {Error::Code::Other, tr("The backup could not be copied.")};
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        source = Database::open(copy, Database::Mode::Open);
        if (!source)
            return Error {source.error().code,
                          tr("The backup cannot be used: %1").arg(source.errorMessage())};
    }
    if (source.value()->schemaVersion() != document.database().schemaVersion())
        return Error {Error::Code::TooNew,
                      tr("The backup was written by a newer version of the application.")};

    if (!QDir().mkpath(m_directory))
        return Error {Error::Code::Other,
                      tr("The backup folder %1 cannot be created.")
                              .arg(QDir::toNativeSeparators(m_directory))};
    const QString safety = QDir(m_directory)
                                   .filePath(QDateTime::currentDateTime().toString(
                                                     QStringLiteral("yyyy-MM-dd-HHmmss"))
                                             + QStringLiteral("-before-restore") + Suffix);
    if (auto r = document.database().backupTo(safety); !r)
        return r;
    if (auto r = document.replaceContentsWith(*source.value()); !r)
        return r;
    prune();
    return {};
}

} // namespace jcr
