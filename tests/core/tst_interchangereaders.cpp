// What an export writes, read back by independent readers: Python's csv module, openpyxl for
// Excel workbooks and the icalendar package (plus a strict RFC 5545 line check) for calendars.
// The scripts live in tests/core/interchange/.

#include "documenttestutil.h"
#include "edit/editservice.h"
#include "interchange/formulaguard.h"
#include "interchange/icsexporter.h"
#include "interchange/itemtable.h"
#include "interchange/roadmapdata.h"
#include "interchange/roadmapexporter.h"
#include "storage/roadmaprepository.h"
#include "storage/roadmapstore.h"

#include "../support/sqliteprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jcr;
using namespace jcr::testutil;

class TestInterchangeReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvReadByPython();
    void xlsxReadByOpenpyxl();
    void icsReadByIcalendar();
    void icsFiltersFromTheCommandLine();
    void jsonHasTheWholeRoadmap();
    void cliExportAndImport();

private:
    QJsonObject python(const QString &script, const QString &file);
    QTemporaryDir m_dir;
    QString m_roadmap;
    std::unique_ptr<RoadmapDocument> m_doc;
};

void TestInterchangeReaders::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_roadmap = m_dir.filePath(QStringLiteral("readers.jcroadmap"));
    QVERIFY(makeRoadmap(m_roadmap));
    auto opened = RoadmapDocument::open(m_roadmap);
    QVERIFY(opened.ok());
    m_doc = std::move(opened.value());
    // Text that tests quoting, formulas and non-Latin script in every reader.
    Item it = m_doc->itemAt(0);
    it.title = QStringLiteral(
            "=HYPERLINK(\"http://evil.example\",\"x\"), \"quoted\" — 日本とカナダ");
    it.description = QStringLiteral("First line\nSecond line; with, punctuation\\ and a very long "
                                    "sentence that must be folded in the calendar because it goes "
                                    "well past seventy-five octets — カナダ大使館");
    QVERIFY(m_doc->applyUpdateItem(it).ok());
}

QJsonObject TestInterchangeReaders::python(const QString &script, const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), // Debian's, with python3-openpyxl and -icalendar

            {QStringLiteral(JCR_SOURCE_DIR "/tests/core/interchange/") + script, file});
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        qWarning("%s did not finish", qPrintable(script));
        return {};
    }
    if (p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(script), p.readAllStandardError().constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s: %s", qPrintable(script), qPrintable(error.errorString()));
    return doc.object();
}

void TestInterchangeReaders::csvReadByPython()
{
    const QString out = m_dir.filePath(QStringLiteral("items.csv"));
    QVERIFY(RoadmapExporter::exportTo(*m_doc, out).ok());
    const QJsonObject csv = python(QStringLiteral("check_csv.py"), out);
    QVERIFY(!csv.isEmpty());
    QCOMPARE(csv.value(QStringLiteral("header")).toVariant().toStringList(), ItemTable::headers());
    const QJsonArray rows = csv.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), m_doc->itemCount());
    auto data = RoadmapData::fromDocument(*m_doc);
    QVERIFY(data.ok());
    const ItemTable table(data->snapshot);
    for (int i = 0; i < m_doc->itemCount(); ++i) {
        QStringList expected;
        for (const QString &cell : table.cells(m_doc->itemAt(i)))
            expected << FormulaGuard::neutralise(cell);
        QCOMPARE(rows.at(i).toVariant().toStringList(), expected);
    }
    // The formula in the first title reaches Python as text starting with an apostrophe.
    const QString title = rows.at(0).toArray().at(int(ItemTable::Column::Title)).toString();
    QVERIFY(title.startsWith(QLatin1String("'=HYPERLINK(")));
    QVERIFY(title.endsWith(QStringLiteral("日本とカナダ")));
}

