#include "documenttestutil.h"
#include "storage/outputguard.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

using namespace jcr;
using namespace jcr::testutil;

/**
 * Issue 12, point 1: no output of any command or dialog replaces its input, a roadmap or any
 * other SQLite file, by whatever name it is reached (same path, "..", symbolic link, hard
 * link, another extension). Every refusal is one line, exit code 1, and the file keeps every
 * byte.
 */
class TestOutputGuard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_roadmap;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static CliResult runIn(const QString &workingDir, const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(workingDir);
        p.start(jcroadmapExecutable(), args);
        CliResult r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("maps/sub")));
        m_roadmap = path(QStringLiteral("maps/r.jcroadmap"));
        QVERIFY(makeRoadmap(m_roadmap));
        // Other ways to reach the same file, another roadmap, and a foreign SQLite file.
        QVERIFY(QFile::link(m_roadmap, path(QStringLiteral("link.jcroadmap"))));
        QVERIFY(QFile::link(m_roadmap, path(QStringLiteral("link.png"))));
        QVERIFY(QFile::link(m_roadmap, path(QStringLiteral("link.svg"))));
        QVERIFY(QFile::link(m_roadmap, path(QStringLiteral("link.pdf"))));
        QVERIFY(::link(QFile::encodeName(m_roadmap).constData(),
                       QFile::encodeName(path(QStringLiteral("hard.pdf"))).constData())
                == 0);
        QVERIFY(makeRoadmap(path(QStringLiteral("other.jcroadmap"))));
        QVERIFY(QFile::copy(path(QStringLiteral("other.jcroadmap")),
                            path(QStringLiteral("plan.svg"))));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path(QStringLiteral("foreign.pdf"))).constData(),
                              &db),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE t (x); INSERT INTO t VALUES (1)", nullptr, nullptr,
                              nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }

    void outputNeverReplacesADatabase_data()
    {
        QTest::addColumn<QString>("workingDir");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("victim");

        const QString maps = path(QStringLiteral("maps"));
        const QString sub = path(QStringLiteral("maps/sub"));
        const QString r = m_roadmap;
        const QString top = m_dir.path();
        const auto report = [&](const QString &in, const QString &out) {
            return QStringList {QStringLiteral("report"), in, QStringLiteral("-o"), out};
        };
        const auto timeline = [&](const QString &in, const QString &out) {
            return QStringList {QStringLiteral("timeline"), in, QStringLiteral("-o"), out};
        };
        QTest::newRow("report onto itself") << maps << report(r, r) << r;
        QTest::newRow("report, relative name")
                << maps << report(QStringLiteral("r.jcroadmap"), QStringLiteral("r.jcroadmap"))
                << r;
        QTest::newRow("report, ./../ name")
                << sub << report(r, QStringLiteral("./../sub/../r.jcroadmap")) << r;
        QTest::newRow("report, symbolic link")
                << top << report(r, path(QStringLiteral("link.jcroadmap"))) << r;
        QTest::newRow("report, hard link")
                << top << report(r, path(QStringLiteral("hard.pdf"))) << r;
        QTest::newRow("report over another roadmap")
                << top << report(r, path(QStringLiteral("other.jcroadmap")))
                << path(QStringLiteral("other.jcroadmap"));
        QTest::newRow("report over a foreign SQLite file named .pdf")
                << top << report(r, path(QStringLiteral("foreign.pdf")))
                << path(QStringLiteral("foreign.pdf"));
        QTest::newRow("report over the journal's place")
                << top << report(r, r + QStringLiteral("-journal")) << r;
        QTest::newRow("timeline png, symbolic link")
                << top << timeline(r, path(QStringLiteral("link.png"))) << r;
        QTest::newRow("timeline svg, symbolic link")
                << top << timeline(r, path(QStringLiteral("link.svg"))) << r;
        QTest::newRow("timeline pdf, symbolic link")
                << top << timeline(r, path(QStringLiteral("link.pdf"))) << r;
        QTest::newRow("timeline pdf, hard link")
                << top << timeline(r, path(QStringLiteral("hard.pdf"))) << r;
        QTest::newRow("timeline svg over a roadmap named .svg")
                << top << timeline(r, path(QStringLiteral("plan.svg")))
                << path(QStringLiteral("plan.svg"));
        QTest::newRow("timeline of a roadmap onto itself")
                << top
                << timeline(path(QStringLiteral("plan.svg")), path(QStringLiteral("plan.svg")))
                << path(QStringLiteral("plan.svg"));
    }

    void outputNeverReplacesADatabase()
    {
        QFETCH(QString, workingDir);
        QFETCH(QStringList, args);
        QFETCH(QString, victim);
        const QByteArray before = fileHash(victim);
        QVERIFY(!before.isEmpty());
        const QString journal = m_roadmap + QStringLiteral("-journal");
        const CliResult r = runIn(workingDir, args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("not overwritten")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1Char('\n')), qPrintable(r.err));
        QCOMPARE(fileHash(victim), before);
        QVERIFY(!QFileInfo::exists(journal));
        QVERIFY(QFileInfo(path(QStringLiteral("link.jcroadmap"))).isSymLink());
        // Still a healthy roadmap.
        if (victim != path(QStringLiteral("foreign.pdf")))
            QCOMPARE(runJcroadmap({QStringLiteral("check"), victim}).exitCode, 0);
    }

    void ordinaryOutputsAreStillWritten()
    {
        const QString pdf = path(QStringLiteral("report.pdf"));
        CliResult r
                = runJcroadmap({QStringLiteral("report"), m_roadmap, QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("Wrote")));
        // An existing output that is not a database is replaced, as asked.
        r = runJcroadmap({QStringLiteral("report"), m_roadmap, QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, 0);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const QString svg = path(QStringLiteral("timeline.svg"));
        r = runJcroadmap({QStringLiteral("timeline"), m_roadmap, QStringLiteral("-o"), svg});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFileInfo(svg).size() > 1000);
    }

    void guardInCore()
    {
        // The one function every writer calls.
        QVERIFY(OutputGuard::check(path(QStringLiteral("new.pdf")), {m_roadmap}));
        QVERIFY(!OutputGuard::check(m_roadmap));
        QVERIFY(!OutputGuard::check(path(QStringLiteral("maps"))));
        QVERIFY(!OutputGuard::check(QString()));
        const QString text = path(QStringLiteral("notes.txt"));
        QVERIFY(OutputGuard::writeFile(text, "hello"));
        // The same file as an input, by a hard link, is refused even though it is no database.
        const QString hard = path(QStringLiteral("notes-link.txt"));
        QVERIFY(::link(QFile::encodeName(text).constData(), QFile::encodeName(hard).constData())
                == 0);
        const auto refused = OutputGuard::writeFile(hard, "bye", {text});
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QLatin1String("input file")));
        QFile f(text);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("hello"));
        // A full device is an error, not a silent success. (Only while /dev/full is the device:
        // an older build run as root could have replaced it by a file.)
        QVERIFY2(!QFileInfo(QStringLiteral("/dev/full")).isFile(),
                 "/dev/full is a regular file; recreate it: mknod -m 666 /dev/full c 1 7");
        const auto full
                = OutputGuard::writeFile(QStringLiteral("/dev/full"), QByteArray(8192, 'x'));
        QVERIFY(!full);
        QVERIFY(QFileInfo(QStringLiteral("/dev/full")).exists());
        QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile());
    }

    void saveCopyAsNeverReplacesARoadmap()
    {
        auto doc = RoadmapDocument::open(m_roadmap);
        QVERIFY2(doc, qPrintable(doc.errorMessage()));
        const QByteArray other = fileHash(path(QStringLiteral("other.jcroadmap")));
        QVERIFY(!doc.value()->saveCopyAs(m_roadmap));
        QVERIFY(!doc.value()->saveCopyAs(path(QStringLiteral("link.jcroadmap"))));
        QVERIFY(!doc.value()->saveCopyAs(path(QStringLiteral("other.jcroadmap"))));
        QCOMPARE(fileHash(path(QStringLiteral("other.jcroadmap"))), other);
        QVERIFY(doc.value()->saveCopyAs(path(QStringLiteral("copy.jcroadmap"))));
        QCOMPARE(runJcroadmap({QStringLiteral("check"), path(QStringLiteral("copy.jcroadmap"))})
                         .exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestOutputGuard)
#include "tst_outputguard.moc"
