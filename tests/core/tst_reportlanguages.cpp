#include "cli/cli.h"
#include "document/roadmapdocument.h"
#include "i18n/datetext.h"
#include "i18n/language.h"
#include "seed/seedparser.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jcr;

namespace {

const QString AsOf = QStringLiteral("2026-12-01");

QByteArray runTool(const QString &name, const QStringList &args)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(name), args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

QString inLanguage(QLocale::Language l, const char *context, const char *source, int n = -1)
{
    return Language::translate(l, context, source, nullptr, n);
}

} // namespace

/// Reports in a language of their own (issue 15): `report --lang en|fr|ja` writes headings,
/// table headers, dates and "Page n of m" in that language, whatever the interface speaks, and
/// the text comes back exactly from the PDF (pdftotext).
class TestReportLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const char *t : {"pdftotext", "pdfinfo"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(t)).isEmpty(), t);
        QVERIFY(m_dir.isValid());
        auto seed = seed::loadDefault();
        QVERIFY2(seed.ok(), qPrintable(seed.errorMessage()));
        m_file = m_dir.filePath(QStringLiteral("roadmap.jcroadmap"));
        auto doc = RoadmapDocument::create(m_file, seed.value());
        QVERIFY2(doc.ok(), qPrintable(doc.errorMessage()));
        // The interface speaks Japanese throughout: every report below chooses its own.
        Language::apply(QLocale::Japanese);
    }

    void cleanupTestCase() { Language::apply(QLocale::English); }

    void statusReport_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("language");
        QTest::newRow("en") << "en" << int(QLocale::English);
        QTest::newRow("fr") << "fr" << int(QLocale::French);
        QTest::newRow("ja") << "ja" << int(QLocale::Japanese);
    }

    void statusReport()
    {
        QFETCH(QString, code);
        QFETCH(int, language);
        const auto l = QLocale::Language(language);
        const QString pdf = m_dir.filePath(QStringLiteral("status-%1.pdf").arg(code));
        QCOMPARE(cli::run({QStringLiteral("jcroadmap"), QStringLiteral("report"), m_file,
                           QStringLiteral("-o"), pdf, QStringLiteral("--as-of"), AsOf,
                           QStringLiteral("--lang"), code}),
                 int(cli::Success));
        const QString all = QString::fromUtf8(runTool(
                QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
        QVERIFY(!all.isEmpty());
        const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdf}));
        const auto m = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"),
                                          QRegularExpression::MultilineOption)
                               .match(info);
        QVERIFY(m.hasMatch());
        const int pages = m.captured(1).toInt();

        // Headings and table headers, exactly as the language's translation writes them.
        const QStringList expected {
                inLanguage(l, "jcr::ReportRenderer", "Executive summary"),
                inLanguage(l, "jcr::ReportRenderer", "Priority area"),
                inLanguage(l, "jcr::ReportRenderer", "Status as of %1")
                        .arg(DateText::day(QDate(2026, 12, 1), Language::localeFor(l),
                                           DateText::Long)),
                inLanguage(l, "jcr::PageComposer", "Page %1 of %2").arg(1).arg(pages),
                inLanguage(l, "jcr::PageComposer", "Page %1 of %2").arg(pages).arg(pages),
        };
        for (const QString &text : expected)
            QVERIFY2(all.contains(text), qPrintable(text));
        if (l != QLocale::English) {
            // Translated, not the English source text; no Japanese interface text leaks in.
            QVERIFY(!all.contains(QStringLiteral("Executive summary")));
            QVERIFY(!all.contains(QStringLiteral("Page 1 of")));
            QVERIFY(expected.constFirst() != QStringLiteral("Executive summary"));
        }
        if (l != QLocale::Japanese)
            QVERIFY(!all.contains(
                    inLanguage(QLocale::Japanese, "jcr::ReportRenderer", "Executive summary")));
        // Item titles in the report's language (the seed gives each a French and a Japanese
        // title): the first item's, whatever the interface speaks.
        auto doc = RoadmapDocument::open(m_file, true);
        QVERIFY2(doc.ok(), qPrintable(doc.errorMessage()));
        const Item &first = doc.value()->itemAt(0);
        QVERIFY(!first.titles.fr.isEmpty() && !first.titles.ja.isEmpty());
        const QString title = first.titleIn(l);
        QVERIFY2(all.simplified().contains(title.simplified()), qPrintable(title));
        if (l != QLocale::English)
            QVERIFY2(!all.contains(first.title), qPrintable(first.title));
        // The date forms of the language: "1 décembre 2026", "2026年12月1日".
        QVERIFY(all.contains(
                DateText::day(QDate(2026, 12, 1), Language::localeFor(l), DateText::Long)));
        if (l == QLocale::French)
            QVERIFY(all.contains(QStringLiteral("1 décembre 2026")));
        if (l == QLocale::Japanese) {
            QVERIFY(all.contains(QStringLiteral("2026年12月1日")));
            // Nothing half-localised ("1 12月 2026"), and no look-alike Kangxi radicals.
            QVERIFY(!all.contains(QStringLiteral(" 12月 ")));
            for (const QChar c : all)
                QVERIFY2(!(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF),
                         qPrintable(QString::number(c.unicode(), 16)));
        }
        // The timeline's axis names quarters and years the language's way: "T3" in French,
        // "3Q" in Japanese.
        const QLocale reportLocale = Language::localeFor(l);
        QVERIFY2(all.contains(DateText::quarterNumber(3, reportLocale)),
                 qPrintable(DateText::quarterNumber(3, reportLocale)));
        if (l != QLocale::English)
            QVERIFY(!all.contains(QStringLiteral("Q3")));
        // The interface went on speaking Japanese.
        QCOMPARE(Language::current(), QLocale::Japanese);
        QCOMPARE(QLocale().language(), QLocale::Japanese);
    }

    void unknownLanguageIsAUsageError()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("de.pdf"));
        QCOMPARE(cli::run({QStringLiteral("jcroadmap"), QStringLiteral("report"), m_file,
                           QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
                           QStringLiteral("de")}),
                 int(cli::UsageError));
        QVERIFY(!QFile::exists(pdf));
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

QTEST_MAIN(TestReportLanguages)
#include "tst_reportlanguages.moc"
