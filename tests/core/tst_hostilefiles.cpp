#include "documenttestutil.h"
#include "i18n/language.h"
#include "rulebreaker.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace jcr;
using namespace jcr::testutil;

namespace {

/// Runs \a sql on \a path with a plain connection (no defensive mode): how a hostile file
/// would be made.
bool rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                              SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            == SQLITE_OK;
    char *message = nullptr;
    if (ok && sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        qWarning("%s: %s", sql, message);
        ok = false;
    }
    sqlite3_free(message);
    sqlite3_close(db);
    return ok;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Replaces \a from by \a to in the stored SQL of \a name, as an editor of sqlite_schema would.
QByteArray editSchemaSql(const char *name, const char *from, const char *to)
{
    return QByteArray("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, '")
            + from + "', '" + to + "') WHERE name = '" + name + "'; PRAGMA writable_schema = OFF;";
}

enum class Outcome { Refused, ReadOnly };

} // namespace

Q_DECLARE_METATYPE(Outcome)

/**
 * Hand-made hostile, foreign and damaged files. Each must be refused (a file from a newer
 * schema: opened read-only) before any application query runs on it, by the app and by
 * `jcroadmap check` alike, and must keep every byte.
 */
class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refused_data();
    void refused();

private:
    QString copyOfGood(const QString &name);
    QTemporaryDir m_dir;
    QString m_good;
    int m_cases = 0;
};

void TestHostileFiles::initTestCase()
{
    // The CLI speaks English here (LANG=C), with its plural forms; the messages compared with its
    // output must be rendered the same way.
    Language::installTranslator();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_good = m_dir.filePath(QStringLiteral("good.jcroadmap"));
    QVERIFY(makeRoadmap(m_good));
}

void TestHostileFiles::cleanupTestCase()
{
    qInfo("FIGURE hostile files refused or read-only, untouched, same findings in check: %d",
          m_cases);
}

