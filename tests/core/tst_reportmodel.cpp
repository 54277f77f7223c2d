#include "document/roadmapdocument.h"
#include "domain/clock.h"
#include "report/reportmodel.h"
#include "seed/seedparser.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jcr;

namespace {

const QDate AsOf(2026, 11, 26);

QList<PriorityArea> twoAreas()
{
    return {{11, 1, QStringLiteral("Security"), QStringLiteral("Sec"), QColor(Qt::blue), {}, {}},
            {12, 2, QStringLiteral("Economy"), QStringLiteral("Eco"), QColor(Qt::red), {}, {}}};
}

ReportItem makeItem(qint64 id, int area, Status status, const FuzzyDate &start = {},
                    const FuzzyDate &end = {}, Health health = Health::OnTrack,
                    ItemKind kind = ItemKind::Initiative)
{
    ReportItem r;
    r.id = id;
    r.areaNumber = area;
    r.title = QStringLiteral("Item %1").arg(id);
    r.status = status;
    r.start = start;
    r.end = end;
    r.health = health;
    r.kind = kind;
    return r;
}

StatusUpdate makeUpdate(qint64 id, qint64 item, QDate date, std::optional<Status> status = {})
{
    StatusUpdate u;
    u.id = id;
    u.itemId = item;
    u.date = date;
    u.author = QStringLiteral("A. Tanaka");
    u.text = QStringLiteral("update %1").arg(id);
    u.newStatus = status;
    return u;
}

ReportOptions optionsAsOf(QDate asOf = AsOf)
{
    ReportOptions o;
    o.asOf = asOf;
    return o;
}

QList<qint64> ids(const QList<ReportItem> &items)
{
    QList<qint64> out;
    for (const ReportItem &i : items)
        out << i.id;
    return out;
}

} // namespace

/// The report model: what goes into a report, computed against the as-of date.
class TestReportModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void countsPerAreaAndOverall();
    void areaFilter();
    void overdueRules_data();
    void overdueRules();
    void upcomingWindow();
    void overdueOrAtRiskOrder();
    void completedSince();
    void changesSinceAndLatestUpdate();
    void areaHealth_data();
    void areaHealth();
    void classification();
    void defaultDates();
    void settingsRoundTrip();
    void settingsDamagedValuesFallBack();
    void buildFromDocument();
};

void TestReportModel::countsPerAreaAndOverall()
{
    QList<ReportItem> items {
            makeItem(1, 1, Status::Done),
            makeItem(2, 1, Status::InProgress),
            makeItem(3, 1, Status::Cancelled),
            makeItem(4, 2, Status::Planned),
    };
    items[1].progress = 50;
    items[3].progress = 10;
    const ReportModel m = ReportModel::build({}, twoAreas(), items, {}, optionsAsOf());
    QCOMPARE(m.summary.size(), 2);
    QCOMPARE(m.summary.at(0).total, 3);
    QCOMPARE(m.summary.at(0).countByStatus[size_t(Status::Done)], 1);
    QCOMPARE(m.summary.at(0).countByStatus[size_t(Status::Cancelled)], 1);
    // Done counts 100, cancelled is left out: (100 + 50) / 2.
    QCOMPARE(m.summary.at(0).progress, 75);
    QCOMPARE(m.summary.at(1).progress, 10);
    QCOMPARE(m.overall.total, 4);
    QCOMPARE(m.overall.progress, 53); // (100 + 50 + 10) / 3 rounded
    QCOMPARE(m.sections.size(), 2);
    QCOMPARE(m.sections.at(1).items.size(), 1);
    QCOMPARE(m.allItems.size(), 4);
    QCOMPARE(m.daysToCentennial, int(AsOf.daysTo(QDate(CentennialYear, 1, 1))));
}

void TestReportModel::areaFilter()
{
    const QList<ReportItem> items {makeItem(1, 1, Status::Planned),
                                   makeItem(2, 2, Status::Planned)};
    ReportOptions o = optionsAsOf();
    o.areaNumbers = {2};
    const ReportModel m = ReportModel::build({}, twoAreas(), items, {}, o);
    QCOMPARE(m.summary.size(), 1);
    QCOMPARE(m.summary.at(0).number, 2);
    QCOMPARE(ids(m.allItems), QList<qint64>({2}));
}

