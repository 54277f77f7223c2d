#pragma once

#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jcr {

class RoadmapStore;
class RoadmapDocument;

/// One backup copy of a roadmap file.
struct BackupInfo
{
    QString path;
    QDateTime lastModified;
    qint64 size = 0;
    /// True when the planner made it: it is in the manifest and its checksum still matches.
    /// Other files in the folder are listed (a person may have put one there) but never
    /// pruned and never offered first.
    bool madeByPlanner = false;
    bool beforeRestore = false; ///< the safety copy taken before a restore
    QDateTime recordedAt; ///< when the planner made it (UTC); invalid for other files
    QString title; ///< the document title recorded with it
    int itemCount = -1; ///< items recorded with it; -1 for other files
};

/**
 * Daily backup copies of one roadmap file, taken with SQLite's backup API so that each is a
 * consistent, complete roadmap file even when other programs write meanwhile.
 *
 * Place: <AppDataLocation>/backups/<file stem>-<12 hex digits of the SHA-1 of the file's
 * absolute path>/YYYY-MM-DD.jcroadmap, e.g. on Linux
 * ~/.local/share/jcroadmap/jcroadmap/backups/roadmap-3f2a…/2026-11-26.jcroadmap. The first use
 * of each day makes one.
 *
 * Each backup the planner makes is recorded in manifest.json in that folder (file, time,
 * size, title, item count, SHA-256). Pruning keeps the newest seven daily backups by their
 * recorded time and never removes the newest backup, a before-restore copy or a file it did
 * not make (a file's modification time decides nothing). A file whose check has not passed is
 * never backed up, and a backup that would leave the disk with less than freeSpaceMargin()
 * is skipped with a notice.
 * Restoring copies a backup over the file after taking a safety copy of the current content
 * (…-before-restore.jcroadmap, kept with the others), so a restore can itself be undone.
 */
class BackupManager
{
public:
    /// Number of backups kept per roadmap file.
    static constexpr int Keep = 7;

    /// Backups of the roadmap file at \a documentPath.
    explicit BackupManager(const QString &documentPath);

    /// <AppDataLocation>/backups: where the backups of all roadmap files are kept.
    static QString rootDirectory();
    /// The folder holding this file's backups.
    QString directory() const { return m_directory; }

    /// Existing backups: the planner's newest first by recorded time, then other files.
    QList<BackupInfo> backups() const;

    /// Bytes that must stay free on the backup disk after a backup of \a fileSize bytes:
    /// the file's size again, and at least 100 MiB.
    static qint64 freeSpaceMargin(qint64 fileSize);
    /// Test hook: replaces the free space the disk reports (negative: ask the disk).
    static void setFreeSpaceForTesting(qint64 bytes);

    /// Takes \a day's backup of \a store unless the planner made one that day already, then
    /// keeps only the newest Keep daily backups. Returns the new backup's path, or an empty
    /// string when there was one (or the roadmap is not a file: a server is backed up where it
    /// runs). Fails (nothing written) when the file has not passed its check or the disk would
    /// be left too full.
    Result<QString> takeDailyBackup(RoadmapStore &store, QDate day);

    /// Checks \a backupPath like any file being opened, brings it to the document's schema in
    /// a temporary copy if it is older, takes a safety copy of the document's current content
    /// and then replaces the document's content by the backup's.
    Result<void> restore(RoadmapDocument &document, const QString &backupPath);

private:
    struct Entry;
    QList<Entry> readManifest() const;
    bool writeManifest(const QList<Entry> &entries) const;
    Result<void> record(RoadmapStore &source, const QString &path, bool beforeRestore, QDate day);
    void prune();

    QString m_documentPath;
    QString m_directory;
};

} // namespace jcr
