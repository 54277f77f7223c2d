// Baselines (issue 14): taken, renamed and deleted through the edit service, each one undo step
// checked in the document and in the file; compared with now and with a past day rebuilt from
// the record of change; and the `jcroadmap baseline` command.
#include "document/baselinecomparison.h"
#include "document/useridentity.h"
#include "documenttestutil.h"
#include "domain/clock.h"
#include "edit/editservice.h"
#include "i18n/englishplurals.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUndoStack>

using namespace jcr;

namespace {

QStringList names(const RoadmapDocument &doc)
{
    QStringList out;
    for (const Baseline &b : doc.baselines())
        out << b.name;
    return out;
}

QString fileNames(const QString &path)
{
    return test::sqlite3(path,
                         QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name "
                                        "FROM baseline ORDER BY taken_on, id)"));
}

/// The item rows of baseline \a name as the file has them, one line per item.
QString fileRows(const QString &path, const QString &name)
{
    return test::sqlite3(path,
                         QStringLiteral("SELECT item_id, title, status, health, start_date, "
                                        "start_precision, end_date, end_precision, progress FROM "
                                        "baseline_item WHERE baseline_id = (SELECT id FROM "
                                        "baseline WHERE name = '%1') ORDER BY item_id")
                                 .arg(name));
}

QString itemRows(const QString &path)
{
    return test::sqlite3(path,
                         QStringLiteral("SELECT id, title, status, health, start_date, "
                                        "start_precision, end_date, end_precision, progress FROM "
                                        "item ORDER BY id"));
}

} // namespace

