// Exports and imports on real roadmap files: round trips, previews, one undo step, and bad
// input that changes nothing (checked on the file with a hash and with the sqlite3 shell).

#include "document/history.h"
#include "document/useridentity.h"
#include "documenttestutil.h"
#include "edit/editservice.h"
#include "interchange/csvreader.h"
#include "interchange/csvwriter.h"
#include "interchange/importplanner.h"
#include "interchange/roadmapexporter.h"
#include "interchange/roadmapimporter.h"
#include "interchange/xlsxexporter.h"
#include "roadmapgenerator.h"
#include "storage/database.h"
#include "storage/roadmaprepository.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace jcr;
using namespace jcr::testutil;

class TestInterchangeRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seededRoundTrip_data();
    void seededRoundTrip();
    void generatedRoundTrip_data();
    void generatedRoundTrip();
    void updatesAndAdditionsAreOneUndoStep();
    void partialColumnsKeepTheRest();
    void largeImportIsOneUndoStep();
    void importIsRecordedInHistory();
    void bulkInsertKeepsEveryRowAndNamesARefusedOne();
    void formulaTextRoundTrips();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void hugeFileIsRefused();
    void conflictWritesNothing();
    void exportNeverOverwritesTheRoadmapOrSqlite();
    void exportReplacesAtomically_data();
    void exportReplacesAtomically();

private:
    QString roadmap(const QString &name);
    static QByteArray editCsv(const QByteArray &csv,
                              const std::function<void(QStringList &, QList<QStringList> &)> &edit);
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestInterchangeRoundTrip::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestInterchangeRoundTrip::roadmap(const QString &name)
{
    const QString path
            = m_dir.filePath(QStringLiteral("%1-%2.jcroadmap").arg(name).arg(++m_counter));
    if (!makeRoadmap(path))
        return {};
    return path;
}

QByteArray TestInterchangeRoundTrip::editCsv(
        const QByteArray &csv, const std::function<void(QStringList &, QList<QStringList> &)> &edit)
{
    auto table = CsvReader::parse(csv);
    if (!table)
        qFatal("%s", qPrintable(table.errorMessage()));
    QStringList header = table->header;
    QList<QStringList> rows;
    for (const TableRow &r : table->rows)
        rows << r.cells;
    edit(header, rows);
    QByteArray out = CsvWriter::byteOrderMark();
    CsvWriter::appendRecord(out, header);
    for (const QStringList &r : rows)
        CsvWriter::appendRecord(out, r);
    return out;
}

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

void TestInterchangeRoundTrip::seededRoundTrip_data()
{
    QTest::addColumn<QString>("extension");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
    QTest::newRow("json") << QStringLiteral("json");
}

void TestInterchangeRoundTrip::seededRoundTrip()
{
    QFETCH(QString, extension);
    const QString path = roadmap(QStringLiteral("seeded"));
    auto doc = RoadmapDocument::open(path);
    QVERIFY(doc.ok());
    const QString out
            = m_dir.filePath(QStringLiteral("seeded-%1.%2").arg(m_counter).arg(extension));
    auto exported = RoadmapExporter::exportTo(*doc.value(), out);
    QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
    const QByteArray before = fileHash(path);
    auto plan = RoadmapImporter::plan(*doc.value(), out);
    QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
    QVERIFY2(plan->rejected.isEmpty(), qPrintable(plan->rejectionLines().join(QLatin1Char('\n'))));
    QCOMPARE(plan->changedCount(), 0);
    QCOMPARE(plan->addedCount(), 0);
    QCOMPARE(plan->unchanged, doc.value()->itemCount());
    QVERIFY(doc.value()->itemCount() >= 29); // the whole seeded roadmap
    QVERIFY(RoadmapImporter::apply(*doc.value(), plan.value(), out).ok());
    QCOMPARE(doc.value()->undoStack()->count(), 0);
    QCOMPARE(fileHash(path), before);
}

void TestInterchangeRoundTrip::generatedRoundTrip_data()
{
    seededRoundTrip_data();
}

void TestInterchangeRoundTrip::generatedRoundTrip()
{
    QFETCH(QString, extension);
    static QString generated;
    if (generated.isEmpty()) {
        generated = m_dir.filePath(QStringLiteral("generated.jcroadmap"));
        bench::GeneratorOptions options;
        options.items = 10000;
        auto made = bench::generateRoadmap(generated, options);
        QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
    }
    auto doc = RoadmapDocument::open(generated);
    QVERIFY(doc.ok());
    QCOMPARE(doc.value()->itemCount(), 10000);
    const QString out = m_dir.filePath(QStringLiteral("generated.") + extension);
    QVERIFY(RoadmapExporter::exportTo(*doc.value(), out).ok());
    auto plan = RoadmapImporter::plan(*doc.value(), out);
    QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
    QVERIFY2(plan->rejected.isEmpty(),
             qPrintable(plan->rejectionLines().mid(0, 5).join(QLatin1Char('\n'))));
    QCOMPARE(plan->changedCount(), 0);
    QCOMPARE(plan->addedCount(), 0);
    QCOMPARE(plan->unchanged, 10000);
}

