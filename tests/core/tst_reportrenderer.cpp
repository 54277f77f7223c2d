#include "cli/cli.h"
#include "document/roadmapdocument.h"
#include "report/pagecomposer.h"
#include "report/reportmodel.h"
#include "report/reportrenderer.h"
#include "report/reporttimeline.h"
#include "seed/seedparser.h"
#include "style/palette.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jcr;

namespace {

const QString French = QStringLiteral("Coopération énergétique et minéraux critiques");
const QString Japanese = QStringLiteral("日本・カナダ 田中 経済安全保障対話");
const QString Markup = QStringLiteral("<b>R&D</b> \"draft\" & <i>co</i>");
const QString Marking = QStringLiteral("PROTECTED A");
const QString AsOf = QStringLiteral("2026-11-26");

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput()};
}

} // namespace

/// Reports as PDF, asserted on the PDF itself with poppler's and qpdf's tools.
class TestReportRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusReportContent();
    void markingAndPageNumbersOnEveryPage_data();
    void markingAndPageNumbersOnEveryPage();
    void japaneseExtractsExactly();
    void fontsEmbedded();
    void validPdfWithMetadata();
    void deterministic();
    void briefingIsOnePage();
    void boardShowsEveryItem();
    void paperSizes();
    void areaSelection();
    void usageErrors_data();
    void usageErrors();
    void headingStaysWithTableAndHeaderRepeats();
    void tallRowContinuesOnNextPage();
    void reportTimelineLabelsAndPeriod();
    void reportTimelineCrowdedFitsItsHeight();
    void reportTimelineNotByColourAlone();
    void reportTimelineColours();
    void reportTimelineOutlines_data();
    void reportTimelineOutlines();

private:
    QString report(const QString &name, const QStringList &options);
    QString text(const QString &pdf, int page = 0);
    int pages(const QString &pdf);
    QString tool(const QString &name);

    QTemporaryDir m_dir;
    QString m_file;
    QString m_status;
};

QString TestReportRenderer::tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qWarning("%s is missing: install poppler-utils and qpdf (packaging/build.sh test)",
                 qPrintable(name));
    return path;
}

QString TestReportRenderer::report(const QString &name, const QStringList &options)
{
    const QString out = m_dir.filePath(name);
    QStringList args {QStringLiteral("jcroadmap"),
                      QStringLiteral("report"),
                      m_file,
                      QStringLiteral("-o"),
                      out,
                      QStringLiteral("--as-of"),
                      AsOf};
    args << options;
    const int code = cli::run(args);
    return code == cli::Success ? out : QString();
}

