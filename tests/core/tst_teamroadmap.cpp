#include "../support/eventloopwatch.h"
#include "../support/ownserver.h"
#include "../support/testserver.h"
#include "edit/editservice.h"
#include "edit/pendingwrites.h"
#include "storage/roadmapstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QThread>

#include <atomic>

using namespace jcr;

/**
 * A team roadmap on a PostgreSQL server as officers use it (issue 19): published from a file
 * and copied back with the command line, reported on identically, edited by two documents at
 * once with the other's edit arriving by itself, and surviving a server that crashes or stops
 * answering. On the tests' throwaway server; the crash tests start one of their own.
 */
class TestTeamRoadmap : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(JCR_BINARY_DIR "/app/jcroadmap"), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            qFatal("pdftotext failed on %s", qPrintable(pdf));
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static std::unique_ptr<RoadmapDocument> openDocument(const QString &location)
    {
        auto doc = RoadmapDocument::open(location);
        if (!doc)
            qFatal("open %s: %s", qPrintable(location), qPrintable(doc.errorMessage()));
        return std::move(doc.value());
    }

    /// A seeded roadmap file with a baseline, published to \a database; returns the file.
    QString published(const test::TestDatabase &database)
    {
        const QString file = m_dir.filePath(database.name() + QStringLiteral(".jcroadmap"));
        test::createRoadmap(file);
        if (cli({QStringLiteral("baseline"), file, QStringLiteral("create"),
                 QStringLiteral("Leaders' meeting")})
                    .code
            != 0)
            qFatal("baseline create failed");
        const Run r = cli({QStringLiteral("publish"), file, database.url()});
        if (r.code != 0)
            qFatal("publish: %s", qPrintable(r.err));
        return file;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void publishedRoadmapReportsTheSame()
    {
        test::TestDatabase database;
        const QString file = published(database);
        const QString url = database.url();

        // The same report, list, history and baselines from the file and from the server.
        const QString filePdf = m_dir.filePath(QStringLiteral("file.pdf"));
        const QString serverPdf = m_dir.filePath(QStringLiteral("server.pdf"));
        const QStringList options {QStringLiteral("--as-of"), QStringLiteral("2026-12-01")};
        QCOMPARE(cli(QStringList {QStringLiteral("report"), file, QStringLiteral("-o"), filePdf}
                     + options)
                         .code,
                 0);
        const Run report
                = cli(QStringList {QStringLiteral("report"), url, QStringLiteral("-o"), serverPdf}
                      + options);
        QVERIFY2(report.code == 0, qPrintable(report.err));
        const QString fromFile = pdfText(filePdf);
        QVERIFY(fromFile.contains(QStringLiteral("Comprehensive Strategic Partnership")));
        QCOMPARE(pdfText(serverPdf), fromFile);
        for (const QStringList &command :
             {QStringList {QStringLiteral("list")}, QStringList {QStringLiteral("changes")},
              QStringList {QStringLiteral("baseline"), QStringLiteral("list")}}) {
            const Run a = cli(QStringList {command.first(), file} + command.mid(1));
            const Run b = cli(QStringList {command.first(), url} + command.mid(1));
            QCOMPARE(a.code, 0);
            QVERIFY2(b.code == 0, qPrintable(b.err));
            QCOMPARE(b.out, a.out);
        }

        // Publishing again does not replace a roadmap that has items.
        Run again = cli({QStringLiteral("publish"), file, url});
        QVERIFY(again.code != 0);
        QVERIFY(again.err.contains(QStringLiteral("--replace")));

        // An edit on the server, then an offline copy: a file like any other, history and all.
        {
            auto doc = openDocument(url);
            Item edited = doc->itemAt(0);
            edited.title = QStringLiteral("Edited on the server");
            auto stored = doc->applyUpdateItem(edited);
            QVERIFY2(stored, qPrintable(stored.errorMessage()));
        }
        const QString copy = m_dir.filePath(QStringLiteral("offline.jcroadmap"));
        const Run copied = cli({QStringLiteral("copy"), url, copy});
        QVERIFY2(copied.code == 0, qPrintable(copied.err));
        QCOMPARE(cli({QStringLiteral("check"), copy}).code, 0);
        QCOMPARE(cli({QStringLiteral("changes"), copy}).out,
                 cli({QStringLiteral("changes"), url}).out);
        QCOMPARE(cli({QStringLiteral("list"), copy}).out, cli({QStringLiteral("list"), url}).out);
        QVERIFY(cli({QStringLiteral("list"), copy})
                        .out.contains(QStringLiteral("Edited on the server")));
        // Never over an existing file.
        QVERIFY(cli({QStringLiteral("copy"), url, copy}).code != 0);
    }

    void anotherOfficersEditArrivesByItself()
    {
        test::TestDatabase database;
        published(database);
        auto mine = openDocument(database.url());
        auto theirs = openDocument(database.url());
        QCOMPARE(theirs->pollInterval(), 0); // nothing polls: the change feed brings it
        QSignalSpy reloaded(theirs.get(), &RoadmapDocument::reloadedFromDisk);
        Item edited = mine->itemAt(2);
        edited.title = QStringLiteral("Changed in Ottawa");
        QVERIFY(mine->applyUpdateItem(edited));
        QTRY_COMPARE_WITH_TIMEOUT(theirs->itemAt(2).title, edited.title, 5000);
        QVERIFY(!reloaded.isEmpty());
        // The record of change says who, by the officer's login on the server.
        auto changes = theirs->store().itemChanges(edited.id);
        QVERIFY(changes && !changes->isEmpty());
        QCOMPARE(changes->first().newValue.value_or(QString()), edited.title);
    }

    void rightsComeFromTheServer()
    {
        test::TestDatabase database;
        published(database);
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        const QString reader = QStringLiteral("jcr_reader_") + suffix;
        const QString officer = QStringLiteral("jcr_officer_") + suffix;
        QCOMPARE(test::serverExec(QStringLiteral("DROP ROLE IF EXISTS %1; DROP ROLE IF EXISTS "
                                                 "%2; CREATE ROLE %1 LOGIN IN ROLE "
                                                 "jcroadmap_reader; CREATE ROLE %2 LOGIN IN ROLE "
                                                 "jcroadmap_officer")
                                          .arg(reader, officer)),
                 QString());

        // A reader sees the roadmap; an edit is refused as a right, not as a conflict.
        {
            auto doc = openDocument(database.url(reader));
            Item edited = doc->itemAt(0);
            edited.title = QStringLiteral("Not allowed");
            auto refused = doc->applyUpdateItem(edited);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Code::Forbidden);
            QVERIFY2(refused.errorMessage().contains(QStringLiteral("does not allow")),
                     qPrintable(refused.errorMessage()));
            QCOMPARE(doc->itemAt(0).title, doc->itemAt(0).title);
        }
        // An officer edits; the record of change keeps the login, which no client writes.
        {
            auto doc = openDocument(database.url(officer));
            Item edited = doc->itemAt(0);
            edited.title = QStringLiteral("Edited by an officer");
            auto stored = doc->applyUpdateItem(edited);
            QVERIFY2(stored, qPrintable(stored.errorMessage()));
        }
        const QString forged = test::serverExec(
                QStringLiteral("INSERT INTO change_log (actor, item_id, action) VALUES ('x', 1, "
                               "'insert')"),
                database.name(), officer);
        QVERIFY2(forged.contains(QStringLiteral("permission denied")), qPrintable(forged));
        QCOMPARE(test::serverExec(QStringLiteral("DO $$ BEGIN IF (SELECT login FROM change_log "
                                                 "ORDER BY id DESC LIMIT 1) <> '%1' THEN RAISE "
                                                 "EXCEPTION 'wrong login'; END IF; END $$")
                                          .arg(officer),
                                  database.name()),
                 QString());
        test::serverExec(QStringLiteral("DROP OWNED BY %1, %2; DROP ROLE %1; DROP ROLE %2")
                                 .arg(reader, officer),
                         database.name());
    }

    void areasGivenToTheirOwnEditors()
    {
        // The administrator gives area 3 to its own editors: an officer who is not one of them
        // is told so, for an edit, a move into it, a new item and a deletion; someone else's
        // change is still told as that.
        test::TestDatabase database;
        const QString file = published(database);
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        const QString officer = QStringLiteral("jcr_area_officer_") + suffix;
        const QString editors = QStringLiteral("jcr_area3_editors_") + suffix;
        QCOMPARE(test::serverExec(QStringLiteral("DROP ROLE IF EXISTS %1; DROP ROLE IF EXISTS %2; "
                                                 "CREATE ROLE %1 LOGIN IN ROLE jcroadmap_officer; "
                                                 "CREATE ROLE %2 NOLOGIN")
                                          .arg(officer, editors)),
                 QString());
        QCOMPARE(test::serverExec(QStringLiteral("INSERT INTO area_editor (area_id, editor_role) "
                                                 "SELECT id, '%1' FROM priority_area WHERE "
                                                 "number = 3")
                                          .arg(editors),
                                  database.name()),
                 QString());

        auto doc = openDocument(database.url(officer));
        auto owner = openDocument(database.url());
        qint64 area1 = 0, area3 = 0;
        for (const PriorityArea &a : doc->areas()) {
            if (a.number == 1)
                area1 = a.id;
            if (a.number == 3)
                area3 = a.id;
        }
        QVERIFY(area1 > 0 && area3 > 0);
        int inArea3 = -1, inArea1 = -1;
        for (int row = 0; row < doc->itemCount(); ++row) {
            if (inArea3 < 0 && doc->itemAt(row).areaId == area3)
                inArea3 = row;
            if (inArea1 < 0 && doc->itemAt(row).areaId == area1)
                inArea1 = row;
        }
        QVERIFY(inArea3 >= 0 && inArea1 >= 0);
        const auto refusedForArea3 = [](const auto &result) {
            if (result)
                return QStringLiteral("accepted");
            if (result.error().code != Error::Code::Forbidden)
                return QStringLiteral("not Forbidden: ") + result.errorMessage();
            if (!result.errorMessage().contains(QStringLiteral("priority area 3")))
                return QStringLiteral("no area in: ") + result.errorMessage();
            return QString();
        };

        const Item original = doc->itemAt(inArea3);
        Item edited = original;
        edited.title = QStringLiteral("Not this officer's area");
        QCOMPARE(refusedForArea3(doc->applyUpdateItem(edited)), QString());
        QCOMPARE(owner->item(original.id)->title, original.title);
        QCOMPARE(doc->item(original.id)->title, original.title);

        Item moved = doc->itemAt(inArea1);
        moved.areaId = area3;
        QCOMPARE(refusedForArea3(doc->applyUpdateItem(moved)), QString());
        QCOMPARE(doc->itemAt(inArea1).areaId, area1);

        Item fresh;
        fresh.areaId = area3;
        fresh.title = QStringLiteral("A new item in area 3");
        QCOMPARE(refusedForArea3(doc->applyInsertItem(fresh)), QString());
        QCOMPARE(refusedForArea3(doc->applyDeleteItems({original.id})), QString());
        QVERIFY(owner->item(original.id));

        // Area 1 stays the officer's; a stale edit there is a conflict, not a refusal.
        Item theirs = *owner->item(doc->itemAt(inArea1).id);
        theirs.title = QStringLiteral("Changed by the owner first");
        QVERIFY(owner->applyUpdateItem(theirs));
        Item stale = doc->itemAt(inArea1);
        stale.title = QStringLiteral("Changed by the officer on an old copy");
        auto conflict = doc->applyUpdateItem(stale);
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().code, Error::Code::Conflict);

        // Neither the editors nor the roadmap's identity are the officer's to change.
        QVERIFY(test::serverExec(QStringLiteral("DELETE FROM area_editor"), database.name(),
                                 officer)
                        .contains(QStringLiteral("permission denied")));
        QVERIFY(test::serverExec(QStringLiteral("UPDATE roadmap_meta SET schema_version = 99"),
                                 database.name(), officer)
                        .contains(QStringLiteral("permission denied")));

        // Made one of the area's editors, the officer edits it.
        QCOMPARE(test::serverExec(QStringLiteral("GRANT %1 TO %2").arg(editors, officer)),
                 QString());
        auto granted = doc->applyUpdateItem(edited);
        QVERIFY2(granted, qPrintable(granted.errorMessage()));

        // Publishing the file again over it keeps the server's editors of area 3.
        doc.reset();
        owner.reset();
        const Run replaced = cli(
                {QStringLiteral("publish"), file, database.url(), QStringLiteral("--replace")});
        QVERIFY2(replaced.code == 0, qPrintable(replaced.err));
        QCOMPARE(test::serverExec(QStringLiteral("DO $$ BEGIN IF (SELECT count(*) FROM "
                                                 "area_editor e JOIN priority_area a ON a.id = "
                                                 "e.area_id WHERE a.number = 3) <> 1 THEN RAISE "
                                                 "EXCEPTION 'editors lost'; END IF; END $$"),
                                  database.name()),
                 QString());
        test::serverExec(QStringLiteral("DROP OWNED BY %1, %2").arg(officer, editors),
                         database.name());
        test::serverExec(QStringLiteral("DROP ROLE %1; DROP ROLE %2").arg(officer, editors));
    }

    void newerServerSchemaOpensReadOnly()
    {
        // A newer planner upgraded the server: this one shows the roadmap and changes nothing.
        test::TestDatabase database;
        published(database);
        QCOMPARE(test::serverExec(QStringLiteral("UPDATE roadmap_meta SET schema_version = 8"),
                                  database.name()),
                 QString());
        auto doc = openDocument(database.url());
        QVERIFY(doc->isReadOnly());
        QVERIFY2(doc->readOnlyReason().contains(QStringLiteral("newer version")),
                 qPrintable(doc->readOnlyReason()));
        QVERIFY(doc->itemCount() > 0);
        Item edited = doc->itemAt(0);
        edited.title = QStringLiteral("Not saved");
        auto refused = doc->applyUpdateItem(edited);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::ReadOnly);
        doc.reset();

        // An older one, which this version does not upgrade, is refused with a message.
        QCOMPARE(test::serverExec(QStringLiteral("UPDATE roadmap_meta SET schema_version = 6"),
                                  database.name()),
                 QString());
        auto older = RoadmapDocument::open(database.url());
        QVERIFY(!older);
        QVERIFY2(older.errorMessage().contains(QStringLiteral("schema 6")),
                 qPrintable(older.errorMessage()));
    }

    void twoWritersLoseNoUpdate()
    {
        // Two officers each add 1 to a number 2,000 times, reading and writing back: with
        // versions and the writer lock, not one increment is lost.
        test::TestDatabase database;
        published(database);
        const QString url = database.url();
        constexpr int Rounds = 2000;
        std::atomic<int> failures {0};
        const auto writer = [&] {
            auto opened = openStore(url, OpenMode::Open);
            if (!opened) {
                ++failures;
                return;
            }
            RoadmapStore &store = *opened.value();
            Item current = store.loadSnapshot()->items.at(0);
            for (int done = 0; done < Rounds;) {
                Item next = current;
                next.description = QString::number(current.description.toInt() + 1);
                if (!store.beginWrite()) {
                    continue;
                }
                auto stored = store.updateItem(current, next);
                if (stored && store.commit()) {
                    current = stored.value();
                    ++done;
                    continue;
                }
                store.rollback();
                if (stored || stored.error().code != Error::Code::Conflict) {
                    ++failures;
                    return;
                }
                current = store.loadSnapshot()->items.at(0); // someone else's write: read again
            }
        };
        {
            auto setUp = openStore(url, OpenMode::Open);
            QVERIFY(setUp);
            Item first = setUp.value()->loadSnapshot()->items.at(0);
            Item zero = first;
            zero.description = QStringLiteral("0");
            QVERIFY(setUp.value()->beginWrite());
            QVERIFY(setUp.value()->updateItem(first, zero));
            QVERIFY(setUp.value()->commit());
        }
        QThread *a = QThread::create(writer);
        QThread *b = QThread::create(writer);
        a->start();
        b->start();
        QVERIFY(a->wait(240000));
        QVERIFY(b->wait(240000));
        delete a;
        delete b;
        QCOMPARE(failures.load(), 0);
        auto check = openStore(url, OpenMode::OpenReadOnly);
        QVERIFY(check);
        QCOMPARE(check.value()->loadSnapshot()->items.at(0).description,
                 QString::number(2 * Rounds));
    }

    void crashedServerIsSurvived()
    {
        // A server of its own, killed and started again under an open document.
        test::OwnServer own(QStringLiteral("crash"));
        const QString url = own.url();
        auto doc = openDocument(url);
        QSignalSpy connection(doc.get(), &RoadmapDocument::connectionChanged);
        Item before = doc->itemAt(1);
        before.title = QStringLiteral("Committed before the crash");
        QVERIFY(doc->applyUpdateItem(before));

        own.control(QStringLiteral("halt"));
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isOnline(), 5000);
        QCOMPARE(connection.constFirst().at(0).toBool(), false);
        // Meanwhile an edit is refused as unreachable, not lost silently and not a crash.
        Item offline = doc->itemAt(2);
        offline.title = QStringLiteral("Typed while offline");
        auto refused = doc->applyUpdateItem(offline);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Unreachable);

        own.control(QStringLiteral("resume"));
        QTRY_VERIFY_WITH_TIMEOUT(doc->isOnline(), 15000);
        QCOMPARE(connection.constLast().at(0).toBool(), true);
        QCOMPARE(doc->itemAt(1).title, before.title); // committed, kept, re-read
        QVERIFY(doc->applyUpdateItem(offline));
        doc.reset();
    }

    void aConnectionThatFailsToOpenAgainIsRetried()
    {
        // The server comes back, the change feed hears it, but the roadmap's own connection
        // cannot be opened yet (here: the officer's login may have one connection only, which
        // the feed takes). The document stays offline, saying why, and tries again by itself.
        test::OwnServer own(QStringLiteral("retry"));
        const QString officer = QStringLiteral("jcr_limited");
        const auto admin = [&own](const QString &sql) {
            return test::serverExec(sql, QStringLiteral("postgres"), QStringLiteral("postgres"),
                                    own.dir());
        };
        QCOMPARE(admin(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE jcroadmap_officer")
                               .arg(officer)),
                 QString());
        auto doc = openDocument(own.url(officer));
        QSignalSpy connection(doc.get(), &RoadmapDocument::connectionChanged);
        QTRY_VERIFY(doc->isOnline());
        // Counted only for new connections: the two open ones stay.
        QCOMPARE(admin(QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT 1").arg(officer)), QString());

        own.control(QStringLiteral("halt"));
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isOnline(), 5000);
        own.control(QStringLiteral("resume"));
        QTRY_VERIFY_WITH_TIMEOUT(connection.size() >= 2
                                         && connection.constLast().at(1).toString().contains(
                                                 QLatin1String("too many connections")),
                                 15000);
        QTest::qWait(2500); // a retry or two, still refused
        QVERIFY(!doc->isOnline());

        QCOMPARE(admin(QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT -1").arg(officer)),
                 QString());
        QTRY_VERIFY_WITH_TIMEOUT(doc->isOnline(), 5000);
        QCOMPARE(connection.constLast().at(0).toBool(), true);
        Item edited = doc->itemAt(1);
        edited.title = QStringLiteral("Saved once the connection opened again");
        QVERIFY(doc->applyUpdateItem(edited));
        doc.reset();
    }

    void editToAStalledServerComesBack()
    {
        // The server stops answering just as an officer saves (the driver would wait forever):
        // the save comes back within the statement limit as a lost connection, nothing is
        // changed, and once the server answers again the next save goes through.
        test::OwnServer own(QStringLiteral("stall"));
        const QString url = own.url();
        auto doc = openDocument(url);
        QVERIFY(doc->isOnline());
        // Should the save wait forever after all, the server goes on after 20 s and the
        // timing below fails instead of the test hanging.
        own.control(QStringLiteral("pause"));
        QProcess rescue;
        rescue.start(QStringLiteral("sh"),
                     {QStringLiteral("-c"),
                      QStringLiteral("sleep 20; " JCR_SOURCE_DIR
                                     "/tests/support/pgserver.sh unpause '%1'")
                              .arg(own.dir())});
        Item edited = doc->itemAt(3);
        const QString original = edited.title;
        edited.title = QStringLiteral("Saved while the server stalls");
        QElapsedTimer waited;
        waited.start();
        auto refused = doc->applyUpdateItem(edited);
        const qint64 ms = waited.elapsed();
        qInfo("a save to a stalled server came back after %lld ms", ms);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Unreachable);
        QVERIFY2(ms < 8000, qPrintable(QString::number(ms)));
        QCOMPARE(doc->itemAt(3).title, original);
        // The document now knows what its save found: offline at once, without waiting for
        // the heartbeats, and the next read does not wait for the server again.
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isOnline(), 500);
        QElapsedTimer read;
        read.start();
        QCOMPARE(doc->store().changeCounter(), -1);
        QVERIFY2(read.elapsed() < 500, qPrintable(QString::number(read.elapsed())));

        own.control(QStringLiteral("unpause"));
        rescue.kill();
        rescue.waitForFinished();
        QTRY_VERIFY_WITH_TIMEOUT(doc->isOnline(), 15000);
        auto saved = doc->applyUpdateItem(edited);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QCOMPARE(doc->itemAt(3).title, edited.title);
        doc.reset();
        auto check = openDocument(url);
        QCOMPARE(check->itemAt(3).title, edited.title);
        check.reset();
    }

    void pausedServerIsNoticed()
    {
        // A server that stops answering without closing anything (as behind a cut network).
        test::OwnServer own(QStringLiteral("pause"));
        const QString url = own.url();
        auto doc = openDocument(url);
        // As the window sets the document up.
        doc->setPollInterval(500);
        doc->pendingWrites()->setEnabled(true);
        QTest::qWait(1500); // a heartbeat or two
        QVERIFY(doc->isOnline());
        // The window's responsiveness while the server is silent.
        test::EventLoopWatch watch;
        QElapsedTimer noticed;
        own.control(QStringLiteral("pause"));
        noticed.start();
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isOnline(), 5000);
        const qint64 noticedAfter = noticed.elapsed();
        qInfo("paused server noticed after %lld ms", noticedAfter);
        QVERIFY2(noticedAfter < 5000, qPrintable(QString::number(noticedAfter)));

        // An officer edits meanwhile, as the item editor does: it looks for others' changes
        // first, then saves through the edit service. Both return at once; the edit waits.
        const qint64 id = doc->itemAt(4).id;
        const QString typed = QStringLiteral("Typed while the server is silent");
        QElapsedTimer edit;
        edit.start();
        QVERIFY(!doc->checkForOutsideChanges());
        auto kept = EditService(doc.get()).editItem(id, [&](Item &it) { it.title = typed; });
        const qint64 editMs = edit.elapsed();
        QVERIFY2(kept, qPrintable(kept.errorMessage()));
        QVERIFY2(editMs < 500, qPrintable(QString::number(editMs)));
        QCOMPARE(doc->pendingWrites()->count(), 1);
        QCOMPARE(doc->item(id)->title, typed);
        // Any other read of the roadmap (history, a check) is told at once that the server
        // does not answer, rather than waiting for it.
        QElapsedTimer read;
        read.start();
        QCOMPARE(doc->store().changeCounter(), -1);
        QVERIFY(!doc->store().revalidateSchema());
        QVERIFY2(read.elapsed() < 500, qPrintable(QString::number(read.elapsed())));

        // A few seconds silent, as a cut network stays: nothing waits on the server.
        QTest::qWait(3000);
        const qint64 longestGap = watch.stop();
        qInfo("longest wait of the event loop meanwhile: %lld ms", longestGap);
        QVERIFY2(longestGap < 500, qPrintable(QString::number(longestGap)));
        QCOMPARE(doc->pendingWrites()->count(), 1);

        // Back: the waiting edit is saved, on the server.
        own.control(QStringLiteral("unpause"));
        QTRY_VERIFY_WITH_TIMEOUT(doc->isOnline(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(doc->pendingWrites()->count(), 0, 5000);
        doc.reset();
        auto check = openDocument(url);
        QCOMPARE(check->item(id)->title, typed);
        check.reset();
    }
};

QTEST_GUILESS_MAIN(TestTeamRoadmap)
#include "tst_teamroadmap.moc"