void TestInterchangeRoundTrip::updatesAndAdditionsAreOneUndoStep()
{
    const QString path = roadmap(QStringLiteral("edit"));
    auto opened = RoadmapDocument::open(path);
    QVERIFY(opened.ok());
    RoadmapDocument &doc = *opened.value();
    const QString csvPath = m_dir.filePath(QStringLiteral("edit.csv"));
    QVERIFY(RoadmapExporter::exportTo(doc, csvPath).ok());
    const Item first = doc.itemAt(0);
    const Item second = doc.itemAt(1);
    const int count = doc.itemCount();
    const QString firstToSecond = QStringLiteral("SELECT count(*) FROM dependency WHERE "
                                                 "predecessor_id=%1 AND successor_id=%2")
                                          .arg(first.id)
                                          .arg(second.id);
    const QString originalLink = sqlite3Cli(path, firstToSecond).out;
    const QString allLinks = sqlite3Cli(path,
                                        QStringLiteral("SELECT group_concat(predecessor_id || "
                                                       "'>' || successor_id) FROM (SELECT * "
                                                       "FROM dependency ORDER BY 1, 2)"))
                                     .out;
    const QString originalStatus
            = sqlite3Cli(path, QStringLiteral("SELECT status FROM item WHERE id=%1").arg(first.id))
                      .out;
    QByteArray edited
            = editCsv(readAll(csvPath), [&](QStringList &header, QList<QStringList> &rows) {
                  const int status = int(header.indexOf(QStringLiteral("status")));
                  const int title = int(header.indexOf(QStringLiteral("title")));
                  const int deps = int(header.indexOf(QStringLiteral("dependencies")));
                  rows[0][status] = first.status == Status::Done ? QStringLiteral("on_hold")
                                                                 : QStringLiteral("done");
                  rows[1][title] = second.title + QStringLiteral(" (renamed)");
                  rows[1][deps] = QString::number(first.id);
                  QStringList added = rows[0];
                  added[0].clear();
                  added[title] = QStringLiteral("Imported item — 日本");
                  added[deps] = QString::number(second.id);
                  rows << added;
              });
    QVERIFY(writeAll(csvPath, edited));
    auto plan = RoadmapImporter::plan(doc, csvPath);
    QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
    QVERIFY2(plan->rejected.isEmpty(), qPrintable(plan->rejectionLines().join(QLatin1Char('\n'))));
    QCOMPARE(plan->changedCount(), 2);
    QCOMPARE(plan->addedCount(), 1);
    QVERIFY(plan->summary().startsWith(QLatin1String("2 changed, 1 new, 0 rejected")));
    QVERIFY(RoadmapImporter::apply(doc, plan.value(), csvPath).ok());
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.itemCount(), count + 1);
    // In the file, seen by another program.
    QCOMPARE(sqlite3Cli(path, QStringLiteral("SELECT count(*) FROM item")).out,
             QString::number(count + 1));
    QVERIFY(sqlite3Cli(path, QStringLiteral("SELECT status FROM item WHERE id=%1").arg(first.id))
                    .out
            != originalStatus);
    QCOMPARE(sqlite3Cli(path, QStringLiteral("SELECT title FROM item WHERE id=%1").arg(second.id))
                     .out,
             second.title + QStringLiteral(" (renamed)"));
    const QString newId
            = sqlite3Cli(path,
                         QStringLiteral("SELECT id FROM item WHERE title='Imported item — 日本'"))
                      .out;
    QVERIFY(!newId.isEmpty());
    QCOMPARE(sqlite3Cli(
                     path,
                     QStringLiteral("SELECT count(*) FROM dependency WHERE (predecessor_id=%1 AND "
                                    "successor_id=%2) OR (predecessor_id=%2 AND successor_id=%3)")
                             .arg(first.id)
                             .arg(second.id)
                             .arg(newId))
                     .out,
             QStringLiteral("2"));

    doc.undoStack()->undo();
    QCOMPARE(doc.itemCount(), count);
    QCOMPARE(sqlite3Cli(path, QStringLiteral("SELECT count(*) FROM item")).out,
             QString::number(count));
    QCOMPARE(sqlite3Cli(path, QStringLiteral("SELECT status FROM item WHERE id=%1").arg(first.id))
                     .out,
             originalStatus);
    QCOMPARE(sqlite3Cli(path, QStringLiteral("SELECT title FROM item WHERE id=%1").arg(second.id))
                     .out,
             second.title);
    // Every dependency as it was, the new item's with it.
    QCOMPARE(sqlite3Cli(path, firstToSecond).out, originalLink);
    QCOMPARE(sqlite3Cli(path,
                        QStringLiteral("SELECT group_concat(predecessor_id || '>' || "
                                       "successor_id) FROM (SELECT * FROM dependency "
                                       "ORDER BY 1, 2)"))
                     .out,
             allLinks);

    doc.undoStack()->redo();
    QCOMPARE(doc.itemCount(), count + 1);
    QCOMPARE(sqlite3Cli(path,
                        QStringLiteral("SELECT id FROM item WHERE title='Imported item — 日本'"))
                     .out,
             newId);
    QCOMPARE(sqlite3Cli(path, QStringLiteral("SELECT title FROM item WHERE id=%1").arg(second.id))
                     .out,
             second.title + QStringLiteral(" (renamed)"));
}