QString TestReportRenderer::text(const QString &pdf, int page)
{
    QStringList args {QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    return QString::fromUtf8(run(tool(QStringLiteral("pdftotext")), args).out);
}

int TestReportRenderer::pages(const QString &pdf)
{
    const QString info = QString::fromUtf8(run(tool(QStringLiteral("pdfinfo")), {pdf}).out);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"),
                                                         QRegularExpression::MultilineOption)
                                              .match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void TestReportRenderer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char *t : {"pdftotext", "pdfinfo", "pdffonts", "qpdf"})
        QVERIFY2(!tool(QString::fromLatin1(t)).isEmpty(), t);
    QVERIFY(m_dir.isValid());
    auto seed = seed::loadDefault();
    QVERIFY2(seed.ok(), qPrintable(seed.errorMessage()));
    SeedRoadmap content = seed.value();
    content.settings.classification = QStringLiteral("UNCLASSIFIED");
    content.settings.author = QStringLiteral("Desk officer 山田");
    const auto add = [&](const QString &title, int area, Status status, FuzzyDate start,
                         FuzzyDate end, Health health = Health::OnTrack) {
        SeedItem s;
        s.key = QStringLiteral("test-%1").arg(content.items.size());
        s.areaNumber = area;
        s.item.title = title;
        s.item.description = QStringLiteral("");
        s.item.status = status;
        s.item.health = health;
        s.item.start = start;
        s.item.end = end;
        s.item.rank = content.items.size();
        content.items.append(s);
        return &content.items.last();
    };
    add(French, 4, Status::InProgress, FuzzyDate::month(2026, 6), FuzzyDate::quarter(2027, 2));
    SeedItem *jp = add(Japanese, 2, Status::Planned, FuzzyDate::day(2026, 12, 10),
                       FuzzyDate::day(2026, 12, 11), Health::AtRisk);
    StatusUpdate u;
    u.date = QDate(2026, 11, 20);
    u.author = QStringLiteral("田中");
    u.text = QStringLiteral("Agenda agreed with 経済産業省; <script> stays text.");
    u.newHealth = Health::AtRisk;
    jp->updates.append(u);
    add(Markup, 1, Status::Done, FuzzyDate::day(2026, 10, 1), FuzzyDate::day(2026, 11, 10));
    SeedItem *longOne = add(QStringLiteral("Long description item"), 3, Status::InProgress,
                            FuzzyDate::year(2026), FuzzyDate::year(2027));
    QString description;
    for (int i = 0; i < 700; ++i)
        description += QStringLiteral("Sentence %1 of a very long background note. ").arg(i);
    description += QStringLiteral("ENDOFDESCRIPTION");
    longOne->item.description = description;
    // Enough items for several pages in every report.
    for (int i = 0; i < 150; ++i) {
        add(QStringLiteral("Filler initiative number %1 on a topic with a longish title").arg(i),
            1 + i % 6, enums::allStatuses().at(i % 6), FuzzyDate::month(2026, 1 + i % 12),
            FuzzyDate::month(2027, 1 + i % 12), i % 7 == 0 ? Health::AtRisk : Health::OnTrack);
    }
    m_file = m_dir.filePath(QStringLiteral("roadmap.jcroadmap"));
    auto doc = RoadmapDocument::create(m_file, content);
    QVERIFY2(doc.ok(), qPrintable(doc.errorMessage()));
    m_status
            = report(QStringLiteral("status.pdf"),
                     {QStringLiteral("--since"), QStringLiteral("2026-10-01"),
                      QStringLiteral("--classification"), Marking, QStringLiteral("--descriptions"),
                      QStringLiteral("--paper"), QStringLiteral("a4")});
    QVERIFY(!m_status.isEmpty());
}

void TestReportRenderer::statusReportContent()
{
    const QString all = text(m_status);
    QVERIFY(pages(m_status) > 3);
    for (const QString &heading :
         {QStringLiteral("Executive summary"), QStringLiteral("Upcoming: the next 90 days"),
          QStringLiteral("Overdue and at risk"), QStringLiteral("Completed since 1 Oct 2026"),
          QStringLiteral("Changes since 1 Oct 2026")})
        QVERIFY2(all.contains(heading), qPrintable(heading));
    for (int area = 1; area <= 6; ++area)
        QVERIFY(all.contains(QStringLiteral("Priority area %1: ").arg(area)));
    QVERIFY(all.contains(French));
    QVERIFY(all.contains(Japanese));
    // Markup in a title is text, character for character.
    QVERIFY(all.contains(Markup));
    QVERIFY(all.contains(QStringLiteral("<script> stays text.")));
    // The long description is split across pages, not clipped.
    QVERIFY(all.contains(QStringLiteral("Sentence 699 of a very long")));
    QVERIFY(all.contains(QStringLiteral("ENDOFDESCRIPTION")));
    QVERIFY(all.contains(QStringLiteral("days to the centennial")));
    QVERIFY(all.contains(QStringLiteral("officials"))); // an "ffi" ligature in the seed text
}

void TestReportRenderer::markingAndPageNumbersOnEveryPage_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("status") << QStringLiteral("status");
    QTest::newRow("briefing") << QStringLiteral("briefing");
    QTest::newRow("board") << QStringLiteral("board");
}

void TestReportRenderer::markingAndPageNumbersOnEveryPage()
{
    QFETCH(QString, type);
    const QString pdf = type == QLatin1String("status")
            ? m_status
            : report(type + QStringLiteral(".pdf"),
                     {QStringLiteral("--type"), type, QStringLiteral("--classification"), Marking});
    QVERIFY(!pdf.isEmpty());
    const int n = pages(pdf);
    QVERIFY(n >= 1);
    for (int p = 1; p <= n; ++p) {
        const QString page = text(pdf, p);
        // The marking is the first and the last line of every page.
        QStringList lines;
        for (const QString &line : page.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) // pdftotext ends a page with a form feed
                lines << line.trimmed();
        }
        QVERIFY(lines.size() >= 3);
        QCOMPARE(lines.constFirst().trimmed(), Marking);
        QCOMPARE(lines.constLast().trimmed(), Marking);
        QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(p).arg(n)),
                 qPrintable(QStringLiteral("page %1").arg(p)));
        QVERIFY(page.contains(QStringLiteral("26 Nov 2026")));
    }
}

