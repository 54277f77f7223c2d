// Issue 12, point 9: a program holding a write transaction (sqlite3 after BEGIN IMMEDIATE)
// makes an edit wait, still undoable, instead of failing; it is written when the lock clears.
#include "../support/sqlitelockholder.h"
#include "commands/deferwritecommand.h"
#include "documenttestutil.h"
#include "edit/editservice.h"
#include "edit/pendingwrites.h"
#include "storage/database.h"
#include "storage/roadmapstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace jcr;
using namespace jcr::testutil;

class TestPendingWrites : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<RoadmapDocument> m_doc;
    QStringList m_errors;

    QString inFile(const QString &sql) { return sqlite3Cli(m_file, sql).out; }
    QString titleInFile(qint64 id)
    {
        return inFile(QStringLiteral("SELECT title FROM item WHERE id = %1").arg(id));
    }
    PendingWrites *pending() { return m_doc->pendingWrites(); }
    QUndoStack *stack() { return m_doc->undoStack(); }
    EditService edits() { return EditService(m_doc.get()); }
    Result<void> retitle(qint64 id, const QString &title)
    {
        return edits().editItem(id, [&](Item &it) { it.title = title; });
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("locked.jcroadmap"));
        QFile::remove(m_file);
        QVERIFY(makeRoadmap(m_file));
        auto doc = RoadmapDocument::open(m_file);
        QVERIFY2(doc, qPrintable(doc.errorMessage()));
        m_doc = std::move(doc.value());
        pending()->setEnabled(true);
        pending()->setRetryInterval(50);
        m_errors.clear();
        connect(m_doc.get(), &RoadmapDocument::errorOccurred, this,
                [this](const QString &m) { m_errors << m; });
    }
    void cleanup() { m_doc.reset(); }

    void editWaitsForTheLockAndLandsWhenItClears()
    {
        const qint64 id = m_doc->itemAt(0).id;
        const QString before = titleInFile(id);
        SqliteLockHolder holder;
        QVERIFY(holder.lock(m_file));

        QElapsedTimer clock;
        clock.start();
        QVERIFY(retitle(id, QStringLiteral("Typed while locked")));
        // The window is not frozen for the 15 s busy timeout.
        QCOMPARE_LT(clock.elapsed(), 3000);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        QCOMPARE(pending()->count(), 1);
        QCOMPARE(stack()->count(), 1);
        QVERIFY(stack()->canUndo());
        QCOMPARE(titleInFile(id), before);
        // What was typed stays on screen meanwhile.
        QCOMPARE(m_doc->item(id)->title, QStringLiteral("Typed while locked"));

        // Minutes of waiting are many retries: still waiting, nothing reported.
        QTest::qWait(400);
        QCOMPARE(pending()->count(), 1);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));

        QSignalSpy written(pending(), &PendingWrites::written);
        QVERIFY(holder.release());
        QTRY_COMPARE(pending()->count(), 0);
        QCOMPARE(written.size(), 1);
        QCOMPARE(titleInFile(id), QStringLiteral("Typed while locked"));
        QCOMPARE(m_doc->item(id)->title, QStringLiteral("Typed while locked"));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));

        // An ordinary undo step afterwards.
        stack()->undo();
        QCOMPARE(titleInFile(id), before);
    }

    void undoWhileWaitingCancelsCleanly()
    {
        const qint64 id = m_doc->itemAt(0).id;
        const QString before = titleInFile(id);
        const QString versionBefore
                = inFile(QStringLiteral("SELECT version FROM item WHERE id = %1").arg(id));
        SqliteLockHolder holder;
        QVERIFY(holder.lock(m_file));
        QVERIFY(retitle(id, QStringLiteral("Cancelled")));
        QCOMPARE(pending()->count(), 1);

        QCOMPARE(m_doc->item(id)->title, QStringLiteral("Cancelled"));
        stack()->undo();
        QCOMPARE(pending()->count(), 0);
        QVERIFY(stack()->canRedo());
        QCOMPARE(m_doc->item(id)->title, before);
        QVERIFY(holder.release());
        QTest::qWait(200);
        // Nothing was written, not even an edit and its undo.
        QCOMPARE(titleInFile(id), before);
        QCOMPARE(inFile(QStringLiteral("SELECT version FROM item WHERE id = %1").arg(id)),
                 versionBefore);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));

        // Redo makes it again.
        stack()->redo();
        QCOMPARE(pending()->count(), 0);
        QCOMPARE(titleInFile(id), QStringLiteral("Cancelled"));
    }

    void waitingEditsLandInOrder()
    {
        const qint64 id = m_doc->itemAt(0).id;
        const qint64 other = m_doc->itemAt(1).id;
        SqliteLockHolder holder;
        QVERIFY(holder.lock(m_file));
        QVERIFY(retitle(id, QStringLiteral("First")));
        QVERIFY(retitle(id, QStringLiteral("Second")));
        QVERIFY(edits().deleteItems({other}));
        const auto created = edits().createItem(edits().draftItem(Status::Planned));
        QVERIFY(!created);
        QCOMPARE(created.error().code, Error::Code::Busy);
        QCOMPARE(pending()->count(), 4);
        QCOMPARE(stack()->count(), 4);
        const int items = m_doc->itemCount();

        QVERIFY(holder.release());
        QTRY_COMPARE(pending()->count(), 0);
        QCOMPARE(titleInFile(id), QStringLiteral("Second"));
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM item WHERE id = %1").arg(other)),
                 QStringLiteral("0"));
        QCOMPARE(m_doc->itemCount(), items); // one deleted, one added
        QCOMPARE(inFile(QStringLiteral("SELECT count(*) FROM item")), QString::number(items));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    }

    void outsideCommitMeanwhileIsKept()
    {
        // The other program commits a change of another field while the edit waits: both end
        // up in the file (the edit is applied over the file as it is then).
        const qint64 id = m_doc->itemAt(0).id;
        SqliteLockHolder holder;
        QVERIFY(holder.lock(m_file));
        QVERIFY(retitle(id, QStringLiteral("Mine")));
        QVERIFY(holder.run(QByteArrayLiteral("UPDATE item SET progress = 42 WHERE id = ")
                           + QByteArray::number(id) + ';'));
        QVERIFY(holder.release("COMMIT"));
        QTRY_COMPARE(pending()->count(), 0);
        QCOMPARE(inFile(QStringLiteral("SELECT title || '|' || progress FROM item WHERE id = %1")
                                .arg(id)),
                 QStringLiteral("Mine|42"));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    }

    void undoOfAWrittenEditWaitsToo()
    {
        // Undo of an edit already in the file also waits; a new edit then drops the undone
        // command from the stack, and its undo must still reach the file, before the new edit.
        const qint64 id = m_doc->itemAt(0).id;
        const qint64 other = m_doc->itemAt(1).id;
        const QString before = titleInFile(id);
        QVERIFY(retitle(id, QStringLiteral("Written")));
        QCOMPARE(titleInFile(id), QStringLiteral("Written"));

        SqliteLockHolder holder;
        QVERIFY(holder.lock(m_file));
        stack()->undo();
        QCOMPARE(pending()->count(), 1);
        QVERIFY(retitle(other, QStringLiteral("After the undo")));
        QCOMPARE(stack()->count(), 1); // the undone command is gone from the stack
        QCOMPARE(pending()->count(), 2);

        QVERIFY(holder.release());
        QTRY_COMPARE(pending()->count(), 0);
        QCOMPARE(titleInFile(id), before);
        QCOMPARE(titleInFile(other), QStringLiteral("After the undo"));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    }

    void withoutWaitingTheEditFailsAsBefore()
    {
        // The command line cannot wait: a held lock refuses the edit with a message.
        pending()->setEnabled(false);
        m_doc->store().setBusyTimeout(100);
        const qint64 id = m_doc->itemAt(0).id;
        SqliteLockHolder holder;
        QVERIFY(holder.lock(m_file));
        const auto r = retitle(id, QStringLiteral("Refused"));
        QVERIFY(!r);
        QCOMPARE(pending()->count(), 0);
        QCOMPARE(stack()->count(), 0);
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(holder.release());
    }

    void closingWithWaitingEditsDropsThemWithoutWriting()
    {
        const qint64 id = m_doc->itemAt(0).id;
        const QString before = titleInFile(id);
        SqliteLockHolder holder;
        QVERIFY(holder.lock(m_file));
        QVERIFY(retitle(id, QStringLiteral("Never")));
        m_doc.reset(); // no crash, no write
        QVERIFY(holder.release());
        QCOMPARE(titleInFile(id), before);
    }
};

QTEST_GUILESS_MAIN(TestPendingWrites)
#include "tst_pendingwrites.moc"