void TestInterchangeRoundTrip::largeImportIsOneUndoStep()
{
    // Enough rows for the bulk path (one statement, one re-read instead of a read-back per row).
    const QString path = roadmap(QStringLiteral("large"));
    auto opened = RoadmapDocument::open(path);
    QVERIFY(opened.ok());
    RoadmapDocument &doc = *opened.value();
    const int count = doc.itemCount();
    QByteArray csv = "area,kind,title,start,dependencies\r\n";
    for (int i = 0; i < 600; ++i)
        csv += QStringLiteral("%1,event,Bulk %2,2027-%3,%4\r\n")
                       .arg(i % 6 + 1)
                       .arg(i)
                       .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                       .arg(i == 7 ? QString::number(doc.itemAt(0).id) : QString())
                       .toUtf8();
    const QString csvPath = m_dir.filePath(QStringLiteral("large.csv"));
    QVERIFY(writeAll(csvPath, csv));
    auto plan = RoadmapImporter::plan(doc, csvPath);
    QVERIFY(plan.ok());
    QCOMPARE(plan->addedCount(), 600);
    const auto applied = RoadmapImporter::apply(doc, plan.value(), csvPath);
    QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.itemCount(), count + 600);
    const QString ids = sqlite3Cli(path,
                                   QStringLiteral("SELECT min(id) || '-' || max(id) FROM item "
                                                  "WHERE title LIKE 'Bulk %'"))
                                .out;
    QCOMPARE(sqlite3Cli(path,
                        QStringLiteral("SELECT count(*) FROM dependency d JOIN item i ON "
                                       "i.id = d.successor_id WHERE i.title = 'Bulk 7'"))
                     .out,
             QStringLiteral("1"));
    const Item *bulk7 = nullptr;
    for (const Item &it : doc.items()) {
        if (it.title == QLatin1String("Bulk 7"))
            bulk7 = &it;
    }
    QVERIFY(bulk7);
    QVERIFY(bulk7->start == FuzzyDate::month(2027, 8));
    QVERIFY(doc.dependencies().contains(Dependency {doc.itemAt(0).id, bulk7->id}));
    doc.undoStack()->undo();
    QCOMPARE(doc.itemCount(), count);
    QCOMPARE(sqlite3Cli(path, QStringLiteral("SELECT count(*) FROM item")).out.toInt(), count);
    doc.undoStack()->redo();
    QCOMPARE(doc.itemCount(), count + 600);
    QCOMPARE(sqlite3Cli(path,
                        QStringLiteral("SELECT min(id) || '-' || max(id) FROM item WHERE "
                                       "title LIKE 'Bulk %'"))
                     .out,
             ids);
}

void TestInterchangeRoundTrip::partialColumnsKeepTheRest()
{
    const QString path = roadmap(QStringLiteral("partial"));
    auto opened = RoadmapDocument::open(path);
    QVERIFY(opened.ok());
    RoadmapDocument &doc = *opened.value();
    const Item target = doc.itemAt(2);
    const QString csvPath = m_dir.filePath(QStringLiteral("partial.csv"));
    QVERIFY(!target.description.isEmpty());
    // Only two columns: the others keep their values; an empty cell clears its field.
    QVERIFY(writeAll(
            csvPath,
            QStringLiteral("id,progress,description\r\n%1,42%,\r\n").arg(target.id).toUtf8()));
    auto plan = RoadmapImporter::plan(doc, csvPath);
    QVERIFY(plan.ok());
    QCOMPARE(plan->changedCount(), 1);
    QVERIFY(RoadmapImporter::apply(doc, plan.value(), csvPath).ok());
    const Item *after = doc.item(target.id);
    QCOMPARE(after->progress, 42);
    QCOMPARE(after->description, QString());
    QCOMPARE(after->title, target.title);
    QCOMPARE(after->organisations, target.organisations);
    QCOMPARE(after->tags, target.tags);
    QVERIFY(after->start == target.start);
}

