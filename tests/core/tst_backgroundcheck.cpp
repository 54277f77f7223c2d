#include "storage/database.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>

using namespace jcr;

/// Large files open without waiting for quick_check; damage found afterwards makes the
/// document read-only. Small files are still refused at once.
class TestBackgroundCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// A roadmap whose status_update table (not read when opening) has a broken page.
    QString damagedRoadmap(const char *name)
    {
        const QString file = m_dir.filePath(QString::fromLatin1(name));
        test::createRoadmap(file).reset();
        const int pageSize = test::sqlite3(file, QStringLiteral("PRAGMA page_size")).toInt();
        const int root = test::sqlite3(file,
                                       QStringLiteral("SELECT rootpage FROM sqlite_schema "
                                                      "WHERE name = 'status_update'"))
                                 .toInt();
        if (pageSize <= 0 || root <= 1)
            return {};
        QFile f(file);
        if (!f.open(QIODevice::ReadWrite))
            return {};
        // The first byte of a b-tree page is its type; 0x00 is not a valid one.
        f.seek(qint64(root - 1) * pageSize);
        f.write(QByteArray(1, '\0'));
        f.close();
        return file;
    }

private Q_SLOTS:
    void cleanup() { Database::setDeferredIntegrityThreshold(4 * 1024 * 1024); }

    void smallDamagedFileIsRefused()
    {
        const QString file = damagedRoadmap("small.jcroadmap");
        QVERIFY(!file.isEmpty());
        auto doc = RoadmapDocument::open(file);
        QVERIFY(!doc);
        QCOMPARE(doc.error().code, Error::Code::Damaged);
    }

    void largeDamagedFileBecomesReadOnly()
    {
        const QString file = damagedRoadmap("large.jcroadmap");
        QVERIFY(!file.isEmpty());
        Database::setDeferredIntegrityThreshold(0); // every file counts as large
        auto doc = RoadmapDocument::open(file);
        QVERIFY2(doc, qPrintable(doc.errorMessage()));
        // Nothing is written before the check has passed (issue 12).
        QVERIFY(doc.value()->isReadOnly());
        QVERIFY(doc.value()->readOnlyReason().contains(QStringLiteral("being checked")));
        QSignalSpy readOnly(doc.value().get(), &RoadmapDocument::readOnlyChanged);
        QSignalSpy errors(doc.value().get(), &RoadmapDocument::errorOccurred);
        QTRY_COMPARE_WITH_TIMEOUT(readOnly.count(), 1, 10000);
        QVERIFY(doc.value()->isReadOnly());
        QCOMPARE(errors.count(), 1);
        QVERIFY(doc.value()->readOnlyReason().contains(QStringLiteral("damaged")));
        Item it = doc.value()->itemAt(0);
        it.title = QStringLiteral("Must not be written");
        QCOMPARE(doc.value()->applyUpdateItem(it).error().code, Error::Code::ReadOnly);
    }

    void largeHealthyFileStaysWritable()
    {
        const QString file = m_dir.filePath(QStringLiteral("healthy.jcroadmap"));
        test::createRoadmap(file).reset();
        bool ok = false;
        test::sqlite3(
                file,
                QStringLiteral(
                        "PRAGMA foreign_keys = OFF; DELETE FROM priority_area WHERE number = 6"),
                &ok);
        QVERIFY(ok);
        Database::setDeferredIntegrityThreshold(0);
        auto doc = RoadmapDocument::open(file);
        QVERIFY2(doc, qPrintable(doc.errorMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(!doc.value()->integrityCheckRunning(), 10000);
        QCoreApplication::processEvents(); // the result is handed over through the event loop
        QVERIFY(!doc.value()->isReadOnly());
        // Items of the deleted area now point nowhere: reported, not fatal.
        QVERIFY(!doc.value()->openWarnings().isEmpty());
    }

    void closingDuringTheCheckIsSafe()
    {
        const QString file = m_dir.filePath(QStringLiteral("close.jcroadmap"));
        test::createRoadmap(file).reset();
        Database::setDeferredIntegrityThreshold(0);
        for (int i = 0; i < 20; ++i) {
            auto doc = RoadmapDocument::open(file);
            QVERIFY(doc);
        } // destroyed at once: the worker is interrupted and joined
    }
};

QTEST_GUILESS_MAIN(TestBackgroundCheck)
#include "tst_backgroundcheck.moc"