void TestReportModel::overdueRules_data()
{
    QTest::addColumn<ReportItem>("item");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<int>("days");

    QTest::newRow("end passed") << makeItem(1, 1, Status::InProgress, FuzzyDate::day(2026, 1, 1),
                                            FuzzyDate::day(2026, 11, 20))
                                << true << 6;
    QTest::newRow("end today is not late")
            << makeItem(1, 1, Status::InProgress, {}, FuzzyDate::day(2026, 11, 26)) << false << 0;
    // A quarter ends on its last day: Q4 2026 is not late before 1 January.
    QTest::newRow("fuzzy end not over")
            << makeItem(1, 1, Status::InProgress, {}, FuzzyDate::quarter(2026, 4)) << false << 0;
    QTest::newRow("fuzzy end over")
            << makeItem(1, 1, Status::InProgress, {}, FuzzyDate::month(2026, 10)) << true << 26;
    QTest::newRow("done is never late")
            << makeItem(1, 1, Status::Done, {}, FuzzyDate::day(2026, 1, 1)) << false << 0;
    QTest::newRow("cancelled is never late")
            << makeItem(1, 1, Status::Cancelled, {}, FuzzyDate::day(2026, 1, 1)) << false << 0;
    QTest::newRow("ongoing without end")
            << makeItem(1, 1, Status::InProgress, FuzzyDate::day(2026, 3, 6)) << false << 0;
    QTest::newRow("planned start passed")
            << makeItem(1, 1, Status::Planned, FuzzyDate::day(2026, 11, 1)) << true << 25;
    QTest::newRow("milestone passed")
            << makeItem(1, 1, Status::InProgress, FuzzyDate::day(2026, 11, 25), {}, Health::OnTrack,
                        ItemKind::Milestone)
            << true << 1;
    QTest::newRow("undated") << makeItem(1, 1, Status::Planned) << false << 0;
}

void TestReportModel::overdueRules()
{
    QFETCH(ReportItem, item);
    QFETCH(bool, overdue);
    QFETCH(int, days);
    const ReportModel m = ReportModel::build({}, twoAreas(), {item}, {}, optionsAsOf());
    QCOMPARE(m.allItems.size(), 1);
    QCOMPARE(m.allItems.constFirst().overdue, overdue);
    QCOMPARE(m.allItems.constFirst().daysOverdue, days);
    QCOMPARE(m.overall.overdue, overdue ? 1 : 0);
    QCOMPARE(m.overdueOrAtRisk.size(), overdue ? 1 : 0);
}

void TestReportModel::upcomingWindow()
{
    const QList<ReportItem> items {
            makeItem(1, 1, Status::Planned, FuzzyDate::day(2026, 11, 27)), // tomorrow
            makeItem(2, 1, Status::Planned, FuzzyDate::day(2027, 2, 24)), // day 90
            makeItem(3, 1, Status::Planned, FuzzyDate::day(2027, 2, 25)), // day 91
            makeItem(4, 1, Status::InProgress, FuzzyDate::day(2026, 1, 1),
                     FuzzyDate::day(2026, 12, 15)), // due soon
            makeItem(5, 1, Status::Done, FuzzyDate::day(2026, 12, 1)), // done: not upcoming
            makeItem(6, 2, Status::Planned, FuzzyDate::day(2026, 11, 26)), // today: not ahead
    };
    const ReportModel m = ReportModel::build({}, twoAreas(), items, {}, optionsAsOf());
    QCOMPARE(m.upcomingUntil, QDate(2027, 2, 24));
    // Sorted by the date that makes them upcoming.
    QCOMPARE(ids(m.upcoming), QList<qint64>({1, 4, 2}));
}

void TestReportModel::overdueOrAtRiskOrder()
{
    const QList<ReportItem> items {
            makeItem(1, 1, Status::InProgress, {}, FuzzyDate::day(2026, 1, 1)), // overdue
            makeItem(2, 1, Status::InProgress, {}, {}, Health::AtRisk),
            makeItem(3, 2, Status::Planned, {}, {}, Health::OffTrack),
            makeItem(4, 2, Status::Done, {}, {}, Health::OffTrack), // done: left out
    };
    const ReportModel m = ReportModel::build({}, twoAreas(), items, {}, optionsAsOf());
    QCOMPARE(ids(m.overdueOrAtRisk), QList<qint64>({3, 2, 1}));
    QCOMPARE(m.overall.atRisk, 2);
}