void TestInterchangeRoundTrip::importIsRecordedInHistory()
{
    // An import is an edit like any other: the file's record of change holds every field it
    // changed and every item it added, under the user's name, and its undo is recorded too.
    const QString path = roadmap(QStringLiteral("history"));
    auto opened = RoadmapDocument::open(path);
    QVERIFY(opened.ok());
    RoadmapDocument &doc = *opened.value();
    const QString csvPath = m_dir.filePath(QStringLiteral("history.csv"));
    QVERIFY(RoadmapExporter::exportTo(doc, csvPath).ok());
    const Item first = doc.itemAt(0);
    const QString newStatus
            = first.status == Status::Done ? QStringLiteral("on_hold") : QStringLiteral("done");
    QVERIFY(writeAll(csvPath,
                     editCsv(readAll(csvPath), [&](QStringList &header, QList<QStringList> &rows) {
                         const int status = int(header.indexOf(QStringLiteral("status")));
                         const int title = int(header.indexOf(QStringLiteral("title")));
                         rows[0][status] = newStatus;
                         QStringList added = rows[0];
                         added[0].clear();
                         added[title] = QStringLiteral("Recorded import — 記録");
                         rows << added;
                     })));
    const QString before = sqlite3Cli(path, QStringLiteral("SELECT max(id) FROM change_log")).out;
    QVERIFY(!before.isEmpty());
    const auto since = [&](const QString &what) {
        return sqlite3Cli(
                       path,
                       QStringLiteral("SELECT %1 FROM change_log WHERE id > %2").arg(what, before))
                .out;
    };
    auto plan = RoadmapImporter::plan(doc, csvPath);
    QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
    QVERIFY(RoadmapImporter::apply(doc, plan.value(), csvPath).ok());

    const QString actor = UserIdentity::recordedName();
    QVERIFY(!actor.isEmpty());
    QCOMPARE(since(QStringLiteral("group_concat(DISTINCT actor)")), actor);
    QCOMPARE(sqlite3Cli(path,
                        QStringLiteral("SELECT old_value || '>' || new_value FROM "
                                       "change_log WHERE id > %1 AND item_id = %2 AND "
                                       "field = 'status'")
                                .arg(before)
                                .arg(first.id))
                     .out,
             enums::key(first.status) + QLatin1Char('>') + newStatus);
    const QString newId = sqlite3Cli(path,
                                     QStringLiteral("SELECT id FROM item WHERE title = "
                                                    "'Recorded import — 記録'"))
                                  .out;
    QVERIFY(!newId.isEmpty());
    QCOMPARE(sqlite3Cli(path,
                        QStringLiteral("SELECT action || ':' || new_value FROM change_log "
                                       "WHERE id > %1 AND item_id = %2 AND field = ''")
                                .arg(before, newId))
                     .out,
             QStringLiteral("insert:Recorded import — 記録"));
    // The item's History says it in words.
    auto history = History::ofItem(doc, first.id);
    QVERIFY(history.ok());
    QVERIFY(!history->isEmpty());
    QCOMPARE(history->first().kind, HistoryEntry::Kind::Change);
    QCOMPARE(history->first().change.field, QStringLiteral("status"));
    QCOMPARE(history->first().change.actor, actor);
    const QString recorded = since(QStringLiteral("count(*)"));

    // Undo removes nothing from the record: it adds the reversal.
    doc.undoStack()->undo();
    QVERIFY(since(QStringLiteral("count(*)")).toInt() > recorded.toInt());
    QCOMPARE(sqlite3Cli(path,
                        QStringLiteral("SELECT action FROM change_log WHERE id > %1 AND "
                                       "item_id = %2 ORDER BY id DESC LIMIT 1")
                                .arg(before, newId))
                     .out,
             QStringLiteral("delete"));
    QCOMPARE(sqlite3Cli(path,
                        QStringLiteral("SELECT old_value || '>' || new_value FROM "
                                       "change_log WHERE id > %1 AND item_id = %2 AND "
                                       "field = 'status' ORDER BY id DESC LIMIT 1")
                                .arg(before)
                                .arg(first.id))
                     .out,
             newStatus + QLatin1Char('>') + enums::key(first.status));
}

