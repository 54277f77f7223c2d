#pragma once

#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jcr {

class Database;
class RoadmapDocument;

/// One backup copy of a roadmap file.
struct BackupInfo
{
    QString path;
    QDateTime lastModified;
    qint64 size = 0;
};

/**
 * Daily backup copies of one roadmap file, taken with SQLite's backup API so that each is a
 * consistent, complete roadmap file even when other programs write meanwhile.
 *
 * Place: <AppDataLocation>/backups/<file stem>-<12 hex digits of the SHA-1 of the file's
 * absolute path>/YYYY-MM-DD.jcroadmap, e.g. on Linux
 * ~/.local/share/jcroadmap/jcroadmap/backups/roadmap-3f2a…/2026-11-26.jcroadmap. The first use
 * of each day makes one; the newest seven are kept.
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

    /// Existing backups, newest first.
    QList<BackupInfo> backups() const;

    /// Takes \a day's backup of \a db unless it exists already, then keeps only the newest
    /// Keep backups. Returns the new backup's path, or an empty string when there was one.
    Result<QString> takeDailyBackup(Database &db, QDate day);

    /// Checks \a backupPath like any file being opened, brings it to the document's schema in
    /// a temporary copy if it is older, takes a safety copy of the document's current content
    /// and then replaces the document's content by the backup's.
    Result<void> restore(RoadmapDocument &document, const QString &backupPath);

private:
    void prune();

    QString m_documentPath;
    QString m_directory;
};

} // namespace jcr
