#include "seed/seedparser.h"

#include <QStandardPaths>
#include <QTest>

#include <string>

using namespace jcr;

namespace {

// A small but complete seed; each case replaces one of its lines, so the line numbers in the
// tables below refer to this text.
const char *const baseLines[] = {
        "# A minimal seed: every case replaces one line of it.", // 1
        "Document:", // 2
        "Title: Test roadmap", // 3
        "Classification: OFFICIAL", // 4
        "", // 5
        "Area: 1", // 6
        "Name: First area", // 7
        "Short-Name: First", // 8
        "Colour: #112233", // 9
        "", // 10
        "Organisation: MOFA", // 11
        "Name: Ministry of Foreign Affairs of Japan", // 12
        "Country: JP", // 13
        "", // 14
        "Item: first", // 15
        "Area: 1", // 16
        "Kind: dialogue", // 17
        "Title: First item", // 18
        "Status: in_progress", // 19
        "Health: at_risk", // 20
        "Lead: japan", // 21
        "Start: 2026-03-06", // 22
        "End: 2026", // 23
        "Progress: 40", // 24
        "Organisations: lead MOFA", // 25
        "Tags: alpha, beta", // 26
        "Source: Some passage.", // 27
        "", // 28
        "Item: second", // 29
        "Area: 1", // 30
        "Kind: milestone", // 31
        "Title: Second item", // 32
        "Depends-On: first", // 33
        "Source: Another passage.", // 34
};

QStringList baseSeed()
{
    QStringList lines;
    for (const char *line : baseLines)
        lines.append(QString::fromUtf8(line));
    return lines;
}

/// The base seed with line \a number (1-based) replaced; \a replacement may hold several lines.
QString seedWith(int number, const QString &replacement)
{
    QStringList lines = baseSeed();
    lines[number - 1] = replacement;
    return lines.join(QLatin1Char('\n'));
}

const SeedItem *findItem(const SeedRoadmap &roadmap, const QString &key)
{
    for (const SeedItem &item : roadmap.items) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

} // namespace

class TestSeedParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void minimal();
    void errors_data();
    void errors();
    void continuationLines_data();
    void continuationLines();
    void updates_data();
    void updates();
    void forwardReferences();
    void windowsLineEndsAndByteOrderMark();
    void translations();
    void overLongTranslatedTitle();
};

void TestSeedParser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSeedParser::minimal()
{
    const auto result = seed::parse(baseSeed().join(QLatin1Char('\n')));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    const SeedRoadmap &r = result.value();

    QCOMPARE(r.settings.title, QStringLiteral("Test roadmap"));
    QCOMPARE(r.settings.classification, QStringLiteral("OFFICIAL"));

    QCOMPARE(r.areas.size(), 1);
    QCOMPARE(r.areas.at(0).number, 1);
    QCOMPARE(r.areas.at(0).name, QStringLiteral("First area"));
    QCOMPARE(r.areas.at(0).shortName, QStringLiteral("First"));
    QCOMPARE(r.areas.at(0).colour, QColor(0x11, 0x22, 0x33));

    QCOMPARE(r.organisations.size(), 1);
    QCOMPARE(r.organisations.at(0).shortName, QStringLiteral("MOFA"));
    QCOMPARE(r.organisations.at(0).name, QStringLiteral("Ministry of Foreign Affairs of Japan"));
    QCOMPARE(r.organisations.at(0).country, Country::Japan);

    QCOMPARE(r.items.size(), 2);
    const SeedItem &first = r.items.at(0);
    QCOMPARE(first.key, QStringLiteral("first"));
    QCOMPARE(first.areaNumber, 1);
    QCOMPARE(first.item.kind, ItemKind::Dialogue);
    QCOMPARE(first.item.title, QStringLiteral("First item"));
    QCOMPARE(first.item.status, Status::InProgress);
    QCOMPARE(first.item.health, Health::AtRisk);
    QCOMPARE(first.item.lead, LeadSide::Japan);
    QVERIFY(first.item.start == FuzzyDate::day(2026, 3, 6));
    QVERIFY(first.item.end == FuzzyDate::year(2026));
    QCOMPARE(first.item.progress, 40);
    QCOMPARE(first.organisations.size(), 1);
    QCOMPARE(first.organisations.at(0).first, QStringLiteral("MOFA"));
    QCOMPARE(first.organisations.at(0).second, OrgRole::Lead);
    QCOMPARE(first.item.tags, QStringList({QStringLiteral("alpha"), QStringLiteral("beta")}));
    QCOMPARE(first.item.citations, (QList<Citation> {{1, QStringLiteral("Some passage.")}}));
    QVERIFY(first.updates.isEmpty());

    // Omitted fields take the documented defaults.
    const SeedItem &second = r.items.at(1);
    QCOMPARE(second.item.kind, ItemKind::Milestone);
    QCOMPARE(second.item.status, Status::Planned);
    QCOMPARE(second.item.health, Health::OnTrack);
    QCOMPARE(second.item.lead, LeadSide::Joint);
    QVERIFY(second.item.start.isNull());
    QVERIFY(second.item.end.isNull());
    QCOMPARE(second.item.progress, 0);
    QCOMPARE(second.dependsOn, QStringList {QStringLiteral("first")});
    QVERIFY(second.item.description.isEmpty());

    // File order is kept as the initial board order.
    QVERIFY(first.item.rank < second.item.rank);
}

