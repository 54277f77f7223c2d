#include "document/roadmapdocument.h"
#include "seed/seedparser.h"
#include "style/palette.h"
#include "timeline/itemshape.h"
#include "timeline/timelinechart.h"
#include "timeline/timelineimagewriter.h"
#include "timeline/timelinerenderer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <functional>

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
    void violatedDependenciesAreRed();
    void imageWriterIsAtomicAndCapped();
    void markingFramesTheImage();
    void paintsRequestedRange();
    void fitsIntoSmallTarget();
    void areaSlice();
    void cliPng();
    void cliVector_data();
    void cliVector();
    void cliErrors();
    void imagesLeaveOutScreenControls();
    void selectionShowsInCrowdedLane();
    void sameLabelFollowsLabelText();
    void setDataKeepsOnlyUnchangedWidths();
    void setEntryTellsWhenRowsMayMove_data();
    void setEntryTellsWhenRowsMayMove();
    void labelChangeRepacksLikeAFreshLayout();
    void fuzzyEndsFade_data();
    void fuzzyEndsFade();
    void pdfKeepsFuzzyFades();

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
    // The chart with the roadmap's marking above and below it.
    const auto marking = TimelineImageWriter::markingOf(m_document->settings(), QDate());
    QVERIFY(!marking.isEmpty());
    QCOMPARE(image.height(), TimelineImageWriter::heightFor(renderer, options, 1200, marking));
    QVERIFY(image.height() > int(std::ceil(renderer.heightForWidth(1200, options))));
    const QColor band = Palette::markingBand(ClassificationMarking::Level::Unclassified);
    QCOMPARE(image.pixelColor(3, 3), band);
    QCOMPARE(image.pixelColor(3, image.height() - 3), band);
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
    // The roadmap's marking and title frame the chart.
    QVERIFY2(content.contains(m_document->settings().classification),
             qPrintable(content.left(2000)));
    QVERIFY(content.contains(m_document->settings().title));
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

void TestTimelineRenderer::violatedDependenciesAreRed()
{
    // Two bars in one lane and a dependency between them, drawn with and without a violation.
    const auto arrowPixels = [&](QDate successorStart, const QColor &colour) {
        TimelineData data;
        data.areas = TimelineData::sortedAreas(*m_document);
        TimelineEntry a;
        a.id = 1;
        a.areaId = data.areas.constFirst().id;
        a.title = QStringLiteral("Predecessor");
        a.start = FuzzyDate::day(2026, 2, 1);
        a.end = FuzzyDate::day(2026, 4, 30);
        TimelineEntry b = a;
        b.id = 2;
        b.title = QStringLiteral("Successor");
        b.start = FuzzyDate(successorStart, DatePrecision::Day);
        b.end = FuzzyDate::day(2026, 9, 30);
        data.entries = {a, b};
        data.dependencies = {{1, 2}};
        TimelineChart chart;
        chart.setData(data);
        chart.scale().setOrigin(QDate(2026, 1, 1));
        chart.scale().setPixelsPerDay(4.0);
        chart.relayout();
        const int width = 1400;
        QImage image(width, int(chart.layout().height()) + 1, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        TimelinePaintState state;
        state.showDependencies = true;
        chart.paintDependencies(&painter, QRectF(0, 0, width, chart.layout().height()), state);
        painter.end();
        // Pixels near the colour (lines are antialiased).
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                n += std::abs(qRed(p) - colour.red()) + std::abs(qGreen(p) - colour.green())
                                + std::abs(qBlue(p) - colour.blue())
                        < 40;
            }
        }
        return n;
    };
    const QColor violated = Palette::dependency(true);
    QVERIFY(violated != Palette::dependency(false));
    // Starting on the predecessor's last day is allowed; the day before is not.
    QCOMPARE(arrowPixels(QDate(2026, 4, 30), violated), 0);
    QVERIFY(arrowPixels(QDate(2026, 4, 29), violated) > 20);
    QVERIFY(arrowPixels(QDate(2026, 5, 15), violated) == 0);
    // The rule itself.
    QVERIFY(TimelineEntry::dependencyViolated(FuzzyDate::day(2026, 4, 30),
                                              FuzzyDate::day(2026, 4, 29)));
    QVERIFY(!TimelineEntry::dependencyViolated(FuzzyDate::day(2026, 4, 30),
                                               FuzzyDate::day(2026, 4, 30)));
    // A quarter ends on its last day: a start in its last month violates it.
    QVERIFY(TimelineEntry::dependencyViolated(FuzzyDate::quarter(2026, 2),
                                              FuzzyDate::month(2026, 6)));
    QVERIFY(!TimelineEntry::dependencyViolated(FuzzyDate::quarter(2026, 2),
                                               FuzzyDate::month(2026, 7)));
    QVERIFY(!TimelineEntry::dependencyViolated(FuzzyDate(), FuzzyDate::month(2026, 7)));
}