void TestReportModel::completedSince()
{
    ReportOptions o = optionsAsOf();
    o.since = QDate(2026, 11, 1);
    const QList<ReportItem> items {
            makeItem(1, 1, Status::Done), // history says 2026-11-10
            makeItem(2, 1, Status::Done), // history says 2026-10-01: before since
            makeItem(3, 1, Status::Done, {}, FuzzyDate::day(2026, 11, 5)), // no history: end
            makeItem(4, 1, Status::Done, {}, FuzzyDate::day(2026, 12, 5)), // end after as-of
            makeItem(5, 1, Status::InProgress), // not done
    };
    const QList<StatusUpdate> history {makeUpdate(1, 1, QDate(2026, 11, 10), Status::Done),
                                       makeUpdate(2, 2, QDate(2026, 10, 1), Status::Done)};
    const ReportModel m = ReportModel::build({}, twoAreas(), items, history, o);
    // In order of completion: 5 November (end date), then 10 November (history).
    QCOMPARE(ids(m.completedSince), QList<qint64>({3, 1}));
}

void TestReportModel::changesSinceAndLatestUpdate()
{
    ReportOptions o = optionsAsOf();
    o.since = QDate(2026, 11, 1);
    o.areaNumbers = {1};
    const QList<ReportItem> items {makeItem(1, 1, Status::InProgress),
                                   makeItem(2, 2, Status::InProgress)};
    const QList<StatusUpdate> history {
            makeUpdate(1, 1, QDate(2026, 10, 31)), // before since
            makeUpdate(2, 1, QDate(2026, 11, 1)), // on since: counts
            makeUpdate(3, 1, QDate(2026, 11, 20)),
            makeUpdate(4, 1, QDate(2026, 11, 27)), // after as-of: not yet written
            makeUpdate(5, 2, QDate(2026, 11, 20)), // other area: filtered out
    };
    const ReportModel m = ReportModel::build({}, twoAreas(), items, history, o);
    QCOMPARE(m.changesSince.size(), 2);
    QCOMPARE(m.changesSince.at(0).update.id, 3); // newest first
    QCOMPARE(m.changesSince.at(1).update.id, 2);
    QCOMPARE(m.changesSince.at(0).itemTitle, QStringLiteral("Item 1"));
    QVERIFY(m.allItems.constFirst().latestUpdate.has_value());
    QCOMPARE(m.allItems.constFirst().latestUpdate->id, 3);
}

void TestReportModel::areaHealth_data()
{
    QTest::addColumn<int>("active");
    QTest::addColumn<int>("offTrack");
    QTest::addColumn<int>("troubled");
    QTest::addColumn<Health>("health");
    QTest::newRow("empty") << 0 << 0 << 0 << Health::OnTrack;
    QTest::newRow("fine") << 8 << 0 << 1 << Health::OnTrack;
    QTest::newRow("a quarter troubled") << 8 << 0 << 2 << Health::AtRisk;
    QTest::newRow("a quarter off track") << 8 << 2 << 2 << Health::OffTrack;
    QTest::newRow("one of three off track") << 3 << 1 << 1 << Health::OffTrack;
}

void TestReportModel::areaHealth()
{
    QFETCH(int, active);
    QFETCH(int, offTrack);
    QFETCH(int, troubled);
    QFETCH(Health, health);
    QCOMPARE(ReportModel::areaHealth(active, offTrack, troubled), health);
}

void TestReportModel::classification()
{
    DocumentSettings s;
    s.classification = QStringLiteral("PROTECTED A");
    ReportOptions o = optionsAsOf();
    QCOMPARE(ReportModel::build(s, twoAreas(), {}, {}, o).classification,
             QStringLiteral("PROTECTED A"));
    o.classification = QStringLiteral("SECRET");
    QCOMPARE(ReportModel::build(s, twoAreas(), {}, {}, o).classification, QStringLiteral("SECRET"));
    s.classification.clear();
    o.classification.clear();
    QCOMPARE(ReportModel::build(s, twoAreas(), {}, {}, o).classification,
             QStringLiteral("UNCLASSIFIED"));
}

