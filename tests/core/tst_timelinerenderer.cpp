#include "document/roadmapdocument.h"
#include "seed/seedparser.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinerenderer.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace jcr;

namespace {

bool isTodayRed(QRgb c)
{
    return qRed(c) > 170 && qGreen(c) < 120 && qBlue(c) < 90;
}

/// Share of the chart's pixels in column \a x that have the today line's colour.
double todayShare(const QImage &image, int x, int top)
{
    int red = 0;
    for (int y = top; y < image.height(); ++y)
        red += isTodayRed(image.pixel(x, y)) ? 1 : 0;
    return double(red) / (image.height() - top);
}

/// \a count year-long bars in the first lane of \a document's areas: too many for labels.
TimelineData crowdedData(const RoadmapDocument &document, int count)
{
    TimelineData data;
    data.areas = TimelineData::sortedAreas(document);
    for (int i = 0; i < count; ++i) {
        TimelineEntry e;
        e.id = i + 1;
        e.areaId = data.areas.constFirst().id;
        e.title = QStringLiteral("Crowded item %1").arg(i);
        e.start = FuzzyDate::day(2026, 1 + i % 12, 1 + i % 28);
        e.end = FuzzyDate::day(2027, 1 + i % 12, 1 + i % 28);
        data.entries.append(e);
    }
    return data;
}

} // namespace

/// The headless timeline: TimelineRenderer (used by the image export and the CLI) and the
/// `jcroadmap timeline` command writing PNG, SVG and PDF.
class TestTimelineRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultRange();
    void paintsRequestedRange();
    void fitsIntoSmallTarget();
    void areaSlice();
    void cliPng();
    void cliVector_data();
    void cliVector();
    void cliErrors();
    void imagesLeaveOutScreenControls();
    void selectionShowsInCrowdedLane();

private:
    QString runCli(const QStringList &args, int *exitCode);

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<RoadmapDocument> m_document;
};

void TestTimelineRenderer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("roadmap.jcroadmap"));
    auto seed = seed::loadDefault();
    QVERIFY2(seed.ok(), qPrintable(seed.errorMessage()));
    auto doc = RoadmapDocument::create(m_file, seed.value());
    QVERIFY2(doc.ok(), qPrintable(doc.errorMessage()));
    m_document = std::move(doc.value());
}

void TestTimelineRenderer::defaultRange()
{
    const TimelineRenderer renderer = TimelineRenderer::fromDocument(*m_document);
    const auto [from, to] = renderer.effectiveRange({});
    QCOMPARE(from, QDate(2026, 1, 1));
    QVERIFY(to >= QDate(2028, 12, 31));
    TimelineOptions options;
    options.from = QDate(2027, 4, 1);
    options.to = QDate(2027, 9, 30);
    QCOMPARE(renderer.effectiveRange(options), qMakePair(options.from, options.to));
}