void TestInterchangeRoundTrip::bulkInsertKeepsEveryRowAndNamesARefusedOne()
{
    // Imports write many rows per statement: every row, link and tag must still arrive, new
    // ids must follow every id of the batch, and a refused row must be named by its own problem.
    const QString path = roadmap(QStringLiteral("bulk"));
    auto db = Database::open(path, Database::Mode::Open);
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    RoadmapRepository repo(*db.value());
    auto before = repo.loadSnapshot();
    QVERIFY(before.ok());
    Item model;
    for (const Item &it : std::as_const(before->items)) {
        if (it.organisations.size() > 1 && !it.tags.isEmpty())
            model = it;
    }
    QVERIFY(model.id > 0);
    qint64 maxId = 0;
    for (const Item &it : std::as_const(before->items))
        maxId = std::max(maxId, it.id);
    QList<Item> items;
    for (int i = 0; i < 150; ++i) {
        Item it = model;
        it.id = 0;
        it.title = QStringLiteral("Bulk %1").arg(i);
        items << it;
    }
    items[10].id = maxId + 500; // as an undone delete brings its id back

    QVERIFY(db.value()->beginWrite().ok());
    auto ids = repo.insertItemsBulk(items);
    QVERIFY2(ids.ok(), qPrintable(ids.errorMessage()));
    QCOMPARE(ids->size(), 150);
    QCOMPARE(ids->at(10), maxId + 500);
    QCOMPARE(ids->at(0), maxId + 501);
    QCOMPARE(ids->at(149), maxId + 649); // 149 new ids beside the one brought back
    auto after = repo.loadSnapshot();
    QVERIFY(after.ok());
    QCOMPARE(after->items.size(), before->items.size() + 150);
    for (int i : {0, 10, 63, 64, 149}) {
        const auto found = std::find_if(after->items.cbegin(), after->items.cend(),
                                        [&](const Item &it) { return it.id == ids->at(i); });
        QVERIFY(found != after->items.cend());
        QCOMPARE(found->title, items.at(i).title);
        QCOMPARE(found->organisations.size(), model.organisations.size());
        QCOMPARE(found->organisations.first().organisationId,
                 model.organisations.first().organisationId);
        QCOMPARE(found->tags, model.tags);
        QCOMPARE(found->citations.size(), model.citations.size());
        QCOMPARE(found->start, model.start);
        QCOMPARE(found->end, model.end);
    }
    db.value()->rollback();

    // Row 100 is refused by the file: its own problem is told, not the statement's.
    items[100].title = QString(600, QLatin1Char('x'));
    QVERIFY(!items.at(100).validate().isEmpty());
    QVERIFY(db.value()->beginWrite().ok());
    auto refused = repo.insertItemsBulk(items);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    QCOMPARE(refused.errorMessage(), items.at(100).validate().join(QLatin1Char(' ')));
    db.value()->rollback();
    auto unchanged = repo.loadSnapshot();
    QVERIFY(unchanged.ok());
    QCOMPARE(unchanged->items.size(), before->items.size());
}

void TestInterchangeRoundTrip::formulaTextRoundTrips()
{
    const QString path = roadmap(QStringLiteral("formula"));
    auto opened = RoadmapDocument::open(path);
    QVERIFY(opened.ok());
    RoadmapDocument &doc = *opened.value();
    Item it = doc.itemAt(0);
    it.title = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
    it.description = QStringLiteral("@SUM(1+9)*cmd|' /C calc'!A0");
    // A cited passage of the statement that begins with a formula character.
    QVERIFY(!doc.sources().isEmpty());
    it.citations = {Citation {doc.sources().constFirst().id,
                              QStringLiteral("- (3) Trade and Investment;")}};
    it.tags = {QStringLiteral("-2+3"), QStringLiteral("+tag")};
    QVERIFY(doc.applyUpdateItem(it).ok());
    for (const char *ext : {"csv", "xlsx", "json"}) {
        const QString out = m_dir.filePath(QStringLiteral("formula.") + QLatin1String(ext));
        QVERIFY(RoadmapExporter::exportTo(doc, out).ok());
        auto plan = RoadmapImporter::plan(doc, out);
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QVERIFY2(plan->rejected.isEmpty(),
                 qPrintable(plan->rejectionLines().join(QLatin1Char('\n'))));
        QCOMPARE(plan->changedCount(), 0);
    }
    // The raw CSV: every one of those cells begins with the neutralising apostrophe.
    const QString raw = QString::fromUtf8(readAll(m_dir.filePath(QStringLiteral("formula.csv"))));
    QVERIFY(raw.contains(QLatin1String("\"'=HYPERLINK(")));
    QVERIFY(raw.contains(QLatin1String("'@SUM(1+9)")));
    QVERIFY(raw.contains(QLatin1String("'- (3) Trade and Investment;")));
    QCOMPARE(doc.item(it.id)->citations, it.citations);
    // Tags come back from the file sorted; the cell of the list begins with one of them.
    QVERIFY(raw.contains(QLatin1Char('\'') + doc.item(it.id)->tags.join(QStringLiteral("; "))));
}