void TestReportRenderer::japaneseExtractsExactly()
{
    const QString all = text(m_status);
    QVERIFY(all.contains(QStringLiteral("日本・カナダ 田中")));
    QVERIFY(all.contains(QStringLiteral("田中")));
    QVERIFY(all.contains(QStringLiteral("経済産業省")));
    // Nothing of the look-alikes Qt's own ToUnicode maps would give.
    for (const QChar c : all) {
        const char16_t u = c.unicode();
        QVERIFY2(!(u >= 0x2E80 && u <= 0x2FDF), qPrintable(QString::number(u, 16)));
        QVERIFY(u != 0x2027);
        QVERIFY(u != 0x0009);
        QVERIFY(!(u >= 0xFB00 && u <= 0xFB06)); // ligatures come back as their letters
    }
}

void TestReportRenderer::fontsEmbedded()
{
    const QString fonts = QString::fromUtf8(run(tool(QStringLiteral("pdffonts")), {m_status}).out);
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(lines.size() >= 2);
    bool cjk = false;
    for (const QString &line : lines) {
        const QStringList cols = line.simplified().split(QLatin1Char(' '));
        // name type... encoding emb sub uni object ID: emb is the fifth field from the end.
        QVERIFY(cols.size() >= 6);
        QCOMPARE(cols.at(cols.size() - 5), QStringLiteral("yes"));
        cjk = cjk || line.contains(QStringLiteral("NotoSansCJK"));
    }
    QVERIFY2(cjk, qPrintable(fonts));
}

void TestReportRenderer::validPdfWithMetadata()
{
    const Run check = run(tool(QStringLiteral("qpdf")), {QStringLiteral("--check"), m_status});
    QCOMPARE(check.exitCode, 0);
    QVERIFY(check.out.contains("No syntax or stream encoding errors"));
    const QString info = QString::fromUtf8(run(tool(QStringLiteral("pdfinfo")), {m_status}).out);
    QVERIFY2(info.contains(QStringLiteral("Title:           Status report — ")), qPrintable(info));
    QVERIFY(info.contains(QStringLiteral("Author:          Desk officer 山田")));
    QVERIFY(info.contains(QStringLiteral("(A4)")));
    // The dates come from the as-of date, not the clock (raw: no time-zone conversion).
    const QString raw = QString::fromUtf8(
            run(tool(QStringLiteral("pdfinfo")), {QStringLiteral("-rawdates"), m_status}).out);
    QVERIFY2(raw.contains(QStringLiteral("CreationDate:    D:20261126000000Z")), qPrintable(raw));
    QVERIFY(raw.contains(QStringLiteral("ModDate:         D:20261126000000Z")));
}

void TestReportRenderer::deterministic()
{
    const QStringList options {QStringLiteral("--since"),
                               QStringLiteral("2026-10-01"),
                               QStringLiteral("--classification"),
                               Marking,
                               QStringLiteral("--descriptions"),
                               QStringLiteral("--paper"),
                               QStringLiteral("a4")};
    const QString again = report(QStringLiteral("again.pdf"), options);
    QFile a(m_status), b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray first = a.readAll();
    QVERIFY(first.size() > 1000);
    QVERIFY(first == b.readAll());
    // A different report date is a different document.
    QStringList other = options;
    const QString later
            = cli::run(QStringList {QStringLiteral("jcroadmap"), QStringLiteral("report"), m_file,
                                    QStringLiteral("-o"),
                                    m_dir.filePath(QStringLiteral("later.pdf")),
                                    QStringLiteral("--as-of"), QStringLiteral("2026-11-27")}
                       + other)
                    == cli::Success
            ? m_dir.filePath(QStringLiteral("later.pdf"))
            : QString();
    QFile c(later);
    QVERIFY(c.open(QIODevice::ReadOnly));
    QVERIFY(first != c.readAll());
}