void TestTimelineRenderer::paintsRequestedRange()
{
    // 4 px per day over 2026: the today line must sit in the middle of
    // its day, proving that the requested range fills the requested width.
    const TimelineRenderer renderer = TimelineRenderer::fromDocument(*m_document);
    TimelineOptions options;
    options.from = QDate(2026, 1, 1);
    options.to = QDate(2026, 12, 31);
    options.today = QDate(2026, 7, 1);
    const int width = 365 * 4;
    const double height = renderer.heightForWidth(width, options);
    QVERIFY(height > 200);
    QImage image(width, int(std::ceil(height)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.paint(&painter, QRectF(0, 0, width, image.height()), options);
    painter.end();

    TimelineChart chart;
    const int top = int(chart.headerHeight()) + 1;
    const int x = int(QDate(2026, 1, 1).daysTo(options.today) * 4 + 2);
    QVERIFY2(todayShare(image, x, top) > 0.6,
             qPrintable(QString::number(todayShare(image, x, top))));
    QVERIFY(todayShare(image, x + 30, top) < 0.05);
    QVERIFY(todayShare(image, x - 30, top) < 0.05);
    // Not just a background: there are bars (the health colours) on it.
    int coloured = 0;
    for (int y = top; y < image.height(); y += 2) {
        for (int px = 0; px < width; px += 2) {
            const QColor c = image.pixelColor(px, y);
            coloured += c.saturation() > 120 && c.value() > 80 ? 1 : 0;
        }
    }
    QVERIFY(coloured > 200);
}

void TestTimelineRenderer::fitsIntoSmallTarget()
{
    const TimelineRenderer renderer = TimelineRenderer::fromDocument(*m_document);
    QImage image(800, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.paint(&painter, QRectF(100, 50, 600, 200), {});
    painter.end();
    // Nothing outside the target, something inside.
    for (int y = 0; y < image.height(); y += 3) {
        QCOMPARE(qAlpha(image.pixel(50, y)), 0);
        QCOMPARE(qAlpha(image.pixel(750, y)), 0);
    }
    QCOMPARE(qAlpha(image.pixel(400, 20)), 0);
    QCOMPARE(qAlpha(image.pixel(400, 280)), 0);
    QVERIFY(qAlpha(image.pixel(400, 60)) > 0);
}

void TestTimelineRenderer::areaSlice()
{
    const TimelineRenderer renderer = TimelineRenderer::fromDocument(*m_document);
    TimelineOptions all;
    TimelineOptions one;
    one.areaIds = {m_document->areaByNumber(1)->id};
    QVERIFY(renderer.heightForWidth(1200, one) < renderer.heightForWidth(1200, all));
}

QString TestTimelineRenderer::runCli(const QStringList &args, int *exitCode)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JCR_TODAY"), QStringLiteral("2026-11-26"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(JCR_BINARY_DIR "/app/jcroadmap"), args);
    if (!process.waitForFinished(60000)) {
        *exitCode = -1;
        return {};
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

void TestTimelineRenderer::cliPng()
{
    const QString out = m_dir.filePath(QStringLiteral("t.png"));
    int code = 0;
    const QString text
            = runCli({QStringLiteral("timeline"), m_file, QStringLiteral("-o"), out,
                      QStringLiteral("--from"), QStringLiteral("2026-Q2"), QStringLiteral("--to"),
                      QStringLiteral("2027"), QStringLiteral("--width"), QStringLiteral("1200")},
                     &code);
    QVERIFY2(code == 0, qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2026-04-01 – 2027-12-31")), qPrintable(text));
    QImage image(out);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 1200);
    const TimelineRenderer renderer = TimelineRenderer::fromDocument(*m_document);
    TimelineOptions options;
    options.from = QDate(2026, 4, 1);
    options.to = QDate(2027, 12, 31);
    QCOMPARE(image.height(), int(std::ceil(renderer.heightForWidth(1200, options))));
}

void TestTimelineRenderer::cliVector_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("svg") << QStringLiteral("svg");
    QTest::newRow("pdf") << QStringLiteral("pdf");
}

void TestTimelineRenderer::cliVector()
{
    QFETCH(QString, suffix);
    const QString out = m_dir.filePath(QStringLiteral("t.") + suffix);
    int code = 0;
    const QString text
            = runCli({QStringLiteral("timeline"), m_file, QStringLiteral("-o"), out}, &code);
    QVERIFY2(code == 0, qPrintable(text));
    QString content;
    if (suffix == QLatin1String("svg")) {
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        content = QString::fromUtf8(file.readAll());
        QVERIFY(content.contains(QLatin1String("<text")));
    } else {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: install poppler-utils");
        QProcess process;
        process.start(pdftotext, {out, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        content = QString::fromUtf8(process.readAllStandardOutput());
    }
    // Titles, lane names and header labels are real text.
    QVERIFY2(content.contains(QLatin1String("Economic Security Dialogue")),
             qPrintable(content.left(2000)));
    QVERIFY(content.contains(QLatin1String("Trade and Investment")));
    QVERIFY(content.contains(QLatin1String("Centennial 2028")));
    QVERIFY(content.contains(QLatin1String("Q3 2027")));
}

void TestTimelineRenderer::cliErrors()
{
    int code = 0;
    runCli({QStringLiteral("timeline"), m_file, QStringLiteral("-o"),
            m_dir.filePath(QStringLiteral("x.gif"))},
           &code);
    QCOMPARE(code, 2);
    runCli({QStringLiteral("timeline"), m_file, QStringLiteral("-o"),
            m_dir.filePath(QStringLiteral("x.png")), QStringLiteral("--from"),
            QStringLiteral("yesterday")},
           &code);
    QCOMPARE(code, 2);
    runCli({QStringLiteral("timeline"), m_dir.filePath(QStringLiteral("missing.jcroadmap")),
            QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.png"))},
           &code);
    QCOMPARE(code, 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
}

void TestTimelineRenderer::imagesLeaveOutScreenControls()
{
    // An image for slides has no fold triangles and does not ask to zoom in.
    const TimelineData data = crowdedData(*m_document, 3000);
    const TimelineRenderer renderer(data);
    TimelineOptions options;
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setSize(QSize(1200, 900));
        QPainter painter(&generator);
        renderer.paint(&painter, QRectF(0, 0, 1200, 900), options);
    }
    const QString content = QString::fromUtf8(svg.data());
    QVERIFY(content.contains(QLatin1String("too many for labels")));
    QVERIFY(!content.contains(QLatin1String("zoom in")));
    // The view's lane strips do show the invitation (same painter, interactive state).
    TimelineChart chart;
    chart.setData(data);
    chart.relayout();
    QBuffer screen;
    screen.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&screen);
        QPainter painter(&generator);
        chart.paintLaneHeaders(&painter, QRectF(0, 0, 1200, chart.layout().height()), {});
    }
    QVERIFY(QString::fromUtf8(screen.data()).contains(QLatin1String("zoom in for labels")));
}

void TestTimelineRenderer::selectionShowsInCrowdedLane()
{
    TimelineChart chart;
    chart.setData(crowdedData(*m_document, 2000));
    chart.scale().setOrigin(QDate(2026, 1, 1));
    chart.scale().setPixelsPerDay(1.0);
    chart.relayout();
    const int placement = chart.layout().placementOf(500);
    QVERIFY(placement >= 0);
    QVERIFY(chart.layout().lanes().constFirst().compact);
    const QRectF bar = chart.layout().barRect(placement);
    const auto colourAt = [&](const TimelinePaintState &state) {
        QImage image(1200, int(chart.layout().height()) + 1, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        chart.paintItems(&painter, QRectF(0, 0, 1200, chart.layout().height()), state);
        painter.end();
        return QColor(image.pixel(bar.center().toPoint()));
    };
    TimelinePaintState selected;
    selected.selectedIds = {501};
    QCOMPARE(colourAt(selected), QColor(0x15, 0x65, 0xc0));
    QVERIFY(colourAt({}) != QColor(0x15, 0x65, 0xc0));
}

QTEST_MAIN(TestTimelineRenderer)
#include "tst_timelinerenderer.moc"
