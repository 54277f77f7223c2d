#include "commands/addstatusupdatecommand.h"
#include "commands/createitemcommand.h"
#include "commands/deleteitemscommand.h"
#include "commands/edititemcommand.h"
#include "commands/setwiplimitcommand.h"
#include "models/itemmodel.h"
#include "models/roles.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace jcr;

/// Every undo command: redo → undo → redo, checked in the model and in the file.
class TestCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<RoadmapDocument> m_doc;
    std::unique_ptr<ItemModel> m_model;

    QString inFile(const QString &sql) { return test::sqlite3(m_file, sql); }
    QUndoStack *stack() { return m_doc->undoStack(); }
    QStringList m_errors;

private Q_SLOTS:
    void init()
    {
        m_errors.clear();
        m_file = m_dir.filePath(QStringLiteral("%1.jcroadmap")
                                        .arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_file);
        m_doc = test::createRoadmap(m_file);
        m_model = std::make_unique<ItemModel>(m_doc.get());
        connect(m_doc.get(), &RoadmapDocument::errorOccurred, this,
                [this](const QString &e) { m_errors << e; });
    }
    void cleanup()
    {
        m_model.reset();
        m_doc.reset();
    }

    void editItem()
    {
        const Item before = m_doc->itemAt(0);
        Item after = before;
        after.title = QStringLiteral("Renamed <b>R&D</b> \"draft\" 日本");
        after.status = Status::InProgress;
        after.end = FuzzyDate::quarter(2027, 2);
        stack()->push(new EditItemCommand(m_doc.get(), before, after));
        const auto check = [&](const Item &expected) {
            QCOMPARE(m_model->index(0, 0).data(TitleRole).toString(), expected.title);
            QCOMPARE(m_model->index(0, 0).data(StatusRole).toInt(), int(expected.status));
            QCOMPARE(inFile(QStringLiteral("SELECT title FROM item WHERE id = %1").arg(before.id)),
                     expected.title);
            QCOMPARE(inFile(QStringLiteral("SELECT status FROM item WHERE id = %1").arg(before.id)),
                     enums::key(expected.status));
            QCOMPARE(
                    inFile(QStringLiteral("SELECT coalesce(CAST(end_date AS TEXT), '') || "
                                          "end_precision FROM "
                                          "item WHERE id = %1")
                                   .arg(before.id)),
                    (expected.end.isValid() ? expected.end.last().toString(Qt::ISODate) : QString())
                            + enums::key(expected.end.precision()));
        };
        check(after);
        stack()->undo();
        check(before);
        stack()->redo();
        check(after);
    }

    void editThroughModelIsOneUndoStep()
    {
        const QModelIndex idx = m_model->index(3, 0);
        const int before = idx.data(StatusRole).toInt();
        QVERIFY(m_model->setItemData(idx, {{StatusRole, int(Status::Done)}, {RankRole, 0.5}}));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(idx.data(StatusRole).toInt(), int(Status::Done));
        QCOMPARE(idx.data(RankRole).toDouble(), 0.5);
        stack()->undo();
        QCOMPARE(idx.data(StatusRole).toInt(), before);
        QVERIFY(!m_model->setData(idx, 101, ProgressRole)); // refused, nothing pushed
        QCOMPARE(stack()->count(), 1);
    }

    void createItem()
    {
        Item it;
        it.title = QStringLiteral("Hydrogen supply chain working group");
        it.areaId = m_doc->areas().at(3).id;
        it.start = FuzzyDate::month(2027, 4);
        const int rows = m_model->rowCount();
        stack()->push(new CreateItemCommand(m_doc.get(), it));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QCOMPARE(m_model->rowCount(), rows + 1);
        const qint64 id = m_doc->itemAt(rows).id;
        QCOMPARE(inFile(QStringLiteral("SELECT title FROM item WHERE id = %1").arg(id)), it.title);
        stack()->undo();
        QCOMPARE(m_model->rowCount(), rows);
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM item WHERE id = %1").arg(id)),
                 QStringLiteral("0"));
        stack()->redo();
        QCOMPARE(m_model->rowCount(), rows + 1);
        QCOMPARE(m_doc->itemAt(rows).id, id); // same id again
        QCOMPARE(inFile(QStringLiteral("SELECT title FROM item WHERE id = %1").arg(id)), it.title);
    }

    void deleteItemsRestoresEverything()
    {
        const qint64 id = m_doc->itemAt(6).id; // has an update and organisations in the seed
        const QString snapshot
                = QStringLiteral(
                          "SELECT (SELECT title || status || coalesce(CAST(start_date AS TEXT), "
                          "'') "
                          "FROM item WHERE id = %1)"
                          " || '/' || (SELECT count(*) FROM status_update WHERE item_id = %1)"
                          " || '/' || (SELECT count(*) FROM item_organisation WHERE item_id = %1)")
                          .arg(id);
        const QString before = inFile(snapshot);
        QVERIFY(!before.endsWith(QStringLiteral("/0/0")));
        const int rows = m_model->rowCount();
        stack()->push(new DeleteItemsCommand(m_doc.get(), {id, m_doc->itemAt(7).id}));
        QCOMPARE(m_model->rowCount(), rows - 2);
        QVERIFY(!m_doc->item(id));
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM status_update WHERE item_id = %1")
                                .arg(id)),
                 QStringLiteral("0"));
        stack()->undo();
        QCOMPARE(m_model->rowCount(), rows);
        QCOMPARE(inFile(snapshot), before);
        stack()->redo();
        QCOMPARE(m_model->rowCount(), rows - 2);
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM item WHERE id = %1").arg(id)),
                 QStringLiteral("0"));
    }

    void addStatusUpdate()
    {
        const Item it = m_doc->itemAt(11);
        StatusUpdate u;
        u.itemId = it.id;
        u.date = QDate(2026, 11, 20);
        u.author = QStringLiteral("Desk officer");
        u.text = QStringLiteral("First meeting held in Ottawa.");
        u.newStatus = Status::Done;
        u.newHealth = Health::AtRisk;
        stack()->push(new AddStatusUpdateCommand(m_doc.get(), u));
        const auto countUpdates = [&] {
            return inFile(QStringLiteral("SELECT count(*) FROM status_update WHERE item_id = %1")
                                  .arg(it.id))
                    .toInt();
        };
        const int withUpdate = countUpdates();
        QCOMPARE(m_doc->item(it.id)->status, Status::Done);
        QCOMPARE(m_doc->item(it.id)->progress, 100);
        QCOMPARE(inFile(QStringLiteral("SELECT status || health FROM item WHERE id = %1")
                                .arg(it.id)),
                 QStringLiteral("doneat_risk"));
        stack()->undo();
        QCOMPARE(countUpdates(), withUpdate - 1);
        QCOMPARE(m_doc->item(it.id)->status, it.status);
        QCOMPARE(inFile(QStringLiteral("SELECT status || health FROM item WHERE id = %1")
                                .arg(it.id)),
                 enums::key(it.status) + enums::key(it.health));
        stack()->redo();
        QCOMPARE(countUpdates(), withUpdate);
        QCOMPARE(m_doc->item(it.id)->status, Status::Done);
    }

    void setWipLimit()
    {
        stack()->push(new SetWipLimitCommand(m_doc.get(), Status::InProgress, 5));
        QCOMPARE(m_doc->wipLimit(Status::InProgress), 5);
        QCOMPARE(inFile(QStringLiteral(
                         "SELECT wip_limit FROM board_column WHERE status = 'in_progress'")),
                 QStringLiteral("5"));
        stack()->undo();
        QCOMPARE(m_doc->wipLimit(Status::InProgress), 0);
        QCOMPARE(inFile(QStringLiteral(
                         "SELECT count(*) FROM board_column WHERE wip_limit IS NOT NULL")),
                 QStringLiteral("0"));
        stack()->redo();
        QCOMPARE(m_doc->wipLimit(Status::InProgress), 5);
    }

    void outsideEditIsNotOverwritten()
    {
        const Item before = m_doc->itemAt(2);
        bool ok = false;
        test::sqlite3(m_file,
                      QStringLiteral("UPDATE item SET title = 'Changed elsewhere' WHERE id = %1")
                              .arg(before.id),
                      &ok);
        QVERIFY(ok);
        // The document has not looked yet: the optimistic update finds the version moved.
        Item after = before;
        after.title = QStringLiteral("Mine");
        auto r = m_doc->applyUpdateItem(after);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QCOMPARE(inFile(QStringLiteral("SELECT title FROM item WHERE id = %1").arg(before.id)),
                 QStringLiteral("Changed elsewhere"));
        QCOMPARE(m_doc->item(before.id)->title, QStringLiteral("Changed elsewhere")); // reloaded
    }

    void undoRefusedWhenChangedElsewhere()
    {
        const Item before = m_doc->itemAt(4);
        Item after = before;
        after.health = Health::OffTrack;
        stack()->push(new EditItemCommand(m_doc.get(), before, after));
        bool ok = false;
        test::sqlite3(
                m_file,
                QStringLiteral("UPDATE item SET health = 'at_risk' WHERE id = %1").arg(before.id),
                &ok);
        QVERIFY(ok);
        QVERIFY(m_doc->checkForOutsideChanges());
        QSignalSpy errors(m_doc.get(), &RoadmapDocument::errorOccurred);
        stack()->undo();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(inFile(QStringLiteral("SELECT health FROM item WHERE id = %1").arg(before.id)),
                 QStringLiteral("at_risk"));
        QCOMPARE(stack()->count(), 0); // the refused command is dropped
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