void TestReportRenderer::briefingIsOnePage()
{
    const QString pdf = report(QStringLiteral("briefing-one.pdf"),
                               {QStringLiteral("--type"), QStringLiteral("briefing")});
    QCOMPARE(pages(pdf), 1);
    const QString all = text(pdf);
    QVERIFY(all.contains(QStringLiteral("Next key milestones")));
    QVERIFY(all.contains(QStringLiteral("Items at risk")));
    QVERIFY(all.contains(QStringLiteral("Centennial 2028")));
    QVERIFY(all.contains(QStringLiteral("UNCLASSIFIED")));
    // The at-risk Japanese item is due in the next 90 days: it is named in full.
    QVERIFY(all.contains(Japanese));
    const QString info = QString::fromUtf8(run(tool(QStringLiteral("pdfinfo")), {pdf}).out);
    QVERIFY2(info.contains(QStringLiteral("842 x 595"))
                     || info.contains(QStringLiteral("841.89 x 595")),
             qPrintable(info)); // landscape
}

void TestReportRenderer::boardShowsEveryItem()
{
    const QString pdf = report(QStringLiteral("board.pdf"),
                               {QStringLiteral("--type"), QStringLiteral("board")});
    QVERIFY(pages(pdf) >= 2);
    const QString all = text(pdf).simplified();
    for (int i = 0; i < 150; ++i)
        QVERIFY2(all.contains(QStringLiteral("Filler initiative number %1 ").arg(i)),
                 qPrintable(QString::number(i)));
    QVERIFY(all.contains(Markup));
    QVERIFY(all.contains(QStringLiteral("日本・カナダ")));
    QVERIFY(all.contains(QStringLiteral("Cancelled (")));
}

void TestReportRenderer::paperSizes()
{
    const QString pdf = report(QStringLiteral("letter.pdf"),
                               {QStringLiteral("--paper"), QStringLiteral("letter")});
    const QString info = QString::fromUtf8(run(tool(QStringLiteral("pdfinfo")), {pdf}).out);
    QVERIFY2(info.contains(QStringLiteral("612 x 792")), qPrintable(info));
}

void TestReportRenderer::areaSelection()
{
    const QString pdf = report(QStringLiteral("area.pdf"),
                               {QStringLiteral("--area"), QStringLiteral("2"),
                                QStringLiteral("--area"), QStringLiteral("4")});
    const QString all = text(pdf);
    QVERIFY(all.contains(QStringLiteral("Priority area 2: ")));
    QVERIFY(all.contains(QStringLiteral("Priority area 4: ")));
    QVERIFY(!all.contains(QStringLiteral("Priority area 1: ")));
    QVERIFY(all.contains(French));
    QVERIFY(!all.contains(Markup)); // area 1
}

void TestReportRenderer::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no output") << QStringList();
    QTest::newRow("type") << QStringList {QStringLiteral("-o"), QStringLiteral("x.pdf"),
                                          QStringLiteral("--type"), QStringLiteral("poster")};
    QTest::newRow("date") << QStringList {QStringLiteral("-o"), QStringLiteral("x.pdf"),
                                          QStringLiteral("--as-of"), QStringLiteral("26/11/2026")};
    QTest::newRow("area") << QStringList {QStringLiteral("-o"), QStringLiteral("x.pdf"),
                                          QStringLiteral("--area"), QStringLiteral("9")};
    QTest::newRow("paper") << QStringList {QStringLiteral("-o"), QStringLiteral("x.pdf"),
                                           QStringLiteral("--paper"), QStringLiteral("a3")};
    QTest::newRow("since after as-of") << QStringList {
            QStringLiteral("-o"),         QStringLiteral("x.pdf"),   QStringLiteral("--as-of"),
            QStringLiteral("2026-01-01"), QStringLiteral("--since"), QStringLiteral("2026-02-01")};
}

void TestReportRenderer::usageErrors()
{
    QFETCH(QStringList, args);
    QCOMPARE(cli::run(QStringList {QStringLiteral("jcroadmap"), QStringLiteral("report"), m_file}
                      + args),
             int(cli::UsageError));
    QVERIFY(!QFile::exists(QStringLiteral("x.pdf")));
}

