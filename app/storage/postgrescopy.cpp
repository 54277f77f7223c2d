// Copies between a team roadmap and a roadmap file, whole and with history: `jcroadmap publish`
// (file to server), `jcroadmap copy` and File ▸ Save a Copy As (server to file). The two
// schemas have the same tables and columns (see postgresschema.cpp), so rows go across as
// they are; only the server's audit column (change_log.login) has no place in a file.

#include "postgresstore.h"

#include "database.h"
#include "postgresschema.h"
#include "sqlitestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::PostgresStore)
};

/// A table's columns in a roadmap file.
QStringList fileColumns(Database &file, const QString &table)
{
    QStringList columns;
    QSqlQuery q(file.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid")
                       .arg(table))) {
        while (q.next())
            columns << q.value(0).toString();
    }
    return columns;
}

QString marks(int count)
{
    return QStringLiteral("?, ").repeated(count).chopped(2);
}

/// A date from the server goes to a file as the file writes it ("2026-03-06").
QVariant forFile(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDate)
        return value.isNull() ? QVariant(QMetaType(QMetaType::QString))
                              : QVariant(value.toDate().toString(Qt::ISODate));
    return value;
}

} // namespace

Result<void> PostgresStore::copyFrom(RoadmapStore &source)
{
    if (auto r = writable(); !r)
        return r;
    // A copy runs from the command line or behind a progress bar, for as long as it takes.
    const QueryDeadline::Scope unlimited(*m_deadline, 0);
    auto *file = dynamic_cast<SqliteStore *>(&source);
    if (!file)
        return Error {Error::Code::Other,
                      Tr::tr("%1 is not a roadmap file; a team roadmap is published from a file.")
                              .arg(source.location())};
    Database &from = file->database();
    if (from.schemaVersion() != m_schemaVersion)
        return Error {Error::Code::Invalid,
                      Tr::tr("The file has schema %1 and the server schema %2: open the file "
                             "for editing once, which upgrades it, then publish it.")
                              .arg(from.schemaVersion())
                              .arg(m_schemaVersion)};
    const bool own = !m_inWrite;
    if (own) {
        if (auto r = beginWrite(); !r)
            return r;
    }
    const auto fail = [&](const Error &e) -> Result<void> {
        if (own)
            rollback();
        return e;
    };
    // The history is copied, not recorded again: the triggers stand aside (jcr_copying()).
    if (auto r = exec(QStringLiteral("SET LOCAL jcr.copying = 'on'"),
                      Tr::tr("The roadmap could not be copied"));
        !r)
        return fail(r.error());
    // The editors given to each area are the server's own, not the file's: kept by area number
    // across a replacement.
    if (auto r = exec(QStringLiteral("DROP TABLE IF EXISTS pg_temp.jcr_kept_editors; CREATE TEMP "
                                     "TABLE jcr_kept_editors ON COMMIT DROP AS SELECT "
                                     "a.number, e.editor_role FROM area_editor e JOIN "
                                     "priority_area a ON a.id = e.area_id"),
                      Tr::tr("The roadmap could not be copied"));
        !r)
        return fail(r.error());
    const QStringList tables = pgschema::tables();
    for (auto t = tables.crbegin(); t != tables.crend(); ++t) {
        if (auto r = exec(QStringLiteral("DELETE FROM %1").arg(*t),
                          Tr::tr("The roadmap could not be copied"));
            !r)
            return fail(r.error());
    }
    // The file is read in one read transaction: a consistent copy even while someone edits it.
    if (auto r = from.exec(QStringLiteral("BEGIN")); !r)
        return fail(r.error());
    struct EndRead
    {
        Database &db;
        ~EndRead() { (void)db.exec(QStringLiteral("COMMIT")); }
    } endRead {from};
    for (const QString &table : tables) {
        const QStringList columns = fileColumns(from, table);
        if (columns.isEmpty())
            return fail({Error::Code::Invalid, Tr::tr("The file has no table %1.").arg(table)});
        QSqlQuery read(from.connection());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2")
                               .arg(columns.join(QStringLiteral(", ")), table)))
            return fail(
                    Database::errorFrom(read.lastError(), Tr::tr("The file could not be read")));
        QSqlQuery write = query(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                        .arg(table, columns.join(QStringLiteral(", ")),
                                             marks(int(columns.size()))));
        while (read.next()) {
            for (int c = 0; c < columns.size(); ++c)
                write.addBindValue(read.value(c));
            if (auto r = run(write, Tr::tr("The table %1 could not be copied").arg(table)); !r)
                return fail(r.error());
        }
    }
    if (auto r = syncIds(); !r)
        return fail(r.error());
    if (auto r = exec(QStringLiteral("INSERT INTO area_editor (area_id, editor_role) SELECT a.id, "
                                     "k.editor_role FROM jcr_kept_editors k JOIN priority_area a "
                                     "ON a.number = k.number"),
                      Tr::tr("The roadmap could not be copied"));
        !r)
        return fail(r.error());
    // The triggers stood aside: the copy moves the change counter and wakes the others once.
    if (auto r = exec(QStringLiteral("UPDATE roadmap_meta SET change_counter = change_counter + 1 "
                                     "WHERE id = 1; SELECT pg_notify('jcroadmap_changed', '')"),
                      Tr::tr("The roadmap could not be copied"));
        !r)
        return fail(r.error());
    if (own)
        return commit();
    return {};
}

