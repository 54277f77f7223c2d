#include "report/reportmodel.h"
#include "testsupport.h"

#include <QProcess>
#include <QStandardPaths>

using namespace jcr;

/// The seeded roadmap in reports (issue 16): nothing overdue on a fresh roadmap, the
/// traceability annex, and no raw emphasis marker in any report's text.
class TestTraceabilityReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

    /// Runs the real executable with "today" fixed, as a user or a script would.
    static int jcroadmap(const QStringList &args, QString *err = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("JCR_TODAY"), QStringLiteral("2026-11-26"));
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(JCR_BINARY_DIR "/app/jcroadmap"), args);
        if (!p.waitForFinished(120000))
            return -1;
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }

    static QString pdftotext(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    QString report(const QString &name, const QStringList &options)
    {
        const QString out = m_dir.filePath(name);
        QString err;
        const int code = jcroadmap(
                QStringList {QStringLiteral("report"), m_file, QStringLiteral("-o"), out} + options,
                &err);
        if (code != 0)
            qWarning("report failed: %s", qPrintable(err));
        return code == 0 ? out : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
        m_file = m_dir.filePath(QStringLiteral("fresh.jcroadmap"));
        QString err;
        QCOMPARE(jcroadmap({QStringLiteral("init"), m_file}, &err), 0);
    }

    /// A fresh seeded roadmap raises no alarm the statement does not support.
    void freshRoadmapHasNothingOverdue()
    {
        auto doc = RoadmapDocument::open(m_file, true);
        QVERIFY(doc.ok());
        ReportOptions options;
        options.asOf = QDate(2026, 11, 26);
        auto model = ReportModel::build(*doc.value(), options);
        QVERIFY(model.ok());
        QCOMPARE(model->overall.overdue, 0);
        QVERIFY(model->overdueOrAtRisk.isEmpty());
        for (const AreaSummary &a : model->summary)
            QVERIFY2(a.health == Health::OnTrack, qPrintable(a.name));

        const QString status = report(QStringLiteral("status.pdf"), {});
        QVERIFY(!status.isEmpty());
        const QString text = pdftotext(status);
        QVERIFY(text.contains(QStringLiteral("No active item is overdue, at risk or off track.")));
        QVERIFY(!text.contains(QStringLiteral("start overdue")));
    }

    void annexTracesEveryCommitment()
    {
        // A second source with a sentence no item tracks yet.
        const QString readout = m_dir.filePath(QStringLiteral("readout.txt"));
        QFile f(readout);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("The Ministers agreed to hold a ***Space Policy Dialogue*** in 2027.\n");
        f.close();
        QString err;
        QCOMPARE(jcroadmap({QStringLiteral("sources"), m_file, QStringLiteral("--import"), readout,
                            QStringLiteral("--title"), QStringLiteral("2+2 readout")},
                           &err),
                 0);
        const QString pdf = report(QStringLiteral("annex.pdf"), {QStringLiteral("--traceability")});
        QVERIFY(!pdf.isEmpty());
        const QString text = pdftotext(pdf).simplified();
        QVERIFY(text.contains(QStringLiteral("Annex: traceability to the source documents")));
        QVERIFY(text.contains(QStringLiteral("11 of 12 commitment sentences tracked")));
        QVERIFY(text.contains(QStringLiteral("we announce the establishment of a Comprehensive "
                                             "Strategic Partnership")));
        QVERIFY(text.contains(QStringLiteral("Comprehensive Strategic Partnership established "
                                             "(Done)")));
        QVERIFY(text.contains(QStringLiteral("The Ministers agreed to hold a Space Policy "
                                             "Dialogue in 2027. not tracked")));
        const QString plain = pdftotext(report(QStringLiteral("plain.pdf"), {}));
        QVERIFY(!plain.isEmpty());
        QVERIFY(!plain.contains(QStringLiteral("Annex: traceability")));
    }

    /// No report shows the statement's emphasis markers.
    void noRawEmphasisInAnyReport_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("status + annex")
                << QStringList {QStringLiteral("--traceability"), QStringLiteral("--descriptions")};
        QTest::newRow("briefing") << QStringList {QStringLiteral("--type"),
                                                  QStringLiteral("briefing")};
        QTest::newRow("board") << QStringList {QStringLiteral("--type"), QStringLiteral("board")};
    }

    void noRawEmphasisInAnyReport()
    {
        QFETCH(QStringList, options);
        const QString pdf = report(QStringLiteral("%1.pdf")
                                           .arg(QLatin1String(QTest::currentDataTag()))
                                           .replace(QLatin1Char(' '), QLatin1Char('_')),
                                   options);
        QVERIFY(!pdf.isEmpty());
        const QString text = pdftotext(pdf);
        QVERIFY(text.size() > 200);
        QVERIFY(!text.contains(QStringLiteral("***")));
        QVERIFY(!text.contains(QStringLiteral("**")));
        QVERIFY2(!text.contains(QLatin1Char('*')), qPrintable(text.left(2000)));
    }
};

QTEST_GUILESS_MAIN(TestTraceabilityReport)
#include "tst_traceabilityreport.moc"