namespace {

/// Paints a composer's pages into a PDF file, the way the renderer does.
bool paintAll(const PageComposer &composer, QPdfWriter &writer)
{
    QPainter painter(&writer);
    for (int i = 0; i < composer.pageCount(); ++i) {
        if (i > 0 && !writer.newPage())
            return false;
        composer.paintPage(&painter, i);
    }
    return painter.end();
}

QRectF fullPage(QPdfWriter &writer)
{
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, {}));
    return QRectF(QPointF(0, 0), writer.pageLayout().fullRectPixels(writer.resolution()).size());
}

} // namespace

void TestReportRenderer::headingStaysWithTableAndHeaderRepeats()
{
    const QString path = m_dir.filePath(QStringLiteral("composer.pdf"));
    QPdfWriter writer(path);
    PageComposer c(&writer, fullPage(writer), QMarginsF(20, 10, 20, 10),
                   {Marking, QStringLiteral("T"), {}, {}});
    // Fill the first page until about one table row would still fit.
    while (c.body().bottom() - c.body().top() > 0 && c.pageCount() == 1)
        c.paragraph(QStringLiteral("Filler paragraph."));
    // Now on page 2, near the top; fill it up to a few lines from the foot.
    for (int i = 0; i < 200; ++i) {
        c.paragraph(QStringLiteral("Line %1.").arg(i));
        if (c.pageCount() > 2)
            break;
    }
    QList<QList<PageComposer::TableCell>> rows;
    for (int i = 1; i <= 120; ++i)
        rows.append({{QStringLiteral("row %1 end").arg(i), PageComposer::Cell, {}, {}, {}},
                     {QStringLiteral("x"), PageComposer::Cell, {}, {}, {}}});
    c.heading(QStringLiteral("ORPHANCHECK heading"));
    c.table({{QStringLiteral("HEADERCOL"), 3, Qt::AlignLeft},
             {QStringLiteral("Other"), 1, Qt::AlignLeft}},
            rows);
    QVERIFY(paintAll(c, writer));

    const int n = pages(path);
    QCOMPARE(n, c.pageCount());
    int headingPage = 0, seenRows = 0;
    for (int p = 1; p <= n; ++p) {
        const QString page = text(path, p);
        if (page.contains(QStringLiteral("ORPHANCHECK")))
            headingPage = p;
        const int rowsHere = int(page.count(QRegularExpression(QStringLiteral("row \\d+ end"))));
        seenRows += rowsHere;
        if (rowsHere > 0)
            QVERIFY2(page.contains(QStringLiteral("HEADERCOL")), qPrintable(QString::number(p)));
    }
    QVERIFY(headingPage > 0);
    const QString first = text(path, headingPage);
    QVERIFY2(first.contains(QStringLiteral("HEADERCOL"))
                     && first.contains(QStringLiteral("row 1 end")),
             "the heading was left without its table");
    QCOMPARE(seenRows, 120);
}

void TestReportRenderer::tallRowContinuesOnNextPage()
{
    const QString path = m_dir.filePath(QStringLiteral("tall.pdf"));
    QPdfWriter writer(path);
    PageComposer c(&writer, fullPage(writer), QMarginsF(20, 10, 20, 10),
                   {Marking, QStringLiteral("T"), {}, {}});
    QStringList details;
    for (int i = 0; i < 300; ++i)
        details << QStringLiteral("detail line %1 end").arg(i);
    c.table({{QStringLiteral("HEADERCOL"), 1, Qt::AlignLeft}},
            {{{QStringLiteral("tall row"), PageComposer::CellBold, {}, {}, details}}});
    QVERIFY(paintAll(c, writer));
    QVERIFY(c.pageCount() >= 3);
    const QString all = text(path);
    for (int i = 0; i < 300; ++i)
        QVERIFY2(all.contains(QStringLiteral("detail line %1 end").arg(i)),
                 qPrintable(QString::number(i)));
    for (int p = 1; p <= c.pageCount(); ++p)
        QVERIFY(text(path, p).contains(QStringLiteral("HEADERCOL")));
}

namespace {

ReportItem reportItem(const QString &title, FuzzyDate start, FuzzyDate end,
                      ItemKind kind = ItemKind::Initiative)
{
    ReportItem i;
    i.title = title;
    i.start = start;
    i.end = end;
    i.kind = kind;
    return i;
}

} // namespace