Result<void> PostgresStore::backupTo(const QString &targetPath)
{
    const QueryDeadline::Scope unlimited(*m_deadline, 0);
    const QFileInfo target(targetPath);
    if (!target.absoluteDir().exists())
        return Error {Error::Code::NotFound,
                      Tr::tr("The folder %1 does not exist.")
                              .arg(QDir::toNativeSeparators(target.absolutePath()))};
    const QString temp = targetPath + QStringLiteral(".part");
    QFile::remove(temp);
    auto created = SqliteStore::open(temp, OpenMode::Create);
    if (!created)
        return created.error();
    std::unique_ptr<SqliteStore> file = std::move(created.value());
    Database &to = file->database();
    const auto fail = [&](const Error &e) -> Result<void> {
        (void)to.exec(QStringLiteral("ROLLBACK"));
        file.reset();
        QFile::remove(temp);
        return e;
    };
    // One read transaction on the server: the copy is one committed state.
    const bool own = !m_inWrite;
    if (own) {
        if (auto r = exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                          Tr::tr("The roadmap could not be read"));
            !r)
            return fail(r.error());
    }
    struct EndRead
    {
        PostgresStore *store;
        bool own;
        ~EndRead()
        {
            if (own)
                (void)store->exec(QStringLiteral("COMMIT"), {});
        }
    } endRead {this, own};
    if (auto r = to.exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
        return fail(r.error());
    // The new file's own triggers would record the copy as new history and restamp the
    // items: they stand aside while the rows go in, and come back exactly as they were.
    QList<std::pair<QString, QString>> triggers;
    {
        QSqlQuery q(to.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                   "ORDER BY rowid")))
            return fail(Database::errorFrom(q.lastError(),
                                            Tr::tr("The copy could not be "
                                                   "written")));
        while (q.next())
            triggers.append({q.value(0).toString(), q.value(1).toString()});
    }
    for (const auto &[name, sql] : std::as_const(triggers)) {
        if (auto r = to.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !r)
            return fail(r.error());
    }
    for (const QString &table : pgschema::tables()) {
        const QStringList columns = fileColumns(to, table);
        QSqlQuery read = query(
                QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
        if (auto r = run(read, Tr::tr("The roadmap could not be read")); !r)
            return fail(r.error());
        QSqlQuery write(to.connection());
        write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(table, columns.join(QStringLiteral(", ")),
                                   marks(int(columns.size()))));
        while (read.next()) {
            for (int c = 0; c < columns.size(); ++c)
                write.addBindValue(forFile(read.value(c)));
            if (!write.exec())
                return fail(Database::errorFrom(write.lastError(),
                                                Tr::tr("The copy could not be written")));
        }
    }
    for (const auto &[name, sql] : std::as_const(triggers)) {
        if (auto r = to.exec(sql); !r)
            return fail(r.error());
    }
    if (auto r = to.exec(QStringLiteral("COMMIT")); !r)
        return fail(r.error());
    file.reset();
    // Checked as any file is when opened, before it takes the name the officer chose.
    auto check = SqliteStore::open(temp, OpenMode::OpenReadOnly);
    if (!check || !check.value()->integrityProblems(Thoroughness::Full).isEmpty()) {
        const QString why = check
                ? check.value()->integrityProblems(Thoroughness::Full).join(QStringLiteral("; "))
                : check.errorMessage();
        check = Error {};
        QFile::remove(temp);
        return Error {Error::Code::Damaged, Tr::tr("The copy failed its check: %1").arg(why)};
    }
    check = Error {};
    QFile::remove(targetPath);
    if (!QFile::rename(temp, targetPath)) {
        QFile::remove(temp);
        return Error {Error::Code::Other,
                      Tr::tr("The copy could not be written to %1.")
                              .arg(QDir::toNativeSeparators(targetPath))};
    }
    return {};
}

} // namespace jcr