class TestBaselines : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_fileNo = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("b%1.jcroadmap").arg(++m_fileNo)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::installTranslator(new EnglishPlurals(this));
        QVERIFY(m_dir.isValid());
        UserIdentity::setName(QStringLiteral("Aiko Tanaka"));
        Clock::instance().setToday(QDate(2026, 4, 2));
    }

    /// A baseline records every item exactly as the file has it, including a change another
    /// program made that the planner has not read yet.
    void createCapturesEveryItem()
    {
        const QString path = newPath();
        auto doc = test::createRoadmap(path);
        const qint64 outside = doc->itemAt(0).id;
        bool ok = false;
        test::sqlite3(path,
                      QStringLiteral("UPDATE item SET status = 'on_hold', health = 'at_risk', "
                                     "progress = 40 WHERE id = %1")
                              .arg(outside),
                      &ok);
        QVERIFY(ok);
        EditService edits(doc.get());
        QSignalSpy changed(doc.get(), &RoadmapDocument::baselinesChanged);
        auto id = edits.createBaseline(QStringLiteral("  Leaders' meeting March 2026 "),
                                       QStringLiteral("Before the summit"));
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(names(*doc), QStringList {QStringLiteral("Leaders' meeting March 2026")});
        const Baseline *listed = doc->baseline(id.value());
        QVERIFY(listed);
        QCOMPARE(listed->takenOn, QDate(2026, 4, 2));
        QCOMPARE(listed->note, QStringLiteral("Before the summit"));
        QVERIFY(listed->items.isEmpty());

        // In the file: one row per item, field for field the item table.
        QCOMPARE(fileRows(path, QStringLiteral("Leaders'' meeting March 2026")), itemRows(path));
        QCOMPARE(test::sqlite3(path, QStringLiteral("SELECT count(*) FROM baseline_item")),
                 QString::number(doc->itemCount()));
        QCOMPARE(
                test::sqlite3(path, QStringLiteral("SELECT taken_on || '|' || note FROM baseline")),
                QStringLiteral("2026-04-02|Before the summit"));

        // Read back whole: the item another program changed as that program left it.
        auto whole = doc->loadBaseline(id.value());
        QVERIFY(whole);
        QCOMPARE(whole->items.size(), doc->itemCount());
        const BaselineComparison cmp(whole.value());
        const BaselineItem *b = cmp.then(outside);
        QVERIFY(b);
        QCOMPARE(b->status, Status::OnHold);
        QCOMPARE(b->health, Health::AtRisk);
        QCOMPARE(b->progress, 40);
        for (const Item &it : doc->items()) {
            const BaselineItem *r = cmp.then(it.id);
            QVERIFY(r);
            QCOMPARE(r->start, it.start);
            QCOMPARE(r->end, it.end);
            QCOMPARE(r->title, it.title);
        }
    }

    /// Create, rename and delete are one undo step each: redo → undo → redo in the document
    /// and in the file; undo of a deletion brings back every recorded item.
    void undoRedoEachStep()
    {
        const QString path = newPath();
        auto doc = test::createRoadmap(path);
        EditService edits(doc.get());
        QUndoStack *stack = doc->undoStack();
        const QString rowsBefore = itemRows(path);

        auto id = edits.createBaseline(QStringLiteral("Q3 review"));
        QVERIFY(id);
        QCOMPARE(stack->count(), 1);
        const QString captured = fileRows(path, QStringLiteral("Q3 review"));
        QCOMPARE(captured, rowsBefore);
        stack->undo();
        QVERIFY(doc->baselines().isEmpty());
        QCOMPARE(fileNames(path), QString());
        QCOMPARE(test::sqlite3(path, QStringLiteral("SELECT count(*) FROM baseline_item")),
                 QStringLiteral("0"));
        // Redo puts back the same snapshot under the same id.
        stack->redo();
        QCOMPARE(names(*doc), QStringList {QStringLiteral("Q3 review")});
        QCOMPARE(doc->baselines().constFirst().id, id.value());
        QCOMPARE(fileRows(path, QStringLiteral("Q3 review")), captured);
        // Items change afterwards: the baseline keeps what it recorded, also through undo and
        // redo of its creation (it is not taken again).
        QVERIFY(edits.editItem(doc->itemAt(0).id,
                               [](Item &it) { it.end = FuzzyDate::quarter(2030, 1); }));
        QVERIFY(itemRows(path) != rowsBefore);
        QCOMPARE(fileRows(path, QStringLiteral("Q3 review")), captured);
        stack->undo(); // the edit
        stack->undo(); // the baseline
        QVERIFY(doc->baselines().isEmpty());
        stack->redo();
        stack->redo();
        QCOMPARE(fileRows(path, QStringLiteral("Q3 review")), captured);
        QVERIFY(itemRows(path) != rowsBefore);

        // Rename.
        QVERIFY(edits.renameBaseline(id.value(), QStringLiteral("Q3 review (final)")));
        QCOMPARE(stack->undoText(), QStringLiteral("Rename baseline “Q3 review”"));
        QCOMPARE(fileNames(path), QStringLiteral("Q3 review (final)"));
        stack->undo();
        QCOMPARE(names(*doc), QStringList {QStringLiteral("Q3 review")});
        QCOMPARE(fileNames(path), QStringLiteral("Q3 review"));
        stack->redo();
        QCOMPARE(names(*doc), QStringList {QStringLiteral("Q3 review (final)")});
        QCOMPARE(fileNames(path), QStringLiteral("Q3 review (final)"));

        // Delete.
        const int steps = stack->count();
        QVERIFY(edits.deleteBaseline(id.value()));
        QCOMPARE(stack->count(), steps + 1);
        QVERIFY(doc->baselines().isEmpty());
        QCOMPARE(test::sqlite3(path, QStringLiteral("SELECT count(*) FROM baseline_item")),
                 QStringLiteral("0"));
        stack->undo();
        QCOMPARE(names(*doc), QStringList {QStringLiteral("Q3 review (final)")});
        QCOMPARE(fileRows(path, QStringLiteral("Q3 review (final)")), captured);
        stack->redo();
        QVERIFY(doc->baselines().isEmpty());
        QCOMPARE(fileNames(path), QString());
        QCOMPARE(sqlite3Integrity(path), QStringLiteral("ok"));
    }

    void namesAreChecked()
    {
        const QString path = newPath();
        auto doc = test::createRoadmap(path);
        EditService edits(doc.get());
        QVERIFY(edits.createBaseline(QStringLiteral("Q3 review")));
        const int steps = doc->undoStack()->count();
        const auto empty = edits.createBaseline(QStringLiteral("   "));
        QCOMPARE(empty.error().code, Error::Code::Invalid);
        const auto same = edits.createBaseline(QStringLiteral("q3 REVIEW"));
        QCOMPARE(same.error().code, Error::Code::Invalid);
        QVERIFY2(same.errorMessage().contains(QStringLiteral("“Q3 review”")),
                 qPrintable(same.errorMessage()));
        const auto tooLong = edits.createBaseline(QString(201, QLatin1Char('x')));
        QCOMPARE(tooLong.error().code, Error::Code::Invalid);
        QVERIFY(edits.createBaseline(QString(200, QLatin1Char('x'))));
        const auto note
                = edits.createBaseline(QStringLiteral("n"), QString(10001, QLatin1Char('n')));
        QCOMPARE(note.error().code, Error::Code::Invalid);
        const qint64 second = doc->baselineNamed(QString(200, QLatin1Char('x')))->id;
        const auto clash = edits.renameBaseline(second, QStringLiteral("Q3 Review"));
        QCOMPARE(clash.error().code, Error::Code::Invalid);
        // Its own name in another case is a rename, not a clash.
        QVERIFY(edits.renameBaseline(doc->baselineNamed(QStringLiteral("Q3 review"))->id,
                                     QStringLiteral("Q3 REVIEW")));
        QCOMPARE(doc->undoStack()->count(), steps + 2);
        QCOMPARE(edits.deleteBaseline(9999).error().code, Error::Code::NotFound);
    }

    /// A rename by another program is read back; renaming over it is a conflict, not an
    /// overwrite.
    void outsideRenameIsNoticed()
    {
        const QString path = newPath();
        auto doc = test::createRoadmap(path);
        EditService edits(doc.get());
        auto id = edits.createBaseline(QStringLiteral("Q3 review"));
        QVERIFY(id);
        bool ok = false;
        test::sqlite3(path, QStringLiteral("UPDATE baseline SET name = 'Renamed outside'"), &ok);
        QVERIFY(ok);
        const auto r = doc->applyRenameBaseline(id.value(), QStringLiteral("Q3 review"),
                                                QStringLiteral("Mine"));
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QCOMPARE(names(*doc), QStringList {QStringLiteral("Renamed outside")});
        QCOMPARE(fileNames(path), QStringLiteral("Renamed outside"));
        QSignalSpy changed(doc.get(), &RoadmapDocument::baselinesChanged);
        test::sqlite3(path, QStringLiteral("DELETE FROM baseline"), &ok);
        QVERIFY(ok);
        // Its rows go with it, also with sqlite3's foreign keys off (a trigger).
        QCOMPARE(test::sqlite3(path, QStringLiteral("SELECT count(*) FROM baseline_item")),
                 QStringLiteral("0"));
        QVERIFY(doc->checkForOutsideChanges());
        QCOMPARE(changed.count(), 1);
        QVERIFY(doc->baselines().isEmpty());
    }

    /// Now against a baseline: an end moved from Q3 to Q4 slipped one quarter; an item added
    /// since and one deleted since are told apart.
    void compareWithBaseline()
    {
        const QString path = newPath();
        auto doc = test::createRoadmap(path);
        EditService edits(doc.get());
        QList<qint64> ids;
        for (const Item &it : doc->items())
            ids << it.id;
        QVERIFY(ids.size() > 4);
        QVERIFY(edits.editItems(
                ids.mid(0, 3),
                [](Item &it) {
                    it.start = FuzzyDate();
                    it.end = FuzzyDate::quarter(2026, 3);
                },
                QStringLiteral("set")));
        auto id = edits.createBaseline(QStringLiteral("Before"));
        QVERIFY(id);
        QVERIFY(edits.editItem(ids.at(0), [](Item &it) { it.end = FuzzyDate::quarter(2026, 4); }));
        // Earlier: not slipped.
        QVERIFY(edits.editItem(ids.at(1), [](Item &it) { it.end = FuzzyDate::quarter(2026, 1); }));
        // Known to the day now, inside the baseline's quarter: not slipped.
        QVERIFY(edits.editItem(ids.at(2), [](Item &it) { it.end = FuzzyDate::day(2026, 9, 30); }));
        QVERIFY(edits.deleteItems({ids.at(3)}));
        auto added = edits.createItem(edits.draftItem(Status::Planned));
        QVERIFY(added);

        auto whole = doc->loadBaseline(id.value());
        QVERIFY(whole);
        const BaselineComparison cmp(whole.value());
        const QList<ItemComparison> slipped = cmp.slipped(doc->items());
        QCOMPARE(slipped.size(), 1);
        QCOMPARE(slipped.constFirst().itemId, ids.at(0));
        QCOMPARE(slipped.constFirst().due.periods, 1);
        QCOMPARE(slipped.constFirst().due.unit, DatePrecision::Quarter);
        QCOMPARE(slipped.constFirst().end.shortText(), QStringLiteral("+1 quarter"));
        QVERIFY(cmp.isSlipped(*doc->item(ids.at(0))));
        QVERIFY(!cmp.isSlipped(*doc->item(ids.at(1))));
        QVERIFY(cmp.compare(*doc->item(ids.at(1)))->due.isEarlier());
        QVERIFY(!cmp.isSlipped(*doc->item(ids.at(2))));
        QCOMPARE(cmp.removedSince(doc->items()).size(), 1);
        QCOMPARE(cmp.removedSince(doc->items()).constFirst().itemId, ids.at(3));
        QCOMPARE(cmp.addedSince(doc->items()), QList<qint64> {added.value()});
        QVERIFY(!cmp.compare(*doc->item(added.value())));
        QVERIFY(!BaselineComparison().isSlipped(*doc->item(ids.at(0))));
    }

    /// The state on a past day is rebuilt from the record of change: fields changed since take
    /// their old values, items created since are not there, an item deleted and restored since
    /// is.
    void replayUndoesLaterChanges()
    {
        Item a;
        a.id = 1;
        a.title = QStringLiteral("A");
        a.end = FuzzyDate::quarter(2026, 4);
        a.status = Status::InProgress;
        Item b;
        b.id = 2;
        b.title = QStringLiteral("B created later");
        Item c;
        c.id = 3;
        c.title = QStringLiteral("C deleted and restored");
        c.end = FuzzyDate::year(2027);
        const auto change = [](qint64 item, ChangeRecord::Action action, const QString &field,
                               std::optional<QString> old, std::optional<QString> now) {
            ChangeRecord r;
            r.itemId = item;
            r.action = action;
            r.field = field;
            r.oldValue = std::move(old);
            r.newValue = std::move(now);
            return r;
        };
        using A = ChangeRecord::Action;
        // Newest first.
        const QList<ChangeRecord> after {
                change(3, A::Insert, {}, std::nullopt, QStringLiteral("C")),
                change(3, A::Delete, {}, QStringLiteral("C"), std::nullopt),
                change(1, A::Update, QStringLiteral("end"), QStringLiteral("2026-09-30 quarter"),
                       QStringLiteral("2026-12-31 quarter")),
                change(2, A::Insert, {}, std::nullopt, QStringLiteral("B")),
                change(1, A::Update, QStringLiteral("status"), QStringLiteral("planned"),
                       QStringLiteral("in_progress")),
                change(1, A::Update, QStringLiteral("end"), std::nullopt,
                       QStringLiteral("2026-09-30 quarter")),
        };
        const Baseline then = BaselineComparison::replay({a, b, c}, after, QDate(2026, 3, 1));
        QCOMPARE(then.items.size(), 2);
        QCOMPARE(then.items.at(0).itemId, 1);
        // The oldest change after the day decides: the end was not set yet.
        QVERIFY(!then.items.at(0).end.isValid());
        QCOMPARE(then.items.at(0).status, Status::Planned);
        QCOMPARE(then.items.at(1).itemId, 3);
        QCOMPARE(then.items.at(1).end, FuzzyDate::year(2027));
        QCOMPARE(then.takenOn, QDate(2026, 3, 1));
        // Without the oldest change, the end was Q3.
        const Baseline later = BaselineComparison::replay({a, b, c}, after.mid(0, 3), {});
        QCOMPARE(later.items.at(0).end, FuzzyDate::quarter(2026, 3));
        // … and B existed already: its creation is older than those changes.
        QCOMPARE(later.items.size(), 3);
    }

    /// Against a day, end to end: the record of change of the file (trimmed of the creation,
    /// as an archivist may) rebuilds yesterday, and the end moved today has slipped.
    void compareWithDay()
    {
        const QString path = newPath();
        auto doc = test::createRoadmap(path);
        EditService edits(doc.get());
        const qint64 id = doc->itemAt(2).id;
        QVERIFY(edits.editItem(id, [](Item &it) {
            it.start = FuzzyDate();
            it.end = FuzzyDate::quarter(2026, 3);
        }));
        // Everything so far happened "before": trimmed from the record.
        bool ok = false;
        test::sqlite3(path, QStringLiteral("DELETE FROM change_log"), &ok);
        QVERIFY(ok);
        QVERIFY(edits.editItem(id, [](Item &it) { it.end = FuzzyDate::quarter(2027, 2); }));
        const QDate today = QDate::currentDate();
        auto yesterday = BaselineComparison::stateOn(*doc, today.addDays(-1));
        QVERIFY2(yesterday, qPrintable(yesterday.errorMessage()));
        QCOMPARE(yesterday->items.size(), doc->itemCount());
        const BaselineComparison cmp(yesterday.value());
        QCOMPARE(cmp.then(id)->end, FuzzyDate::quarter(2026, 3));
        const auto c = cmp.compare(*doc->item(id));
        QVERIFY(c);
        QCOMPARE(c->due.periods, 3);
        QCOMPARE(c->due.text(), QStringLiteral("3 quarters later"));
        QCOMPARE(cmp.slipped(doc->items()).size(), 1);
        // Today: nothing changed after it.
        auto now = BaselineComparison::stateOn(*doc, today);
        QVERIFY(now);
        QVERIFY(BaselineComparison(now.value()).slipped(doc->items()).isEmpty());
    }

    /// `jcroadmap baseline`: list, create, rename, delete and compare, with exit codes.
    void commandLine()
    {
        const QString path = newPath();
        {
            auto doc = test::createRoadmap(path);
            EditService edits(doc.get());
            QVERIFY(edits.editItem(doc->itemAt(1).id, [](Item &it) {
                it.start = FuzzyDate();
                it.end = FuzzyDate::quarter(2026, 3);
            }));
        }
        const auto run = [&](QStringList args) {
            args.prepend(path);
            args.prepend(QStringLiteral("baseline"));
            return testutil::runJcroadmap(args);
        };
        auto r = run({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("id\tname\tdate\tnote"));
        r = run({QStringLiteral("create"), QStringLiteral("Leaders' meeting"),
                 QStringLiteral("--note"), QStringLiteral("Tab\there")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Created baseline “Leaders' meeting” of ")),
                 qPrintable(r.out));
        r = run({QStringLiteral("create"), QStringLiteral("LEADERS' MEETING")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already a baseline")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 0); // one line (output trimmed)
        r = run({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList fields = lines.at(1).split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields.at(1), QStringLiteral("Leaders' meeting"));
        QCOMPARE(fields.at(2), QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(fields.at(3), QStringLiteral("Tab\\there"));

        // What slipped: nothing yet; then the end moves from Q3 to Q4 with sqlite3.
        r = run({QStringLiteral("compare"), QStringLiteral("leaders' meeting")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("id\tbaseline_due\tdue\tslip\ttitle"));
        bool ok = false;
        test::sqlite3(path,
                      QStringLiteral("UPDATE item SET end_date = '2026-12-31' WHERE id = (SELECT "
                                     "id FROM item ORDER BY id LIMIT 1 OFFSET 1)"),
                      &ok);
        QVERIFY(ok);
        // The record keeps only that change (trimmed as an archivist may), so that yesterday
        // is the roadmap before it.
        test::sqlite3(path,
                      QStringLiteral("DELETE FROM change_log WHERE NOT (field = 'end' AND actor "
                                     "= 'another program')"),
                      &ok);
        QVERIFY(ok);
        r = run({QStringLiteral("compare"), QStringLiteral("Leaders' meeting"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("baseline")).toString(),
                 QStringLiteral("Leaders' meeting"));
        const QJsonArray slipped = json.value(QStringLiteral("slipped")).toArray();
        QCOMPARE(slipped.size(), 1);
        QCOMPARE(slipped.at(0)[QStringLiteral("baselineDue")].toString(),
                 QStringLiteral("2026-Q3"));
        QCOMPARE(slipped.at(0)[QStringLiteral("due")].toString(), QStringLiteral("2026-Q4"));
        QCOMPARE(slipped.at(0)[QStringLiteral("slip")].toInt(), 1);
        QCOMPARE(slipped.at(0)[QStringLiteral("unit")].toString(), QStringLiteral("quarter"));
        // Against yesterday: the sqlite3 change is today's, so it slipped against that too.
        r = run({QStringLiteral("compare"), QStringLiteral("--date"),
                 QDate::currentDate().addDays(-1).toString(Qt::ISODate)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\t2026-Q3\t2026-Q4\t1 quarter\t")),
                 qPrintable(r.out));

        r = run({QStringLiteral("rename"), QStringLiteral("Leaders' meeting"),
                 QStringLiteral("March summit")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(test::sqlite3(path, QStringLiteral("SELECT name FROM baseline")),
                 QStringLiteral("March summit"));
        r = run({QStringLiteral("delete"), QStringLiteral("Nope")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no baseline named “Nope”")), qPrintable(r.err));
        r = run({QStringLiteral("delete"), QStringLiteral("March summit")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(test::sqlite3(path, QStringLiteral("SELECT count(*) FROM baseline_item")),
                 QStringLiteral("0"));

        // Usage mistakes: exit 2, the file untouched.
        const QByteArray hash = testutil::fileHash(path);
        for (const QStringList &bad :
             {QStringList {}, QStringList {QStringLiteral("frobnicate")},
              QStringList {QStringLiteral("create")},
              QStringList {QStringLiteral("rename"), QStringLiteral("a")},
              QStringList {QStringLiteral("list"), QStringLiteral("--note"), QStringLiteral("x")},
              QStringList {QStringLiteral("compare"), QStringLiteral("--date"),
                           QStringLiteral("yesterday")},
              QStringList {QStringLiteral("list"), QStringLiteral("--format"),
                           QStringLiteral("xml")}}) {
            r = run(bad);
            QVERIFY2(r.exitCode == 2, qPrintable(bad.join(QLatin1Char(' ')) + r.err));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 0); // one line (output trimmed)
        }
        QCOMPARE(testutil::fileHash(path), hash);
        r = testutil::runJcroadmap({QStringLiteral("baseline"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--note")));
        r = testutil::runJcroadmap({QStringLiteral("baseline"),
                                    m_dir.filePath(QStringLiteral("missing.jcroadmap")),
                                    QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
    }

    /// `report --baseline`: the status report's "Slippage against" section and summary count,
    /// the briefing's key milestones with their slip and its briefing note, read back with
    /// pdftotext.
    void reportsSlippage()
    {
        const QString path = newPath();
        const QString title = QStringLiteral("Arctic science dialogue launch");
        QString area;
        {
            auto doc = test::createRoadmap(path);
            EditService edits(doc.get());
            const qint64 id = doc->itemAt(3).id;
            area = QString::number(doc->area(doc->itemAt(3).areaId)->number);
            QVERIFY(edits.editItem(id, [&](Item &it) {
                it.title = title;
                it.kind = ItemKind::Milestone;
                it.status = Status::Planned;
                it.start = FuzzyDate();
                it.end = FuzzyDate::month(2026, 9);
            }));
            QVERIFY(edits.createBaseline(QStringLiteral("Q3 review")));
            QVERIFY(edits.editItem(id, [](Item &it) { it.end = FuzzyDate::month(2026, 10); }));
            DocumentSettings settings = doc->settings();
            settings.office.clear();
            settings.fileNumber = QStringLiteral("JCP-2026-0417");
            settings.drafter = QStringLiteral("K. Sato");
            settings.approver = QStringLiteral("Director R. Moreau");
            settings.purpose = QStringLiteral("To brief the Minister before the Arctic dialogue.");
            settings.keyMessages = QStringLiteral("Canada and Japan launch the dialogue.");
            QVERIFY(doc->setSettings(settings));
        }
        const auto pdfText = [](const QString &pdf) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput()).simplified();
        };
        const QString status = m_dir.filePath(QStringLiteral("status.pdf"));
        auto r = testutil::runJcroadmap({QStringLiteral("report"), path, QStringLiteral("-o"),
                                         status, QStringLiteral("--as-of"),
                                         QStringLiteral("2026-09-01"), QStringLiteral("--baseline"),
                                         QStringLiteral("q3 review")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString text = pdfText(status);
        QVERIFY2(text.contains(QStringLiteral("1 item slipped against the baseline “Q3 review”")),
                 qPrintable(text.left(3000)));
        const int section = text.indexOf(QStringLiteral("Slippage against Q3 review"));
        QVERIFY2(section >= 0, qPrintable(text.left(3000)));
        const QString slippage = text.mid(section, 900);
        QVERIFY2(slippage.contains(title), qPrintable(slippage));
        for (const QString &cell : {QStringLiteral("Sep 2026"), QStringLiteral("Oct 2026"),
                                    QStringLiteral("1 month later")})
            QVERIFY2(slippage.contains(cell), qPrintable(slippage));

        // Without --baseline: no such section.
        r = testutil::runJcroadmap({QStringLiteral("report"), path, QStringLiteral("-o"), status,
                                    QStringLiteral("--as-of"), QStringLiteral("2026-09-01")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!pdfText(status).contains(QStringLiteral("Slippage against")));
        // An unknown baseline: one line, exit 1, no PDF written over the last one.
        const QByteArray before = testutil::fileHash(status);
        r = testutil::runJcroadmap({QStringLiteral("report"), path, QStringLiteral("-o"), status,
                                    QStringLiteral("--baseline"), QStringLiteral("Nope")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no baseline named “Nope”")), qPrintable(r.err));
        QCOMPARE(testutil::fileHash(status), before);

        const QString briefing = m_dir.filePath(QStringLiteral("briefing.pdf"));
        r = testutil::runJcroadmap({QStringLiteral("report"), path, QStringLiteral("-o"), briefing,
                                    QStringLiteral("--type"), QStringLiteral("briefing"),
                                    QStringLiteral("--as-of"), QStringLiteral("2026-09-01"),
                                    QStringLiteral("--area"), area, QStringLiteral("--baseline"),
                                    QStringLiteral("Q3 review")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        text = pdfText(briefing);
        QVERIFY2(text.contains(QStringLiteral("slipped +1 month")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("File JCP-2026-0417 · Drafted by K. Sato · Approved "
                                              "by Director R. Moreau")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Purpose To brief the Minister before the Arctic "
                                              "dialogue.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Key messages Canada and Japan launch")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Next steps")));
    }

private:
    static QString sqlite3Integrity(const QString &path)
    {
        return test::sqlite3(path, QStringLiteral("PRAGMA integrity_check"));
    }
};

QTEST_GUILESS_MAIN(TestBaselines)
#include "tst_baselines.moc"