void TestReportRenderer::reportTimelineLabelsAndPeriod()
{
    // The report's timeline packs with the timeline's LaneLayout over the report's period:
    // items in the period are labelled, items wholly outside it are left out (and said so).
    const QString path = m_dir.filePath(QStringLiteral("report-timeline.pdf"));
    QPdfWriter writer(path);
    PageComposer c(&writer, fullPage(writer), QMarginsF(20, 10, 20, 10),
                   {Marking, QStringLiteral("T"), {}, {}});
    const QList<ReportTimeline::Lane> lanes {
            {QStringLiteral("LaneA"),
             Qt::darkBlue,
             {reportItem(QStringLiteral("ALPHA bar"), FuzzyDate::day(2026, 3, 6),
                         FuzzyDate::quarter(2026, 4)),
              reportItem(QStringLiteral("BRAVO milestone"), {}, FuzzyDate::month(2027, 5),
                         ItemKind::Milestone),
              reportItem(QStringLiteral("CHARLIE late bar"), FuzzyDate::year(2028),
                         FuzzyDate::year(2028)),
              reportItem(QStringLiteral("OUTSIDE item"), FuzzyDate::year(2021),
                         FuzzyDate::year(2021))}},
            {QStringLiteral("LaneB"),
             Qt::darkRed,
             {reportItem(QStringLiteral("PAST item"), FuzzyDate::day(2021, 5, 1),
                         FuzzyDate::day(2021, 6, 1))}},
            {QStringLiteral("LaneC"),
             Qt::darkGreen,
             {reportItem(QStringLiteral("UNDATED"), {}, {})}},
    };
    auto timeline = std::make_shared<ReportTimeline>(c, QDate(2026, 1, 1), QDate(2028, 12, 31),
                                                     QDate(2026, 11, 26));
    const qreal maxHeight = c.body().height() * 0.45;
    const qreal h = timeline->layout(lanes, c.body().width(), maxHeight);
    QVERIFY(h > 0 && h <= maxHeight);
    c.noteText(timeline->texts());
    c.block(h, [timeline](QPainter *p, const QRectF &r) { timeline->paint(p, r); });
    QVERIFY(paintAll(c, writer));
    const QString all = text(path).simplified();
    for (const char *label : {"ALPHA bar", "BRAVO milestone", "CHARLIE late bar", "LaneA",
                              "None in this period", "No dated items", "Centennial 2028"})
        QVERIFY2(all.contains(QLatin1String(label)), label);
    QVERIFY(!all.contains(QStringLiteral("OUTSIDE")));
    QVERIFY(!all.contains(QStringLiteral("PAST item")));
    QVERIFY(!all.contains(QStringLiteral("not shown")));
}

void TestReportRenderer::reportTimelineCrowdedFitsItsHeight()
{
    // 400 overlapping items in one lane cannot be shown in a quarter page: labels go, then
    // rows, and the lane says how many items it could not show.
    const QString path = m_dir.filePath(QStringLiteral("report-timeline-crowded.pdf"));
    QPdfWriter writer(path);
    PageComposer c(&writer, fullPage(writer), QMarginsF(20, 10, 20, 10),
                   {Marking, QStringLiteral("T"), {}, {}});
    ReportTimeline::Lane crowded {QStringLiteral("Crowded"), Qt::darkBlue, {}};
    for (int i = 0; i < 400; ++i) {
        crowded.items.append(reportItem(QStringLiteral("CROWDED %1").arg(i),
                                        FuzzyDate(QDate(2026, 1, 1).addDays(i), DatePrecision::Day),
                                        FuzzyDate::month(2027, 1 + i % 12)));
    }
    auto timeline = std::make_shared<ReportTimeline>(c, QDate(2026, 1, 1), QDate(2028, 12, 31),
                                                     QDate(2026, 11, 26));
    const qreal maxHeight = c.body().height() * 0.25;
    const qreal h = timeline->layout({crowded}, c.body().width(), maxHeight);
    QVERIFY(h > 0 && h <= maxHeight);
    c.noteText(timeline->texts());
    c.block(h, [timeline](QPainter *p, const QRectF &r) { timeline->paint(p, r); });
    QVERIFY(paintAll(c, writer));
    const QString all = text(path).simplified();
    QVERIFY(!all.contains(QStringLiteral("CROWDED"))); // no labels
    const QRegularExpressionMatch hidden
            = QRegularExpression(QStringLiteral("\\+(\\d+) not shown")).match(all);
    QVERIFY2(hidden.hasMatch(), qPrintable(all));
    QVERIFY(hidden.captured(1).toInt() > 0);
    QVERIFY(hidden.captured(1).toInt() < 400);
}

