#include "storage/schema.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

/// The headless command line: run the real executable as a user or a script would.
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // headless means no display needed
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(JCR_BINARY_DIR "/app/jcroadmap"), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("jcroadmap " JCR_VERSION_STRING));
    }

    void initCheckList()
    {
        const QString file = m_dir.filePath(QStringLiteral("cli.jcroadmap"));
        Run r = run({QStringLiteral("init"), file});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(file));
        // Never overwrites.
        r = run({QStringLiteral("init"), file});
        QVERIFY(r.code != 0);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line

        r = run({QStringLiteral("check"), file});
        QCOMPARE(r.code, 0);

        r = run({QStringLiteral("list"), file});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.first(),
                 QStringLiteral("id\tarea\tkind\tstatus\thealth\tlead\tstart\tend\ttitle"));
        QCOMPARE(lines.size() - 1,
                 jcr::test::sqlite3(file, QStringLiteral("SELECT count(*) FROM item")).toInt());
        // Due this calendar year (year precision); the launch itself is not dated.
        QVERIFY(r.out.contains(QStringLiteral("\tdialogue\tplanned\ton_track\tjoint\t\t2026\t"
                                              "Economic Security Dialogue")));

        r = run({QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), lines.size() - 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("id")).toInt(), 1);

        r = run({QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(r.code, 2);
    }

    void initEmpty()
    {
        const QString file = m_dir.filePath(QStringLiteral("empty.jcroadmap"));
        QCOMPARE(run({QStringLiteral("init"), file, QStringLiteral("--empty")}).code, 0);
        QCOMPARE(jcr::test::sqlite3(file, QStringLiteral("SELECT count(*) FROM item")),
                 QStringLiteral("0"));
        QCOMPARE(jcr::test::sqlite3(file, QStringLiteral("SELECT count(*) FROM priority_area")),
                 QStringLiteral("6"));
    }

    void checkRefusesBadFiles()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a roadmap");
        f.close();
        Run r = run({QStringLiteral("check"), text});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(QStringLiteral("jcroadmap: ")));
        QVERIFY(r.err.contains(QStringLiteral("not a roadmap file")));

        r = run({QStringLiteral("check"), m_dir.filePath(QStringLiteral("missing.jcroadmap"))});
        QCOMPARE(r.code, 1);

        r = run({QStringLiteral("check")});
        QCOMPARE(r.code, 2);
    }

    void helpForEachCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"init", "check", "list"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    void helpForEachCommand()
    {
        QFETCH(QString, command);
        const Run r = run({command, QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("FILE")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
