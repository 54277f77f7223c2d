#include "../support/filestore.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/schemavalidator.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace jcr;

/// Database: creation, identification, pragmas, schema validation and refusal of bad files.
class TestDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static QByteArray hashOf(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createdFileIsIdentified()
    {
        const QString file = path("new.jcroadmap");
        auto db = Database::open(file, Database::Mode::Create);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE(db.value()->schemaVersion(), schema::currentVersion());
        db.value().reset();
        QCOMPARE(test::sqlite3(file, QStringLiteral("PRAGMA application_id")),
                 QString::number(schema::ApplicationId));
        QCOMPARE(test::sqlite3(file, QStringLiteral("PRAGMA user_version")),
                 QString::number(schema::currentVersion()));
        // A rollback journal: the main file is complete after every commit.
        QCOMPARE(test::sqlite3(file, QStringLiteral("PRAGMA journal_mode")),
                 QStringLiteral("delete"));
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    void createRefusesToOverwrite()
    {
        const QString file = path("exists.jcroadmap");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        auto db = Database::open(file, Database::Mode::Create);
        QVERIFY(!db);
        QVERIFY(db.errorMessage().contains(QStringLiteral("already exists")));
        QCOMPARE(hashOf(file), QCryptographicHash::hash("precious", QCryptographicHash::Sha256));
    }

    void connectionIsConfigured()
    {
        auto doc = test::createRoadmap(path("pragmas.jcroadmap"));
        QSqlQuery q(fileDatabase(*doc).connection());
        const auto value = [&](const QString &sql) {
            q.exec(sql);
            q.next();
            const QVariant v = q.value(0);
            q.finish();
            return v;
        };
        QCOMPARE(value(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(value(QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(value(QStringLiteral("PRAGMA trusted_schema")).toInt(), 0);
        QCOMPARE(value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
        QVERIFY(value(QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
    }

    void badFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("sqlSetup");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QString() << "empty";
        QTest::newRow("text") << QByteArray("hello, this is not a database\n") << QString()
                              << "not an SQLite database";
        QTest::newRow("html") << QByteArray("<!doctype html><html><body>x</body></html>")
                              << QString() << "not an SQLite database";
        QTest::newRow("other application")
                << QByteArray()
                << QStringLiteral("CREATE TABLE notes(x); PRAGMA application_id = 42;")
                << "another application";
        QTest::newRow("plain sqlite") << QByteArray() << QStringLiteral("CREATE TABLE notes(x);")
                                      << "another application";
    }

    void badFilesAreRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, sqlSetup);
        QFETCH(QString, expected);
        const QString file = path("bad.jcroadmap");
        QFile::remove(file);
        if (sqlSetup.isEmpty()) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        } else {
            bool ok = false;
            test::sqlite3(file, sqlSetup, &ok);
            QVERIFY(ok);
        }
        const QByteArray before = hashOf(file);
        auto db = Database::open(file, Database::Mode::Open);
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(expected), qPrintable(db.errorMessage()));
        QCOMPARE(hashOf(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
    }

    void missingFile()
    {
        auto db = Database::open(path("missing.jcroadmap"), Database::Mode::Open);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::NotFound);
    }

    void unexpectedTriggerIsRefused()
    {
        const QString file = path("trigger.jcroadmap");
        test::createRoadmap(file).reset();
        bool ok = false;
        test::sqlite3(file,
                      QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON status_update BEGIN "
                                     "DELETE FROM item; END;"),
                      &ok);
        QVERIFY(ok);
        const QByteArray before = hashOf(file);
        auto db = Database::open(file, Database::Mode::Open);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::Damaged);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("wipe")), qPrintable(db.errorMessage()));
        QCOMPARE(hashOf(file), before);
    }

    void newerSchemaOpensReadOnly()
    {
        const QString file = path("newer.jcroadmap");
        test::createRoadmap(file).reset();
        bool ok = false;
        test::sqlite3(file,
                      QStringLiteral("CREATE TABLE future_feature(x); PRAGMA user_version = %1;")
                              .arg(schema::currentVersion() + 1),
                      &ok);
        QVERIFY(ok);
        const QByteArray before = hashOf(file);
        auto doc = RoadmapDocument::open(file);
        QVERIFY2(doc, qPrintable(doc.errorMessage()));
        QVERIFY(doc.value()->isReadOnly());
        QVERIFY(doc.value()->readOnlyReason().contains(QStringLiteral("newer")));
        Item it = doc.value()->itemAt(0);
        it.title = QStringLiteral("changed");
        QCOMPARE(doc.value()->applyUpdateItem(it).error().code, Error::Code::ReadOnly);
        doc.value().reset();
        QCOMPARE(hashOf(file), before);
    }

    void schemaIsWhatTheMigrationsBuild()
    {
        const QString file = path("schema.jcroadmap");
        auto doc = test::createRoadmap(file);
        auto actual = SchemaValidator::read(fileDatabase(*doc).handle());
        QVERIFY(actual);
        QCOMPARE(actual.value(), SchemaValidator::expected(schema::currentVersion()));
        QVERIFY(SchemaValidator::verify(actual.value(), schema::currentVersion(), false));
    }

    void outsideUpdateBumpsVersion()
    {
        const QString file = path("stamp.jcroadmap");
        test::createRoadmap(file).reset();
        const QString before = test::sqlite3(
                file, QStringLiteral("SELECT version || '|' || updated_at FROM item WHERE id = 1"));
        bool ok = false;
        test::sqlite3(file, QStringLiteral("UPDATE item SET title = 'Edited outside' WHERE id = 1"),
                      &ok);
        QVERIFY(ok);
        const QStringList after
                = test::sqlite3(
                          file,
                          QStringLiteral(
                                  "SELECT version || '|' || updated_at FROM item WHERE id = 1"))
                          .split(QLatin1Char('|'));
        QCOMPARE(after.value(0).toInt(), before.split(QLatin1Char('|')).value(0).toInt() + 1);
        QVERIFY(after.value(1) >= before.split(QLatin1Char('|')).value(1));
        // Links are part of the item: changing them outside bumps it too.
        const int v = after.value(0).toInt();
        test::sqlite3(file, QStringLiteral("DELETE FROM item_organisation WHERE item_id = 1"), &ok);
        QVERIFY(ok);
        QVERIFY(test::sqlite3(file, QStringLiteral("SELECT version FROM item WHERE id = 1")).toInt()
                > v);
    }

    void constraintsRejectBadRows_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("end before start") << "UPDATE item SET start_date = '2027-01-01', end_date "
                                             "= '2026-01-01' WHERE id = 1";
        QTest::newRow("bad status") << "UPDATE item SET status = 'finished' WHERE id = 1";
        QTest::newRow("progress") << "UPDATE item SET progress = 101 WHERE id = 1";
        QTest::newRow("bad date") << "UPDATE item SET start_date = '2026-02-30' WHERE id = 1";
        QTest::newRow("empty title") << "UPDATE item SET title = '  ' WHERE id = 1";
        QTest::newRow("unknown area") << "UPDATE item SET area_id = 999 WHERE id = 1";
        QTest::newRow("self dependency") << "INSERT INTO dependency VALUES (1, 1)";
    }

    void constraintsRejectBadRows()
    {
        QFETCH(QString, sql);
        const QString file = path("constraints.jcroadmap");
        if (!QFile::exists(file))
            test::createRoadmap(file).reset();
        bool ok = true;
        test::sqlite3(file, QStringLiteral("PRAGMA foreign_keys = ON; ") + sql, &ok);
        QVERIFY(!ok);
    }

    void migratesVersion1Fixture()
    {
        const QString file = path("v1.jcroadmap");
        QVERIFY(QFile::copy(QStringLiteral(JCR_TEST_DATA_DIR "/roadmap-v1.jcroadmap"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const QString titles
                = test::sqlite3(file, QStringLiteral("SELECT group_concat(title, '|') FROM item"));
        auto doc = RoadmapDocument::open(file);
        QVERIFY2(doc, qPrintable(doc.errorMessage()));
        QCOMPARE(doc.value()->store().schemaVersion(), schema::currentVersion());
        doc.value().reset();
        QCOMPARE(test::sqlite3(file, QStringLiteral("PRAGMA user_version")),
                 QString::number(schema::currentVersion()));
        QCOMPARE(test::sqlite3(file, QStringLiteral("SELECT group_concat(title, '|') FROM item")),
                 titles);
        // The file as it was is kept beside it.
        QVERIFY(QFile::exists(file + QStringLiteral(".schema1.bak")));
        QCOMPARE(test::sqlite3(file + QStringLiteral(".schema1.bak"),
                               QStringLiteral("PRAGMA user_version")),
                 QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