void TestReportRenderer::reportTimelineNotByColourAlone()
{
    // Issue 18: health and overdue are in the printed timeline's words and shapes too (a
    // report is often printed in black and white): the screen's ▲ and ✖ marks and
    // "(overdue)", and a legend that names them.
    const QString path = m_dir.filePath(QStringLiteral("report-timeline-marks.pdf"));
    QPdfWriter writer(path);
    PageComposer c(&writer, fullPage(writer), QMarginsF(20, 10, 20, 10),
                   {Marking, QStringLiteral("T"), {}, {}});
    const auto active = [](const QString &title, Health health, bool overdue) {
        ReportItem i = reportItem(title, FuzzyDate::month(2026, 2), FuzzyDate::month(2026, 9));
        i.status = Status::InProgress;
        i.health = health;
        i.overdue = overdue;
        return i;
    };
    ReportItem finished = active(QStringLiteral("DONEITEM"), Health::AtRisk, false);
    finished.status = Status::Done;
    const QList<ReportTimeline::Lane> lanes {
            {QStringLiteral("LaneA"),
             Qt::darkBlue,
             {active(QStringLiteral("RISKY"), Health::AtRisk, false),
              active(QStringLiteral("FAILING"), Health::OffTrack, false),
              active(QStringLiteral("LATE"), Health::OnTrack, true),
              active(QStringLiteral("FINE"), Health::OnTrack, false), finished}},
    };
    auto timeline = std::make_shared<ReportTimeline>(c, QDate(2026, 1, 1), QDate(2028, 12, 31),
                                                     QDate(2026, 11, 26));
    const qreal h = timeline->layout(lanes, c.body().width(), c.body().height() * 0.45);
    QVERIFY(h > 0);
    c.noteText(timeline->texts());
    c.block(h, [timeline](QPainter *p, const QRectF &r) { timeline->paint(p, r); });
    QVERIFY(paintAll(c, writer));
    // The ﬀ ligature of "Off" as its letters: a whole report's PDF post-processor does that
    // (japaneseExtractsExactly), this bare page has none.
    const QString all = text(path).simplified().replace(QChar(0xFB00), QLatin1String("ff"));
    for (const QString &label :
         {QStringLiteral("\u25B2 RISKY"), QStringLiteral("\u2716 FAILING"),
          QStringLiteral("LATE (overdue)"), QStringLiteral("At risk (\u25B2) or overdue"),
          QStringLiteral("Off track (\u2716)")})
        QVERIFY2(all.contains(label), qPrintable(label + QStringLiteral(" in ") + all));
    // An item on track, and a done one, carry no mark.
    QVERIFY(all.contains(QStringLiteral("FINE")));
    QVERIFY(!all.contains(QStringLiteral("\u25B2 FINE")));
    QVERIFY(!all.contains(QStringLiteral("\u25B2 DONEITEM")));
    QVERIFY(!all.contains(QStringLiteral("FINE (overdue)")));
}

