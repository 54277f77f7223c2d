#include "report/pagecomposer.h"
#include "report/reportmodel.h"
#include "report/reportrenderer.h"
#include "testsupport.h"

#include <QBuffer>
#include <QPaintEngine>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>

using namespace jcr;

namespace {

/// A paint engine that keeps what is drawn as text, with its font (the fonts a PDF would embed
/// are those fonts).
class TextRecorder : public QPaintEngine
{
public:
    struct Drawn
    {
        QString text;
        bool bold = false;
        bool italic = false;
    };
    QList<Drawn> drawn;

    TextRecorder()
        : QPaintEngine(QPaintEngine::AllFeatures)
    { }
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override { }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    void drawImage(const QRectF &, const QImage &, const QRectF &,
                   Qt::ImageConversionFlags) override
    { }
    void drawPath(const QPainterPath &) override { }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
    void drawRects(const QRectF *, int) override { }
    void drawLines(const QLineF *, int) override { }
    void drawEllipse(const QRectF &) override { }
    void drawTextItem(const QPointF &, const QTextItem &item) override
    {
        const QFont f = item.font();
        drawn.append({item.text(), f.weight() >= QFont::Bold, f.italic()});
    }
    Type type() const override { return QPaintEngine::User; }
};

/// A PDF writer's pages and metrics, painted into a TextRecorder.
class RecordingWriter : public QPdfWriter
{
public:
    explicit RecordingWriter(QIODevice *device)
        : QPdfWriter(device)
    { }
    TextRecorder recorder;
    bool newPage() override { return true; }

protected:
    QPaintEngine *paintEngine() const override { return const_cast<TextRecorder *>(&recorder); }
};

} // namespace

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

    static QString pdffonts(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdffonts"), {pdf});
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
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty());
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

    /// The annex draws the statement's emphasis as bold and italic runs: the words in the
    /// formatting, the markers gone; the model keeps the emphasis as runs.
    void annexDrawsEmphasisAsFormatting()
    {
        auto doc = RoadmapDocument::open(m_file, true);
        QVERIFY(doc.ok());
        ReportOptions options;
        options.asOf = QDate(2026, 11, 26);
        options.includeTraceability = true;
        auto model = ReportModel::build(*doc.value(), options);
        QVERIFY(model.ok());
        bool seen = false;
        for (const TraceabilityRow &row : model->traceability) {
            for (const EmphasisRun &run : row.sentence) {
                QVERIFY(!run.text.contains(QLatin1Char('*')));
                if (run.text == QLatin1String("Cyber Policy Dialogue")) {
                    QVERIFY(run.bold && !run.italic);
                    seen = true;
                }
            }
        }
        QVERIFY(seen);

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        RecordingWriter writer(&buffer);
        writer.setResolution(600);
        writer.setPageLayout(ReportRenderer::pageLayout(options));
        ReportRenderer renderer(model.value());
        auto pages = renderer.render(&writer);
        QVERIFY2(pages.ok(), qPrintable(pages.errorMessage()));
        const QList<TextRecorder::Drawn> &drawn = writer.recorder.drawn;
        QVERIFY(drawn.size() > 100);
        bool boldAfterRegular = false;
        bool boldItalic = false;
        bool italicOnly = false;
        for (qsizetype i = 0; i < drawn.size(); ++i) {
            const TextRecorder::Drawn &d = drawn.at(i);
            QVERIFY2(!d.text.contains(QLatin1Char('*')), qPrintable(d.text));
            // "… to establish a bilateral" in the body face, then "Cyber Policy Dialogue" bold.
            if (i > 0 && d.bold && !d.italic && d.text.startsWith(QLatin1String("Cyber"))) {
                const TextRecorder::Drawn &before = drawn.at(i - 1);
                boldAfterRegular = boldAfterRegular
                        || (!before.bold
                            && before.text.trimmed().endsWith(QLatin1String("bilateral")));
            }
            if (d.bold && d.italic && d.text.contains(QLatin1String("Space Policy")))
                boldItalic = true;
            italicOnly = italicOnly || (d.italic && !d.bold);
        }
        QVERIFY(boldAfterRegular);
        QVERIFY(boldItalic); // the readout's ***Space Policy Dialogue***
        QVERIFY(!italicOnly); // nothing in these sources is italic alone
    }

    /// Wrapping text with emphasis keeps every word, its emphasis and the width.
    void wrapRunsKeepsEmphasisAndWidth_data()
    {
        QTest::addColumn<qreal>("widthMm");
        QTest::newRow("wide") << qreal(400);
        QTest::newRow("cell") << qreal(60);
        QTest::newRow("narrow") << qreal(25);
        QTest::newRow("one word") << qreal(8);
    }

    void wrapRunsKeepsEmphasisAndWidth()
    {
        QFETCH(qreal, widthMm);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        PageComposer c(&writer, QRectF(0, 0, 4960, 7016), QMarginsF(10, 10, 10, 10), {});
        const QString raw = QStringLiteral(
                "To this end, we instruct our respective officials to establish a bilateral "
                "**Cyber Policy Dialogue** to facilitate ***Comprehensive Strategic*** "
                "*Partnership* 日本・カナダ *経済安全保障対話* discussions.");
        const QList<EmphasisRun> runs = EmphasisMarkup::parse(raw);
        const qreal width = c.mm(widthMm);
        const QList<QList<EmphasisRun>> lines = c.wrapRuns(runs, PageComposer::Cell, width);
        QVERIFY(!lines.isEmpty());
        QString joined;
        QList<QPair<QChar, int>> emphasis; // every non-space character with its emphasis
        for (const QList<EmphasisRun> &line : lines) {
            QVERIFY(!line.isEmpty());
            QVERIFY(!line.constFirst().text.at(0).isSpace());
            QVERIFY(!line.constLast().text.back().isSpace());
            // Only a word longer than the line may overflow it.
            if (line.size() > 1 || line.constFirst().text.contains(QLatin1Char(' ')))
                QVERIFY2(c.runsWidth(line, PageComposer::Cell) <= width + 0.5,
                         qPrintable(line.constFirst().text));
            for (const EmphasisRun &r : line) {
                joined += r.text;
                for (QChar ch : r.text) {
                    if (!ch.isSpace())
                        emphasis.append({ch, (r.bold ? 1 : 0) | (r.italic ? 2 : 0)});
                }
            }
        }
        QList<QPair<QChar, int>> expected;
        for (const EmphasisRun &r : runs) {
            for (QChar ch : r.text) {
                if (!ch.isSpace())
                    expected.append({ch, (r.bold ? 1 : 0) | (r.italic ? 2 : 0)});
            }
        }
        QCOMPARE(emphasis, expected);
        QVERIFY(!joined.contains(QLatin1Char('*')));
        if (widthMm >= 400)
            QCOMPARE(lines.size(), 1);
        else
            QVERIFY(lines.size() > 1);
    }

    /// The PDF embeds the faces of the emphasis where the sources have it, and only there;
    /// its text has the words and no marker.
    void annexPdfEmbedsEmphasisFaces()
    {
        const QString file = m_dir.filePath(QStringLiteral("emphasis.jcroadmap"));
        QString err;
        QCOMPARE(jcroadmap({QStringLiteral("init"), file}, &err), 0);
        const QString readout = m_dir.filePath(QStringLiteral("maple.md"));
        QFile f(readout);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("The Ministers agreed to launch the *Maple Exchange* for young officials.\n");
        f.close();
        QCOMPARE(jcroadmap({QStringLiteral("sources"), file, QStringLiteral("--import"), readout,
                            QStringLiteral("--title"), QStringLiteral("Maple readout")},
                           &err),
                 0);
        const QString saved = m_file;
        m_file = file;
        const QString annex
                = report(QStringLiteral("faces.pdf"), {QStringLiteral("--traceability")});
        const QString plain = report(QStringLiteral("faces-plain.pdf"), {});
        m_file = saved;
        QVERIFY(!annex.isEmpty() && !plain.isEmpty());
        const QString fonts = pdffonts(annex);
        QVERIFY2(fonts.contains(QLatin1String("DejaVuSans-Oblique")), qPrintable(fonts));
        QVERIFY2(fonts.contains(QLatin1String("DejaVuSans-BoldOblique")), qPrintable(fonts));
        QVERIFY2(fonts.contains(QLatin1String("DejaVuSans-Bold ")), qPrintable(fonts));
        // Without the annex nothing is italic: the faces come from the emphasis.
        const QString plainFonts = pdffonts(plain);
        QVERIFY2(!plainFonts.contains(QLatin1String("Oblique")), qPrintable(plainFonts));
        const QString text = pdftotext(annex).simplified();
        QVERIFY(!text.contains(QLatin1Char('*')));
        QVERIFY(text.contains(QStringLiteral("The Ministers agreed to launch the Maple Exchange "
                                             "for young officials.")));
        QVERIFY(text.contains(QStringLiteral("we announce the establishment of a Comprehensive "
                                             "Strategic Partnership")));
        QVERIFY(text.contains(QStringLiteral("to establish a bilateral Cyber Policy Dialogue to "
                                             "facilitate")));
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

QTEST_MAIN(TestTraceabilityReport)
#include "tst_traceabilityreport.moc"
