#include "commands/createitemcommand.h"
#include "i18n/language.h"
#include "sources/areaguesser.h"
#include "sources/commitmentdetector.h"
#include "sources/emphasismarkup.h"
#include "sources/sourcecoverage.h"
#include "sources/sourceimport.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUndoStack>

using namespace jcr;

/// Source documents and traceability (issue 16): emphasis, commitment sentences, coverage,
/// the seeded roadmap's coverage, imports, citations checked on edit and by `check`.
class TestSources : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_statement;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run jcroadmap(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral(JCR_BINARY_DIR "/app/jcroadmap"), args);
        if (!input.isNull()) {
            p.write(input);
            p.closeWriteChannel();
        }
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

    /// The seed file's comment lines, whitespace collapsed: where its judgements are recorded.
    static QString seedHeader()
    {
        QFile f(QStringLiteral(JCR_SOURCE_DIR "/seeds/roadmap.seed"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("no seed");
        QStringList comments;
        for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('#')))
                comments.append(line.mid(1));
        }
        return comments.join(QLatin1Char(' ')).simplified();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // "%n sentence(s)" as the application shows it (main() installs the same English plural
        // forms).
        Language::installTranslator();
        QVERIFY(m_dir.isValid());
        m_statement = seed::statementText();
        QVERIFY(!m_statement.isEmpty());
    }

    void emphasis_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("html");
        QTest::newRow("italic") << QStringLiteral("the *Shared priorities* of 2021")
                                << QStringLiteral("the Shared priorities of 2021")
                                << QStringLiteral("the <i>Shared priorities</i> of 2021");
        QTest::newRow("bold") << QStringLiteral("a **Cyber Policy Dialogue** to")
                              << QStringLiteral("a Cyber Policy Dialogue to")
                              << QStringLiteral("a <b>Cyber Policy Dialogue</b> to");
        QTest::newRow("bold italic")
                << QStringLiteral("a ***Comprehensive Strategic Partnership***")
                << QStringLiteral("a Comprehensive Strategic Partnership")
                << QStringLiteral("a <b><i>Comprehensive Strategic Partnership</i></b>");
        QTest::newRow("cut-off opener") << QStringLiteral("bilateral **Cyber Policy")
                                        << QStringLiteral("bilateral Cyber Policy")
                                        << QStringLiteral("bilateral Cyber Policy");
        QTest::newRow("cut-off closer") << QStringLiteral("Dialogue** to facilitate")
                                        << QStringLiteral("Dialogue to facilitate")
                                        << QStringLiteral("Dialogue to facilitate");
        QTest::newRow("arithmetic") << QStringLiteral("5 * 3 < 16") << QStringLiteral("5 * 3 < 16")
                                    << QStringLiteral("5 * 3 &lt; 16");
    }

    void emphasis()
    {
        QFETCH(QString, raw);
        QFETCH(QString, plain);
        QFETCH(QString, html);
        QCOMPARE(EmphasisMarkup::plain(raw), plain);
        QCOMPARE(EmphasisMarkup::toHtml(raw), html);
        const QList<qsizetype> offsets = EmphasisMarkup::plainOffsets(raw);
        QCOMPARE(offsets.size(), raw.size() + 1);
        QCOMPARE(offsets.constLast(), plain.size());
    }

    void wholeStatementHasNoAsterisksWhenShown()
    {
        QVERIFY(m_statement.contains(QStringLiteral("***")));
        QVERIFY(!EmphasisMarkup::plain(m_statement).contains(QLatin1Char('*')));
        // Offsets map each kept character onto itself.
        const QString plain = EmphasisMarkup::plain(m_statement);
        const QList<qsizetype> offsets = EmphasisMarkup::plainOffsets(m_statement);
        for (qsizetype i = 0; i < m_statement.size(); ++i) {
            if (m_statement.at(i) != QLatin1Char('*'))
                QCOMPARE(plain.at(offsets.at(i)), m_statement.at(i));
        }
    }

    void commitmentSentences_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<bool>("commitment");
        QTest::newRow("will") << QStringLiteral("In this spirit, we will explore further.") << true;
        QTest::newRow("instruct") << QStringLiteral("We instruct our officials to meet.") << true;
        QTest::newRow("also commit") << QStringLiteral("we also commit to strengthening") << true;
        QTest::newRow("establish") << QStringLiteral("we also establish a new Roadmap") << true;
        QTest::newRow("direct") << QStringLiteral("We direct our foreign ministers.") << true;
        QTest::newRow("announce") << QStringLiteral(
                "we announce the establishment of a ***Partnership***")
                                  << true;
        QTest::newRow("welcome signing")
                << QStringLiteral("We also welcome the signing of the Treaty.") << true;
        QTest::newRow("first meeting")
                << QStringLiteral("with a first meeting this calendar year") << true;
        QTest::newRow("readout") << QStringLiteral("The Ministers agreed to hold a 2+2.") << true;
        QTest::newRow("are committed")
                << QStringLiteral("We are committed to a just, lasting and sustainable peace.")
                << false;
        QTest::newRow("renew commitment")
                << QStringLiteral("we renew our commitment to working together") << false;
        QTest::newRow("celebrate")
                << QStringLiteral("We also celebrate our track record.") << false;
        QTest::newRow("welcome deepening")
                << QStringLiteral("We welcome the deepening of ties.") << false;
    }

    void commitmentSentences()
    {
        QFETCH(QString, sentence);
        QFETCH(bool, commitment);
        QCOMPARE(CommitmentDetector::isCommitment(sentence), commitment);
    }

    void sentenceSplitting()
    {
        const QString text = QStringLiteral("We met in the U.S. today. We will act!\n"
                                            "- (1) Security;\n\nIs it 1.5? Yes.");
        QStringList got;
        for (const TextSpan &s : CommitmentDetector::sentences(text))
            got.append(text.mid(s.start, s.length));
        QCOMPARE(got,
                 (QStringList {QStringLiteral("We met in the U.S. today."),
                               QStringLiteral("We will act!"), QStringLiteral("- (1) Security;"),
                               QStringLiteral("Is it 1.5?"), QStringLiteral("Yes.")}));
    }

    void areaGuess_data()
    {
        QTest::addColumn<QString>("passage");
        QTest::addColumn<int>("area");
        QTest::newRow("numbered line")
                << QStringLiteral("(5) Arctic, Environment, and Climate") << 5;
        QTest::newRow("cyber paragraph")
                << QStringLiteral("we instruct our respective officials to establish a bilateral")
                << 1;
        QTest::newRow("economic paragraph")
                << QStringLiteral("we instruct our respective officials to launch a new bilateral")
                << 2;
        QTest::newRow("trade") << QStringLiteral("support for rules-based trade, and the expansion "
                                                 "of our trade and investment partnership")
                               << 3;
        QTest::newRow("food") << QStringLiteral(
                "clean energy, advanced manufacturing, critical minerals, "
                "and food security")
                              << 4;
    }

    void areaGuess()
    {
        QFETCH(QString, passage);
        QFETCH(int, area);
        const auto seed = seed::loadDefault();
        QVERIFY(seed.ok());
        const TextSpan span = SourceCoverage::locate(m_statement, passage);
        QVERIFY(span.start >= 0);
        QCOMPARE(AreaGuesser::guess(m_statement, span, seed->areas), area);
    }

    /// The seeded roadmap's coverage is computed, and every uncovered commitment sentence is
    /// listed in the seed's header with its reason.
    void seededCoverage()
    {
        auto doc = test::createRoadmap(m_dir.filePath(QStringLiteral("coverage.jcroadmap")));
        QCOMPARE(doc->sources().size(), 1);
        const SourceDocument &statement = doc->sources().constFirst();
        QCOMPARE(statement.title,
                 QStringLiteral("Joint Statement on Japan-Canada Comprehensive Strategic "
                                "Partnership"));
        QCOMPARE(statement.date, QDate(2026, 3, 6));
        QCOMPARE(statement.place, QStringLiteral("Tokyo"));
        QCOMPARE(statement.text, m_statement);

        const CoverageReport coverage = SourceCoverage::compute(doc->sources(), doc->items());
        QCOMPARE(coverage.total(), 11);
        const QString header = seedHeader();
        QVERIFY(header.contains(
                QStringLiteral("The statement has %1 such sentences").arg(coverage.total())));
        for (const CommitmentSentence &c : coverage.sentences) {
            if (c.isCovered())
                continue;
            const QString plain = c.text.simplified();
            QVERIFY2(header.contains(plain),
                     qPrintable(QStringLiteral("uncovered and not in the seed header: ") + plain));
        }
        // The header's count of uncovered sentences is the computed one.
        QCOMPARE(coverage.covered(), coverage.total());
        QVERIFY(header.contains(QStringLiteral("Uncovered commitment sentences, with the reason "
                                               "each is not an item: none.")));
        QCOMPARE(coverage.summary(), QStringLiteral("11 of 11 commitment sentences tracked"));
    }

    /// What the Sources view highlights is exactly what the items cite.
    void citedSegmentsEqualCitations()
    {
        auto doc = test::createRoadmap(m_dir.filePath(QStringLiteral("segments.jcroadmap")));
        const SourceDocument &statement = doc->sources().constFirst();
        const QList<CitedSegment> segments = SourceCoverage::citedSegments(statement, doc->items());
        QVERIFY(!segments.isEmpty());
        // Character by character: covered by a segment iff some citation covers it, and by the
        // same items.
        QList<QList<qint64>> expected(statement.text.size());
        for (const Item &it : doc->items()) {
            for (const Citation &c : it.citations) {
                const TextSpan span = SourceCoverage::locate(statement.text, c.passage);
                QVERIFY2(span.start >= 0, qPrintable(c.passage));
                for (qsizetype i = span.start; i < span.end(); ++i) {
                    if (!expected[i].contains(it.id))
                        expected[i].append(it.id);
                }
            }
        }
        QList<QList<qint64>> got(statement.text.size());
        for (const CitedSegment &s : segments) {
            for (qsizetype i = s.span.start; i < s.span.end(); ++i)
                got[i] = s.itemIds;
        }
        for (auto &ids : expected)
            std::sort(ids.begin(), ids.end());
        QCOMPARE(got, expected);
    }

    void statementItemsHaveNoStartOverdue()
    {
        // The seed review: what the text only instructs to establish or explore has no start.
        auto doc = test::createRoadmap(m_dir.filePath(QStringLiteral("dates.jcroadmap")));
        for (const Item &it : doc->items()) {
            if (it.title == QLatin1String("Cyber Policy Dialogue")
                || it.title.startsWith(QLatin1String("Explore increasingly complex"))) {
                QVERIFY2(!it.start.isValid(), qPrintable(it.title));
                QVERIFY2(!it.end.isValid(), qPrintable(it.title));
            }
            if (it.title == QLatin1String("Economic Security Dialogue")) {
                QCOMPARE(it.end.toText(), QStringLiteral("2026"));
                QCOMPARE(it.end.precision(), DatePrecision::Year);
            }
            QVERIFY2(!it.isOverdue(QDate(2026, 11, 26)), qPrintable(it.title));
        }
    }

    /// Import a second text, then New Item from Passage: the citation is exact, the area is
    /// guessed, and undo/redo work in the model and in the file.
    void importAndCreateFromPassage()
    {
        const QString path = m_dir.filePath(QStringLiteral("import.jcroadmap"));
        auto doc = test::createRoadmap(path);
        SourceDocument readout;
        readout.title = QStringLiteral("Japan-Canada 2+2 readout");
        readout.date = QDate(2026, 10, 2);
        readout.place = QStringLiteral("Ottawa");
        readout.text = SourceImport::normalised(QStringLiteral(
                "Readout\r\n\r\nThe Ministers agreed to hold the first **Cyber Policy "
                "Dialogue** in Ottawa.\r\nThey discussed the weather."));
        QVERIFY(SourceImport::validate(readout).isEmpty());
        auto stored = doc->importSource(readout);
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        QCOMPARE(doc->sources().size(), 2);
        QVERIFY(!stored->text.contains(QLatin1Char('\r')));
        QCOMPARE(test::sqlite3(path, QStringLiteral("SELECT count(*) FROM source_document")),
                 QStringLiteral("2"));

        const QString passage = QStringLiteral("The Ministers agreed to hold the first **Cyber "
                                               "Policy Dialogue** in Ottawa.");
        const TextSpan span = SourceCoverage::locate(stored->text, passage);
        QVERIFY(span.start > 0);
        Item item;
        item.title = EmphasisMarkup::plain(passage);
        const int areaNumber = AreaGuesser::guess(stored->text, span, doc->areas());
        QCOMPARE(areaNumber, 0); // nothing in this readout names an area…
        QCOMPARE(AreaGuesser::guess(m_statement,
                                    SourceCoverage::locate(m_statement,
                                                           QStringLiteral("growing threats in "
                                                                          "cyberspace")),
                                    doc->areas()),
                 1); // …while the statement's structure does
        item.areaId = doc->areaByNumber(1)->id;
        item.description = QStringLiteral("");
        item.citations = {{stored->id, passage}};
        const int before = doc->itemCount();
        doc->undoStack()->push(new CreateItemCommand(doc.get(), item));
        QCOMPARE(doc->itemCount(), before + 1);
        const Item created = doc->itemAt(doc->itemCount() - 1);
        QCOMPARE(created.citations, item.citations);
        const QString inFile = test::sqlite3(
                path,
                QStringLiteral("SELECT source_id || '|' || passage FROM citation WHERE "
                               "item_id = %1")
                        .arg(created.id));
        QCOMPARE(inFile, QStringLiteral("%1|%2").arg(stored->id).arg(passage));
        const CoverageReport coverage = SourceCoverage::compute(doc->sources(), doc->items());
        QCOMPARE(coverage.total(), 12); // the readout's "agreed to" sentence
        QCOMPARE(coverage.covered(), 12);

        doc->undoStack()->undo();
        QCOMPARE(doc->itemCount(), before);
        QCOMPARE(test::sqlite3(path,
                               QStringLiteral("SELECT count(*) FROM citation WHERE item_id "
                                              "= %1")
                                       .arg(created.id)),
                 QStringLiteral("0"));
        QCOMPARE(SourceCoverage::compute(doc->sources(), doc->items()).covered(), 11);
        doc->undoStack()->redo();
        QCOMPARE(doc->itemCount(), before + 1);
        QCOMPARE(doc->item(created.id)->citations, item.citations);

        // An item may cite several sources.
        Item both = *doc->item(created.id);
        both.citations.append({doc->sources().constFirst().id,
                               QStringLiteral("we instruct our respective officials to establish "
                                              "a bilateral **Cyber Policy Dialogue**")});
        auto updated = doc->applyUpdateItem(both);
        QVERIFY2(updated.ok(), qPrintable(updated.errorMessage()));
        QCOMPARE(doc->item(created.id)->citations.size(), 2);
    }

    void citationsAreCheckedOnEveryEdit()
    {
        auto doc = test::createRoadmap(m_dir.filePath(QStringLiteral("edit.jcroadmap")));
        Item it = doc->itemAt(0);
        QVERIFY(!it.citations.isEmpty());
        it.citations.append({doc->sources().constFirst().id,
                             QStringLiteral("We will build a tunnel under the Pacific.")});
        auto r = doc->applyUpdateItem(it);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QVERIFY(r.errorMessage().contains(QStringLiteral("does not occur verbatim")));
        QCOMPARE(doc->itemAt(0).citations.size(), it.citations.size() - 1);
        Item fresh;
        fresh.title = QStringLiteral("Cites a missing source");
        fresh.areaId = doc->areas().constFirst().id;
        fresh.citations = {{999, QStringLiteral("Tokyo")}};
        QVERIFY(!doc->applyInsertItem(fresh).ok());
    }

    void sourceTextsAreFrozenInTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("frozen.jcroadmap"));
        test::createRoadmap(path);
        bool ok = true;
        test::sqlite3(path, QStringLiteral("UPDATE source_document SET body = 'changed'"), &ok);
        QVERIFY(!ok);
        test::sqlite3(path, QStringLiteral("UPDATE item SET source = 'x' WHERE id = 1"), &ok);
        QVERIFY(!ok);
        QVERIFY(test::sqlite3(path, QStringLiteral("SELECT body FROM source_document"))
                        .startsWith(QStringLiteral("Joint Statement")));
    }

    /// A passage edited by sqlite3 so that it no longer occurs is reported by `check`.
    void checkReportsBrokenCitation()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.jcroadmap"));
        test::createRoadmap(path);
        Run r = jcroadmap({QStringLiteral("check"), path});
        QCOMPARE(r.code, 0);
        bool ok = false;
        test::sqlite3(path,
                      QStringLiteral("UPDATE citation SET passage = replace(passage, 'Cyber', "
                                     "'Space') WHERE passage LIKE '%Cyber%Policy%'"),
                      &ok);
        QVERIFY(ok);
        r = jcroadmap({QStringLiteral("check"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Cyber Policy Dialogue")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("does not occur verbatim")), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        // The open document reports it too.
        auto doc = RoadmapDocument::open(path, true);
        QVERIFY(doc.ok());
        QCOMPARE(SourceCoverage::brokenCitations(doc.value()->sources(), doc.value()->items())
                         .size(),
                 1);
    }

    void cliSourcesAndCoverage()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.jcroadmap"));
        test::createRoadmap(path);
        Run r = jcroadmap({QStringLiteral("sources"), path});
        QCOMPARE(r.code, 0);
        QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1),
                 QStringLiteral("1\t2026-03-06\tTokyo\t11\t11\tJoint Statement on Japan-Canada "
                                "Comprehensive Strategic Partnership"));

        const QString text = writeFile(
                QStringLiteral("readout.md"),
                "# 2+2 readout\n\nThe Ministers decided to launch a *Space Dialogue*.\n");
        r = jcroadmap({QStringLiteral("sources"), path, QStringLiteral("--import"), text,
                       QStringLiteral("--title"), QStringLiteral("2+2 readout"),
                       QStringLiteral("--date"), QStringLiteral("2026-10-02")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = jcroadmap({QStringLiteral("coverage"), path});
        QCOMPARE(r.code, 0);
        lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 13);
        QCOMPARE(lines.constLast(),
                 QStringLiteral("2\t15\tno\t\tThe Ministers decided to launch a "
                                "Space Dialogue."));
        QVERIFY(!r.out.contains(QLatin1Char('*')));
        r = jcroadmap({QStringLiteral("coverage"), path, QStringLiteral("--format"),
                       QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("total")).toInt(), 12);
        QCOMPARE(root.value(QStringLiteral("tracked")).toInt(), 11);
        // Pasted text on standard input.
        r = jcroadmap({QStringLiteral("sources"), path, QStringLiteral("--import"),
                       QStringLiteral("-"), QStringLiteral("--title"), QStringLiteral("Pasted")},
                      QByteArrayLiteral("We will meet again."));
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // Bad input: a clear one-line message, nothing written.
        const QString before = test::sqlite3(path,
                                             QStringLiteral("SELECT count(*) FROM "
                                                            "source_document"));
        const QString latin1 = writeFile(QStringLiteral("latin1.txt"), "Caf\xe9 au lait.\n");
        for (const QStringList &args :
             {QStringList {QStringLiteral("--import"), latin1, QStringLiteral("--title"),
                           QStringLiteral("X")},
              QStringList {QStringLiteral("--import"), text},
              QStringList {QStringLiteral("--import"), text, QStringLiteral("--title"),
                           QStringLiteral("X"), QStringLiteral("--date"),
                           QStringLiteral("2026-02-30")},
              QStringList {QStringLiteral("--import"), m_dir.filePath(QStringLiteral("x.pdf")),
                           QStringLiteral("--title"), QStringLiteral("X")}}) {
            r = jcroadmap(QStringList {QStringLiteral("sources"), path} + args);
            QVERIFY2(r.code != 0, qPrintable(args.join(QLatin1Char(' '))));
            QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        }
        QCOMPARE(test::sqlite3(path, QStringLiteral("SELECT count(*) FROM source_document")),
                 before);
    }
};

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
