#include "document/history.h"
#include "documenttestutil.h"
#include "seed/seedparser.h"
#include "storage/database.h"
#include "storage/roadmapstore.h"
#include "storage/schema.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace jcr;
using namespace jcr::testutil;

/// Opening roadmap files of the previous schema (migration with a backup first, or read-only
/// without a single byte changed), explicitly read-only documents and broken references.
class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void migratesV1FixtureWithBackup();
    void readOnlyV1StaysUntouched();
    void readOnlyModeRefusesEveryWrite();
    void brokenReferencesAreWarningsEverywhere();
    void v3FixtureOpens();
    void overLongValuesAreCutWithBackup();
    void v4FixtureOpensAsItIs();
    void everyOlderFixtureUpgrades_data();
    void everyOlderFixtureUpgrades();
    void v6FixtureUpgradesWithItsBaseline();
    void newFileHasCurrentSchema();
    void everyOlderFixtureGainsTranslations_data();
    void everyOlderFixtureGainsTranslations();
    void v7FixtureKeepsItsTranslations();

private:
    QString v1Copy(const QString &name);
    QTemporaryDir m_dir;
};

void TestMigration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo::exists(QStringLiteral(JCR_TEST_DATA_DIR "/roadmap-v1.jcroadmap")));
}

QString TestMigration::v1Copy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(JCR_TEST_DATA_DIR "/roadmap-v1.jcroadmap"), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestMigration::migratesV1FixtureWithBackup()
{
    const QString path = v1Copy(QStringLiteral("migrate.jcroadmap"));
    QVERIFY(!path.isEmpty());
    const QByteArray v1Hash = fileHash(path);
    QCOMPARE(sqlite3Cli(path, QStringLiteral("PRAGMA user_version")).out, QStringLiteral("1"));

    // The v1 picture, read without migrating.
    QList<Item> before;
    {
        auto ro = RoadmapDocument::open(path, true);
        QVERIFY2(ro, qPrintable(ro.errorMessage()));
        QCOMPARE(ro.value()->store().schemaVersion(), 1);
        before = ro.value()->items();
    }
    QVERIFY(before.size() > 20);
    QCOMPARE(fileHash(path), v1Hash);

    auto doc = RoadmapDocument::open(path);
    QVERIFY2(doc, qPrintable(doc.errorMessage()));
    QVERIFY(!doc.value()->isReadOnly());
    QCOMPARE(doc.value()->store().schemaVersion(), schema::currentVersion());

    // The backup holds the v1 file's content exactly as it was (the backup API rewrites the
    // header's change counter, so the bytes are compared through a full SQL dump).
    const QString backup = path + QStringLiteral(".schema1.bak");
    QVERIFY(QFileInfo::exists(backup));
    const QString fixtureDump
            = sqlite3Cli(QStringLiteral(JCR_TEST_DATA_DIR "/roadmap-v1.jcroadmap"),
                         QStringLiteral(".dump"))
                      .out;
    QVERIFY(fixtureDump.contains(QStringLiteral("CREATE TABLE item")));
    QCOMPARE(sqlite3Cli(backup, QStringLiteral(".dump")).out, fixtureDump);
    QCOMPARE(sqlite3Cli(backup, QStringLiteral("PRAGMA user_version")).out, QStringLiteral("1"));

    // Data preserved, field by field.
    const QList<Item> after = doc.value()->items();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).title, before.at(i).title);
        QCOMPARE(after.at(i).status, before.at(i).status);
        QCOMPARE(after.at(i).start, before.at(i).start);
        QCOMPARE(after.at(i).end, before.at(i).end);
        QCOMPARE(after.at(i).organisations, before.at(i).organisations);
        QCOMPARE(after.at(i).tags, before.at(i).tags);
        // Schema 3 moved each passage from item.source into a citation of the Joint Statement
        // (id 1, as the read-only picture of the old file already showed it): a stamped change
        // of every item with a passage, so that a program holding the old row notices.
        QCOMPARE(after.at(i).citations, before.at(i).citations);
        if (before.at(i).citations.isEmpty())
            QCOMPARE(after.at(i).version, before.at(i).version);
        else
            QVERIFY(after.at(i).version > before.at(i).version);
    }
    QVERIFY(!before.constFirst().citations.isEmpty());
    QCOMPARE(doc.value()->sources().size(), 1);
    QCOMPARE(doc.value()->sources().constFirst().text, seed::statementText());
    QCOMPARE(doc.value()->sources().constFirst().date, QDate(2026, 3, 6));
    QCOMPARE(sqlite3Cli(path, QStringLiteral("SELECT count(*) FROM item WHERE source <> ''")).out,
             QStringLiteral("0"));

    // The v2 feature works and reaches the file.
    QVERIFY(doc.value()->applySetWipLimit(Status::InProgress, 4));
    QCOMPARE(doc.value()->wipLimit(Status::InProgress), 4);
    doc.value().reset();
    QCOMPARE(sqlite3Cli(path, QStringLiteral("PRAGMA user_version")).out,
             QString::number(schema::currentVersion()));
    QCOMPARE(sqlite3Cli(path,
                        QStringLiteral("SELECT wip_limit FROM board_column WHERE status = "
                                       "'in_progress'"))
                     .out,
             QStringLiteral("4"));
    QCOMPARE(sqlite3Cli(path, QStringLiteral("PRAGMA integrity_check")).out, QStringLiteral("ok"));
    const auto check = runJcroadmap({QStringLiteral("check"), path});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(QStringLiteral("schema %1").arg(schema::currentVersion())),
             qPrintable(check.out));

    // Opening again neither migrates nor backs up again.
    const QByteArray backupHash = fileHash(backup);
    auto again = RoadmapDocument::open(path);
    QVERIFY(again);
    QCOMPARE(fileHash(backup), backupHash);
}