void TestInterchangeRoundTrip::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // in the error or the rejection lines
    const QByteArray head = "id,area,kind,status,title,start,end\r\n";
    QTest::newRow("windows-1252") << QStringLiteral("w.csv")
                                  << QByteArray(head
                                                + ",1,event,planned,Visite \xE0 Qu\xE9"
                                                  "bec,2026-05-01,\r\n")
                                  << QStringLiteral("Windows-1252");
    QTest::newRow("shift_jis")
            << QStringLiteral("s.csv")
            << QByteArray(head
                          + ",1,event,planned,\x93\xfa\x96{\x82\xc6\x83J\x83i\x83_,2026-05-01,\r\n")
            << QStringLiteral("Shift_JIS");
    QTest::newRow("ragged") << QStringLiteral("r.csv")
                            << QByteArray(head + ",1,event,planned,Short row\r\n")
                            << QStringLiteral("line 2: it has 5 fields where the header has 7");
    QTest::newRow("unknown-area") << QStringLiteral("a.csv")
                                  << QByteArray(head + ",9,event,planned,X,2026-05-01,\r\n")
                                  << QStringLiteral("line 2: unknown priority area “9”");
    QTest::newRow("unknown-status")
            << QStringLiteral("st.csv") << QByteArray(head + ",1,event,finished,X,2026-05-01,\r\n")
            << QStringLiteral("unknown status “finished”");
    QTest::newRow("unknown-kind") << QStringLiteral("k.csv")
                                  << QByteArray(head + ",1,party,planned,X,2026-05-01,\r\n")
                                  << QStringLiteral("unknown kind “party”");
    QTest::newRow("invalid-date") << QStringLiteral("d.csv")
                                  << QByteArray(head + ",1,event,planned,X,2026-02-30,\r\n")
                                  << QStringLiteral("the start “2026-02-30” is not a date");
    QTest::newRow("reversed-dates")
            << QStringLiteral("rv.csv")
            << QByteArray(head + ",1,event,planned,X,2027-05-01,2026-Q1\r\n")
            << QStringLiteral("is before the start");
    QTest::newRow("formula-cell") << QStringLiteral("f.csv")
                                  << QByteArray(head + ",1,event,planned,=1+2,2026-05-01,\r\n")
                                  << QStringLiteral("would run it as a formula");
    QTest::newRow("duplicate-ids")
            << QStringLiteral("dup.csv") << QByteArray("id,title\r\n1,A\r\n1,B\r\n")
            << QStringLiteral("line 3: id 1 is also on line 2");
    QTest::newRow("unknown-id") << QStringLiteral("uid.csv")
                                << QByteArray("id,title\r\n999999,A\r\n")
                                << QStringLiteral("no item with id 999999");
    QTest::newRow("unknown-column")
            << QStringLiteral("col.csv") << QByteArray("id,colour\r\n1,red\r\n")
            << QStringLiteral("Unknown column “colour”");
    QTest::newRow("no-title") << QStringLiteral("nt.csv") << QByteArray("area,title\r\n1,\r\n")
                              << QStringLiteral("line 2: a title is required");
    QTest::newRow("no-area") << QStringLiteral("na.csv")
                             << QByteArray("area,title,kind\r\n,Nowhere,event\r\n")
                             << QStringLiteral("line 2: a priority area is required (a number "
                                               "from 1 to 6, or the area's name)");
    QTest::newRow("no-area-column")
            << QStringLiteral("nac.csv") << QByteArray("title,kind\r\nNowhere,party\r\n")
            << QStringLiteral("line 2: a priority area is required (a "
                              "number from 1 to 6, or the area's name); "
                              "unknown kind “party”");
    QTest::newRow("unknown-area-no-title")
            << QStringLiteral("nat.csv") << QByteArray("area,title\r\nSpace,\r\n")
            << QStringLiteral("line 2: unknown priority area “Space” (a number from 1 to 6, or "
                              "the area's name); a title is required");
    QTest::newRow("unknown-organisation")
            << QStringLiteral("org.csv") << QByteArray("area,title,organisations\r\n1,X,NOPE\r\n")
            << QStringLiteral("unknown organisation “NOPE”");
    QTest::newRow("fake-xlsx") << QStringLiteral("fake.xlsx") << QByteArray("id,title\r\n1,A\r\n")
                               << QStringLiteral("not an Excel workbook");
    QTest::newRow("zip-not-xlsx") << QStringLiteral("zip.xlsx")
                                  << QByteArray("PK\x05\x06" + QByteArray(18, '\0'))
                                  << QStringLiteral("not an Excel workbook");
    QTest::newRow("bad-json") << QStringLiteral("b.json")
                              << QByteArray("{\"items\": [ {\"title\": }\n]}")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("json-bad-kind")
            << QStringLiteral("k.json")
            << QByteArray("{\"items\": [{\"area\": 1, \"title\": \"ok\"}, {\"area\": 1, \"title\": "
                          "\"x\", \"kind\": \"party\"}]}")
            << QStringLiteral("item 2: unknown kind “party”");
    QTest::newRow("passage-not-in-a-source")
            << QStringLiteral("p.csv")
            << QByteArray("area,kind,status,title,source\r\n1,event,planned,X,\"We will meet on "
                          "the Moon.\"\r\n")
            << QStringLiteral("line 2: the source passage “We will meet on the Moon.” does not "
                              "occur verbatim in any source document");
    QTest::newRow("json-passage-not-in-a-source")
            << QStringLiteral("pj.json")
            << QByteArray("{\"items\": [{\"area\": 1, \"title\": \"x\", \"citations\": "
                          "[{\"source\": 1, \"passage\": \"Not there.\"}]}]}")
            << QStringLiteral("item 1: the source passage “Not there.” does not occur");
    QTest::newRow("ics") << QStringLiteral("c.ics") << QByteArray("BEGIN:VCALENDAR\r\n")
                         << QStringLiteral("import reads .csv, .xlsx and .json");
}