void TestReportRenderer::reportTimelineColours()
{
    // Issue 11 (one palette) and 18 (contrast): the printed timeline takes its colours from
    // Palette, and every text it draws reaches 4.5:1 on what it is drawn on; the flagged
    // outlines are the palette's health colours and reach 3:1 (WCAG 1.4.11, graphics).
    const ReportTimeline::Style style = ReportTimeline::Style::print();
    const Palette::Chart chart = Palette::chart(Palette::Scheme::Light);
    QCOMPARE(style.text, chart.text);
    QCOMPARE(style.gridMajor, chart.gridMajor);
    QCOMPARE(style.outline(Health::AtRisk), Palette::healthText(Health::AtRisk));
    QCOMPARE(style.outline(Health::OffTrack), Palette::healthText(Health::OffTrack));
    QStringList failures;
    const auto check = [&](const QString &what, const QColor &fg, const QColor &bg, double needed) {
        const double ratio = Palette::contrast(fg, bg);
        if (ratio < needed)
            failures << QStringLiteral("%1: %2 on %3 is %4:1")
                                .arg(what, fg.name(), bg.name())
                                .arg(ratio, 0, 'f', 2);
    };
    check(QStringLiteral("text"), style.text, style.page, 4.5);
    check(QStringLiteral("muted text"), style.mutedText, style.page, 4.5);
    check(QStringLiteral("centennial label"), style.centennialText, style.page, 4.5);
    check(QStringLiteral("as-of label"), style.asOfText, style.page, 4.5);
    check(QStringLiteral("at-risk outline"), style.outline(Health::AtRisk), style.page, 3);
    check(QStringLiteral("off-track outline"), style.outline(Health::OffTrack), style.page, 3);
    auto seed = seed::loadDefault();
    QVERIFY(seed.ok());
    QList<QColor> areaColours {QColor(), QColor(Qt::yellow), QColor(0xa0, 0xe0, 0xff),
                               QColor(Qt::black)};
    for (const PriorityArea &area : seed.value().areas)
        areaColours << area.colour;
    for (const QColor &area : std::as_const(areaColours)) {
        const QColor fill = ReportTimeline::Style::laneFill(area);
        const QString lane = QStringLiteral(" in the lane of %1").arg(area.name());
        check(QStringLiteral("lane name") + lane, style.laneText(area), fill, 4.5);
        check(QStringLiteral("item label") + lane, style.text, fill, 4.5);
        check(QStringLiteral("\"+3 not shown\"") + lane, style.mutedText, fill, 4.5);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestReportRenderer::reportTimelineOutlines_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("health");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<int>("outline"); // -1: none
    const int none = -1;
    QTest::newRow("on track") << int(Status::InProgress) << int(Health::OnTrack) << false << none;
    QTest::newRow("at risk") << int(Status::InProgress) << int(Health::AtRisk) << false
                             << int(Health::AtRisk);
    QTest::newRow("off track") << int(Status::Planned) << int(Health::OffTrack) << false
                               << int(Health::OffTrack);
    QTest::newRow("overdue") << int(Status::InProgress) << int(Health::OnTrack) << true
                             << int(Health::AtRisk);
    QTest::newRow("off track and overdue")
            << int(Status::OnHold) << int(Health::OffTrack) << true << int(Health::OffTrack);
    QTest::newRow("done at risk") << int(Status::Done) << int(Health::AtRisk) << true << none;
    QTest::newRow("cancelled off track")
            << int(Status::Cancelled) << int(Health::OffTrack) << false << none;
}

void TestReportRenderer::reportTimelineOutlines()
{
    QFETCH(int, status);
    QFETCH(int, health);
    QFETCH(bool, overdue);
    QFETCH(int, outline);
    ReportItem item
            = reportItem(QStringLiteral("X"), FuzzyDate::month(2026, 2), FuzzyDate::month(2026, 9));
    item.status = Status(status);
    item.health = Health(health);
    item.overdue = overdue;
    const std::optional<Health> got = ReportTimeline::outlineHealth(item);
    QCOMPARE(got ? int(*got) : -1, outline);

    // The shape the print style draws for it (ItemShape, the screen's shapes): filled with the
    // area's colour, paler once over; outlined by the warning; a cancelled bar dashed and
    // struck through; fades and bands mixed with the lane's tint, as a PDF keeps no
    // transparency in gradients.
    const ReportTimeline::Style print = ReportTimeline::Style::print();
    const QColor area(0x1f, 0x4e, 0x79);
    const ItemShape::Style shape = print.itemShape(item, area);
    const bool over = item.status == Status::Done || item.status == Status::Cancelled;
    QCOMPARE(shape.fill, over ? area.lighter(150) : area);
    QCOMPARE(shape.diamondFill, shape.fill);
    QCOMPARE(shape.border, outline < 0 ? area.darker(150) : print.outline(Health(outline)));
    QVERIFY(outline < 0 ? shape.borderWidth < 0.5 : shape.borderWidth > 1);
    QCOMPARE(shape.dashed, item.status == Status::Cancelled);
    QCOMPARE(shape.strike.isValid(), item.status == Status::Cancelled);
    QCOMPARE(shape.over, ReportTimeline::Style::laneFill(area));
    QVERIFY(shape.band.isValid());
    QVERIFY(shape.band.alphaF() < 0.5);
}

QTEST_MAIN(TestReportRenderer)
#include "tst_reportrenderer.moc"
