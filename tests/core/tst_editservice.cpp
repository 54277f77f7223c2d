// The one road for edits (issue 11): every EditService call is one undo step and one
// transaction, and the document says what changed with typed events.
#include "edit/editservice.h"
#include "models/itemmodel.h"
#include "models/roles.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace jcr;

class TestEditService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<RoadmapDocument> m_doc;
    QStringList m_errors;

    QString inFile(const QString &sql) { return test::sqlite3(m_file, sql); }
    QUndoStack *stack() { return m_doc->undoStack(); }
    EditService edits() { return EditService(m_doc.get()); }
    /// Ids of the first \a n items.
    QList<qint64> firstIds(int n)
    {
        QList<qint64> ids;
        for (int row = 0; row < n; ++row)
            ids << m_doc->itemAt(row).id;
        return ids;
    }
    /// Ids of \a n items that no dependency touches yet.
    QList<qint64> unlinkedIds(int n)
    {
        QList<qint64> ids;
        for (const Item &it : m_doc->items()) {
            bool linked = false;
            for (const Dependency &d : m_doc->dependencies())
                linked = linked || d.predecessorId == it.id || d.successorId == it.id;
            if (!linked)
                ids << it.id;
            if (ids.size() == n)
                break;
        }
        return ids;
    }
    QString dependenciesInFile()
    {
        // One row per link, in the same SQL for sqlite3 and psql.
        return inFile(QStringLiteral("SELECT predecessor_id || '>' || successor_id FROM "
                                     "dependency ORDER BY predecessor_id, successor_id"))
                .replace(QLatin1Char('\n'), QLatin1Char(','));
    }

