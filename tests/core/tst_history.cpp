// The record of change (issue 14): the file's triggers record every change to a roadmap's
// content, whoever makes it — the planner with the user's name, any other program as "another
// program" — and the planner reads it back as an item's history and the roadmap's changes.
#include "document/history.h"
#include "document/useridentity.h"
#include "edit/editservice.h"
#include "models/boardmodel.h"
#include "models/itemfiltermodel.h"
#include "models/itemmodel.h"
#include "models/roles.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUndoStack>

using namespace jcr;

class TestHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<RoadmapDocument> m_doc;

    QString inFile(const QString &sql) { return test::sqlite3(m_file, sql); }
    EditService edits() { return EditService(m_doc.get()); }
    /// The newest recorded rows, as sqlite3 shows them: "actor|item|action|field|old|new".
    QString lastRows(int n)
    {
        return inFile(QStringLiteral("SELECT actor, item_id, action, field, old_value, new_value "
                                     "FROM change_log ORDER BY id DESC LIMIT %1")
                              .arg(n));
    }
    QList<ChangeRecord> changesOf(qint64 id)
    {
        QList<ChangeRecord> out;
        auto h = History::ofItem(*m_doc, id);
        if (!h) {
            qWarning() << h.errorMessage();
            return out;
        }
        for (const HistoryEntry &e : h.value()) {
            if (e.kind == HistoryEntry::Kind::Change)
                out << e.change;
        }
        return out;
    }
    qint64 itemWithStatus(Status s)
    {
        for (const Item &it : m_doc->items()) {
            if (it.status == s)
                return it.id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        UserIdentity::setName(QStringLiteral("Aiko Tanaka"));
        m_file = m_dir.filePath(QStringLiteral("%1.jcroadmap")
                                        .arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_file);
        m_doc = test::createRoadmap(m_file);
    }

    void cleanup() { m_doc.reset(); }

    void outsideUpdateIsRecordedAsAnotherProgram()
    {
        const qint64 id = itemWithStatus(Status::Planned);
        QVERIFY(id > 0);
        bool ok = false;
        test::sqlite3(
                m_file,
                QStringLiteral("UPDATE item SET status = 'done', progress = 100 WHERE id = %1")
                        .arg(id),
                &ok);
        QVERIFY(ok);
        const QString rows = lastRows(2);
        QVERIFY2(rows.contains(
                         QStringLiteral("another program|%1|update|status|planned|done").arg(id)),
                 qPrintable(rows));
        QVERIFY2(rows.contains(QStringLiteral("another program|%1|update|progress|").arg(id)),
                 qPrintable(rows));
        // The planner reads it back, newest first, and says who in words.
        const QList<ChangeRecord> changes = changesOf(id);
        QVERIFY(changes.size() >= 2);
        QVERIFY(changes.at(0).isByAnotherProgram());
        QCOMPARE(History::actorText(changes.at(0)), QStringLiteral("another program"));
        bool sawStatus = false;
        for (const ChangeRecord &c : changes.mid(0, 2)) {
            if (c.field == QLatin1String("status")) {
                sawStatus = true;
                QCOMPARE(History::describe(c, m_doc.get()),
                         QStringLiteral("Status: Planned → Done"));
            }
        }
        QVERIFY(sawStatus);
    }

    void editThroughTheEditServiceCarriesTheUsersName()
    {
        const qint64 id = m_doc->itemAt(0).id;
        const QString before = m_doc->item(id)->title;
        QVERIFY(edits().editItem(id, [](Item &it) { it.title = QStringLiteral("Renamed item"); }));
        QCOMPARE(lastRows(1),
                 QStringLiteral("Aiko Tanaka|%1|update|title|%2|Renamed item").arg(id).arg(before));
        // The name is only ever inside the planner's own transaction.
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM change_actor")), QStringLiteral("0"));
        // A later outside change is not attributed to the planner's user.
        test::sqlite3(m_file,
                      QStringLiteral("UPDATE item SET health = 'at_risk' WHERE id = %1").arg(id));
        QVERIFY(lastRows(1).startsWith(QStringLiteral("another program|%1|update|health").arg(id)));
    }

    void boardMoveAndUndoCarryTheUsersName()
    {
        ItemModel items(m_doc.get());
        ItemFilterModel filter;
        filter.setSourceModel(&items);
        BoardModel board(m_doc.get(), &filter);
        const int from = int(Status::Planned);
        const int to = int(Status::InProgress);
        QVERIFY(board.rowCount(board.index(from, 0)) > 0);
        const QModelIndex card = board.index(0, 0, board.index(from, 0));
        const qint64 id = card.data(IdRole).toLongLong();
        std::unique_ptr<QMimeData> mime(board.mimeData({card}));
        QVERIFY(board.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, board.index(to, 0)));
        QCOMPARE(m_doc->item(id)->status, Status::InProgress);
        QCOMPARE(lastRows(1),
                 QStringLiteral("Aiko Tanaka|%1|update|status|planned|in_progress").arg(id));

        // Undo is a change like any other: recorded, with the user's name; nothing is erased.
        const QString countBefore = inFile(QStringLiteral("SELECT count(*) FROM change_log"));
        UserIdentity::setName(QStringLiteral("Marie Tremblay"));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->item(id)->status, Status::Planned);
        QCOMPARE(lastRows(1),
                 QStringLiteral("Marie Tremblay|%1|update|status|in_progress|planned").arg(id));
        QVERIFY(inFile(QStringLiteral("SELECT count(*) FROM change_log")).toInt()
                > countBefore.toInt());
        const QList<ChangeRecord> changes = changesOf(id);
        QVERIFY(changes.size() >= 2);
        QCOMPARE(changes.at(0).actor, QStringLiteral("Marie Tremblay"));
        QCOMPARE(changes.at(0).newValue, std::optional<QString>(QStringLiteral("planned")));
        QCOMPARE(changes.at(1).actor, QStringLiteral("Aiko Tanaka"));
        QCOMPARE(changes.at(1).newValue, std::optional<QString>(QStringLiteral("in_progress")));
    }

    void everyKindOfChangeIsRecorded()
    {
        const qint64 a = m_doc->itemAt(0).id;
        const qint64 b = m_doc->itemAt(1).id;
        // Dates with their precision, tags, organisations, predecessors.
        const int countBefore = inFile(QStringLiteral("SELECT count(*) FROM change_log")).toInt();
        QVERIFY(edits().editItem(a, [](Item &it) {
            it.start = FuzzyDate::quarter(2027, 3);
            it.end = FuzzyDate::year(2028);
            it.tags << QStringLiteral("centennial-check");
        }));
        // Exactly what changed: unchanged links (organisations, other tags, citations) are not
        // rewritten, so they record nothing.
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM change_log")).toInt(),
                 countBefore + 3);
        QString rows = lastRows(3);
        QVERIFY2(rows.contains(QStringLiteral("|update|start|")), qPrintable(rows));
        QVERIFY2(rows.contains(QStringLiteral("|2027-07-01 quarter")), qPrintable(rows));
        QVERIFY2(rows.contains(QStringLiteral("|update|end|")), qPrintable(rows));
        QVERIFY2(rows.contains(QStringLiteral("|insert|tag||centennial-check")), qPrintable(rows));
        const qint64 org = m_doc->organisations().constLast().id;
        const QString orgName = m_doc->organisations().constLast().name;
        QVERIFY(edits().unlinkOrganisation(a, org) || true);
        QVERIFY(edits().linkOrganisation(a, org, OrgRole::Supporting));
        QCOMPARE(lastRows(1),
                 QStringLiteral("Aiko Tanaka|%1|insert|organisation||%2 (supporting)")
                         .arg(a)
                         .arg(orgName));
        QVERIFY(edits().unlinkOrganisation(a, org));
        QCOMPARE(lastRows(1),
                 QStringLiteral("Aiko Tanaka|%1|delete|organisation|%2 (supporting)|")
                         .arg(a)
                         .arg(orgName));
        // Remove any existing link first so that adding one is a change.
        edits().removeDependency(a, b).ok();
        QVERIFY(edits().addDependency(a, b));
        QCOMPARE(lastRows(1),
                 QStringLiteral("Aiko Tanaka|%1|insert|predecessor||%2")
                         .arg(b)
                         .arg(m_doc->item(a)->title));

        // An item created, then deleted: both recorded, and the deletion keeps the title.
        Item fresh = edits().draftItem(Status::Proposed);
        fresh.title = QStringLiteral("Youth exchange pilot");
        auto created = edits().createItem(fresh);
        QVERIFY(created);
        QVERIFY(inFile(QStringLiteral("SELECT count(*) FROM change_log WHERE item_id = %1 AND "
                                      "action = 'insert' AND field = '' AND new_value = "
                                      "'Youth exchange pilot'")
                               .arg(created.value()))
                == QStringLiteral("1"));
        QVERIFY(edits().deleteItems({created.value()}));
        QCOMPARE(lastRows(1),
                 QStringLiteral("Aiko Tanaka|%1|delete||Youth exchange pilot|")
                         .arg(created.value()));

        // Citations, status notes removed, and areas, here from outside.
        test::sqlite3(m_file, QStringLiteral("DELETE FROM citation WHERE item_id = %1").arg(b));
        test::sqlite3(m_file,
                      QStringLiteral("UPDATE priority_area SET short_name = 'Arctic+' "
                                     "WHERE number = 5"));
        rows = lastRows(1);
        QVERIFY2(rows.startsWith(QStringLiteral("another program||update|short_name|")),
                 qPrintable(rows));
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) > 0 FROM change_log WHERE item_id = %1 "
                                       "AND field = 'citation' AND action = 'delete'")
                                .arg(b)),
                 QStringLiteral("1"));
        StatusUpdate note;
        note.itemId = b;
        note.date = QDate(2026, 11, 2);
        note.text = QStringLiteral("Officials met in Ottawa.");
        QVERIFY(edits().addStatusUpdate(note));
        m_doc->undoStack()->undo();
        QCOMPARE(lastRows(1),
                 QStringLiteral("Aiko Tanaka|%1|delete|note|Officials met in Ottawa.|").arg(b));
    }

    void noStampWithoutChange()
    {
        // The stamp triggers update version and updated_at: that alone is no change.
        const qint64 id = m_doc->itemAt(0).id;
        const QString before = inFile(QStringLiteral("SELECT count(*) FROM change_log"));
        test::sqlite3(m_file,
                      QStringLiteral("UPDATE item SET rank = rank + 1 WHERE id = %1").arg(id));
        test::sqlite3(m_file,
                      QStringLiteral("UPDATE item SET title = title WHERE id = %1").arg(id));
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM change_log")), before);
    }

    void recordIsNeverAlteredButMayBeTrimmed()
    {
        bool ok = true;
        const QString err = test::sqlite3(
                m_file, QStringLiteral("UPDATE change_log SET actor = 'someone else'"), &ok);
        QVERIFY(!ok);
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM change_log WHERE actor = 'someone "
                                       "else'")),
                 QStringLiteral("0"));
        // The archivist's trim documented in the README.
        test::sqlite3(m_file, QStringLiteral("DELETE FROM change_log WHERE at < '2100-01-01'"),
                      &ok);
        QVERIFY(ok);
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM change_log")), QStringLiteral("0"));
        Q_UNUSED(err);
    }

    void lengthRulesHold()
    {
        bool ok = true;
        const QString longName(201, QLatin1Char('x'));
        test::sqlite3(m_file,
                      QStringLiteral("INSERT INTO change_actor (id, name) VALUES (1, '%1')")
                              .arg(longName),
                      &ok);
        QVERIFY(!ok);
        test::sqlite3(m_file,
                      QStringLiteral("INSERT INTO change_log (actor, item_id, action, field) "
                                     "VALUES ('%1', 1, 'update', 'title')")
                              .arg(longName),
                      &ok);
        QVERIFY(!ok);
        const QString huge(100001, QLatin1Char('y'));
        test::sqlite3(m_file,
                      QStringLiteral("INSERT INTO change_log (actor, item_id, action, field, "
                                     "new_value) VALUES ('a', 1, 'update', 'title', '%1')")
                              .arg(huge),
                      &ok);
        QVERIFY(!ok);
        test::sqlite3(m_file,
                      QStringLiteral("INSERT INTO change_log (actor, item_id, action, field) "
                                     "VALUES ('a', 1, 'update', 'rank')"),
                      &ok);
        QVERIFY(!ok);
        test::sqlite3(m_file,
                      QStringLiteral("INSERT INTO change_log (actor, item_id, area_id, action) "
                                     "VALUES ('a', 1, 1, 'update')"),
                      &ok);
        QVERIFY(!ok);
    }

    void historyMergesNotesNewestFirst()
    {
        const qint64 id = m_doc->itemAt(2).id;
        StatusUpdate note;
        note.itemId = id;
        note.date = QDate(2020, 1, 15); // long before any recorded change
        note.text = QStringLiteral("Old note");
        QVERIFY(edits().addStatusUpdate(note));
        QVERIFY(edits().editItem(id, [](Item &it) { it.progress = 35; }));
        auto h = History::ofItem(*m_doc, id);
        QVERIFY(h);
        QVERIFY(h->size() >= 2);
        QCOMPARE(h->constFirst().kind, HistoryEntry::Kind::Change);
        QCOMPARE(h->constFirst().change.field, QStringLiteral("progress"));
        QCOMPARE(History::describe(h->constFirst().change, m_doc.get()).right(4),
                 QStringLiteral("35 %"));
        QCOMPARE(h->constLast().kind, HistoryEntry::Kind::Note);
        QCOMPARE(h->constLast().note.text, QStringLiteral("Old note"));
        for (int i = 1; i < h->size(); ++i)
            QVERIFY(h->at(i - 1).when >= h->at(i).when);
    }

    void olderFilesStartRecordingWhenUpgraded_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("v1") << QStringLiteral("roadmap-v1.jcroadmap");
        QTest::newRow("v3") << QStringLiteral("roadmap-v3.jcroadmap");
        QTest::newRow("v4") << QStringLiteral("roadmap-v4.jcroadmap");
    }

    void olderFilesStartRecordingWhenUpgraded()
    {
        QFETCH(QString, fixture);
        m_doc.reset();
        const QString path = m_dir.filePath(QStringLiteral("upgraded-") + fixture);
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(JCR_TEST_DATA_DIR "/") + fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(test::sqlite3(path,
                               QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE "
                                              "name = 'change_log'")),
                 QStringLiteral("0"));
        auto opened = RoadmapDocument::open(path);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        m_doc = std::move(opened.value());
        m_file = path;
        QCOMPARE(inFile(QStringLiteral("PRAGMA user_version")),
                 QString::number(schema::currentVersion()));
        // The upgrade itself records nothing: there was no change of content.
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM change_log")), QStringLiteral("0"));
        QVERIFY(m_doc->itemCount() > 0);
        const qint64 id = m_doc->itemAt(0).id;
        test::sqlite3(path,
                      QStringLiteral("UPDATE item SET health = CASE health WHEN 'off_track' "
                                     "THEN 'at_risk' ELSE 'off_track' END WHERE id = %1")
                              .arg(id));
        QVERIFY(edits().editItem(id, [](Item &it) { it.title = QStringLiteral("After upgrade"); }));
        QCOMPARE(inFile(QStringLiteral("SELECT group_concat(actor || ':' || field, ',') FROM "
                                       "(SELECT * FROM change_log ORDER BY id)")),
                 QStringLiteral("another program:health,Aiko Tanaka:title"));
    }

    void v5FixtureRecordsAsItIs()
    {
        m_doc.reset();
        const QString path = m_dir.filePath(QStringLiteral("fixture-v5.jcroadmap"));
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(JCR_TEST_DATA_DIR "/roadmap-v5.jcroadmap"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(test::sqlite3(path, QStringLiteral("PRAGMA user_version")), QStringLiteral("5"));
        const QString recorded
                = test::sqlite3(path, QStringLiteral("SELECT count(*) FROM change_log"));
        QVERIFY(recorded.toInt() > 0); // the seeded items' creation
        auto opened = RoadmapDocument::open(path);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        m_doc = std::move(opened.value());
        m_file = path;
        QVERIFY(!m_doc->isReadOnly());
        // Upgraded to the current schema (baselines, schema 6) after a backup; the record of
        // change and its triggers are kept as they are.
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".schema5.bak")));
        QCOMPARE(test::sqlite3(path, QStringLiteral("SELECT count(*) FROM change_log")), recorded);
        const qint64 id = m_doc->itemAt(3).id;
        test::sqlite3(path,
                      QStringLiteral("UPDATE item SET lead = CASE lead WHEN 'japan' THEN "
                                     "'canada' ELSE 'japan' END WHERE id = %1")
                              .arg(id));
        QVERIFY(lastRows(1).startsWith(QStringLiteral("another program|%1|update|lead|").arg(id)));
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM change_log")).toInt(),
                 recorded.toInt() + 1);
    }

    void changesBetweenDates()
    {
        const qint64 id = m_doc->itemAt(0).id;
        // Rows written by another program with its own time stamps.
        test::sqlite3(m_file,
                      QStringLiteral("INSERT INTO change_log (at, actor, item_id, action, field, "
                                     "old_value, new_value) VALUES "
                                     "('2025-03-10T09:00:00.000Z', 'Archive', %1, 'update', "
                                     "'status', 'proposed', 'planned'), "
                                     "('2025-04-20T09:00:00.000Z', 'Archive', %1, 'update', "
                                     "'health', 'on_track', 'at_risk')")
                              .arg(id));
        auto march = History::between(*m_doc, QDate(2025, 3, 1), QDate(2025, 3, 31));
        QVERIFY(march);
        QCOMPARE(march->size(), 1);
        QCOMPARE(march->constFirst().field, QStringLiteral("status"));
        QCOMPARE(march->constFirst().at, QDateTime(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC));
        auto spring = History::between(*m_doc, QDate(2025, 3, 1), QDate(2025, 4, 20));
        QVERIFY(spring);
        QCOMPARE(spring->size(), 2);
        QCOMPARE(spring->constFirst().field, QStringLiteral("health")); // newest first
        // The Changes dock reads only the newest rows and counts the rest.
        auto newest = History::between(*m_doc, QDate(2025, 3, 1), QDate(2025, 4, 20), 1);
        QVERIFY(newest);
        QCOMPARE(newest->size(), 1);
        QCOMPARE(newest->constFirst().field, QStringLiteral("health"));
        QCOMPARE(History::countBetween(*m_doc, QDate(2025, 3, 1), QDate(2025, 4, 20)).value(), 2);
        auto open = History::between(*m_doc, QDate(), QDate(2025, 12, 31));
        QVERIFY(open);
        QCOMPARE(open->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