void TestInterchangeReaders::xlsxReadByOpenpyxl()
{
    // An update that sets both status and health, with a line break, so that every column of
    // the history sheet carries a value.
    StatusUpdate update;
    update.itemId = m_doc->itemAt(1).id;
    update.date = QDate(2026, 11, 30);
    update.author = QStringLiteral("Desk officer, GAC");
    update.text = QStringLiteral("Slipped a quarter.\nTokyo confirms the new date.");
    update.newStatus = Status::OnHold;
    update.newHealth = Health::AtRisk;
    QVERIFY(EditService(m_doc.get()).addStatusUpdate(update).ok());
    const QString out = m_dir.filePath(QStringLiteral("items.xlsx"));
    auto written = RoadmapExporter::exportTo(*m_doc, out);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    const QJsonObject book = python(QStringLiteral("check_xlsx.py"), out);
    QVERIFY(!book.isEmpty());
    QCOMPARE(book.value(QStringLiteral("header")).toVariant().toStringList(), ItemTable::headers());
    const QJsonArray rows = book.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), m_doc->itemCount());
    using C = ItemTable::Column;
    int dated = 0;
    for (int i = 0; i < m_doc->itemCount(); ++i) {
        const Item &it = m_doc->itemAt(i);
        const QJsonArray row = rows.at(i).toArray();
        QCOMPARE(row.at(int(C::Id)).toInteger(), it.id);
        QCOMPARE(row.at(int(C::Title)).toString(), it.title); // text, never neutralised
        QCOMPARE(row.at(int(C::Area)).toInt(), m_doc->area(it.areaId)->number);
        QCOMPARE(row.at(int(C::Progress)).toInt(), it.progress);
        if (it.start.isValid()) {
            // A real date, on the first day of the period, with its precision beside it.
            QCOMPARE(row.at(int(C::Start)).toObject().value(QStringLiteral("date")).toString(),
                     it.start.first().toString(Qt::ISODate));
            QCOMPARE(row.at(int(C::StartPrecision)).toString(), enums::key(it.start.precision()));
            ++dated;
        } else {
            QCOMPARE(row.at(int(C::Start)).toString(), QString());
        }
    }
    QVERIFY(dated > 0);
    QCOMPARE(book.value(QStringLiteral("dateFormat")).toString(), QStringLiteral("yyyy-mm-dd"));
    // Six areas, six colours.
    QCOMPARE(book.value(QStringLiteral("areaFills")).toArray().size(), 6);
    const QJsonObject widths = book.value(QStringLiteral("widths")).toObject();
    QVERIFY(widths.value(QStringLiteral("G")).toDouble() > 30); // titles
    QVERIFY(widths.value(QStringLiteral("A")).toDouble() < 12); // ids
    // The history sheet: a header and one row per status update.
    auto updates = m_doc->store().statusUpdatesSince(QDate(1, 1, 1));
    QVERIFY(updates.ok());
    const QJsonArray history = book.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), updates->size() + 1);
    QCOMPARE(history.at(0).toArray().at(0).toString(), QStringLiteral("item_id"));
    // Each row as the file holds it, read by the sqlite3 shell, newest first.
    const QString sep = QString(QChar(31));
    const QStringList stored
            = test::sqliteQuery(m_doc->filePath(),
                                QStringLiteral("SELECT item_id || char(31) || date || char(31) || "
                                               "author || char(31) || coalesce(new_status, '') || "
                                               "char(31) || coalesce(new_health, '') || char(31) "
                                               "|| replace(text, char(10), char(30)) FROM "
                                               "status_update ORDER BY date DESC, id DESC"))
                      .split(QLatin1Char('\n'));
    QVERIFY(stored.size() >= 2);
    QCOMPARE(stored.size(), history.size() - 1);
    for (int r = 0; r < stored.size(); ++r) {
        const QJsonArray row = history.at(r + 1).toArray();
        const QStringList cells {
                QString::number(row.at(0).toInteger()),
                row.at(2).toObject().value(QStringLiteral("date")).toString(),
                row.at(3).toString(),
                row.at(4).toString(),
                row.at(5).toString(),
                row.at(6).toString().replace(QLatin1Char('\n'), QChar(30)),
        };
        QCOMPARE(cells.join(sep), stored.at(r));
    }
}

