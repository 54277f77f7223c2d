#include "seed/seedparser.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace jcr;

namespace {

const QString statementFileName = QStringLiteral("japan-canada-joint-statement-2026-03-06.txt");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

/// Proves the seed roadmap shipped in the resources: it parses, covers the six priority areas
/// and every item is traceable, word for word, to the Joint Statement.
class TestSeeds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sixAreas();
    void everyAreaHasItems();
    void sourcesAreVerbatim();
    void statementResourceMatchesRepository();
    void statementResourceMatchesSharedCopy();
    void centennialMilestone();
    void commitments();
    void agreementsSignedButNotInForce();
    void statusesAreConsistent();
    void organisationsAreUsed();

private:
    /// The first item whose title contains \a titlePart and whose kind is \a kind.
    const SeedItem *find(QStringView titlePart, ItemKind kind) const;
    const SeedItem *findByKey(const QString &key) const;

    SeedRoadmap m_roadmap;
    QString m_statement;
};

void TestSeeds::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto result = seed::loadDefault();
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    m_roadmap = result.value();
    m_statement = seed::statementText();
    QVERIFY(m_statement.contains(QLatin1String("Comprehensive Strategic Partnership")));
}

const SeedItem *TestSeeds::find(QStringView titlePart, ItemKind kind) const
{
    for (const SeedItem &s : m_roadmap.items) {
        if (s.item.kind == kind && s.item.title.contains(titlePart))
            return &s;
    }
    return nullptr;
}