void TestReportModel::defaultDates()
{
    Clock::instance().setToday(QDate(2026, 11, 26));
    const ReportModel m = ReportModel::build({}, twoAreas(), {}, {}, ReportOptions());
    Clock::instance().setToday({});
    QCOMPARE(m.asOf, AsOf);
    QCOMPARE(m.since, AsOf.addDays(-30));
    // A "since" after the report date is clamped to it.
    ReportOptions o = optionsAsOf();
    o.since = AsOf.addDays(5);
    QCOMPARE(ReportModel::build({}, twoAreas(), {}, {}, o).since, AsOf);
}

void TestReportModel::settingsRoundTrip()
{
    ReportOptions o;
    o.type = ReportType::Briefing;
    o.asOf = QDate(2026, 11, 26);
    o.since = QDate(2026, 10, 1);
    o.areaNumbers = {3, 1};
    o.includeDescriptions = true;
    o.paper = PaperSize::Letter;
    o.orientation = PageOrientation::Portrait;
    o.classification = QStringLiteral("PROTECTED A");
    o.language = QLocale::Japanese;
    const QMap<QString, QString> settings = o.toSettings();
    QCOMPARE(settings.value(QStringLiteral("report.language")), QStringLiteral("ja"));
    QCOMPARE(settings.value(QStringLiteral("report.type")), QStringLiteral("briefing"));
    QCOMPARE(QStringList(settings.keys()), [] {
        QStringList keys = ReportOptions::settingKeys();
        keys.sort();
        return keys;
    }());
    const ReportOptions back = ReportOptions::fromSettings(settings);
    QCOMPARE(back.type, o.type);
    QCOMPARE(back.asOf, o.asOf);
    QCOMPARE(back.since, o.since);
    QCOMPARE(back.areaNumbers, o.areaNumbers);
    QCOMPARE(back.includeDescriptions, true);
    QCOMPARE(back.paper, PaperSize::Letter);
    QCOMPARE(back.orientation, PageOrientation::Portrait);
    QCOMPARE(back.classification, o.classification);
    QCOMPARE(back.language, QLocale::Japanese);
    QVERIFY(!back.isLandscape());
    // As the interface: nothing stored, nothing read back.
    QCOMPARE(ReportOptions::fromSettings(ReportOptions().toSettings()).language,
             QLocale::AnyLanguage);
}

void TestReportModel::settingsDamagedValuesFallBack()
{
    const ReportOptions o = ReportOptions::fromSettings({
            {QStringLiteral("report.type"), QStringLiteral("poster")},
            {QStringLiteral("report.asOf"), QStringLiteral("yesterday")},
            {QStringLiteral("report.areas"), QStringLiteral("2,x,,-1,2")},
            {QStringLiteral("report.paper"), QStringLiteral("A3")},
            {QStringLiteral("report.orientation"), QStringLiteral("diagonal")},
            {QStringLiteral("report.language"), QStringLiteral("klingon")},
    });
    QCOMPARE(o.language, QLocale::AnyLanguage);
    QCOMPARE(o.type, ReportType::Status);
    QVERIFY(!o.asOf.isValid());
    QCOMPARE(o.areaNumbers, QList<int>({2}));
    QCOMPARE(o.paper, ReportOptions::defaultPaper());
    QCOMPARE(o.orientation, PageOrientation::Automatic);
    QVERIFY(!o.isLandscape());
    ReportOptions b;
    b.type = ReportType::Board;
    QVERIFY(b.isLandscape());
}

void TestReportModel::buildFromDocument()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto seed = seed::loadDefault();
    QVERIFY2(seed.ok(), qPrintable(seed.errorMessage()));
    auto doc = RoadmapDocument::create(dir.filePath(QStringLiteral("r.jcroadmap")), seed.value());
    QVERIFY2(doc.ok(), qPrintable(doc.errorMessage()));
    auto m = ReportModel::build(*doc.value(), optionsAsOf());
    QVERIFY2(m.ok(), qPrintable(m.errorMessage()));
    QCOMPARE(m->allItems.size(), doc.value()->itemCount());
    QCOMPARE(m->summary.size(), 6);
    QCOMPARE(m->title, doc.value()->settings().title);
    int withHistory = 0;
    for (const ReportItem &i : m->allItems) {
        withHistory += i.latestUpdate.has_value();
        QVERIFY(i.areaNumber >= 1 && i.areaNumber <= 6);
    }
    QVERIFY(withHistory > 0); // the seed's statement-day updates
}

QTEST_GUILESS_MAIN(TestReportModel)
#include "tst_reportmodel.moc"
