#include "documenttestutil.h"
#include "rulebreaker.h"
#include "storage/constraintcheck.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/schemavalidator.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jcr;
using namespace jcr::testutil;

/**
 * Issue 12, point 4: `check`, opening, the background check and restore see rows that break
 * a CHECK or NOT NULL rule, which read-only connections never enforce; the GUI writes nothing
 * to a file whose check has not passed.
 */
class TestConstraintCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_good;
    int m_n = 0;

    QString copyOfGood()
    {
        const QString p = m_dir.filePath(QStringLiteral("case-%1.jcroadmap").arg(++m_n));
        QFile::copy(m_good, p);
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_good = m_dir.filePath(QStringLiteral("good.jcroadmap"));
        QVERIFY(makeRoadmap(m_good));
    }

    void rulesComeFromTheSchema()
    {
        const QList<ConstraintCheck::Rule> &rules
                = ConstraintCheck::rules(schema::currentVersion());
        QStringList texts;
        for (const auto &r : rules)
            texts << r.table + QLatin1Char(':') + r.text;
        QVERIFY2(texts.contains(QStringLiteral("item:CHECK (progress BETWEEN 0 AND 100)")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY(texts.contains(QStringLiteral("item:title NOT NULL")));
        QVERIFY(texts.contains(QStringLiteral(
                "item:CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)")));
        QVERIFY(texts.contains(
                QStringLiteral("dependency:CHECK (predecessor_id <> successor_id)")));
        QVERIFY(texts.contains(QStringLiteral("setting:key NOT NULL")));
        // Every CHECK of the schema's SQL is found.
        int checks = 0;
        for (const SchemaObject &o : SchemaValidator::expected(schema::currentVersion()))
            checks += int(o.sql.count(QLatin1String("CHECK (")));
        int found = 0;
        for (const auto &r : rules)
            found += r.text.startsWith(QLatin1String("CHECK (")) ? 1 : 0;
        QCOMPARE(found, checks);
        // A healthy file breaks none.
        auto db = Database::open(m_good, Database::Mode::OpenReadOnly);
        QVERIFY(db);
        QVERIFY(ConstraintCheck::violations(db.value()->handle(), schema::currentVersion())
                        .isEmpty());
    }

    void brokenRuleIsFound_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("rule");
        QTest::newRow("negative progress")
                << QByteArray("UPDATE item SET progress = -5 WHERE id = 3")
                << QStringLiteral("progress BETWEEN 0 AND 100");
        QTest::newRow("30 February")
                << QByteArray("UPDATE item SET start_date = '2026-02-30' WHERE id = 3")
                << QStringLiteral("date(start_date, '+0 days') IS start_date");
        QTest::newRow("end before start")
                << QByteArray("UPDATE item SET start_date = '2026-05-01', end_date = '2026-04-01' "
                              "WHERE id = 3")
                << QStringLiteral("end_date >= start_date");
        QTest::newRow("unknown status")
                << QByteArray("UPDATE item SET status = 'bogus' WHERE id = 3")
                << QStringLiteral("status IN (");
        QTest::newRow("empty title") << QByteArray("UPDATE item SET title = '' WHERE id = 3")
                                     << QStringLiteral("length(trim(title)) > 0");
        QTest::newRow("title over the limit")
                << QByteArray("UPDATE item SET title = hex(zeroblob(300)) WHERE id = 3")
                << QStringLiteral("length(title) <= 500");
        QTest::newRow("NULL title") << QByteArray("UPDATE item SET title = NULL WHERE id = 3")
                                    << QStringLiteral("title NOT NULL");
        QTest::newRow("self dependency") << QByteArray("INSERT INTO dependency VALUES (4, 4)")
                                         << QStringLiteral("predecessor_id <> successor_id");
        QTest::newRow("unknown country")
                << QByteArray("UPDATE organisation SET country = 'XX' WHERE id = 1")
                << QStringLiteral("country IN (");
        QTest::newRow("WIP limit zero") << QByteArray("INSERT INTO board_column VALUES ('done', 0)")
                                        << QStringLiteral("wip_limit BETWEEN 1 AND 100000");
    }

    void brokenRuleIsFound()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, rule);
        const QString p = copyOfGood();
        QVERIFY(breakRules(p, sql.constData()));
        // The SQL is the roadmap's again; a read-only integrity_check (what `check` ran
        // before) passes, since read-only connections do not evaluate CHECK constraints.
        const QByteArray hash = fileHash(p);
        for (const Database::Mode mode : {Database::Mode::Open, Database::Mode::OpenReadOnly}) {
            auto db = Database::open(p, mode);
            QVERIFY(!db);
            QVERIFY2(db.errorMessage().contains(rule), qPrintable(db.errorMessage()));
            QVERIFY2(db.errorMessage().contains(QLatin1String("rules")),
                     qPrintable(db.errorMessage()));
        }
        const CliResult check = runJcroadmap({QStringLiteral("check"), p});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(rule), qPrintable(check.err));
        QVERIFY(!check.err.contains(QLatin1Char('\n')));
        for (const char *command : {"list", "report", "timeline"}) {
            QStringList args {QString::fromLatin1(command), p};
            if (qstrcmp(command, "list") != 0)
                args << QStringLiteral("-o")
                     << m_dir.filePath(QStringLiteral("out.%1").arg(
                                qstrcmp(command, "report") == 0 ? QStringLiteral("pdf")
                                                                : QStringLiteral("png")));
            QCOMPARE(runJcroadmap(args).exitCode, 1);
        }
        QCOMPARE(fileHash(p), hash);
    }

    void largeFileIsNotWrittenBeforeItsCheck()
    {
        // A 50 MB title makes the file large: its checks run in the background, and nothing
        // may be written meanwhile; the broken rule keeps it read-only for good.
        const QString p = copyOfGood();
        QVERIFY(breakRules(p, "UPDATE item SET title = hex(zeroblob(25000000)) WHERE id = 2"));
        QVERIFY(QFileInfo(p).size() > Database::deferredIntegrityThreshold());
        const QByteArray hash = fileHash(p);
        auto opened = RoadmapDocument::open(p);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        RoadmapDocument &doc = *opened.value();
        QVERIFY(doc.isReadOnly());
        QSignalSpy readOnly(&doc, &RoadmapDocument::readOnlyChanged);
        Item it = doc.itemAt(0);
        it.progress = 42;
        QCOMPARE(doc.applyUpdateItem(it).error().code, Error::Code::ReadOnly);
        QTRY_COMPARE_WITH_TIMEOUT(readOnly.size(), 1, 60000);
        QCOMPARE(readOnly.first().first().toBool(), true);
        QVERIFY2(doc.readOnlyReason().contains(QLatin1String("length(title) <= 500")),
                 qPrintable(doc.readOnlyReason()));
        QVERIFY(doc.isReadOnly());
        QCOMPARE(doc.applyUpdateItem(it).error().code, Error::Code::ReadOnly);
        opened = Error {};
        QCOMPARE(fileHash(p), hash);
        const CliResult check = runJcroadmap({QStringLiteral("check"), p});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(QLatin1String("length(title) <= 500")), qPrintable(check.err));
    }

    void largeHealthyFileBecomesWritable()
    {
        Database::setDeferredIntegrityThreshold(0);
        const QString p = copyOfGood();
        auto opened = RoadmapDocument::open(p);
        Database::setDeferredIntegrityThreshold(4 * 1024 * 1024);
        QVERIFY(opened);
        RoadmapDocument &doc = *opened.value();
        QVERIFY(doc.isReadOnly());
        QVERIFY(doc.readOnlyReason().contains(QLatin1String("being checked")));
        QSignalSpy readOnly(&doc, &RoadmapDocument::readOnlyChanged);
        QTRY_COMPARE_WITH_TIMEOUT(readOnly.size(), 1, 20000);
        QCOMPARE(readOnly.first().first().toBool(), false);
        Item it = doc.itemAt(0);
        it.progress = 42;
        QVERIFY(doc.applyUpdateItem(it));
        QCOMPARE(sqlite3Cli(p, QStringLiteral("SELECT progress FROM item WHERE id = %1").arg(it.id))
                         .out,
                 QStringLiteral("42"));
    }
};

QTEST_GUILESS_MAIN(TestConstraintCheck)
#include "tst_constraintcheck.moc"