QString TestHostileFiles::copyOfGood(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QFile::copy(m_good, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestHostileFiles::refused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("expected"); // part of the message

    const auto add
            = [](const char *name, const QString &path, Outcome outcome, const char *expected) {
                  QTest::newRow(name) << path << outcome << QString::fromUtf8(expected);
              };
    const QByteArray good = readBytes(m_good);
    QVERIFY(good.size() > 8192);
    const auto file = [&](const char *name) {
        return m_dir.filePath(QString::fromLatin1(name) + QStringLiteral(".jcroadmap"));
    };

    // Not SQLite at all.
    writeBytes(file("empty"), {});
    add("zero-length", file("empty"), Outcome::Refused, "empty");
    QByteArray noise(4096, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (char &c : noise)
        c = char(rng.bounded(256));
    writeBytes(file("random"), noise);
    add("random bytes", file("random"), Outcome::Refused, "not an SQLite database");
    writeBytes(file("html"),
               "<!DOCTYPE html><html><head><title>Roadmap</title></head><body>Moved</body></html>");
    add("html named .jcroadmap", file("html"), Outcome::Refused, "not an SQLite database");
    QDir(m_dir.path()).mkdir(QStringLiteral("folder.jcroadmap"));
    add("directory", file("folder"), Outcome::Refused, "is not a file");
    writeBytes(file("header-only"), good.left(60));
    add("cut inside the header", file("header-only"), Outcome::Refused, "cut off");
    writeBytes(file("half"), good.left(good.size() / 2));
    add("truncated to half", file("half"), Outcome::Refused, "damaged");
    writeBytes(file("one-page"), good.left(4096 + 1000));
    add("truncated after page 1", file("one-page"), Outcome::Refused, "damaged");
    {
        QByteArray b = good;
        // Page 2 onwards overwritten: the tables' pages are garbage.
        for (int i = 4096; i < 4096 * 3; ++i)
            b[i] = char(rng.bounded(256));
        writeBytes(file("garbage-pages"), b);
        add("garbage pages", file("garbage-pages"), Outcome::Refused, "damaged");
    }
    {
        QByteArray b = good;
        for (int i = 100; i < 4096; ++i)
            b[i] = char(0xA5);
        writeBytes(file("page1"), b);
        add("schema page overwritten", file("page1"), Outcome::Refused, "");
    }

    // Other applications' SQLite files.
    {
        const QString p = file("foreign");
        rawExec(p,
                "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); "
                "INSERT INTO contacts VALUES (1, 'x');");
        add("plain SQLite of another program", p, Outcome::Refused, "another application");
    }
    {
        const QString p = copyOfGood(QStringLiteral("appid.jcroadmap"));
        rawExec(p, "PRAGMA application_id = 305419896");
        add("wrong application_id", p, Outcome::Refused, "another application");
    }
    {
        const QString p = copyOfGood(QStringLiteral("uv0.jcroadmap"));
        rawExec(p, "PRAGMA user_version = 0");
        add("no user_version", p, Outcome::Refused, "no schema version");
    }

    // Newer schema: read-only when only tables and indexes were added, refused otherwise.
    {
        const QString p = copyOfGood(QStringLiteral("newer.jcroadmap"));
        rawExec(p, "PRAGMA user_version = 99");
        add("newer user_version", p, Outcome::ReadOnly, "newer version");
    }
    {
        const QString p = copyOfGood(QStringLiteral("newer-table.jcroadmap"));
        rawExec(p,
                "CREATE TABLE report_setting (key TEXT PRIMARY KEY, value TEXT); "
                "CREATE INDEX report_setting_value ON report_setting (value); "
                "PRAGMA user_version = 99");
        add("newer with an extra table", p, Outcome::ReadOnly, "newer version");
    }
    {
        const QString p = copyOfGood(QStringLiteral("newer-trigger.jcroadmap"));
        rawExec(p,
                "CREATE TRIGGER wipe AFTER UPDATE ON item BEGIN DELETE FROM item; END; "
                "PRAGMA user_version = 99");
        add("newer with an extra trigger", p, Outcome::Refused, "newer version");
    }
    {
        const QString p = copyOfGood(QStringLiteral("newer-vtab.jcroadmap"));
        rawExec(p, "CREATE VIRTUAL TABLE search USING fts4(body); PRAGMA user_version = 99");
        add("newer with a virtual table", p, Outcome::Refused, "newer version");
    }
    {
        // Schema 4 rebuilt the tables of schema 1 with length limits: the first difference
        // found is one of those tables.
        const QString p = copyOfGood(QStringLiteral("v1-with-current.jcroadmap"));
        rawExec(p, "PRAGMA user_version = 1");
        add("v1 label on the current schema", p, Outcome::Refused, "differs from the roadmap");
    }

    // Tampered schemas.
    {
        const QString p = copyOfGood(QStringLiteral("trigger.jcroadmap"));
        rawExec(p, "CREATE TRIGGER wipe AFTER UPDATE ON item BEGIN DELETE FROM item; END");
        add("extra trigger that deletes", p, Outcome::Refused, "unexpected trigger");
    }
    {
        const QString p = copyOfGood(QStringLiteral("trigger-insert.jcroadmap"));
        rawExec(p,
                "CREATE TRIGGER audit AFTER INSERT ON status_update BEGIN "
                "UPDATE setting SET value = 'x' WHERE key = 'title'; END");
        add("extra harmless-looking trigger", p, Outcome::Refused, "unexpected trigger");
    }
    {
        const QString p = copyOfGood(QStringLiteral("stamp.jcroadmap"));
        rawExec(p,
                "DROP TRIGGER item_stamp; CREATE TRIGGER item_stamp AFTER UPDATE ON item "
                "FOR EACH ROW BEGIN DELETE FROM item WHERE id = NEW.id; END");
        add("stamp trigger replaced by one that deletes", p, Outcome::Refused, "differs");
    }
    // The record of change (schema 5): a file whose recording triggers were removed or made
    // to forget, or whose record may be rewritten, is not a roadmap this version trusts.
    {
        const QString p = copyOfGood(QStringLiteral("history-dropped.jcroadmap"));
        rawExec(p, "DROP TRIGGER item_record_update");
        add("history trigger dropped", p, Outcome::Refused, "missing");
    }
    {
        const QString p = copyOfGood(QStringLiteral("history-silenced.jcroadmap"));
        rawExec(p,
                "DROP TRIGGER item_record_update; CREATE TRIGGER item_record_update AFTER UPDATE "
                "ON item FOR EACH ROW WHEN 0 BEGIN SELECT 1; END");
        add("history trigger silenced", p, Outcome::Refused, "differs");
    }
    {
        const QString p = copyOfGood(QStringLiteral("history-unfrozen.jcroadmap"));
        rawExec(p, "DROP TRIGGER change_log_frozen");
        add("history made rewritable", p, Outcome::Refused, "missing");
    }
    {
        const QString p = copyOfGood(QStringLiteral("history-forged.jcroadmap"));
        rawExec(p,
                "CREATE TRIGGER change_log_forge AFTER INSERT ON change_log BEGIN "
                "DELETE FROM change_log WHERE id = NEW.id; END");
        add("trigger that erases the record", p, Outcome::Refused, "unexpected trigger");
    }
    {
        const QString p = copyOfGood(QStringLiteral("shadow.jcroadmap"));
        rawExec(p,
                "PRAGMA legacy_alter_table = ON; ALTER TABLE tag RENAME TO tag_data; "
                "CREATE VIEW tag AS SELECT id, name || ' (pwned)' AS name FROM tag_data");
        add("view shadowing a table", p, Outcome::Refused, "");
    }
    {
        const QString p = copyOfGood(QStringLiteral("view.jcroadmap"));
        rawExec(p, "CREATE VIEW overview AS SELECT title FROM item");
        add("extra view", p, Outcome::Refused, "unexpected view");
    }
    {
        const QString p = copyOfGood(QStringLiteral("view-fn.jcroadmap"));
        rawExec(p, "CREATE VIEW loader AS SELECT load_extension('/tmp/evil.so') AS x");
        add("view calling a function", p, Outcome::Refused, "unexpected view");
    }
    {
        const QString p = copyOfGood(QStringLiteral("check.jcroadmap"));
        rawExec(p,
                editSchemaSql("item", "progress BETWEEN 0 AND 100", "progress BETWEEN 0 AND 1000")
                        .constData());
        add("modified CHECK", p, Outcome::Refused, "differs");
    }
    {
        const QString p = copyOfGood(QStringLiteral("check-fn.jcroadmap"));
        rawExec(p,
                editSchemaSql("item", "CHECK (progress BETWEEN 0 AND 100)",
                              "CHECK (load_extension(''/tmp/evil.so'') IS NULL)")
                        .constData());
        add("CHECK calling a function", p, Outcome::Refused, "differs");
    }
    {
        const QString p = copyOfGood(QStringLiteral("default-fn.jcroadmap"));
        rawExec(p,
                editSchemaSql("organisation", "DEFAULT ''''", "DEFAULT (randomblob(1e9))")
                        .constData());
        add("DEFAULT calling a function", p, Outcome::Refused, "differs");
    }
    {
        const QString p = copyOfGood(QStringLiteral("generated.jcroadmap"));
        rawExec(p,
                editSchemaSql("tag", "length(name) <= 100)",
                              "length(name) <= 100),\n    evil TEXT GENERATED ALWAYS AS "
                              "(hex(zeroblob(1000000000))) VIRTUAL")
                        .constData());
        add("generated column", p, Outcome::Refused, "differs");
    }
    {
        const QString p = copyOfGood(QStringLiteral("index-fn.jcroadmap"));
        rawExec(p, "CREATE INDEX item_upper ON item (upper(title))");
        add("extra index on an expression", p, Outcome::Refused, "unexpected index");
    }
    {
        const QString p = copyOfGood(QStringLiteral("no-index.jcroadmap"));
        rawExec(p, "DROP INDEX item_area");
        add("missing index", p, Outcome::Refused, "missing");
    }
    {
        const QString p = copyOfGood(QStringLiteral("no-table.jcroadmap"));
        rawExec(p, "DROP TABLE board_column");
        add("missing table", p, Outcome::Refused, "missing");
    }

    // Write-ahead logging.
    {
        const QString p = copyOfGood(QStringLiteral("wal.jcroadmap"));
        rawExec(p, "PRAGMA journal_mode = WAL");
        add("WAL mode", p, Outcome::Refused, "write-ahead logging");
    }
    {
        // A -wal file with committed changes beside a file whose header says rollback mode:
        // opening would write those changes into the file.
        const QString p = copyOfGood(QStringLiteral("wal-leftover.jcroadmap"));
        const QString w = copyOfGood(QStringLiteral("wal-source.jcroadmap"));
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(w).constData(), &db);
        sqlite3_exec(db,
                     "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; "
                     "UPDATE setting SET value = 'from the log' WHERE key = 'title';",
                     nullptr, nullptr, nullptr);
        QFile::copy(w + QStringLiteral("-wal"), p + QStringLiteral("-wal"));
        sqlite3_close(db);
        add("WAL leftovers beside the file", p, Outcome::Refused, "write-ahead logging");
    }

    // Issue 12: rows that break the schema's rules behind SQLite's back (the SQL restored word
    // for word), a header that claims another size than the file has, and journals that do
    // not belong to the file.
    const struct
    {
        const char *name;
        const char *sql;
        const char *rule;
    } broken[] = {
            {"rules: negative progress", "UPDATE item SET progress = -5 WHERE id = 1",
             "progress BETWEEN 0 AND 100"},
            {"rules: 30 February", "UPDATE item SET end_date = '2026-02-30' WHERE id = 1",
             "date(end_date, '+0 days') IS end_date"},
            {"rules: end before start",
             "UPDATE item SET start_date = '2026-09-01', end_date = '2026-01-01' WHERE id = 1",
             "end_date >= start_date"},
            {"rules: unknown status", "UPDATE item SET status = 'bogus' WHERE id = 1",
             "status IN ("},
            {"rules: empty title", "UPDATE item SET title = '   ' WHERE id = 1",
             "length(trim(title)) > 0"},
            {"rules: long title", "UPDATE item SET title = hex(zeroblob(1000)) WHERE id = 1",
             "length(title) <= 500"},
            {"rules: NULL in a NOT NULL column", "UPDATE item SET kind = NULL WHERE id = 1",
             "kind NOT NULL"},
            // A document title like the 17 MB one that once broke the X11 connection (kept under
            // the 4 MiB above which the check runs in the background), and the other texts
            // schema 4 limited.
            {"rules: over-long document title",
             "UPDATE setting SET value = hex(zeroblob(50000)) WHERE key = 'title'",
             "length(value) <= 10000"},
            {"rules: long area name", "UPDATE priority_area SET name = hex(zeroblob(150))",
             "length(name) <= 200"},
            {"rules: long organisation short name",
             "UPDATE organisation SET short_name = hex(zeroblob(30)) WHERE id = 1",
             "length(short_name) <= 50"},
            {"rules: long time stamp", "UPDATE item SET created_at = hex(zeroblob(100))",
             "length(created_at) <= 40"},
    };
    for (const auto &b : broken) {
        const QString p = copyOfGood(QString::fromLatin1(b.name)
                                             .replace(QLatin1Char(' '), QLatin1Char('-'))
                                             .remove(QLatin1Char(':'))
                                     + QStringLiteral(".jcroadmap"));
        QVERIFY(breakRules(p, b.sql));
        add(b.name, p, Outcome::Refused, b.rule);
    }
    {
        // 4 KiB whose header claims a gigabyte: a backup would copy a gigabyte.
        QByteArray b = good.left(4096);
        const quint32 pages = 262144;
        b[28] = char(pages >> 24);
        b[29] = char(pages >> 16);
        b[30] = char(pages >> 8);
        b[31] = char(pages);
        writeBytes(file("claims-1gib"), b);
        add("header claims 1 GiB in 4 KiB", file("claims-1gib"), Outcome::Refused,
            "header records 1073741824 bytes");
    }
    {
        // A sparse file as large as the good one plus a hole: the header's size is wrong.
        const QString p = copyOfGood(QStringLiteral("sparse.jcroadmap"));
        QFile f(p);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(good.size() + 64 * 1024 * 1024));
        f.close();
        add("sparse tail after the database", p, Outcome::Refused, "header records");
    }
    {
        // The journal of another application's database beside a good roadmap.
        const QString p = copyOfGood(QStringLiteral("foreign-journal.jcroadmap"));
        const QString other = m_dir.filePath(QStringLiteral("other-app.sqlite"));
        rawExec(other,
                "CREATE TABLE t (x); WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                "FROM c WHERE i < 40) INSERT INTO t SELECT hex(randomblob(900)) FROM c;");
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(other).constData(), &db);
        sqlite3_exec(db,
                     "PRAGMA cache_size = 1; BEGIN IMMEDIATE; UPDATE t SET x = "
                     "hex(randomblob(900));",
                     nullptr, nullptr, nullptr);
        QFile::copy(other + QStringLiteral("-journal"), p + QStringLiteral("-journal"));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        add("journal of another database", p, Outcome::Refused, "journal");
    }
    {
        // A crash's journal, then an older roadmap copied into place.
        const QString p = copyOfGood(QStringLiteral("stale-journal.jcroadmap"));
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(p).constData(), &db);
        sqlite3_exec(db,
                     "PRAGMA cache_size = 1; BEGIN IMMEDIATE; UPDATE item SET description = "
                     "hex(randomblob(1200));",
                     nullptr, nullptr, nullptr);
        const QString journal = m_dir.filePath(QStringLiteral("stale.journal"));
        QFile::remove(journal);
        QFile::copy(p + QStringLiteral("-journal"), journal);
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        const QString older = m_dir.filePath(QStringLiteral("older-source.jcroadmap"));
        QFile::remove(older);
        QFile::copy(m_good, older);
        QFile::setPermissions(older, QFile::ReadOwner | QFile::WriteOwner);
        rawExec(older, "DELETE FROM item WHERE id > 5; VACUUM;");
        QFile::remove(p);
        QFile::copy(older, p);
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        QFile::copy(journal, p + QStringLiteral("-journal"));
        add("stale journal beside an older copy", p, Outcome::Refused, "journal");
    }
    {
        // A journal header of the right kind with a page size of its own.
        const QString p = copyOfGood(QStringLiteral("odd-journal.jcroadmap"));
        QByteArray j = QByteArray::fromHex("d9d505f920a163d7");
        j += QByteArray::fromHex("00000001"
                                 "12345678"
                                 "00000002"
                                 "00000200"
                                 "00000400");
        j.resize(512 + 4 + 1024 + 4, char(0x5a));
        writeBytes(p + QStringLiteral("-journal"), j);
        add("journal with another page size", p, Outcome::Refused, "page size");
    }
}