void TestInterchangeRoundTrip::badInputChangesNothing()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = roadmap(QStringLiteral("bad"));
    const QString input = m_dir.filePath(fileName);
    QVERIFY(writeAll(input, content));
    const QByteArray before = fileHash(path);
    {
        auto opened = RoadmapDocument::open(path);
        QVERIFY(opened.ok());
        RoadmapDocument &doc = *opened.value();
        const int count = doc.itemCount();
        auto plan = RoadmapImporter::plan(doc, input);
        if (plan.ok()) {
            const QString lines = plan->rejectionLines().join(QLatin1Char('\n'));
            QVERIFY2(lines.contains(expected), qPrintable(lines));
            // Each problem is said once: never "unknown area" and "area required" together.
            for (const QString &line : plan->rejectionLines())
                QVERIFY2(line.count(QLatin1String("priority area")) <= 1, qPrintable(line));
            QVERIFY(!plan->canApply());
            // Even the good rows of a file with a rejected row are not written.
            QVERIFY(!RoadmapImporter::apply(doc, plan.value(), input).ok());
        } else {
            QVERIFY2(plan.errorMessage().contains(expected), qPrintable(plan.errorMessage()));
        }
        QCOMPARE(doc.itemCount(), count);
        QCOMPARE(doc.undoStack()->count(), 0);
    }
    QCOMPARE(fileHash(path), before);
    // The command line says the same in one line per rejected row and exits with 1.
    const CliResult cli = runJcroadmap({QStringLiteral("import"), path, input});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.err.contains(expected), qPrintable(cli.err));
    QCOMPARE(fileHash(path), before);
}

void TestInterchangeRoundTrip::hugeFileIsRefused()
{
    const QString path = roadmap(QStringLiteral("huge"));
    const QString input = m_dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,title\r\n");
        QVERIFY(f.resize(100LL * 1024 * 1024)); // 100 MB (sparse: cheap to make)
    }
    const QByteArray before = fileHash(path);
    auto opened = RoadmapDocument::open(path);
    QVERIFY(opened.ok());
    QElapsedTimer timer;
    timer.start();
    auto plan = RoadmapImporter::plan(*opened.value(), input);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.errorMessage().contains(QLatin1String("too large to import (100 MB")),
             qPrintable(plan.errorMessage()));
    opened.value().reset();
    QCOMPARE(fileHash(path), before);
}

void TestInterchangeRoundTrip::conflictWritesNothing()
{
    const QString path = roadmap(QStringLiteral("conflict"));
    auto opened = RoadmapDocument::open(path);
    QVERIFY(opened.ok());
    RoadmapDocument &doc = *opened.value();
    const Item target = doc.itemAt(0);
    const QString csvPath = m_dir.filePath(QStringLiteral("conflict.csv"));
    QVERIFY(writeAll(
            csvPath,
            QStringLiteral("id,title\r\n%1,Mine\r\n,New one\r\n").arg(target.id).toUtf8()));
    QVERIFY(writeAll(csvPath,
                     QStringLiteral("id,area,title\r\n%1,1,Mine\r\n,1,New one\r\n")
                             .arg(target.id)
                             .toUtf8()));
    auto plan = RoadmapImporter::plan(doc, csvPath);
    QVERIFY(plan.ok());
    QVERIFY(plan->canApply());
    // Someone else renames the item after the preview, before the import is written.
    QCOMPARE(sqlite3Cli(path,
                        QStringLiteral("UPDATE item SET title='Theirs' WHERE id=%1").arg(target.id))
                     .exitCode,
             0);
    const int count = sqlite3Cli(path, QStringLiteral("SELECT count(*) FROM item")).out.toInt();
    QVERIFY(!RoadmapImporter::apply(doc, plan.value(), csvPath).ok());
    QCOMPARE(sqlite3Cli(path, QStringLiteral("SELECT title FROM item WHERE id=%1").arg(target.id))
                     .out,
             QStringLiteral("Theirs"));
    QCOMPARE(sqlite3Cli(path, QStringLiteral("SELECT count(*) FROM item")).out.toInt(), count);
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestInterchangeRoundTrip::exportNeverOverwritesTheRoadmapOrSqlite()
{
    const QString path = roadmap(QStringLiteral("guard"));
    const QString other = roadmap(QStringLiteral("other"));
    const QByteArray before = fileHash(path), otherBefore = fileHash(other);
    auto opened = RoadmapDocument::open(path);
    QVERIFY(opened.ok());
    // The roadmap itself, under another spelling and through a symbolic link.
    const QString link = m_dir.filePath(QStringLiteral("link.csv"));
    QVERIFY(QFile::link(path, link));
    const QString hard = m_dir.filePath(QStringLiteral("hard.json"));
    QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(hard).constData()) == 0);
    const QString xlsxLink = m_dir.filePath(QStringLiteral("link.xlsx"));
    QVERIFY(QFile::link(path, xlsxLink));
    const QString icsHard = m_dir.filePath(QStringLiteral("hard.ics"));
    QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(icsHard).constData())
            == 0);
    // Another roadmap under a name that looks like an export.
    const QString disguised = m_dir.filePath(QStringLiteral("backup.csv"));
    QVERIFY(QFile::copy(other, disguised));
    const QString disguisedXlsx = m_dir.filePath(QStringLiteral("backup.xlsx"));
    QVERIFY(QFile::copy(other, disguisedXlsx));
    const QByteArray disguisedBefore = fileHash(disguised);
    for (const QString &target : {link, hard, xlsxLink, icsHard, disguised, disguisedXlsx}) {
        auto r = RoadmapExporter::exportTo(*opened.value(), target);
        QVERIFY2(!r.ok(), qPrintable(target));
        QVERIFY2(r.errorMessage().contains(QLatin1String("not overwritten")),
                 qPrintable(r.errorMessage()));
    }
    // The journal beside a roadmap is part of it (OutputGuard, the guard of every output).
    const QString journal = other + QStringLiteral("-journal");
    QVERIFY(writeAll(journal, "not ours to replace"));
    auto intoJournal = RoadmapExporter::exportTo(*opened.value(), journal, InterchangeFormat::Csv);
    QVERIFY(!intoJournal.ok());
    QVERIFY2(intoJournal.errorMessage().contains(QLatin1String("belongs to the database")),
             qPrintable(intoJournal.errorMessage()));
    QCOMPARE(readAll(journal), QByteArray("not ours to replace"));
    QVERIFY(QFile::remove(journal));
    opened.value().reset();
    QCOMPARE(fileHash(path), before);
    QCOMPARE(fileHash(other), otherBefore);
    QCOMPARE(fileHash(disguised), disguisedBefore);
    QCOMPARE(fileHash(disguisedXlsx), disguisedBefore);
    const CliResult cli
            = runJcroadmap({QStringLiteral("export"), path, QStringLiteral("-o"), link});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY(cli.err.contains(QLatin1String("not overwritten")));
    QCOMPARE(cli.err.count(QLatin1Char('\n')), 0);
    QCOMPARE(fileHash(path), before);
}