void TestMigration::readOnlyV1StaysUntouched()
{
    const QString path = v1Copy(QStringLiteral("readonly-v1.jcroadmap"));
    const QByteArray hash = fileHash(path);
    {
        auto doc = RoadmapDocument::open(path, true);
        QVERIFY2(doc, qPrintable(doc.errorMessage()));
        QVERIFY(doc.value()->isReadOnly());
        QVERIFY(!doc.value()->readOnlyReason().isEmpty());
        QCOMPARE(doc.value()->store().schemaVersion(), 1);
        QVERIFY(doc.value()->itemCount() > 20);
        QCOMPARE(doc.value()->wipLimit(Status::InProgress), 0);
        Item changed = doc.value()->itemAt(0);
        changed.title = QStringLiteral("Not written");
        const auto r = doc.value()->applyUpdateItem(changed);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::ReadOnly);
        QVERIFY(!doc.value()->applySetWipLimit(Status::Done, 3));
        doc.value()->setPollInterval(50);
        QTest::qWait(120);
    }
    QCOMPARE(fileHash(path), hash);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".schema1.bak")));
    QVERIFY(sidecars(path).isEmpty());
    // `check` leaves it as it is too, and says what will happen.
    const auto check = runJcroadmap({QStringLiteral("check"), path});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(
                     QStringLiteral("upgraded to schema %1").arg(schema::currentVersion())),
             qPrintable(check.out));
    QCOMPARE(fileHash(path), hash);
}

void TestMigration::readOnlyModeRefusesEveryWrite()
{
    const QString path = m_dir.filePath(QStringLiteral("ro.jcroadmap"));
    QVERIFY(makeRoadmap(path));
    const QByteArray hash = fileHash(path);
    auto doc = RoadmapDocument::open(path, true);
    QVERIFY(doc);
    RoadmapDocument &d = *doc.value();
    QVERIFY(d.isReadOnly());
    Item it = d.itemAt(0);
    it.progress = 42;
    QCOMPARE(d.applyUpdateItem(it).error().code, Error::Code::ReadOnly);
    Item fresh = d.itemAt(0);
    fresh.id = 0;
    QCOMPARE(d.applyInsertItem(fresh).error().code, Error::Code::ReadOnly);
    QCOMPARE(d.applyDeleteItems({d.itemAt(1).id}).error().code, Error::Code::ReadOnly);
    QCOMPARE(d.setSetting(QStringLiteral("title"), QStringLiteral("x")).error().code,
             Error::Code::ReadOnly);
    QCOMPARE(d.applySetWipLimit(Status::Done, 2).error().code, Error::Code::ReadOnly);
    doc.value().reset();
    QCOMPARE(fileHash(path), hash);
}