void TestHostileFiles::refused()
{
    QFETCH(QString, path);
    QFETCH(Outcome, outcome);
    QFETCH(QString, expected);

    const bool isFile = QFileInfo(path).isFile();
    const QByteArray hash = isFile ? fileHash(path) : QByteArray();
    const QStringList sidecarsBefore = sidecars(path);

    for (const Database::Mode mode : {Database::Mode::Open, Database::Mode::OpenReadOnly}) {
        QStringList statements;
        Database::setStatementObserver(
                [&statements](const QString &sql) { statements.append(sql); });
        auto db = Database::open(path, mode);
        Database::setStatementObserver(nullptr);
        if (outcome == Outcome::Refused) {
            QVERIFY2(!db, qPrintable(path));
            QVERIFY2(db.errorMessage().contains(expected, Qt::CaseInsensitive),
                     qPrintable(db.errorMessage()));
            // Nothing but the opening checks ran: header pragmas, sqlite_schema, quick_check.
            for (const QString &sql : std::as_const(statements)) {
                const bool allowed = sql.startsWith(QLatin1String("PRAGMA "))
                        || sql.contains(QLatin1String("FROM main.sqlite_schema"))
                        || sql.startsWith(QLatin1String("/* rule check */ SELECT "));
                QVERIFY2(allowed, qPrintable(sql));
            }
        } else {
            QVERIFY2(db, qPrintable(db.errorMessage()));
            QVERIFY(db.value()->isReadOnly());
            QVERIFY2(db.value()->readOnlyReason().contains(expected),
                     qPrintable(db.value()->readOnlyReason()));
            db.value().reset();
            auto doc = RoadmapDocument::open(path);
            QVERIFY2(doc, qPrintable(doc.errorMessage()));
            QVERIFY(doc.value()->isReadOnly());
            QVERIFY(doc.value()->itemCount() > 0);
            Item it = doc.value()->itemAt(0);
            it.title = QStringLiteral("Must not be written");
            QCOMPARE(doc.value()->applyUpdateItem(it).error().code, Error::Code::ReadOnly);
        }
        db = Error {};
        if (isFile)
            QCOMPARE(fileHash(path), hash);
        QCOMPARE(sidecars(path), sidecarsBefore);
    }

    // `jcroadmap check` reports the same finding and fails.
    const auto check = runJcroadmap({QStringLiteral("check"), path});
    QVERIFY2(check.exitCode != 0, qPrintable(check.out));
    auto db = Database::open(path, Database::Mode::OpenReadOnly);
    QString finding = db ? db.value()->readOnlyReason() : db.errorMessage();
    // The command line says it in one line.
    finding.replace(QLatin1Char('\n'), QLatin1Char(' '));
    db = Error {};
    QVERIFY2(check.err.contains(finding), qPrintable(check.err + QStringLiteral(" vs ") + finding));
    if (isFile)
        QCOMPARE(fileHash(path), hash);
    QCOMPARE(sidecars(path), sidecarsBefore);
    ++m_cases;
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