void TestInterchangeRoundTrip::exportReplacesAtomically_data()
{
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("csv") << QStringLiteral("csv") << QByteArray("\xEF\xBB\xBFid");
    QTest::newRow("xlsx") << QStringLiteral("xlsx") << QByteArray("PK\x03\x04");
    QTest::newRow("ics") << QStringLiteral("ics") << QByteArray("BEGIN:VCALENDAR");
    QTest::newRow("json") << QStringLiteral("json") << QByteArray("{");
}

/// An export replaces an existing file in one step (through a temporary file and a rename: the
/// old file's inode is left alone), leaves no temporary file, and a refused export leaves the
/// old file as it was.
void TestInterchangeRoundTrip::exportReplacesAtomically()
{
    QFETCH(QString, extension);
    QFETCH(QByteArray, magic);
    const QString path = roadmap(QStringLiteral("atomic"));
    auto opened = RoadmapDocument::open(path);
    QVERIFY(opened.ok());
    RoadmapDocument &doc = *opened.value();
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString out = folder.filePath(QStringLiteral("tracker.") + extension);
    QVERIFY(writeAll(out, "the old export"));
    // A hard link to the old file keeps its inode: a replacement by rename leaves it untouched,
    // a write in place would change it.
    const QString oldName = folder.filePath(QStringLiteral("old-copy"));
    QVERIFY(::link(QFile::encodeName(out).constData(), QFile::encodeName(oldName).constData())
            == 0);
    auto written = RoadmapExporter::exportTo(doc, out);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QVERIFY2(readAll(out).startsWith(magic), readAll(out).left(40).constData());
    QCOMPARE(readAll(oldName), QByteArray("the old export"));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("old-copy"), QStringLiteral("tracker.") + extension}));

    // A full disk is an error, never a file reported as written. Only while /dev/full is the
    // device: a regular file there would be replaced.
    QVERIFY2(!QFileInfo(QStringLiteral("/dev/full")).isFile(),
             "/dev/full is a regular file; recreate it: mknod -m 666 /dev/full c 1 7");
    auto full = RoadmapExporter::exportTo(doc, QStringLiteral("/dev/full"),
                                          InterchangeFormat::fromPath(out).value());
    QVERIFY(!full.ok());
    QVERIFY2(full.errorMessage().contains(QLatin1String("/dev/full")),
             qPrintable(full.errorMessage()));
    // A refused export (a description longer than an Excel cell can hold) keeps what was there.
    const QByteArray exported = readAll(out);
    if (extension == QLatin1String("xlsx")) {
        Item big = doc.itemAt(0);
        big.description = QString(XlsxExporter::MaxCellLength + 1, QLatin1Char('x'));
        QVERIFY(EditService(&doc).editItem(doc.itemAt(0), big).ok());
        auto refused = RoadmapExporter::exportTo(doc, out);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QLatin1String("32767")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(readAll(out), exported);
    }
    QCOMPARE(
            QDir(folder.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(),
            2);
}

QTEST_GUILESS_MAIN(TestInterchangeRoundTrip)
#include "tst_interchangeroundtrip.moc"