private Q_SLOTS:
    void init()
    {
        m_errors.clear();
        m_file = m_dir.filePath(QStringLiteral("%1.jcroadmap")
                                        .arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_file);
        m_doc = test::createRoadmap(m_file);
        connect(m_doc.get(), &RoadmapDocument::errorOccurred, this,
                [this](const QString &e) { m_errors << e; });
    }
    void cleanup() { m_doc.reset(); }

    void createReturnsTheNewId()
    {
        const int before = m_doc->itemCount();
        const Item draft = edits().draftItem(Status::InProgress);
        const auto id = edits().createItem(draft);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QVERIFY(id.value() > 0);
        QCOMPARE(m_doc->itemCount(), before + 1);
        QCOMPARE(m_doc->item(id.value())->status, Status::InProgress);
        // At the foot of its column.
        for (const Item &it : m_doc->items()) {
            if (it.id != id.value() && it.status == Status::InProgress)
                QVERIFY(it.rank < m_doc->item(id.value())->rank);
        }
        QCOMPARE(stack()->count(), 1);
        stack()->undo();
        QVERIFY(!m_doc->item(id.value()));
        stack()->redo();
        QVERIFY(m_doc->item(id.value())); // the same id again
        QCOMPARE(inFile(QStringLiteral("SELECT status FROM item WHERE id = %1").arg(id.value())),
                 QStringLiteral("in_progress"));
    }

    void createManyIsOneStep()
    {
        QList<Item> items;
        for (int i = 0; i < 5; ++i) {
            Item it = edits().draftItem(Status::Planned);
            it.title = QStringLiteral("Imported %1").arg(i);
            items << it;
        }
        QSignalSpy inserted(m_doc.get(), &RoadmapDocument::itemsInserted);
        const auto ids = edits().createItems(items, QStringLiteral("Import"));
        QVERIFY(ids);
        QCOMPARE(ids->size(), 5);
        QCOMPARE(inserted.count(), 1); // one block of rows
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(m_doc->item(ids->at(3))->title, QStringLiteral("Imported 3"));
        stack()->undo();
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM item WHERE title LIKE 'Imported %'")),
                 QStringLiteral("0"));
    }

    void createRefusesInvalidItems()
    {
        Item bad = edits().draftItem(Status::Planned);
        bad.title.clear();
        const auto r = edits().createItem(bad);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QCOMPARE(stack()->count(), 0);
        Item orphan = edits().draftItem(Status::Planned);
        orphan.areaId = 987654;
        QVERIFY(!edits().createItem(orphan));
        QCOMPARE(stack()->count(), 0);
    }

    void editManyIsOneStepAndOneEvent()
    {
        const QList<qint64> ids = firstIds(4);
        QSignalSpy changed(m_doc.get(), &RoadmapDocument::itemsChanged);
        QVERIFY(edits().editItems(
                ids, [](Item &it) { it.health = Health::OffTrack; }, QStringLiteral("Set health")));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QList<qint64>>(), ids);
        QCOMPARE(changed.at(0).at(1).value<ItemFields>(), ItemFields(ItemField::Health));
        for (qint64 id : ids)
            QCOMPARE(inFile(QStringLiteral("SELECT health FROM item WHERE id = %1").arg(id)),
                     QStringLiteral("off_track"));
        stack()->undo();
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM item WHERE health = 'off_track' "
                                       "AND id IN (%1, %2, %3, %4)")
                                .arg(ids[0])
                                .arg(ids[1])
                                .arg(ids[2])
                                .arg(ids[3])),
                 QStringLiteral("0"));
    }

    void editManyIsAllOrNothing()
    {
        // Someone else renames the last item: the whole gesture is refused, nothing written.
        const QList<qint64> ids = firstIds(3);
        const QString before0 = m_doc->item(ids[0])->title;
        QList<ItemChange> changes;
        for (qint64 id : ids) {
            ItemChange c {*m_doc->item(id), *m_doc->item(id)};
            c.after.title += QStringLiteral(" (mine)");
            changes << c;
        }
        bool ok = false;
        test::sqlite3(m_file,
                      QStringLiteral("UPDATE item SET title = 'theirs' WHERE id = %1").arg(ids[2]),
                      &ok);
        QVERIFY(ok);
        const auto r = edits().editItems(changes, QStringLiteral("Rename"));
        QVERIFY(!r);
        QVERIFY(!m_errors.isEmpty());
        QCOMPARE(inFile(QStringLiteral("SELECT title FROM item WHERE id = %1").arg(ids[0])),
                 before0);
        QCOMPARE(inFile(QStringLiteral("SELECT title FROM item WHERE id = %1").arg(ids[2])),
                 QStringLiteral("theirs"));
        QCOMPARE(stack()->count(), 0);
    }

    void editWithoutChangeIsNoStep()
    {
        const Item it = m_doc->itemAt(0);
        QVERIFY(edits().editItem(it, it));
        QCOMPARE(stack()->count(), 0);
    }

    void deleteManyIsOneStep()
    {
        const QList<qint64> ids {m_doc->itemAt(1).id, m_doc->itemAt(4).id, m_doc->itemAt(5).id,
                                 m_doc->itemAt(9).id};
        const int count = m_doc->itemCount();
        QVERIFY(edits().deleteItems(ids));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(m_doc->itemCount(), count - 4);
        for (qint64 id : ids) {
            QVERIFY(!m_doc->item(id));
            QCOMPARE(m_doc->rowOf(id), -1);
        }
        // The index of the rows that moved up is right.
        for (int row = 0; row < m_doc->itemCount(); ++row)
            QCOMPARE(m_doc->rowOf(m_doc->itemAt(row).id), row);
        stack()->undo();
        QCOMPARE(m_doc->itemCount(), count);
        for (qint64 id : ids)
            QVERIFY(m_doc->item(id));
    }

    void undoingADeleteRestoresItsDependencies()
    {
        // An item with a dependency on each side.
        const QList<qint64> free = unlinkedIds(3);
        QCOMPARE(free.size(), 3);
        const qint64 a = free[0];
        const qint64 b = free[1];
        const qint64 c = free[2];
        QVERIFY(edits().addDependency(a, b));
        QVERIFY(edits().addDependency(b, c));
        const QList<Dependency> all = m_doc->dependencies();
        const QString inFileBefore = dependenciesInFile();
        QVERIFY(inFileBefore.contains(QStringLiteral("%1>%2").arg(a).arg(b)));
        QVERIFY(inFileBefore.contains(QStringLiteral("%1>%2").arg(b).arg(c)));

        QSignalSpy deps(m_doc.get(), &RoadmapDocument::dependenciesChanged);
        QVERIFY(edits().deleteItems({b}));
        QCOMPARE(deps.count(), 1);
        QVERIFY(!m_doc->dependencies().contains(Dependency {a, b}));
        QVERIFY(!m_doc->dependencies().contains(Dependency {b, c}));
        QVERIFY(!dependenciesInFile().contains(QStringLiteral("%1>").arg(b)));

        stack()->undo();
        QCOMPARE(deps.count(), 2);
        QVERIFY(m_doc->dependencies().contains(Dependency {a, b}));
        QVERIFY(m_doc->dependencies().contains(Dependency {b, c}));
        QCOMPARE(m_doc->dependencies().size(), all.size());
        QCOMPARE(dependenciesInFile(), inFileBefore);

        // Deleting both ends of a link together and undoing brings the link back once.
        QVERIFY(edits().deleteItems({a, b}));
        stack()->undo();
        QCOMPARE(dependenciesInFile(), inFileBefore);
        QCOMPARE(m_doc->dependencies().count(Dependency {a, b}), 1);
    }

    void moveSetsStatusAreaAndRankInOneStep()
    {
        const QList<qint64> ids = firstIds(3);
        const qint64 area = m_doc->areas().last().id;
        QList<ItemMove> moves;
        for (int i = 0; i < ids.size(); ++i)
            moves << ItemMove {ids[i], Status::OnHold, area, 100.0 + i};
        QSignalSpy changed(m_doc.get(), &RoadmapDocument::itemsChanged);
        QVERIFY(edits().moveItems(moves));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(1).value<ItemFields>() & ItemField::Status);
        for (int i = 0; i < ids.size(); ++i) {
            const Item *it = m_doc->item(ids[i]);
            QCOMPARE(it->status, Status::OnHold);
            QCOMPARE(it->areaId, area);
            QCOMPARE(it->rank, 100.0 + i);
        }
        stack()->undo();
        QVERIFY(m_doc->item(ids[0])->status != Status::OnHold
                || m_doc->item(ids[0])->rank != 100.0);
    }

    void dependencies()
    {
        const QList<qint64> free = unlinkedIds(3);
        QCOMPARE(free.size(), 3);
        const qint64 a = free[0];
        const qint64 b = free[1];
        const qint64 c = free[2];
        QCOMPARE(edits().addDependency(a, a).error().code, Error::Code::Invalid);
        QVERIFY(edits().addDependency(a, b));
        QVERIFY(edits().addDependency(b, c));
        // c → a would close the loop a → b → c → a.
        QCOMPARE(edits().addDependency(c, a).error().code, Error::Code::Invalid);
        QCOMPARE(stack()->count(), 2);
        QVERIFY(edits().addDependency(a, b)); // exists: nothing to do
        QCOMPARE(stack()->count(), 2);
        QVERIFY(edits().removeDependency(a, b));
        QVERIFY(!m_doc->dependencies().contains(Dependency {a, b}));
        QVERIFY(!dependenciesInFile().contains(QStringLiteral("%1>%2").arg(a).arg(b)));
        stack()->undo();
        QVERIFY(m_doc->dependencies().contains(Dependency {a, b}));
        QVERIFY(dependenciesInFile().contains(QStringLiteral("%1>%2").arg(a).arg(b)));
    }

    void organisationLinks()
    {
        const Item item = m_doc->itemAt(0);
        qint64 org = 0;
        for (const Organisation &o : m_doc->organisations()) {
            bool linked = false;
            for (const OrgLink &l : item.organisations)
                linked = linked || l.organisationId == o.id;
            if (!linked) {
                org = o.id;
                break;
            }
        }
        QVERIFY(org > 0);
        const QString count = QStringLiteral("SELECT count(*) FROM item_organisation WHERE item_id "
                                             "= %1 AND organisation_id = %2")
                                      .arg(item.id)
                                      .arg(org);
        QVERIFY(edits().linkOrganisation(item.id, org, OrgRole::Supporting));
        QCOMPARE(inFile(count), QStringLiteral("1"));
        QVERIFY(edits().linkOrganisation(item.id, org, OrgRole::Lead)); // a new role
        QCOMPARE(m_doc->item(item.id)->organisations.count(OrgLink {org, OrgRole::Lead}), 1);
        QVERIFY(edits().unlinkOrganisation(item.id, org));
        QCOMPARE(inFile(count), QStringLiteral("0"));
        stack()->undo();
        QCOMPARE(inFile(count), QStringLiteral("1"));
        QVERIFY(!edits().linkOrganisation(item.id, 987654, OrgRole::Lead));
    }

    void wipLimitChangeTouchesNoItem()
    {
        ItemModel model(m_doc.get());
        QSignalSpy rows(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy items(m_doc.get(), &RoadmapDocument::itemsChanged);
        QSignalSpy limits(m_doc.get(), &RoadmapDocument::wipLimitsChanged);
        QSignalSpy deps(m_doc.get(), &RoadmapDocument::dependenciesChanged);
        QVERIFY(edits().setWipLimit(Status::InProgress, 4));
        QCOMPARE(m_doc->wipLimit(Status::InProgress), 4);
        QCOMPARE(limits.count(), 1);
        QCOMPARE(limits.at(0).at(0).value<Status>(), Status::InProgress);
        QCOMPARE(rows.count(), 0);
        QCOMPARE(items.count(), 0);
        QCOMPARE(deps.count(), 0);
        QVERIFY(edits().setWipLimit(Status::InProgress, 4)); // unchanged: no step
        QCOMPARE(stack()->count(), 1);
        QVERIFY(!edits().setWipLimit(Status::InProgress, -1));
    }

    void itemEventsNameTheFields()
    {
        ItemModel model(m_doc.get());
        QSignalSpy rows(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy items(m_doc.get(), &RoadmapDocument::itemsChanged);
        const qint64 id = m_doc->itemAt(7).id;
        QVERIFY(edits().editItem(id, [](Item &it) { it.title = QStringLiteral("Renamed"); }));
        QCOMPARE(items.count(), 1);
        QCOMPARE(items.at(0).at(0).value<QList<qint64>>(), QList<qint64> {id});
        QCOMPARE(items.at(0).at(1).value<ItemFields>(), ItemFields(ItemField::Title));
        // The model repaints that row only.
        QCOMPARE(rows.count(), 1);
        QCOMPARE(rows.at(0).at(0).toModelIndex().row(), 7);
        QCOMPARE(rows.at(0).at(1).toModelIndex().row(), 7);
    }

    void statusUpdate()
    {
        const qint64 id = m_doc->itemAt(0).id;
        StatusUpdate u;
        u.itemId = id;
        u.date = QDate(2026, 5, 1);
        u.author = QStringLiteral("Desk");
        u.text = QStringLiteral("Met in Ottawa");
        u.newHealth = Health::AtRisk;
        QVERIFY(edits().addStatusUpdate(u));
        QCOMPARE(m_doc->item(id)->health, Health::AtRisk);
        QCOMPARE(stack()->count(), 1);
        stack()->undo();
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM status_update WHERE text = 'Met in "
                                       "Ottawa'")),
                 QStringLiteral("0"));
    }

    void organisationAddRenameRemove()
    {
        // Issue 13, point 13: through the service, one undo step each, checked in the file.
        Organisation o;
        o.name = QStringLiteral("  Sample Research Agency ");
        o.shortName = QStringLiteral("SRA");
        o.country = Country::Canada;
        const auto added = edits().addOrganisation(o);
        QVERIFY2(added, qPrintable(added.errorMessage()));
        const qint64 id = added.value();
        QCOMPARE(m_doc->organisation(id)->name, QStringLiteral("Sample Research Agency"));
        QCOMPARE(inFile(QStringLiteral("SELECT name || '|' || country FROM organisation WHERE "
                                       "id = %1")
                                .arg(id)),
                 QStringLiteral("Sample Research Agency|CA"));
        QCOMPARE(edits().addOrganisation(o).error().code, Error::Code::Invalid); // same name
        // Names within the schema's limits, said in the user's terms before SQLite refuses.
        Organisation tooLong = o;
        tooLong.name = QString(MaxNameLength + 1, QLatin1Char('n'));
        const auto refused = edits().addOrganisation(tooLong);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("longer than 200 characters")),
                 qPrintable(refused.errorMessage()));
        tooLong.name = QString(MaxNameLength, QLatin1Char('n'));
        tooLong.shortName = QString(MaxShortNameLength + 1, QLatin1Char('s'));
        QCOMPARE(edits().addOrganisation(tooLong).error().code, Error::Code::Invalid);
        QCOMPARE(stack()->count(), 1);
        m_errors.clear();
        Organisation renamed = *m_doc->organisation(id);
        renamed.name = QStringLiteral("Sample Research Agency (SRA)");
        QVERIFY(edits().editOrganisation(renamed));
        QVERIFY(edits().linkOrganisation(m_doc->itemAt(0).id, id, OrgRole::Supporting));
        QCOMPARE(m_doc->organisationUseCount(id), 1);
        QVERIFY(edits().removeOrganisation(id));
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM organisation WHERE id = %1").arg(id)),
                 QStringLiteral("0"));
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM item_organisation WHERE "
                                       "organisation_id = %1")
                                .arg(id)),
                 QStringLiteral("0"));
        QCOMPARE(stack()->count(), 4);
        stack()->undo(); // the removal: organisation and link come back
        QCOMPARE(m_doc->organisationUseCount(id), 1);
        QCOMPARE(inFile(QStringLiteral("SELECT role FROM item_organisation WHERE "
                                       "organisation_id = %1")
                                .arg(id)),
                 QStringLiteral("supporting"));
        stack()->undo(); // the link
        stack()->undo(); // the rename
        QCOMPARE(inFile(QStringLiteral("SELECT name FROM organisation WHERE id = %1").arg(id)),
                 QStringLiteral("Sample Research Agency"));
        stack()->undo(); // the addition
        QVERIFY(!m_doc->organisation(id));
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM organisation WHERE id = %1").arg(id)),
                 QStringLiteral("0"));
        for (int i = 0; i < 4; ++i)
            stack()->redo();
        QVERIFY(!m_doc->organisation(id));
        QVERIFY(m_errors.isEmpty());
    }

    void organisationRemovalSeesOutsideLinks()
    {
        // Another program links an item to the organisation; the planner has not seen it yet.
        // Removing must not silently drop that link behind the item's back.
        Organisation o;
        o.name = QStringLiteral("Outside Agency");
        const auto added = edits().addOrganisation(o);
        QVERIFY(added);
        m_doc->setPollInterval(0);
        const qint64 item = m_doc->itemAt(1).id;
        inFile(QStringLiteral("INSERT INTO item_organisation (item_id, organisation_id, role, "
                              "position) VALUES (%1, %2, 'lead', 9)")
                       .arg(item)
                       .arg(added.value()));
        const auto removed = edits().removeOrganisation(added.value());
        QVERIFY(!removed);
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM item_organisation WHERE "
                                       "organisation_id = %1")
                                .arg(added.value())),
                 QStringLiteral("1"));
        // The planner now shows the other program's link.
        QCOMPARE(m_doc->organisationUseCount(added.value()), 1);
    }

    /// An import (changes, new items, links) is one step and one write, undone and redone as
    /// one, in the document and in the file.
    void importIsOneStep()
    {
        const QList<qint64> linked = unlinkedIds(2);
        QCOMPARE(linked.size(), 2);
        ItemImport changes;
        const Item first = *m_doc->item(linked[0]);
        Item renamed = first;
        renamed.title = QStringLiteral("Renamed by the import");
        changes.before << first;
        changes.after << renamed;
        for (int i = 0; i < 2; ++i) {
            Item it = edits().draftItem(Status::Proposed);
            it.title = QStringLiteral("Imported %1").arg(i);
            changes.added << it;
            changes.addedPredecessors << QList<qint64> {linked[1]};
        }
        changes.addedDependencies << Dependency {linked[1], linked[0]};
        const int count = m_doc->itemCount();
        const QString links = dependenciesInFile();
        QSignalSpy inserted(m_doc.get(), &RoadmapDocument::itemsInserted);
        QVERIFY(edits().importItems(changes, QStringLiteral("Import tracker.csv")));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(stack()->undoText(), QStringLiteral("Import tracker.csv"));
        QCOMPARE(inserted.count(), 1);
        const auto inFileNow = [&] {
            return inFile(QStringLiteral("SELECT count(*) || '|' || (SELECT title FROM item "
                                         "WHERE id = %1) || '|' || (SELECT count(*) FROM "
                                         "dependency d JOIN item i ON i.id = d.successor_id "
                                         "WHERE d.predecessor_id = %2 AND i.title LIKE "
                                         "'Imported %') FROM item")
                                  .arg(linked[0])
                                  .arg(linked[1]));
        };
        const QString imported = QStringLiteral("%1|Renamed by the import|2").arg(count + 2);
        QCOMPARE(inFileNow(), imported);
        QCOMPARE(m_doc->itemCount(), count + 2);
        QVERIFY(dependenciesInFile().contains(
                QStringLiteral("%1>%2").arg(linked[1]).arg(linked[0])));
        stack()->undo();
        QCOMPARE(m_doc->itemCount(), count);
        QCOMPARE(m_doc->item(linked[0])->title, first.title);
        QCOMPARE(inFileNow(), QStringLiteral("%1|%2|0").arg(count).arg(first.title));
        QCOMPARE(dependenciesInFile(), links);
        stack()->redo();
        QCOMPARE(m_doc->itemCount(), count + 2);
        QCOMPARE(inFileNow(), imported);
        QVERIFY(m_errors.isEmpty());
    }

    /// An import with an invalid item or one without an area of this roadmap writes nothing
    /// and pushes no step; one without changes is no step either.
    void importRefusesBeforeWriting()
    {
        const int count = m_doc->itemCount();
        ItemImport nothing;
        QVERIFY(edits().importItems(nothing, QStringLiteral("Import empty.csv")));
        QCOMPARE(stack()->count(), 0);

        ItemImport orphan;
        Item it = edits().draftItem(Status::Planned);
        it.areaId = 987654;
        orphan.added << it;
        auto r = edits().importItems(orphan, QStringLiteral("Import orphan.csv"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);

        ItemImport untitled;
        Item before = m_doc->itemAt(0);
        Item after = before;
        after.title.clear();
        untitled.before << before;
        untitled.after << after;
        r = edits().importItems(untitled, QStringLiteral("Import untitled.csv"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QCOMPARE(stack()->count(), 0);
        QCOMPARE(m_doc->itemCount(), count);
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM item")), QString::number(count));
        QCOMPARE(inFile(QStringLiteral("SELECT title FROM item WHERE id = %1").arg(before.id)),
                 before.title);
        QVERIFY(m_errors.isEmpty()); // refused before writing: nothing to report as a failure
    }

    void readOnlyRefusesEverything()
    {
        m_doc.reset();
        auto ro = RoadmapDocument::open(test::location(m_file), true);
        QVERIFY(ro);
        EditService e(ro.value().get());
        const qint64 id = ro.value()->itemAt(0).id;
        QCOMPARE(e.deleteItems({id}).error().code, Error::Code::ReadOnly);
        QCOMPARE(e.createItem(e.draftItem(Status::Planned)).error().code, Error::Code::ReadOnly);
        QCOMPARE(e.editItem(id, [](Item &it) { it.progress = 50; }).error().code,
                 Error::Code::ReadOnly);
        QCOMPARE(e.setWipLimit(Status::Done, 3).error().code, Error::Code::ReadOnly);
        ItemImport one;
        one.added << e.draftItem(Status::Planned);
        QCOMPARE(e.importItems(one, QStringLiteral("Import")).error().code, Error::Code::ReadOnly);
        QCOMPARE(ro.value()->undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEditService)
#include "tst_editservice.moc"