void TestInterchangeReaders::icsReadByIcalendar()
{
    const QString out = m_dir.filePath(QStringLiteral("items.ics"));
    QVERIFY(RoadmapExporter::exportTo(*m_doc, out).ok());
    const QJsonObject cal = python(QStringLiteral("check_ics.py"), out);
    QVERIFY(!cal.isEmpty());
    QCOMPARE(cal.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
    const QJsonArray events = cal.value(QStringLiteral("events")).toArray();
    int dated = 0;
    for (const Item &it : m_doc->items())
        dated += it.start.isValid() || it.end.isValid() ? 1 : 0;
    QCOMPARE(events.size(), dated);
    auto data = RoadmapData::fromDocument(*m_doc);
    QVERIFY(data.ok());
    QHash<QString, QJsonObject> byUid;
    for (const QJsonValue &v : events)
        byUid.insert(v.toObject().value(QStringLiteral("uid")).toString(), v.toObject());
    QCOMPARE(byUid.size(), events.size()); // unique
    int coarse = 0;
    for (const Item &it : m_doc->items()) {
        if (!it.start.isValid() && !it.end.isValid())
            continue;
        const QJsonObject e = byUid.value(IcsExporter::uid(data.value(), it.id));
        QVERIFY2(!e.isEmpty(), qPrintable(it.title));
        QVERIFY(e.value(QStringLiteral("startIsDate")).toBool());
        const QDate first = it.start.isValid() ? it.start.first() : it.end.first();
        const QDate last = it.end.isValid() ? it.end.last() : it.start.last();
        QCOMPARE(e.value(QStringLiteral("start")).toString(), first.toString(Qt::ISODate));
        QCOMPARE(e.value(QStringLiteral("end")).toString(), last.addDays(1).toString(Qt::ISODate));
        const QString description = e.value(QStringLiteral("description")).toString();
        QVERIFY(description.startsWith(m_doc->settings().classification));
        QVERIFY(description.contains(m_doc->area(it.areaId)->name));
        const FuzzyDate &shown = it.start.isValid() ? it.start : it.end;
        if (shown.precision() != DatePrecision::Day) {
            ++coarse;
            QVERIFY2(
                    e.value(QStringLiteral("summary")).toString().contains(shown.toDisplayString()),
                    qPrintable(e.value(QStringLiteral("summary")).toString()));
        } else if (!(it.end.isValid() && it.end.precision() != DatePrecision::Day)) {
            QCOMPARE(e.value(QStringLiteral("summary")).toString(), it.title);
        }
    }
    QVERIFY(coarse > 0);
    // Stable: a second export has the same UIDs.
    const QString again = m_dir.filePath(QStringLiteral("again.ics"));
    QVERIFY(RoadmapExporter::exportTo(*m_doc, again).ok());
    const QJsonArray second = python(QStringLiteral("check_ics.py"), again)
                                      .value(QStringLiteral("events"))
                                      .toArray();
    QCOMPARE(second.size(), events.size());
    for (int i = 0; i < second.size(); ++i)
        QCOMPARE(second.at(i).toObject().value(QStringLiteral("uid")),
                 events.at(i).toObject().value(QStringLiteral("uid")));
}

void TestInterchangeReaders::icsFiltersFromTheCommandLine()
{
    const QString out = m_dir.filePath(QStringLiteral("filtered.ics"));
    const CliResult r = runJcroadmap({QStringLiteral("export"), m_roadmap, QStringLiteral("-o"),
                                      out, QStringLiteral("--from"), QStringLiteral("2026-07-01"),
                                      QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                                      QStringLiteral("--area"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray events
            = python(QStringLiteral("check_ics.py"), out).value(QStringLiteral("events")).toArray();
    int expected = 0;
    for (const Item &it : m_doc->items()) {
        if ((!it.start.isValid() && !it.end.isValid()) || m_doc->area(it.areaId)->number != 2)
            continue;
        const QDate first = it.start.isValid() ? it.start.first() : it.end.first();
        const QDate last = it.end.isValid() ? it.end.last() : it.start.last();
        if (last >= QDate(2026, 7, 1) && first <= QDate(2026, 12, 31))
            ++expected;
    }
    QVERIFY(expected > 0);
    QCOMPARE(events.size(), expected);
    for (const QJsonValue &v : events) {
        const QString start = v.toObject().value(QStringLiteral("start")).toString();
        QVERIFY(start <= QLatin1String("2026-12-31"));
    }
    const CliResult bad = runJcroadmap({QStringLiteral("export"), m_roadmap, QStringLiteral("-o"),
                                        out, QStringLiteral("--area"), QStringLiteral("42")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("no priority area “42”")), qPrintable(bad.err));
}

void TestInterchangeReaders::jsonHasTheWholeRoadmap()
{
    const QString out = m_dir.filePath(QStringLiteral("roadmap.json"));
    QVERIFY(RoadmapExporter::exportTo(*m_doc, out).ok());
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), // Debian's, with python3-openpyxl and -icalendar

            {QStringLiteral("-c"),
             QStringLiteral("import json,sys; d=json.load(open(sys.argv[1], encoding='utf-8')); "
                            "print(d['format'], d['formatVersion'], len(d['areas']), "
                            "len(d['organisations']), len(d['items']), len(d['dependencies']), "
                            "sum(len(i['statusUpdates']) for i in d['items']))"),
             out});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    auto updates = m_doc->store().statusUpdatesSince(QDate(1, 1, 1));
    QVERIFY(updates.ok());
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
             QStringLiteral("jcroadmap 1 6 %1 %2 %3 %4")
                     .arg(m_doc->organisations().size())
                     .arg(m_doc->itemCount())
                     .arg(m_doc->dependencies().size())
                     .arg(updates->size()));
}

void TestInterchangeReaders::cliExportAndImport()
{
    const CliResult help = runJcroadmap({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("--dry-run")));
    QCOMPARE(runJcroadmap({QStringLiteral("export"), QStringLiteral("--help")}).exitCode, 0);
    const CliResult noOut = runJcroadmap({QStringLiteral("export"), m_roadmap});
    QCOMPARE(noOut.exitCode, 2);
    QCOMPARE(noOut.err.count(QLatin1Char('\n')), 0);
    const CliResult badExt
            = runJcroadmap({QStringLiteral("export"), m_roadmap, QStringLiteral("-o"),
                            m_dir.filePath(QStringLiteral("x.txt"))});
    QCOMPARE(badExt.exitCode, 2);

    // Export, then a dry run and a real import of an edited copy, through the executable.
    const QString path = m_dir.filePath(QStringLiteral("cli.jcroadmap"));
    QVERIFY(makeRoadmap(path));
    const QString csv = m_dir.filePath(QStringLiteral("cli.csv"));
    QCOMPARE(runJcroadmap({QStringLiteral("export"), path, QStringLiteral("-o"), csv}).exitCode, 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::Append));
    f.write(",1,event,planned,on_track,joint,Added from the command "
            "line,2026-09-01,day,,,0,,,,,,,,,\r\n");
    f.close();
    const QByteArray before = fileHash(path);
    const CliResult dry
            = runJcroadmap({QStringLiteral("import"), path, csv, QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains(QLatin1String("0 changed, 1 new, 0 rejected")), qPrintable(dry.out));
    QCOMPARE(fileHash(path), before);
    const CliResult real = runJcroadmap({QStringLiteral("import"), path, csv});
    QVERIFY2(real.exitCode == 0, qPrintable(real.err));
    QCOMPARE(sqlite3Cli(
                     path,
                     QStringLiteral(
                             "SELECT count(*) FROM item WHERE title='Added from the command line'"))
                     .out,
             QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestInterchangeReaders)
#include "tst_interchangereaders.moc"