const SeedItem *TestSeeds::findByKey(const QString &key) const
{
    for (const SeedItem &s : m_roadmap.items) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

void TestSeeds::sixAreas()
{
    QCOMPARE(m_roadmap.areas.size(), 6);
    QSet<int> numbers;
    QSet<QRgb> colours;
    for (const PriorityArea &area : std::as_const(m_roadmap.areas)) {
        numbers.insert(area.number);
        colours.insert(area.colour.rgb());
        QVERIFY(!area.name.isEmpty());
        QVERIFY(!area.shortName.isEmpty());
        QVERIFY(area.colour.isValid());
        // The area names are those of the statement's list, e.g. "- (3) Trade and Investment;".
        const QString listEntry = QStringLiteral("(%1) %2").arg(area.number).arg(area.name);
        QVERIFY2(m_statement.contains(listEntry), qPrintable(listEntry));
    }
    QCOMPARE(numbers, QSet<int>({1, 2, 3, 4, 5, 6}));
    QCOMPARE(colours.size(), 6);
}

void TestSeeds::everyAreaHasItems()
{
    for (const PriorityArea &area : std::as_const(m_roadmap.areas)) {
        const auto count
                = std::count_if(m_roadmap.items.cbegin(), m_roadmap.items.cend(),
                                [&](const SeedItem &s) { return s.areaNumber == area.number; });
        QVERIFY2(count >= 1, qPrintable(area.name));
    }
}

void TestSeeds::sourcesAreVerbatim()
{
    QVERIFY(!m_roadmap.items.isEmpty());
    for (const SeedItem &s : std::as_const(m_roadmap.items)) {
        QVERIFY2(!s.item.citations.isEmpty(), qPrintable(s.key));
        for (const Citation &c : s.item.citations) {
            QCOMPARE(c.sourceId, qint64(1)); // the seed's first source document: the statement
            QVERIFY2(m_statement.contains(c.passage),
                     qPrintable(QStringLiteral("%1: Source is not verbatim from the statement")
                                        .arg(s.key)));
        }
    }
}

void TestSeeds::statementResourceMatchesRepository()
{
    const QByteArray resource = readAll(QStringLiteral(":/seeds/") + statementFileName);
    const QByteArray onDisk = readAll(QStringLiteral(JCR_SOURCE_DIR "/seeds/") + statementFileName);
    QVERIFY(!resource.isEmpty());
    QVERIFY(resource == onDisk);
    QCOMPARE(seed::statementText(), QString::fromUtf8(onDisk));
}

void TestSeeds::statementResourceMatchesSharedCopy()
{
    // The repository's statement is a byte-for-byte copy of the published one shared with the
    // team, whose SHA-256 is fixed here so that the check also holds on a lone clone.
    const QByteArray statement = readAll(QStringLiteral(":/seeds/") + statementFileName);
    QCOMPARE(QCryptographicHash::hash(statement, QCryptographicHash::Sha256).toHex(),
             QByteArray("e2d4b1af8ca967956648182c40e3d2630b18ef3211ee89b1b26166a81dfb5fa7"));
    // And, where the shared copy sits next to the checkout, the same bytes as that copy.
    const QString shared = QStringLiteral(JCR_SOURCE_DIR "/../shared/seeds/") + statementFileName;
    if (QFile::exists(shared))
        QVERIFY(statement == readAll(shared));
}

void TestSeeds::centennialMilestone()
{
    const SeedItem *centennial = find(u"entennial", ItemKind::Milestone);
    QVERIFY(centennial);
    const FuzzyDate due = centennial->item.due();
    QVERIFY(due == FuzzyDate::year(2028));
    QVERIFY(!centennial->item.start.isValid() || centennial->item.start == FuzzyDate::year(2028));
    QCOMPARE(centennial->areaNumber, 6);
}

void TestSeeds::commitments()
{
    const SeedItem *partnership = find(u"Comprehensive Strategic Partnership", ItemKind::Milestone);
    QVERIFY(partnership);
    QCOMPARE(partnership->item.status, Status::Done);
    QVERIFY(partnership->item.start == FuzzyDate::day(2026, 3, 6));

    const SeedItem *cyber = find(u"Cyber Policy Dialogue", ItemKind::Dialogue);
    QVERIFY(cyber);
    QCOMPARE(cyber->areaNumber, 1);
    QVERIFY(cyber->item.status != Status::Done);

    const SeedItem *economic = find(u"Economic Security Dialogue", ItemKind::Dialogue);
    QVERIFY(economic);
    QCOMPARE(economic->areaNumber, 2);
    // "with a first meeting to be held this calendar year": 2026, no more exact than that.
    QVERIFY(economic->item.end == FuzzyDate::year(2026));
    QCOMPARE(economic->item.end.precision(), DatePrecision::Year);

    const SeedItem *mission = find(u"Team Canada Trade Mission", ItemKind::Mission);
    QVERIFY(mission);
    QCOMPARE(mission->areaNumber, 3);
    QCOMPARE(mission->item.lead, LeadSide::Canada);

    const SeedItem *keidanren = find(u"Keidanren return visit", ItemKind::Visit);
    QVERIFY(keidanren);
    QCOMPARE(keidanren->item.lead, LeadSide::Japan);

    QVERIFY(find(u"Chambers Council", ItemKind::Initiative));
    QVERIFY(find(u"Regular mutual visits", ItemKind::Visit));
    QVERIFY(find(u"oversee", ItemKind::Governance));
    QVERIFY(find(u"G7", ItemKind::Initiative));
    QVERIFY(find(u"complex engagement", ItemKind::Initiative));
    QVERIFY(find(u"Acquisition and Cross-Servicing Agreement", ItemKind::Agreement));

    const SeedItem *security = find(u"Security of Information Agreement", ItemKind::Agreement);
    QVERIFY(security);
    QCOMPARE(security->item.status, Status::Done);
    QCOMPARE(security->item.progress, 100);

    // Earlier frameworks the Roadmap builds on, dated by year only.
    const SeedItem *priorities = find(u"Shared Japan-Canada priorities", ItemKind::Agreement);
    QVERIFY(priorities);
    QCOMPARE(priorities->item.status, Status::Done);
    QVERIFY(priorities->item.end == FuzzyDate::year(2021));
    const SeedItem *actionPlan = find(u"Action Plan", ItemKind::Agreement);
    QVERIFY(actionPlan);
    QCOMPARE(actionPlan->item.status, Status::Done);
    QVERIFY(actionPlan->item.end == FuzzyDate::year(2022));

    // The strategic sectors sit in the areas they belong to.
    const SeedItem *minerals = find(u"Critical minerals", ItemKind::Initiative);
    QVERIFY(minerals);
    QCOMPARE(minerals->areaNumber, 2);
    const SeedItem *energy = find(u"Clean energy", ItemKind::Initiative);
    QVERIFY(energy);
    QCOMPARE(energy->areaNumber, 4);
    const SeedItem *food = find(u"Food security", ItemKind::Initiative);
    QVERIFY(food);
    QCOMPARE(food->areaNumber, 4);
}

void TestSeeds::agreementsSignedButNotInForce()
{
    // The statement welcomes signatures, not entry into force: the follow-up stays open.
    const QStringList treaties
            = {QStringLiteral("Mutual Legal Assistance Treaty"),
               QStringLiteral("Defense Equipment and Technology Transfer Agreement")};
    for (const QString &name : treaties) {
        const SeedItem *signature = nullptr;
        const SeedItem *entryIntoForce = nullptr;
        for (const SeedItem &s : std::as_const(m_roadmap.items)) {
            if (s.item.kind != ItemKind::Agreement || !s.item.title.startsWith(name))
                continue;
            if (s.item.title.contains(QLatin1String("signed")))
                signature = &s;
            else if (s.item.title.contains(QLatin1String("into force")))
                entryIntoForce = &s;
        }
        QVERIFY2(signature, qPrintable(name));
        QCOMPARE(signature->item.status, Status::Done);
        QCOMPARE(signature->item.progress, 100);
        QVERIFY2(entryIntoForce, qPrintable(name));
        QVERIFY(entryIntoForce->item.status != Status::Done);
        QVERIFY(entryIntoForce->dependsOn.contains(signature->key));
    }
}

void TestSeeds::statusesAreConsistent()
{
    for (const SeedItem &s : std::as_const(m_roadmap.items)) {
        const QByteArray key = s.key.toUtf8();
        if (s.item.status == Status::Done)
            QVERIFY2(s.item.progress == 100, key.constData());
        if (s.item.status == Status::Proposed || s.item.status == Status::Planned)
            QVERIFY2(s.item.progress == 0, key.constData());
        // The last recorded status change is the item's status.
        for (auto it = s.updates.crbegin(); it != s.updates.crend(); ++it) {
            if (it->newStatus) {
                QVERIFY2(*it->newStatus == s.item.status, key.constData());
                break;
            }
        }
        // Nothing is dated after the centennial or before the earliest framework.
        for (const FuzzyDate &d : {s.item.start, s.item.end}) {
            if (d.isValid())
                QVERIFY2(d.first().year() >= 2021 && d.last().year() <= 2028, key.constData());
        }
    }
    QVERIFY(findByKey(QStringLiteral("comprehensive-strategic-partnership")));
}

void TestSeeds::organisationsAreUsed()
{
    QSet<QString> used;
    for (const SeedItem &s : std::as_const(m_roadmap.items)) {
        for (const auto &link : s.organisations)
            used.insert(link.first);
    }
    for (const Organisation &org : std::as_const(m_roadmap.organisations))
        QVERIFY2(used.contains(org.shortName), qPrintable(org.shortName));
}

QTEST_GUILESS_MAIN(TestSeeds)
#include "tst_seeds.moc"