void TestSeedParser::errors_data()
{
    QTest::addColumn<int>("replacedLine");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<int>("errorLine");
    QTest::addColumn<QString>("mentions");

    const auto row = [](const char *name, int replaced, const char *replacement, int errorLine,
                        const char *mentions) {
        QTest::newRow(name) << replaced << QString::fromUtf8(replacement) << errorLine
                            << QString::fromUtf8(mentions);
    };

    // Structure
    row("unknown block type", 11, "Organization: MOFA", 11, "Organization");
    row("unknown item field", 20, "Priority: high", 20, "Priority");
    row("unknown document field", 4, "Classificaton: SECRET", 4, "Classificaton");
    row("unknown area field", 8, "Color: #112233", 8, "Color");
    row("duplicate field", 20, "Title: Again", 20, "Title");
    row("not a field line", 26, "Tags alpha", 26, "Field: value");
    row("continuation without field", 10, "\n stray text", 11, "continuation");
    row("document with a value", 2, "Document: yes", 2, "Document");
    row("second document", 5, "\nDocument:\nTitle: Again\n", 6, "line 2");

    // Missing required fields are reported on the block's first line.
    row("missing item title", 18, "# no title", 15, "Title");
    row("missing item area", 16, "# no area", 15, "Area");
    row("missing item kind", 17, "# no kind", 15, "Kind");
    row("missing item source", 27, "# no source", 15, "Source");
    row("empty item title", 18, "Title:", 18, "Title");
    row("empty item source", 27, "Source:   ", 27, "Source");
    row("missing document title", 3, "# no title", 2, "Title");
    row("missing area name", 7, "# no name", 6, "Name");
    row("missing organisation name", 12, "# no name", 11, "Name");
    row("missing organisation country", 13, "# no country", 11, "Country");

    // Enumerations
    row("bad kind", 17, "Kind: meeting", 17, "meeting");
    row("bad status", 19, "Status: finished", 19, "finished");
    row("bad health", 20, "Health: green", 20, "green");
    row("bad lead", 21, "Lead: both", 21, "both");
    row("bad country", 13, "Country: Japan", 13, "Japan");

    // Dates and progress
    row("bad month", 22, "Start: 2026-13", 22, "2026-13");
    row("bad day", 22, "Start: 2026-02-30", 22, "2026-02-30");
    row("bad quarter", 22, "Start: 2026-Q5", 22, "2026-Q5");
    row("words for a date", 23, "End: next year", 23, "next year");
    row("end before start", 23, "End: 2025", 23, "2025");
    row("end month before start day", 23, "End: 2026-02", 23, "2026-02");
    row("progress above 100", 24, "Progress: 101", 24, "101");
    row("progress below 0", 24, "Progress: -1", 24, "-1");
    row("progress not a number", 24, "Progress: half", 24, "half");
    static const std::string longTitle = "Title: " + std::string(501, 'x');
    row("title too long", 18, longTitle.c_str(), 15, "500");

    // Keys and references
    row("duplicate item key", 29, "Item: first", 29, "first");
    row("bad item key", 29, "Item: Second Item", 29, "Second Item");
    row("duplicate area", 10, "\nArea: 1\nName: Again\n", 11, "line 6");
    row("area number zero", 6, "Area: 0", 6, "'0'");
    row("area number not a number", 6, "Area: one", 6, "one");
    row("bad colour", 9, "Colour: red", 9, "red");
    row("short colour", 9, "Colour: #123", 9, "#123");
    row("duplicate organisation", 14, "\nOrganisation: MOFA\nName: Other\nCountry: JP\n", 15,
        "MOFA");
    row("duplicate organisation name", 14,
        "\nOrganisation: MOFA2\nName: Ministry of Foreign Affairs of Japan\nCountry: JP\n", 16,
        "Ministry of Foreign Affairs of Japan");
    row("organisation short name with space", 11, "Organisation: Foreign Ministry", 11,
        "Foreign Ministry");
    row("unknown area number", 16, "Area: 7", 16, "7");
    row("item area not a number", 16, "Area: one", 16, "one");
    row("unknown organisation", 25, "Organisations: lead MOFA, supporting GAC", 25, "GAC");
    row("bad organisation role", 25, "Organisations: chair MOFA", 25, "chair MOFA");
    row("organisation listed twice", 25, "Organisations: lead MOFA, supporting MOFA", 25, "MOFA");
    row("stray comma in organisations", 25, "Organisations: lead MOFA,", 25, "lead SHORT");
    row("unknown depends-on key", 33, "Depends-On: first, third", 33, "third");
    row("depends on itself", 33, "Depends-On: second", 33, "second");
    row("dependency cycle", 26, "Depends-On: second", 33, "first -> second -> first");
    row("empty tag", 26, "Tags: alpha,, beta", 26, "comma");
    row("duplicate tag", 26, "Tags: alpha, alpha", 26, "alpha");

    // Update lines (inserted after the first item's Source)
    row("update with a month", 28, "Update: 2026-03 | Desk | | Text\n", 28, "2026-03");
    row("update with three parts", 28, "Update: 2026-03-06 | Desk | Text\n", 28, "DATE");
    row("update with bad status", 28, "Update: 2026-03-06 | Desk | status=finished | Text\n", 28,
        "finished");
    row("update with bad health", 28, "Update: 2026-03-06 | Desk | health=red | Text\n", 28, "red");
    row("update with unknown change", 28, "Update: 2026-03-06 | Desk | owner=MOFA | Text\n", 28,
        "owner=MOFA");
    row("update with status twice", 28,
        "Update: 2026-03-06 | Desk | status=done status=planned | Text\n", 28, "status=planned");
    row("update without text", 28, "Update: 2026-03-06 | Desk | status=done |\n", 28, "text");
}