void TestTimelineRenderer::imageWriterIsAtomicAndCapped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const TimelineRenderer renderer = TimelineRenderer::fromDocument(*m_document);
    TimelineOptions options;
    options.from = QDate(2026, 1, 1);
    options.to = QDate(2026, 12, 31);
    // Three formats, by suffix.
    for (const char *name : {"t.png", "t.SVG", "t.pdf"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        const auto written = TimelineImageWriter::write(renderer, options, path, 900);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(written->width(), 900);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(8);
        if (path.endsWith(QLatin1String(".png")))
            QVERIFY(head.startsWith("\x89PNG"));
        else if (path.endsWith(QLatin1String(".pdf")))
            QVERIFY(head.startsWith("%PDF"));
        else
            QVERIFY(head.startsWith("<?xml"));
    }
    QCOMPARE(QImage(dir.filePath(QStringLiteral("t.png"))).width(), 900);
    // Unknown type and unwritable place: a message, nothing written.
    QCOMPARE(TimelineImageWriter::write(renderer, options, dir.filePath(QStringLiteral("t.gif")),
                                        900)
                     .error()
                     .code,
             Error::Code::Invalid);
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/t.png"));
    const auto refused = TimelineImageWriter::write(renderer, options, missing, 900);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("t.png")),
             qPrintable(refused.errorMessage()));
    QVERIFY(!QFile::exists(missing));
    // Replaced whole: no temporary file left beside it.
    QVERIFY(TimelineImageWriter::write(renderer, options, dir.filePath(QStringLiteral("t.png")),
                                       700));
    QCOMPARE(QImage(dir.filePath(QStringLiteral("t.png"))).width(), 700);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("t.png*")}),
             QStringList {QStringLiteral("t.png")});
    // A lane too tall for any screen is scaled down to the cap, in every format.
    TimelineRenderer tall(crowdedData(*m_document, 6000));
    QVERIFY(tall.heightForWidth(300, options) > TimelineImageWriter::MaxHeight);
    for (const char *name : {"tall.png", "tall.pdf"}) {
        const auto capped = TimelineImageWriter::write(
                tall, options, dir.filePath(QString::fromLatin1(name)), 300);
        QVERIFY2(capped, qPrintable(capped.errorMessage()));
        QCOMPARE(capped->height(), TimelineImageWriter::MaxHeight);
    }
    QCOMPARE(QImage(dir.filePath(QStringLiteral("tall.png"))).height(),
             TimelineImageWriter::MaxHeight);
}

