#include "cli/cli.h"
#include "documenttestutil.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jcr;
using namespace jcr::testutil;

/**
 * Issue 12, point 10: what the command line writes. Every write is checked (a full disk, a
 * file-size limit, /dev/full), every error is one line with a non-zero exit, Qt's own notices
 * stay out of the output, TSV escapes control characters, names that are not UTF-8 work, and a
 * mistyped command is a usage error instead of a window.
 */
class TestCliOutput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_roadmap;

    struct Run
    {
        int code = -1;
        bool finished = false;
        QByteArray out;
        QString err;
    };

    /// Runs `sh -c SCRIPT` with $J the executable and $R the roadmap, in the test folder.
    Run shell(const QString &script, const QProcessEnvironment &extra = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("J"), jcroadmapExecutable());
        env.insert(QStringLiteral("R"), m_roadmap);
        env.insert(extra);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
        Run r;
        r.finished = p.waitForFinished(30000);
        if (!r.finished) {
            p.kill();
            p.waitForFinished();
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static bool oneLine(const QString &err)
    {
        return err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1
                && err.startsWith(QLatin1String("jcroadmap: "));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_roadmap = m_dir.filePath(QStringLiteral("r.jcroadmap"));
        QVERIFY(makeRoadmap(m_roadmap));
        // The device these tests write to (a build without OutputGuard run as root replaces
        // it by a regular file).
        QVERIFY2(!QFileInfo(QStringLiteral("/dev/full")).isFile(),
                 "/dev/full is a regular file; recreate it: mknod -m 666 /dev/full c 1 7");
    }

    void standardOutputToAFullDisk_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("list") << QStringLiteral("\"$J\" list \"$R\" > /dev/full");
        QTest::newRow("list json")
                << QStringLiteral("\"$J\" list \"$R\" --format json > /dev/full");
        QTest::newRow("check") << QStringLiteral("\"$J\" check \"$R\" > /dev/full");
        QTest::newRow("version") << QStringLiteral("\"$J\" --version > /dev/full");
        QTest::newRow("help") << QStringLiteral("\"$J\" --help > /dev/full");
    }

    void standardOutputToAFullDisk()
    {
        QFETCH(QString, script);
        const Run r = shell(script);
        QVERIFY(r.finished);
        QCOMPARE(r.code, 1);
        QVERIFY2(oneLine(r.err), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("could not write")), qPrintable(r.err));
    }

    void outputFileToAFullDisk_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("output");
        QTest::newRow("report -o /dev/full")
                << QStringLiteral("\"$J\" report \"$R\" -o /dev/full") << QString();
        QTest::newRow("timeline svg -o /dev/full")
                << QStringLiteral("ln -sf /dev/full full.svg; \"$J\" timeline \"$R\" -o full.svg")
                << QString();
        // A file-size limit fails writes the way a full disk does.
        QTest::newRow("report pdf, disk full")
                << QStringLiteral("ulimit -f 4; \"$J\" report \"$R\" -o big.pdf")
                << QStringLiteral("big.pdf");
        QTest::newRow("timeline svg, disk full")
                << QStringLiteral("ulimit -f 4; \"$J\" timeline \"$R\" -o big.svg")
                << QStringLiteral("big.svg");
        QTest::newRow("timeline pdf, disk full")
                << QStringLiteral("ulimit -f 4; \"$J\" timeline \"$R\" -o big.pdf")
                << QStringLiteral("big.pdf");
        QTest::newRow("timeline png, disk full")
                << QStringLiteral("ulimit -f 4; \"$J\" timeline \"$R\" -o big.png --width 4000")
                << QStringLiteral("big.png");
    }

    void outputFileToAFullDisk()
    {
        QFETCH(QString, script);
        QFETCH(QString, output);
        const Run r = shell(script);
        QVERIFY(r.finished);
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.out.contains("Wrote"), r.out.constData());
        QVERIFY2(oneLine(r.err), qPrintable(r.err));
        if (!output.isEmpty()) {
            // Complete or not at all: no truncated file is left under the name.
            QVERIFY(!QFileInfo::exists(m_dir.filePath(output)));
            QCOMPARE(QDir(m_dir.path()).entryList({output + QStringLiteral("*")}).size(), 0);
        }
        QVERIFY(QFileInfo(QStringLiteral("/dev/full")).exists());
    }

    void qtNoticesStayOut()
    {
        // Every Qt logging category switched on, and no runtime folder: none of Qt's own
        // messages may reach the output of a successful command.
        QProcessEnvironment env;
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/nonexistent/runtime"));
        const Run r = shell(QStringLiteral("\"$J\" report \"$R\" -o quiet.pdf"), env);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err.left(2000)));
        QVERIFY(r.out.startsWith("Wrote "));
        QCOMPARE(r.out.count('\n'), 1);
        const Run bad = shell(QStringLiteral("\"$J\" report \"$R\" -o /nonexistent/x.pdf"), env);
        QCOMPARE(bad.code, 1);
        QVERIFY2(oneLine(bad.err), qPrintable(bad.err.left(2000)));
    }

    void tsvEscapesControlCharacters()
    {
        const QString file = m_dir.filePath(QStringLiteral("controls.jcroadmap"));
        QVERIFY(makeRoadmap(file));
        bool ok = false;
        jcr::test::sqlite3(file,
                           QStringLiteral("UPDATE item SET title = 'a' || char(0) || 'b' || "
                                          "char(9) || 'c' || char(10) || 'd' || char(13) || "
                                          "'e\\f' || char(27) || '[31m' || char(127) || "
                                          "char(133) || char(8232) || 'z' WHERE id = 1"),
                           &ok);
        QVERIFY(ok);
        QProcess p;
        p.start(jcroadmapExecutable(), {QStringLiteral("list"), file});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY(!out.contains('\0'));
        QVERIFY(!out.contains('\r'));
        QVERIFY(!out.contains('\x1b'));
        const QList<QByteArray> lines = out.split('\n');
        QByteArray row1;
        for (const QByteArray &line : lines) {
            if (line.startsWith("1\t"))
                row1 = line;
        }
        QCOMPARE(row1.count('\t'), 8); // nine columns, nothing split
        QVERIFY2(row1.endsWith("\ta\\x00b\\tc\\nd\\re\\\\f\\x1b[31m\\x7f\\u0085\\u2028z"),
                 row1.constData());
        QCOMPARE(cli::escapeTsv(QStringLiteral("plain – 日本")), QStringLiteral("plain – 日本"));
    }

    void fileNamesThatAreNotUtf8()
    {
        // "r\xff.jcroadmap": Latin-1 ÿ, invalid as UTF-8.
        const Run r = shell(QStringLiteral("n=$(printf 'r\\377.jcroadmap'); cp \"$R\" \"$n\" && "
                                           "\"$J\" check \"$n\" && \"$J\" list \"$n\" > list.tsv "
                                           "&& \"$J\" report \"$n\" -o report.pdf && "
                                           "\"$J\" timeline \"$n\" -o t.svg"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(": ok, schema"), r.out.constData());
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("list.tsv"))).size() > 1000);
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("report.pdf"))).size() > 1000);
        // A missing one is still "does not exist", in one line.
        const Run missing
                = shell(QStringLiteral("\"$J\" check \"$(printf 'gone\\377.jcroadmap')\""));
        QCOMPARE(missing.code, 1);
        QVERIFY2(oneLine(missing.err), qPrintable(missing.err));
        QVERIFY(missing.err.contains(QLatin1String("does not exist")));
    }

    void mistypedCommandIsAUsageError()
    {
        const Run r = shell(QStringLiteral("exec \"$J\" pubish a b"));
        QVERIFY2(r.finished, "a window opened instead of an error");
        QCOMPARE(r.code, 2);
        QVERIFY2(oneLine(r.err), qPrintable(r.err));
        for (const char *command : {"init", "check", "list", "report", "timeline"})
            QVERIFY2(r.err.contains(QLatin1String(command)), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("pubish")));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("pubish"))));
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