void TestSeedParser::errors()
{
    QFETCH(int, replacedLine);
    QFETCH(QString, replacement);
    QFETCH(int, errorLine);
    QFETCH(QString, mentions);

    const auto result = seed::parse(seedWith(replacedLine, replacement));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::Invalid);
    const QString message = result.errorMessage();
    const QString prefix = QStringLiteral("line %1: ").arg(errorLine);
    QVERIFY2(message.startsWith(prefix), qPrintable(message));
    QVERIFY2(message.contains(mentions), qPrintable(message));
}

void TestSeedParser::continuationLines_data()
{
    QTest::addColumn<QString>("sourceLines");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one line") << QStringLiteral("Source: Some passage.")
                              << QStringLiteral("Some passage.");
    QTest::newRow("wrapped once") << QStringLiteral("Source: Some\n passage.")
                                  << QStringLiteral("Some passage.");
    QTest::newRow("wrapped twice")
            << QStringLiteral("Source: A\n long\n passage.") << QStringLiteral("A long passage.");
    QTest::newRow("extra indentation and trailing spaces")
            << QStringLiteral("Source: Some   \n     passage.  ")
            << QStringLiteral("Some passage.");
    QTest::newRow("tab indentation")
            << QStringLiteral("Source: Some\n\tpassage.") << QStringLiteral("Some passage.");
    QTest::newRow("value starts on the next line")
            << QStringLiteral("Source:\n Some passage.") << QStringLiteral("Some passage.");
    QTest::newRow("comment inside") << QStringLiteral("Source: Some\n# a note\n passage.")
                                    << QStringLiteral("Some passage.");
    QTest::newRow("markdown emphasis kept")
            << QStringLiteral("Source: a ***Comprehensive\n Strategic Partnership***")
            << QStringLiteral("a ***Comprehensive Strategic Partnership***");
    QTest::newRow("non-ASCII") << QStringLiteral("Source: 日本と\n カナダ — été")
                               << QStringLiteral("日本と カナダ — été");
}