void TestTimelineRenderer::markingFramesTheImage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const TimelineRenderer renderer = TimelineRenderer::fromDocument(*m_document);
    TimelineOptions options;
    options.from = QDate(2026, 1, 1);
    options.to = QDate(2026, 12, 31);
    const TimelineImageWriter::Marking marking {
            QStringLiteral("極秘"), QStringLiteral("日加ロードマップ"), QDate(2026, 12, 2)};
    const int chart = int(std::ceil(renderer.heightForWidth(900, options)));
    const int framed = TimelineImageWriter::heightFor(renderer, options, 900, marking);
    QVERIFY(framed > chart);
    QCOMPARE(TimelineImageWriter::heightFor(renderer, options, 900), chart);

    // PNG: a band in the marking's colour at the top and the bottom, the chart between.
    const QString png = dir.filePath(QStringLiteral("m.png"));
    auto written = TimelineImageWriter::write(renderer, options, png, 900, {}, marking);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    QCOMPARE(written->height(), framed);
    const QImage image(png);
    const QColor red = Palette::markingBand(ClassificationMarking::Level::Secret);
    QCOMPARE(image.pixelColor(2, 2), red);
    QCOMPARE(image.pixelColor(image.width() - 3, image.height() - 3), red);
    QVERIFY(image.pixelColor(2, framed / 2) != red);
    // The marking is written in the band, not only coloured: its text colour is in the band.
    const QColor text = Palette::markingText(ClassificationMarking::Level::Secret);
    bool lettered = false;
    for (int x = 0; x < image.width() && !lettered; ++x) {
        for (int y = 0; y < 10 && !lettered; ++y)
            lettered = image.pixelColor(x, y) == text;
    }
    QVERIFY(lettered);

    // SVG and PDF: the marking, title and date are text.
    const QString svg = dir.filePath(QStringLiteral("m.svg"));
    QVERIFY(TimelineImageWriter::write(renderer, options, svg, 900, {}, marking));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QString svgText = QString::fromUtf8(svgFile.readAll());
    QVERIFY(svgText.contains(QStringLiteral("極秘")));
    // (Kanji and kana may be drawn with different fonts, hence separate text runs.)
    QVERIFY(svgText.contains(QStringLiteral("日加")));
    QVERIFY(svgText.contains(QStringLiteral("ロードマップ")));
    QVERIFY(svgText.contains(QLocale().toString(marking.date, QLocale::LongFormat)));

    const QString pdf = dir.filePath(QStringLiteral("m.pdf"));
    const TimelineImageWriter::Marking canadian {QStringLiteral("PROTECTED B / PROTÉGÉ B"),
                                                 QStringLiteral("Roadmap for the Deputy"),
                                                 QDate(2026, 12, 2)};
    QVERIFY(TimelineImageWriter::write(renderer, options, pdf, 900, {}, canadian));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: install poppler-utils");
    QProcess process;
    process.start(pdftotext, {pdf, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QString pdfText = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(pdfText.count(QStringLiteral("PROTECTED B / PROTÉGÉ B")), 2); // top and bottom
    QVERIFY(pdfText.contains(QStringLiteral("Roadmap for the Deputy")));
}

void TestTimelineRenderer::sameLabelFollowsLabelText()
{
    // A full rebuild keeps a measured width when sameLabel() says the label did not change:
    // it must agree with labelText() for every field, or a label keeps a stale width.
    TimelineEntry base;
    base.id = 1;
    base.title = QStringLiteral("Cyber Policy Dialogue");
    base.status = Status::InProgress;
    base.health = Health::OnTrack;
    QList<std::function<void(TimelineEntry &)>> changes {
            [](TimelineEntry &e) { e.title += QLatin1Char('!'); },
            [](TimelineEntry &e) { e.health = Health::AtRisk; },
            [](TimelineEntry &e) { e.health = Health::OffTrack; },
            [](TimelineEntry &e) { e.overdue = true; },
            [](TimelineEntry &e) { e.status = Status::Done; },
            [](TimelineEntry &e) { e.status = Status::Cancelled; },
            [](TimelineEntry &e) { e.status = Status::OnHold; },
            [](TimelineEntry &e) { e.kind = ItemKind::Milestone; },
            [](TimelineEntry &e) { e.start = FuzzyDate::day(2026, 3, 1); },
            [](TimelineEntry &e) { e.areaId = 7; },
    };
    QList<TimelineEntry> variants {base};
    for (const auto &change : changes) {
        for (const TimelineEntry &v : QList<TimelineEntry>(variants)) {
            TimelineEntry changed = v;
            change(changed);
            variants << changed;
        }
    }
    int same = 0, different = 0;
    for (const TimelineEntry &a : std::as_const(variants)) {
        for (const TimelineEntry &b : std::as_const(variants)) {
            const bool equalText = TimelineChart::labelText(a) == TimelineChart::labelText(b);
            QVERIFY2(TimelineChart::sameLabel(a, b) == equalText,
                     qPrintable(TimelineChart::labelText(a) + QStringLiteral(" / ")
                                + TimelineChart::labelText(b)));
            ++(equalText ? same : different);
        }
    }
    QVERIFY(same > variants.size() && different > 0); // both answers were exercised
}

void TestTimelineRenderer::setDataKeepsOnlyUnchangedWidths()
{
    TimelineChart chart;
    TimelineData data;
    PriorityArea area;
    area.id = 1;
    area.number = 1;
    data.areas << area;
    for (int i = 1; i <= 3; ++i) {
        TimelineEntry e;
        e.id = i;
        e.areaId = 1;
        e.title = QStringLiteral("Item %1").arg(i);
        e.start = FuzzyDate::day(2026, 3, i);
        e.end = FuzzyDate::day(2026, 4, i);
        data.entries << e;
    }
    chart.setData(data);
    chart.relayout();
    const auto labelWidth = [&chart](qint64 id) {
        for (const LaneLayout::Placement &p : chart.layout().placements()) {
            if (chart.data().entries.at(p.entry).id == id)
                return p.labelX1 - p.labelX0;
        }
        return -1.0;
    };
    const double short2 = labelWidth(2);
    QVERIFY(short2 > 0);
    // Item 1 removed, item 2 renamed, item 3 unchanged: the new title is measured.
    data.entries.removeFirst();
    data.entries[0].title = QStringLiteral("Item 2 with a much longer title than before");
    chart.setData(data);
    chart.relayout();
    QVERIFY(labelWidth(2) > short2 * 3);
    QCOMPARE(chart.entryIndexOf(1), -1);
    QCOMPARE(chart.entryIndexOf(3), 1);
}

void TestTimelineRenderer::setEntryTellsWhenRowsMayMove_data()
{
    // Rows are packed by lane, days, shape and label width; the chart's span follows the days.
    using Change = std::function<void(TimelineEntry &)>;
    using C = TimelineChart::EntryChange;
    QTest::addColumn<Change>("change");
    QTest::addColumn<C>("expected");
    QTest::newRow("status") << Change([](TimelineEntry &e) { e.status = Status::InProgress; })
                            << C::Look;
    QTest::newRow("done") << Change([](TimelineEntry &e) { e.status = Status::Done; }) << C::Look;
    QTest::newRow("same title") << Change([](TimelineEntry &e) { e.title = e.title; }) << C::Look;
    QTest::newRow("health") << Change([](TimelineEntry &e) { e.health = Health::AtRisk; })
                            << C::Label; // "▲ " before the title
    QTest::newRow("overdue") << Change([](TimelineEntry &e) { e.overdue = true; }) << C::Label;
    QTest::newRow("title") << Change([](TimelineEntry &e) { e.title += QLatin1Char('!'); })
                           << C::Label;
    QTest::newRow("start") << Change([](TimelineEntry &e) { e.start = FuzzyDate::day(2026, 2, 1); })
                           << C::Place;
    QTest::newRow("end") << Change([](TimelineEntry &e) { e.end = FuzzyDate::quarter(2027, 1); })
                         << C::Place;
    // Q4 2026 ends on 31 December too: the bar only fades now, in the same place.
    QTest::newRow("end precision, same last day")
            << Change([](TimelineEntry &e) { e.end = FuzzyDate::quarter(2026, 4); }) << C::Look;
    QTest::newRow("lane") << Change([](TimelineEntry &e) { e.areaId += 1; }) << C::Place;
    QTest::newRow("milestone") << Change([](TimelineEntry &e) { e.kind = ItemKind::Milestone; })
                               << C::Place;
    QTest::newRow("unscheduled") << Change([](TimelineEntry &e) { e.end = FuzzyDate(); })
                                 << C::Place;
}

void TestTimelineRenderer::setEntryTellsWhenRowsMayMove()
{
    QFETCH(std::function<void(TimelineEntry &)>, change);
    QFETCH(TimelineChart::EntryChange, expected);
    TimelineData data;
    data.areas = TimelineData::sortedAreas(*m_document);
    TimelineEntry e;
    e.id = 7;
    e.areaId = data.areas.constFirst().id;
    e.title = QStringLiteral("Cyber Policy Dialogue");
    e.start = FuzzyDate::day(2026, 3, 2);
    e.end = FuzzyDate::day(2026, 12, 31);
    data.entries.append(e);
    TimelineChart chart;
    chart.setData(data);
    chart.relayout();
    TimelineEntry changed = e;
    change(changed);
    QCOMPARE(chart.setEntry(0, changed), expected);
    QCOMPARE(chart.data().entries.at(0).status, changed.status);
}

void TestTimelineRenderer::labelChangeRepacksLikeAFreshLayout()
{
    // A label-only change keeps the layout's sorted entries (no new generation) but must pack
    // exactly as a chart built afresh from the same data: a longer label pushes its neighbour
    // into another row.
    TimelineData data;
    data.areas = TimelineData::sortedAreas(*m_document);
    for (int i = 0; i < 6; ++i) {
        TimelineEntry e;
        e.id = i + 1;
        e.areaId = data.areas.constFirst().id;
        e.title = QStringLiteral("Item %1").arg(i + 1);
        e.start = FuzzyDate::day(2026, 1 + 2 * i, 1);
        e.end = FuzzyDate::day(2026, 1 + 2 * i, 20);
        data.entries.append(e);
    }
    const auto setUp = [](TimelineChart &chart, const TimelineData &d) {
        chart.setData(d);
        chart.scale().setOrigin(QDate(2026, 1, 1));
        chart.scale().setPixelsPerDay(3.0);
        chart.relayout();
    };
    TimelineChart edited;
    setUp(edited, data);
    QVERIFY(!edited.layout().lanes().constFirst().compact);
    const int rowsBefore = edited.layout().lanes().constFirst().rowCount();

    TimelineEntry longer = data.entries.at(2);
    longer.title = QStringLiteral("A much longer title that now runs over the next item's bar");
    data.entries[2] = longer;
    QCOMPARE(edited.setEntry(2, longer), TimelineChart::EntryChange::Label);
    edited.relayout();
    TimelineChart fresh;
    setUp(fresh, data);

    QVERIFY(fresh.layout().lanes().constFirst().rowCount() > rowsBefore);
    QCOMPARE(edited.layout().lanes().constFirst().rowCount(),
             fresh.layout().lanes().constFirst().rowCount());
    for (int i = 0; i < data.entries.size(); ++i) {
        const LaneLayout::Placement &a
                = edited.layout().placements().at(edited.layout().placementOf(i));
        const LaneLayout::Placement &b
                = fresh.layout().placements().at(fresh.layout().placementOf(i));
        QCOMPARE(a.row, b.row);
        QCOMPARE(a.x0, b.x0);
        QCOMPARE(a.labelX1, b.labelX1);
    }
}

void TestTimelineRenderer::fuzzyEndsFade_data()
{
    QTest::addColumn<FuzzyDate>("start");
    QTest::addColumn<FuzzyDate>("end");
    QTest::addColumn<double>("in");
    QTest::addColumn<double>("out");
    // One pixel a day: a bar's width is its days; each fuzzy end fades over its whole period.
    QTest::newRow("days") << FuzzyDate::day(2026, 1, 1) << FuzzyDate::day(2026, 12, 31) << 0.0
                          << 0.0;
    QTest::newRow("quarter start")
            << FuzzyDate::quarter(2026, 3) << FuzzyDate::day(2026, 12, 31) << 92.0 / 184 << 0.0;
    QTest::newRow("month end") << FuzzyDate::day(2026, 1, 1) << FuzzyDate::month(2026, 2) << 0.0
                               << 28.0 / 59;
    // Fuzzy at both ends and longer than the bar: the two fades share it.
    QTest::newRow("one quarter") << FuzzyDate::quarter(2027, 2) << FuzzyDate::quarter(2027, 2)
                                 << 0.5 << 0.5;
    QTest::newRow("year to quarter")
            << FuzzyDate::year(2026) << FuzzyDate::quarter(2026, 4) << 365.0 / 457 << 92.0 / 457;
}

void TestTimelineRenderer::fuzzyEndsFade()
{
    QFETCH(FuzzyDate, start);
    QFETCH(FuzzyDate, end);
    QFETCH(double, in);
    QFETCH(double, out);
    DateScale scale(QDate(2026, 1, 1), 1.0);
    const double width = scale.xAfter(end.last()) - scale.x(start.first());
    const auto [fadeIn, fadeOut] = ItemShape::fades(scale, start, end, width);
    QVERIFY2(qAbs(fadeIn - in) < 1e-9, qPrintable(QString::number(fadeIn)));
    QVERIFY2(qAbs(fadeOut - out) < 1e-9, qPrintable(QString::number(fadeOut)));
}

void TestTimelineRenderer::pdfKeepsFuzzyFades()
{
    // A bar known only to quarters fades at both ends. Qt's PDF engine drops a gradient's
    // transparency, so in a PDF (timeline export, reports) the fades must be mixed with what
    // lies under them: the PDF, rasterised by poppler, must look like the screen's raster.
    TimelineData data;
    data.areas = TimelineData::sortedAreas(*m_document);
    TimelineEntry e;
    e.id = 1;
    e.areaId = data.areas.constFirst().id;
    // No title: a label inside the bar would be drawn a pixel apart by the two engines.
    e.start = FuzzyDate::quarter(2026, 3);
    e.end = FuzzyDate::quarter(2027, 1);
    data.entries.append(e);
    TimelineChart chart;
    chart.setData(data);
    chart.scale().setOrigin(QDate(2026, 1, 1));
    chart.scale().setPixelsPerDay(1.0);
    chart.relayout();
    const QRectF bar = chart.layout().barRect(chart.layout().placementOf(0));
    QVERIFY(bar.width() > 200);
    const QSize size(600, int(chart.layout().height()) + 1);
    const auto paint = [&](QPaintDevice *device) {
        QPainter painter(device);
        painter.fillRect(QRect(QPoint(0, 0), size), chart.colours().background);
        chart.paintItems(&painter, QRectF(QPointF(0, 0), size), {});
    };
    QImage screen(size, QImage::Format_RGB32);
    paint(&screen);

    const QString pdf = m_dir.filePath(QStringLiteral("fades.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setResolution(72); // one point a pixel
        writer.setPageMargins(QMarginsF());
        writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        paint(&writer);
    }
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    QVERIFY2(!pdftoppm.isEmpty(), "pdftoppm is missing: install poppler-utils");
    const QString prefix = m_dir.filePath(QStringLiteral("fades"));
    QCOMPARE(QProcess::execute(pdftoppm,
                               {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"),
                                QStringLiteral("-singlefile"), pdf, prefix}),
             0);
    const QImage printed(prefix + QStringLiteral(".png"));
    QVERIFY(!printed.isNull());

    const int y = int(bar.center().y());
    const auto lightness = [&](const QImage &image, double x) {
        return QColor(image.pixel(int(x), y)).lightness();
    };
    for (const QImage *image : {static_cast<const QImage *>(&screen), &printed}) {
        // Faint at the ends, full in the middle.
        QVERIFY(lightness(*image, bar.left() + 3) - lightness(*image, bar.center().x()) > 40);
        QVERIFY(lightness(*image, bar.right() - 3) - lightness(*image, bar.center().x()) > 40);
    }
    for (double x = bar.left() + 3; x < bar.right() - 3; x += 10)
        QVERIFY2(qAbs(lightness(printed, x) - lightness(screen, x)) < 20,
                 qPrintable(QStringLiteral("x %1: %2 printed, %3 on screen")
                                    .arg(x)
                                    .arg(lightness(printed, x))
                                    .arg(lightness(screen, x))));
}

QTEST_MAIN(TestTimelineRenderer)
#include "tst_timelinerenderer.moc"
