#include "../core/testsupport.h"

#include "mainwindow/mainwindow.h"
#include "print/reportactions.h"
#include "print/reportoptionsdialog.h"
#include "report/reportmodel.h"
#include "report/reportrenderer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace jcr;

/// The report options dialog and the print/export actions, with real widgets.
class TestReportOptionsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void defaults();
    void choicesAreRememberedInTheFile();
    void okNeedsAnArea();
    void printerGetsTheSameReport();
    void exportWritesPdf();
    void mainWindowHasTheActions();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<RoadmapDocument> m_doc;
};

void TestReportOptionsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("JCR_TODAY", "2026-11-26");
    QVERIFY(m_dir.isValid());
}

void TestReportOptionsDialog::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("r%1.jcroadmap").arg(++n));
    m_doc = test::createRoadmap(m_path);
}

void TestReportOptionsDialog::cleanup()
{
    m_doc.reset();
}

void TestReportOptionsDialog::defaults()
{
    ReportOptionsDialog dialog(m_doc.get());
    const ReportOptions o = dialog.options();
    QCOMPARE(o.type, ReportType::Status);
    QVERIFY(o.areaNumbers.isEmpty()); // all six
    QVERIFY(!o.asOf.isValid()); // today
    QVERIFY(!o.since.isValid()); // 30 days before
    // Areas, today, descriptions, traceability annex.
    QCOMPARE(dialog.findChildren<QCheckBox *>().size(), 6 + 3);
    QVERIFY(!o.includeTraceability);
}

void TestReportOptionsDialog::choicesAreRememberedInTheFile()
{
    {
        ReportOptionsDialog dialog(m_doc.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto combos = dialog.findChildren<QComboBox *>();
        QComboBox *type = combos.at(0);
        type->setCurrentIndex(type->findData(int(ReportType::Briefing)));
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->property("areaNumber").toInt() == 1)
                box->setChecked(false);
            if (box->text() == QLatin1String("Today"))
                box->setChecked(false);
        }
        dialog.findChildren<QDateEdit *>().at(0)->setDate(QDate(2026, 11, 20));
        // The marking's field (inside its picker of standard markings).
        auto *marking = dialog.findChild<QLineEdit *>(QStringLiteral("classification"));
        QVERIFY(marking);
        QVERIFY(qobject_cast<QComboBox *>(marking->parentWidget()));
        marking->clear();
        QTest::keyClicks(marking, QStringLiteral("PROTECTED A"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    // In the file, seen by another program.
    QCOMPARE(test::sqlite3(m_path,
                           QStringLiteral("SELECT value FROM setting WHERE key = "
                                          "'report.type'")),
             QStringLiteral("briefing"));
    QCOMPARE(test::sqlite3(m_path,
                           QStringLiteral("SELECT value FROM setting WHERE key = "
                                          "'report.areas'")),
             QStringLiteral("2,3,4,5,6"));
    QCOMPARE(test::sqlite3(m_path,
                           QStringLiteral("SELECT value FROM setting WHERE key = "
                                          "'report.asOf'")),
             QStringLiteral("2026-11-20"));
    // And offered again next time, also after reopening the file.
    m_doc.reset();
    auto reopened = RoadmapDocument::open(m_path);
    QVERIFY(reopened.ok());
    ReportOptionsDialog again(reopened.value().get());
    const ReportOptions o = again.options();
    QCOMPARE(o.type, ReportType::Briefing);
    QCOMPARE(o.areaNumbers, QList<int>({2, 3, 4, 5, 6}));
    QCOMPARE(o.asOf, QDate(2026, 11, 20));
    QCOMPARE(o.classification, QStringLiteral("PROTECTED A"));
}

void TestReportOptionsDialog::okNeedsAnArea()
{
    ReportOptionsDialog dialog(m_doc.get());
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
        if (box->property("areaNumber").isValid())
            box->setChecked(false);
    }
    QVERIFY(!ok->isEnabled());
    dialog.findChildren<QCheckBox *>().at(0)->setChecked(true);
    QVERIFY(ok->isEnabled());
}

void TestReportOptionsDialog::printerGetsTheSameReport()
{
    ReportOptions options;
    options.asOf = QDate(2026, 11, 26);
    // Japanese in the marking: "Print to File" gets the text-layer repair of Export PDF.
    options.classification = QStringLiteral("PRINTER MARK 日本・社外秘");
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    ReportActions::setUpPrinter(&printer, options, QStringLiteral("t"));
    auto printed = ReportActions::printReport(m_doc.get(), options, &printer);
    QVERIFY2(printed.ok(), qPrintable(printed.errorMessage()));

    auto model = ReportModel::build(*m_doc, options);
    QVERIFY(model.ok());
    int pdfPages = 0;
    QVERIFY(ReportRenderer::pdf(model.value(), &pdfPages).ok());
    QCOMPARE(printed.value(), pdfPages);

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished());
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pdfPages))));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    QCOMPARE(int(all.count(QStringLiteral("PRINTER MARK 日本・社外秘"))),
             2 * pdfPages + 1); // + cover
    QVERIFY(!all.contains(QChar(0x2F47))); // KANGXI RADICAL SUN, Qt's look-alike for 日
}

void TestReportOptionsDialog::exportWritesPdf()
{
    ReportOptions options;
    options.type = ReportType::Board;
    options.asOf = QDate(2026, 11, 26);
    QCOMPARE(ReportActions::suggestedFileName(m_doc.get(), options),
             QFileInfo(m_path).completeBaseName() + QStringLiteral(" board 2026-11-26.pdf"));
    const QString path = m_dir.filePath(QStringLiteral("export.pdf"));
    auto written = ReportActions::exportReport(m_doc.get(), options, path);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QVERIFY(written.value() >= 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    QVERIFY(!ReportActions::exportReport(nullptr, options, path).ok());
}

void TestReportOptionsDialog::mainWindowHasTheActions()
{
    MainWindow window;
    window.setDocument(std::move(m_doc));
    QMenu *file = window.menuBar()->actions().at(0)->menu();
    QVERIFY(file);
    QStringList texts;
    for (QAction *a : file->actions()) {
        if (a->isEnabled())
            texts << a->text();
    }
    QVERIFY2(texts.contains(QStringLiteral("Print Pre&view…")), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(QStringLiteral("&Print…")));
    QVERIFY(texts.contains(QStringLiteral("Export P&DF…")));
    window.setDocument(nullptr);
    for (QAction *a : file->actions()) {
        if (a->text() == QLatin1String("Export P&DF…"))
            QVERIFY(!a->isEnabled());
    }
}

QTEST_MAIN(TestReportOptionsDialog)
#include "tst_reportoptionsdialog.moc"