void TestSeedParser::continuationLines()
{
    QFETCH(QString, sourceLines);
    QFETCH(QString, expected);

    const auto result = seed::parse(seedWith(27, sourceLines));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->items.at(0).item.citations.size(), 1);
    QCOMPARE(result->items.at(0).item.citations.constFirst().passage, expected);
}

void TestSeedParser::updates_data()
{
    QTest::addColumn<QString>("updateLines");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("status"); // key, or empty for no change
    QTest::addColumn<QString>("health");
    QTest::addColumn<QString>("text");

    QTest::newRow("status and health")
            << QStringLiteral("Update: 2026-03-06 | Joint Statement | status=done health=at_risk | "
                              "Signed.")
            << QDate(2026, 3, 6) << QStringLiteral("Joint Statement") << QStringLiteral("done")
            << QStringLiteral("at_risk") << QStringLiteral("Signed.");
    QTest::newRow("no changes") << QStringLiteral(
            "Update: 2026-04-01 | Desk |  | Met at working level.")
                                << QDate(2026, 4, 1) << QStringLiteral("Desk") << QString()
                                << QString() << QStringLiteral("Met at working level.");
    QTest::newRow("health only") << QStringLiteral("Update: 2026-05-02|Desk|health=off_track|Late")
                                 << QDate(2026, 5, 2) << QStringLiteral("Desk") << QString()
                                 << QStringLiteral("off_track") << QStringLiteral("Late");
    QTest::newRow("empty author") << QStringLiteral(
            "Update: 2026-05-02 | | status=planned | Set up")
                                  << QDate(2026, 5, 2) << QString() << QStringLiteral("planned")
                                  << QString() << QStringLiteral("Set up");
    QTest::newRow("bar in text") << QStringLiteral("Update: 2026-06-30 | Desk | | Agenda: A | B")
                                 << QDate(2026, 6, 30) << QStringLiteral("Desk") << QString()
                                 << QString() << QStringLiteral("Agenda: A | B");
    QTest::newRow("wrapped text") << QStringLiteral(
            "Update: 2026-06-30 | Desk | status=in_progress | First\n meeting held.")
                                  << QDate(2026, 6, 30) << QStringLiteral("Desk")
                                  << QStringLiteral("in_progress") << QString()
                                  << QStringLiteral("First meeting held.");
}

void TestSeedParser::updates()
{
    QFETCH(QString, updateLines);
    QFETCH(QDate, date);
    QFETCH(QString, author);
    QFETCH(QString, status);
    QFETCH(QString, health);
    QFETCH(QString, text);

    // Two updates: the one under test and a plain one after it, to check order and repetition.
    const QString lines = updateLines + QStringLiteral("\nUpdate: 2026-12-31 | Desk | | Closed.\n");
    const auto result = seed::parse(seedWith(28, lines));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    const QList<StatusUpdate> &updates = result->items.at(0).updates;
    QCOMPARE(updates.size(), 2);

    const StatusUpdate &u = updates.at(0);
    QCOMPARE(u.date, date);
    QCOMPARE(u.author, author);
    QCOMPARE(u.newStatus.has_value(), !status.isEmpty());
    if (u.newStatus)
        QCOMPARE(enums::key(*u.newStatus), status);
    QCOMPARE(u.newHealth.has_value(), !health.isEmpty());
    if (u.newHealth)
        QCOMPARE(enums::key(*u.newHealth), health);
    QCOMPARE(u.text, text);
    QCOMPARE(u.itemId, qint64(0));

    QCOMPARE(updates.at(1).date, QDate(2026, 12, 31));
    QCOMPARE(updates.at(1).text, QStringLiteral("Closed."));
}