void TestMigration::brokenReferencesAreWarningsEverywhere()
{
    const QString path = m_dir.filePath(QStringLiteral("orphans.jcroadmap"));
    QVERIFY(makeRoadmap(path));
    // The sqlite3 shell has foreign keys off by default: deleting an item there leaves its
    // organisation links and updates behind.
    const auto cli = sqlite3Cli(path, QStringLiteral("DELETE FROM item WHERE id = 1"));
    QCOMPARE(cli.exitCode, 0);
    auto doc = RoadmapDocument::open(path);
    QVERIFY2(doc, qPrintable(doc.errorMessage()));
    const QStringList warnings = doc.value()->openWarnings();
    QVERIFY(!warnings.isEmpty());
    QVERIFY2(warnings.constFirst().contains(QStringLiteral("refers to a missing row of item")),
             qPrintable(warnings.join(QLatin1Char('\n'))));
    QVERIFY(!doc.value()->item(1));
    doc.value().reset();
    const auto check = runJcroadmap({QStringLiteral("check"), path});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains(warnings.constFirst()), qPrintable(check.err));
}

/// The fixture of schema 3 (sources and citations) opens as it is, with its sources.
void TestMigration::v3FixtureOpens()
{
    const QString path = m_dir.filePath(QStringLiteral("v3.jcroadmap"));
    QVERIFY(QFile::copy(QStringLiteral(JCR_TEST_DATA_DIR "/roadmap-v3.jcroadmap"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(sqlite3Cli(path, QStringLiteral("PRAGMA user_version")).out, QStringLiteral("3"));
    auto doc = RoadmapDocument::open(path);
    QVERIFY2(doc, qPrintable(doc.errorMessage()));
    QCOMPARE(doc.value()->store().schemaVersion(), schema::currentVersion());
    QCOMPARE(doc.value()->sources().size(), 2);
    int cited = 0;
    for (const Item &it : doc.value()->items())
        cited += it.citations.isEmpty() ? 0 : 1;
    QCOMPARE(cited, doc.value()->itemCount());
    const auto check = runJcroadmap({QStringLiteral("check"), path});
    QCOMPARE(check.exitCode, 0);
}

/// Issue 12, point 6: schema 4 limits every text. A file of schema 3 may hold any length that
/// another program wrote: shown capped while it is read-only, cut to the limits by the upgrade,
/// kept whole in the copy made before it. After the upgrade no program can write such a value.
void TestMigration::overLongValuesAreCutWithBackup()
{
    const QString path = m_dir.filePath(QStringLiteral("long.jcroadmap"));
    QVERIFY(QFile::copy(QStringLiteral(JCR_TEST_DATA_DIR "/roadmap-v3.jcroadmap"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    // x repeated: hex(zeroblob(n)) is 2n zeros.
    const auto cli = sqlite3Cli(
            path,
            QStringLiteral(
                    "UPDATE setting SET value = replace(hex(zeroblob(10000)), '0', 'x') WHERE key "
                    "= 'title'; UPDATE priority_area SET name = replace(hex(zeroblob(150)), '0', "
                    "'a') WHERE number = 1; UPDATE organisation SET short_name = "
                    "replace(hex(zeroblob(40)), '0', 's') WHERE id = 1; UPDATE item SET "
                    "created_at = hex(zeroblob(50)) WHERE id = 1;"));
    QCOMPARE(cli.exitCode, 0);
    const QString lengths = QStringLiteral(
            "SELECT (SELECT length(value) FROM setting WHERE key = 'title') || ' ' || (SELECT "
            "length(name) FROM priority_area WHERE number = 1) || ' ' || (SELECT "
            "length(short_name) FROM organisation WHERE id = 1) || ' ' || (SELECT "
            "length(created_at) FROM item WHERE id = 1)");
    QCOMPARE(sqlite3Cli(path, lengths).out, QStringLiteral("20000 300 80 100"));

    {
        // Read-only: not upgraded, and what the views get is capped.
        auto ro = RoadmapDocument::open(path, true);
        QVERIFY2(ro, qPrintable(ro.errorMessage()));
        QCOMPARE(ro.value()->store().schemaVersion(), 3);
        QCOMPARE(ro.value()->settings().title.size(), MaxSettingLength);
        QCOMPARE(ro.value()->areas().constFirst().name.size(), MaxNameLength);
        QCOMPARE(ro.value()->organisation(1)->shortName.size(), MaxShortNameLength);
    }
    QCOMPARE(sqlite3Cli(path, QStringLiteral("PRAGMA user_version")).out, QStringLiteral("3"));

    auto doc = RoadmapDocument::open(path);
    QVERIFY2(doc, qPrintable(doc.errorMessage()));
    QCOMPARE(doc.value()->store().schemaVersion(), schema::currentVersion());
    QCOMPARE(doc.value()->settings().title, QString(MaxSettingLength, QLatin1Char('x')));
    const int items = doc.value()->itemCount();
    doc.value().reset();
    QCOMPARE(sqlite3Cli(path, lengths).out, QStringLiteral("10000 200 50 40"));
    QCOMPARE(sqlite3Cli(path, QStringLiteral("SELECT count(*) FROM item")).out,
             QString::number(items));
    QCOMPARE(sqlite3Cli(path,
                        QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA "
                                       "foreign_key_check"))
                     .out,
             QString());
    // The copy made before the upgrade keeps every value whole.
    const QString backup = path + QStringLiteral(".schema3.bak");
    QCOMPARE(sqlite3Cli(backup, lengths).out, QStringLiteral("20000 300 80 100"));
    QCOMPARE(sqlite3Cli(backup, QStringLiteral("PRAGMA user_version")).out, QStringLiteral("3"));

    // Now the file's own rules refuse such values, whoever writes them.
    const auto title = sqlite3Cli(path,
                                  QStringLiteral("UPDATE setting SET value = "
                                                 "hex(zeroblob(8500000)) WHERE key = 'title'"));
    QVERIFY(title.exitCode != 0);
    QVERIFY2(title.err.contains(QStringLiteral("CHECK constraint failed")), qPrintable(title.err));
    const auto stamp = sqlite3Cli(
            path, QStringLiteral("UPDATE organisation SET updated_at = hex(zeroblob(30))"));
    QVERIFY(stamp.exitCode != 0);
    QCOMPARE(sqlite3Cli(path, lengths).out, QStringLiteral("10000 200 50 40"));
    const auto check = runJcroadmap({QStringLiteral("check"), path});
    QCOMPARE(check.exitCode, 0);
}

/// The fixture of schema 4 (length limits) opens for writing and keeps its limits.
void TestMigration::v4FixtureOpensAsItIs()
{
    const QString path = m_dir.filePath(QStringLiteral("v4.jcroadmap"));
    QVERIFY(QFile::copy(QStringLiteral(JCR_TEST_DATA_DIR "/roadmap-v4.jcroadmap"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(sqlite3Cli(path, QStringLiteral("PRAGMA user_version")).out, QStringLiteral("4"));
    auto doc = RoadmapDocument::open(path);
    QVERIFY2(doc, qPrintable(doc.errorMessage()));
    QVERIFY(!doc.value()->isReadOnly());
    QCOMPARE(doc.value()->store().schemaVersion(), schema::currentVersion());
    QCOMPARE(doc.value()->itemCount(), 29);
    QVERIFY(doc.value()->setSetting(QStringLiteral("office"), QStringLiteral("Tokyo desk")));
    const auto tooLong = doc.value()->setSetting(QStringLiteral("office"),
                                                 QString(MaxSettingLength + 1, QLatin1Char('o')));
    QCOMPARE(tooLong.error().code, Error::Code::Invalid);
    QVERIFY2(tooLong.errorMessage().contains(QStringLiteral("at most 10000")),
             qPrintable(tooLong.errorMessage()));
    doc.value().reset();
    QCOMPARE(sqlite3Cli(path, QStringLiteral("SELECT value FROM setting WHERE key = 'office'")).out,
             QStringLiteral("Tokyo desk"));
    QVERIFY(sqlite3Cli(path,
                       QStringLiteral("UPDATE organisation SET name = "
                                      "hex(zeroblob(101)) WHERE id = 1"))
                    .exitCode
            != 0);
    QCOMPARE(runJcroadmap({QStringLiteral("check"), path}).exitCode, 0);
}

/// Every fixture of an older schema upgrades to the current one in one step after a backup,
/// keeps its items, and takes a baseline (schema 6) afterwards.
void TestMigration::everyOlderFixtureUpgrades_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < schema::currentVersion(); ++v) {
        if (QFileInfo::exists(QStringLiteral(JCR_TEST_DATA_DIR "/roadmap-v%1.jcroadmap").arg(v)))
            QTest::addRow("v%d", v) << v;
    }
}

void TestMigration::everyOlderFixtureUpgrades()
{
    QFETCH(int, version);
    const QString fixture = QStringLiteral(JCR_TEST_DATA_DIR "/roadmap-v%1.jcroadmap").arg(version);
    const QString path = m_dir.filePath(QStringLiteral("upgrade-v%1.jcroadmap").arg(version));
    QFile::remove(path);
    QVERIFY(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(sqlite3Cli(path, QStringLiteral("PRAGMA user_version")).out, QString::number(version));
    const QString itemsBefore
            = sqlite3Cli(path,
                         QStringLiteral("SELECT group_concat(id || ':' || status || ':' || "
                                        "coalesce(end_date, '-'), ',') FROM item"))
                      .out;
    // Baselines came with schema 6: the fixtures from then on hold one.
    const qsizetype baselinesBefore = version >= 6
            ? sqlite3Cli(path, QStringLiteral("SELECT count(*) FROM baseline")).out.toInt()
            : 0;
    auto doc = RoadmapDocument::open(path);
    QVERIFY2(doc, qPrintable(doc.errorMessage()));
    QVERIFY(!doc.value()->isReadOnly());
    QCOMPARE(doc.value()->store().schemaVersion(), schema::currentVersion());
    const QString backup = path + QStringLiteral(".schema%1.bak").arg(version);
    QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
    QCOMPARE(sqlite3Cli(backup, QStringLiteral("PRAGMA user_version")).out,
             QString::number(version));
    QCOMPARE(doc.value()->baselines().size(), baselinesBefore);
    auto whole = doc.value()->applyCaptureBaseline(QStringLiteral("After the upgrade"),
                                                   QDate(2026, 12, 1), QString());
    QVERIFY2(whole, qPrintable(whole.errorMessage()));
    QCOMPARE(whole->items.size(), doc.value()->itemCount());
    doc.value().reset();
    QCOMPARE(sqlite3Cli(path,
                        QStringLiteral("SELECT group_concat(id || ':' || status || ':' || "
                                       "coalesce(end_date, '-'), ',') FROM item"))
                     .out,
             itemsBefore);
    QCOMPARE(sqlite3Cli(path,
                        QStringLiteral("SELECT count(*) FROM baseline_item WHERE baseline_id = "
                                       "(SELECT id FROM baseline WHERE name = 'After the "
                                       "upgrade')"))
                     .out,
             sqlite3Cli(path, QStringLiteral("SELECT count(*) FROM item")).out);
    QCOMPARE(runJcroadmap({QStringLiteral("check"), path}).exitCode, 0);
}

/// The fixture of schema 6 upgrades (after a backup) with its baseline, against which one item
/// slipped a quarter.
void TestMigration::v6FixtureUpgradesWithItsBaseline()
{
    const QString path = m_dir.filePath(QStringLiteral("v6.jcroadmap"));
    QVERIFY(QFile::copy(QStringLiteral(JCR_TEST_DATA_DIR "/roadmap-v6.jcroadmap"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(sqlite3Cli(path, QStringLiteral("PRAGMA user_version")).out, QStringLiteral("6"));
    auto doc = RoadmapDocument::open(path);
    QVERIFY2(doc, qPrintable(doc.errorMessage()));
    QVERIFY(!doc.value()->isReadOnly());
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".schema6.bak")));
    QCOMPARE(doc.value()->baselines().size(), 1);
    QCOMPARE(doc.value()->baselines().constFirst().name,
             QStringLiteral("Leaders' meeting March 2026"));
    QCOMPARE(doc.value()->baselines().constFirst().takenOn, QDate(2026, 3, 6));
    const auto r = runJcroadmap({QStringLiteral("baseline"), path, QStringLiteral("compare"),
                                 QStringLiteral("Leaders' meeting March 2026")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1); // the header and one item (output trimmed)
    QVERIFY2(r.out.contains(QStringLiteral("\t1 quarter\t")), qPrintable(r.out));
}

void TestMigration::newFileHasCurrentSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("new.jcroadmap"));
    QVERIFY(makeRoadmap(path));
    QCOMPARE(sqlite3Cli(path, QStringLiteral("PRAGMA user_version")).out,
             QString::number(schema::currentVersion()));
    QCOMPARE(sqlite3Cli(path, QStringLiteral("PRAGMA application_id")).out,
             QString::number(schema::ApplicationId));
    QCOMPARE(sqlite3Cli(path, QStringLiteral("PRAGMA journal_mode")).out, QStringLiteral("delete"));
    QVERIFY(sidecars(path).isEmpty());
}

void TestMigration::everyOlderFixtureGainsTranslations_data()
{
    QTest::addColumn<QString>("fixture");
    for (const char *v : {"v1", "v3", "v4", "v5", "v6"})
        QTest::newRow(v) << QStringLiteral("roadmap-%1.jcroadmap").arg(QLatin1String(v));
}

/// Schema 7 (issue 15): every older fixture upgrades, its primary texts and its record of change
/// as they were and no translation yet; the translations' columns keep the primary texts'
/// limits, and a translation changed by another program is recorded.
void TestMigration::everyOlderFixtureGainsTranslations()
{
    QFETCH(QString, fixture);
    const QString path = m_dir.filePath(QStringLiteral("translations-") + fixture);
    QVERIFY(QFile::copy(QStringLiteral(JCR_TEST_DATA_DIR "/") + fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QString titlesBefore
            = sqlite3Cli(path, QStringLiteral("SELECT group_concat(title, '|') FROM item")).out;
    // Schema 5 began the record of change.
    const QString record = QStringLiteral(
            "SELECT count(*) || ' ' || coalesce(sum(length(actor || field || coalesce(old_value, "
            "'') || coalesce(new_value, ''))), 0) || ' ' || coalesce(max(id), 0) FROM change_log");
    const bool recorded = fixture >= QLatin1String("roadmap-v5");
    const QString recordBefore = recorded ? sqlite3Cli(path, record).out : QString();
    auto doc = RoadmapDocument::open(path);
    QVERIFY2(doc, qPrintable(doc.errorMessage()));
    QCOMPARE(doc.value()->store().schemaVersion(), schema::currentVersion());
    QVERIFY(doc.value()->itemCount() > 0);
    Item it = doc.value()->itemAt(0);
    QVERIFY(it.titles.isEmpty());
    QVERIFY(it.descriptions.isEmpty());
    for (const PriorityArea &a : doc.value()->areas())
        QVERIFY(a.names.isEmpty());
    doc.value().reset();
    QCOMPARE(sqlite3Cli(path, QStringLiteral("SELECT group_concat(title, '|') FROM item")).out,
             titlesBefore);
    QCOMPARE(sqlite3Cli(path,
                        QStringLiteral("SELECT count(*) FROM item WHERE title_fr <> '' OR "
                                       "title_ja <> '' OR description_fr <> '' OR "
                                       "description_ja <> ''"))
                     .out,
             QStringLiteral("0"));
    // The new columns keep the primary texts' limits.
    QVERIFY(sqlite3Cli(path,
                       QStringLiteral("UPDATE item SET title_ja = hex(zeroblob(251)) "
                                      "WHERE id = (SELECT min(id) FROM item)"))
                    .exitCode
            != 0);
    if (recorded)
        QCOMPARE(sqlite3Cli(path, record).out, recordBefore);
    QCOMPARE(sqlite3Cli(path,
                        QStringLiteral("UPDATE item SET title_fr = 'Titre', description_ja = "
                                       "'説明' WHERE id = (SELECT min(id) FROM item); UPDATE "
                                       "priority_area SET short_name_ja = '安全保障' WHERE "
                                       "number = 1"))
                     .exitCode,
             0);
    QCOMPARE(sqlite3Cli(path,
                        QStringLiteral("SELECT group_concat(actor || ':' || field || ':' || "
                                       "coalesce(old_value, 'NULL') || ':' || new_value, '|') "
                                       "FROM (SELECT * FROM change_log WHERE field GLOB '*_fr' OR "
                                       "field GLOB '*_ja' ORDER BY id)"))
                     .out,
             QStringLiteral("another program:title_fr::Titre|another program:description_ja::説明|"
                            "another program:short_name_ja::安全保障"));
    QCOMPARE(runJcroadmap({QStringLiteral("check"), path}).exitCode, 0);
}

/// The fixture of schema 7 opens as it is (no backup, no upgrade), with the French and
/// Japanese texts it holds, its baseline and the record of its translations.
void TestMigration::v7FixtureKeepsItsTranslations()
{
    const QString path = m_dir.filePath(QStringLiteral("v7.jcroadmap"));
    QVERIFY(QFile::copy(QStringLiteral(JCR_TEST_DATA_DIR "/roadmap-v7.jcroadmap"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(sqlite3Cli(path, QStringLiteral("PRAGMA user_version")).out, QStringLiteral("7"));
    auto doc = RoadmapDocument::open(path);
    QVERIFY2(doc, qPrintable(doc.errorMessage()));
    QVERIFY(!doc.value()->isReadOnly());
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".schema7.bak")));
    const Item *first = doc.value()->item(1);
    QVERIFY(first);
    QCOMPARE(first->titles.fr, QStringLiteral("Établissement du Partenariat stratégique global"));
    QCOMPARE(first->titles.ja, QStringLiteral("包括的戦略的パートナーシップの構築"));
    QCOMPARE(first->titleIn(QLocale::Japanese), first->titles.ja);
    QCOMPARE(first->titleIn(QLocale::English), first->title);
    QCOMPARE(doc.value()->areaByNumber(1)->shortNames.fr, QStringLiteral("Sécurité et défense"));
    QCOMPARE(doc.value()->baselines().size(), 1);
    auto history = History::ofItem(*doc.value(), 1);
    QVERIFY2(history, qPrintable(history.errorMessage()));
    const bool recorded
            = std::any_of(history->cbegin(), history->cend(), [](const HistoryEntry &e) {
                  return e.kind == HistoryEntry::Kind::Change
                          && e.change.field == QLatin1String("title_ja")
                          && e.change.newValue
                          == QStringLiteral("包括的戦略的パートナーシップの構築");
              });
    QVERIFY(recorded);
    QCOMPARE(runJcroadmap({QStringLiteral("check"), path}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