void TestSeedParser::forwardReferences()
{
    // Reviewers may prefer items first; references resolve once the whole file is read.
    const QString text = QStringLiteral("Item: later\n"
                                        "Area: 2\n"
                                        "Kind: event\n"
                                        "Title: Later\n"
                                        "Organisations: supporting GAC\n"
                                        "Depends-On: earlier\n"
                                        "Source: x\n"
                                        "\n"
                                        "Item: earlier\n"
                                        "Area: 2\n"
                                        "Kind: event\n"
                                        "Title: Earlier\n"
                                        "Source: y\n"
                                        "\n"
                                        "Organisation: GAC\n"
                                        "Name: Global Affairs Canada\n"
                                        "Country: CA\n"
                                        "\n"
                                        "Area: 2\n"
                                        "Name: Second area\n");
    const auto result = seed::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    const SeedItem *later = findItem(result.value(), QStringLiteral("later"));
    QVERIFY(later);
    QCOMPARE(later->dependsOn, QStringList {QStringLiteral("earlier")});
    QCOMPARE(later->organisations.at(0).second, OrgRole::Supporting);
    // Without a Colour the area gets the schema's default grey.
    QCOMPARE(result->areas.at(0).colour, QColor(0x80, 0x80, 0x80));
    // Without a Document block the settings keep their defaults.
    QCOMPARE(result->settings.classification, QStringLiteral("UNCLASSIFIED"));
}

void TestSeedParser::windowsLineEndsAndByteOrderMark()
{
    QString text = baseSeed().join(QStringLiteral("\r\n"));
    text.prepend(QChar(0xFEFF));
    const auto result = seed::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->settings.title, QStringLiteral("Test roadmap"));
    QCOMPARE(result->items.at(1).item.citations.constFirst().passage,
             QStringLiteral("Another passage."));

    // Line numbers still count CR LF as one line end.
    QStringList lines = baseSeed();
    lines[16] = QStringLiteral("Kind: meeting");
    const auto bad = seed::parse(lines.join(QStringLiteral("\r\n")));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.errorMessage().startsWith(QStringLiteral("line 17: ")),
             qPrintable(bad.errorMessage()));
}

void TestSeedParser::translations()
{
    // French and Japanese titles, descriptions and area names beside the English ones.
    QStringList lines = baseSeed();
    lines[18 - 1] += QStringLiteral("\nTitle-fr: Premier élément\nTitle-ja: 最初の項目\n"
                                    "Description-fr: Une description\n  sur deux lignes\n"
                                    "Description-ja: 説明");
    lines[8 - 1] += QStringLiteral("\nName-fr: Premier domaine\nName-ja: 第一分野\n"
                                   "Short-Name-fr: Premier\nShort-Name-ja: 第一");
    const auto result = seed::parse(lines.join(QLatin1Char('\n')));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    const SeedRoadmap &r = result.value();
    const SeedItem *first = findItem(r, QStringLiteral("first"));
    QVERIFY(first);
    QCOMPARE(first->item.title, QStringLiteral("First item"));
    QCOMPARE(first->item.titles.fr, QStringLiteral("Premier élément"));
    QCOMPARE(first->item.titles.ja, QStringLiteral("最初の項目"));
    QCOMPARE(first->item.descriptions.fr, QStringLiteral("Une description sur deux lignes"));
    QCOMPARE(first->item.descriptions.ja, QStringLiteral("説明"));
    QCOMPARE(first->item.titleIn(QLocale::Japanese), QStringLiteral("最初の項目"));
    QCOMPARE(r.areas.at(0).name, QStringLiteral("First area"));
    QCOMPARE(r.areas.at(0).names.fr, QStringLiteral("Premier domaine"));
    QCOMPARE(r.areas.at(0).names.ja, QStringLiteral("第一分野"));
    QCOMPARE(r.areas.at(0).shortNames.fr, QStringLiteral("Premier"));
    QCOMPARE(r.areas.at(0).shortNames.ja, QStringLiteral("第一"));
    // Without translations the primary text stands in, and says so.
    const SeedItem *second = findItem(r, QStringLiteral("second"));
    QVERIFY(second);
    QVERIFY(second->item.titles.isEmpty());
    bool fellBack = false;
    QCOMPARE(second->item.titleIn(QLocale::French, &fellBack), QStringLiteral("Second item"));
    QVERIFY(fellBack);
    QCOMPARE(second->item.titleIn(QLocale::English, &fellBack), QStringLiteral("Second item"));
    QVERIFY(!fellBack);
}

void TestSeedParser::overLongTranslatedTitle()
{
    QStringList lines = baseSeed();
    lines[18 - 1] += QStringLiteral("\nTitle-fr: ") + QString(MaxTitleLength + 1, QLatin1Char('x'));
    const auto result = seed::parse(lines.join(QLatin1Char('\n')));
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().contains(QStringLiteral("line 19")),
             qPrintable(result.errorMessage()));
}

QTEST_GUILESS_MAIN(TestSeedParser)
#include "tst_seedparser.moc"
