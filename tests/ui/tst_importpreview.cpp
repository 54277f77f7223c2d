// File ▸ Export and File ▸ Import… in the main window: the menu entries, the preview dialog
// driven with real clicks, all-or-nothing and the single undo step.

#include "../core/testsupport.h"
#include "interchange/importpreviewdialog.h"
#include "interchange/interchangeactions.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace jcr;

class TestImportPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fileMenuHasExportAndImport();
    void rejectedRowsDisableImport();
    void rejectedReasonShownInFull();
    void confirmedImportIsOneUndoStep();
    void cancelledImportWritesNothing();
    void exportWritesTheChosenFormat();

private:
    /// Runs \a check on the preview dialog once it is shown, then clicks \a button in it.
    void onPreview(const std::function<void(ImportPreviewDialog *)> &check, bool clickImport);
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    InterchangeActions *m_actions = nullptr;
    bool m_previewSeen = false;
};

void TestImportPreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestImportPreview::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("preview-%1.jcroadmap").arg(++n));
    test::createRoadmap(m_path);
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDocument(m_path));
    m_actions = m_window->findChild<InterchangeActions *>();
    QVERIFY(m_actions);
    m_previewSeen = false;
}

void TestImportPreview::cleanup()
{
    m_window.reset();
}

QString TestImportPreview::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImportPreview::onPreview(const std::function<void(ImportPreviewDialog *)> &check,
                                  bool clickImport)
{
    QTimer::singleShot(0, this, [this, check, clickImport] {
        auto *dialog = qobject_cast<ImportPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no preview dialog");
            return;
        }
        m_previewSeen = true;
        check(dialog);
        if (clickImport && dialog->importButton()->isEnabled())
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        else
            dialog->reject();
    });
}

void TestImportPreview::fileMenuHasExportAndImport()
{
    QMenu *exportMenu = m_window->findChild<QMenu *>(QStringLiteral("exportMenu"));
    QVERIFY(exportMenu);
    QStringList texts;
    for (QAction *a : exportMenu->actions())
        texts << a->text();
    QCOMPARE(texts,
             (QStringList {QStringLiteral("&CSV…"), QStringLiteral("&Excel Workbook…"),
                           QStringLiteral("&iCalendar (Outlook)…"), QStringLiteral("&JSON…")}));
    QMenu *file = nullptr;
    for (QAction *a : m_window->menuBar()->actions()) {
        if (a->text() == QLatin1String("&File"))
            file = a->menu();
    }
    QVERIFY(file);
    QVERIFY(file->actions().contains(exportMenu->menuAction()));
    QVERIFY(file->actions().contains(m_actions->importAction()));
    QVERIFY(m_actions->importAction()->isEnabled());
}

void TestImportPreview::rejectedRowsDisableImport()
{
    RoadmapDocument *doc = m_window->document();
    const int count = doc->itemCount();
    const QString csv = writeFile(QStringLiteral("mixed.csv"),
                                  "area,title,kind\r\n1,Good row,event\r\n9,Bad area,event\r\n"
                                  "1,Bad kind,party\r\n");
    onPreview(
            [](ImportPreviewDialog *d) {
                QVERIFY(d->summaryLabel()->text().startsWith(
                        QLatin1String("0 changed, 1 new, 2 rejected")));
                QVERIFY(!d->importButton()->isEnabled());
                QTreeWidgetItem *rejected = d->details()->topLevelItem(0);
                QCOMPARE(rejected->text(0), QStringLiteral("Rejected (2)"));
                QCOMPARE(rejected->child(0)->text(0), QStringLiteral("line 3"));
                QVERIFY(rejected->child(0)->text(1).contains(
                        QLatin1String("unknown priority area")));
                QCOMPARE(rejected->child(1)->text(0), QStringLiteral("line 4"));
            },
            true);
    QVERIFY(!m_actions->importFile(csv));
    QVERIFY(m_previewSeen);
    QCOMPARE(doc->itemCount(), count);
    QCOMPARE(doc->undoStack()->count(), 0);
}

/// A rejected row's reason is readable whole: wrapped in its row, not cut off, and in the
/// row's tooltip; a row without an area is told so once.
void TestImportPreview::rejectedReasonShownInFull()
{
    const QString csv
            = writeFile(QStringLiteral("long-reasons.csv"),
                        "area,title,kind,status,health,lead,start,end,organisations\r\n"
                        ",No area here,party,finished,grim,nobody,2026-02-30,2025-13,NOPE;NADA\r\n"
                        ",Only the area is missing,event,planned,on_track,joint,2026-05-01,,\r\n");
    onPreview(
            [](ImportPreviewDialog *d) {
                d->resize(720, 460);
                d->show();
                QVERIFY(QTest::qWaitForWindowExposed(d));
                QTreeWidget *tree = d->details();
                QTreeWidgetItem *rejected = tree->topLevelItem(0);
                QCOMPARE(rejected->text(0), QStringLiteral("Rejected (2)"));
                QTreeWidgetItem *many = rejected->child(0);
                const QString reason = many->text(1);
                for (const char *part :
                     {"a priority area is required", "unknown kind “party”",
                      "unknown status “finished”", "unknown health “grim”", "unknown lead “nobody”",
                      "the start “2026-02-30” is not a date", "the end “2025-13” is not a date",
                      "unknown organisation “NOPE”", "unknown organisation “NADA”"})
                    QVERIFY2(reason.contains(QString::fromUtf8(part)), part);
                QCOMPARE(many->toolTip(1), QStringLiteral("line 2: ") + reason);
                QCOMPARE(many->toolTip(0), many->toolTip(1));
                // Far wider than the list's column: the first rejected row is current and its
                // reason is shown whole under the list, wrapped to the dialog's width.
                const int columnWidth = tree->header()->sectionSize(1);
                const QFontMetrics fm(tree->font());
                const int width = fm.horizontalAdvance(reason);
                QVERIFY2(width > 2 * columnWidth, qPrintable(QString::number(width)));
                QCOMPARE(tree->currentItem(), many);
                QLabel *full = d->reasonLabel();
                QVERIFY(full->isVisible());
                QCOMPARE(full->text(), many->toolTip(1));
                QVERIFY(full->wordWrap());
                QVERIFY(full->width() <= d->width());
                const QFontMetrics labelFm(full->font());
                QVERIFY2(full->height() >= (labelFm.horizontalAdvance(full->text()) / full->width())
                                         * labelFm.lineSpacing(),
                         qPrintable(QStringLiteral("%1 px high for %2 px of text in %3 px")
                                            .arg(full->height())
                                            .arg(labelFm.horizontalAdvance(full->text()))
                                            .arg(full->width())));
                // Clicking another rejected row shows its reason; a group row the first one's.
                QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                                  tree->visualItemRect(rejected->child(1)).center());
                QCOMPARE(full->text(), rejected->child(1)->toolTip(1));
                QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                                  tree->visualItemRect(rejected).center());
                QCOMPARE(full->text(), many->toolTip(1));
                // The area is said once, in the one message a user needs.
                QTreeWidgetItem *noArea = rejected->child(1);
                QCOMPARE(noArea->text(1),
                         QStringLiteral("a priority area is required (a number from 1 to 6, or "
                                        "the area's name)"));
                QCOMPARE(reason.count(QLatin1String("priority area")), 1);
            },
            false);
    QVERIFY(!m_actions->importFile(csv));
    QVERIFY(m_previewSeen);
}

void TestImportPreview::confirmedImportIsOneUndoStep()
{
    RoadmapDocument *doc = m_window->document();
    const int count = doc->itemCount();
    const Item first = doc->itemAt(0);
    const QString csv = writeFile(
            QStringLiteral("good.csv"),
            QStringLiteral(
                    "id,area,title,kind\r\n%1,1,Renamed by import,%2\r\n,2,First new,event\r\n"
                    ",3,Second new,visit\r\n")
                    .arg(first.id)
                    .arg(enums::key(first.kind))
                    .toUtf8());
    onPreview(
            [](ImportPreviewDialog *d) {
                QVERIFY(d->summaryLabel()->text().startsWith(
                        QLatin1String("1 changed, 2 new, 0 rejected")));
                QVERIFY(d->importButton()->isEnabled());
                QVERIFY(!d->reasonLabel()->isVisible()); // nothing rejected, nothing to explain
            },
            true);
    QVERIFY(m_actions->importFile(csv));
    QVERIFY(m_previewSeen);
    QCOMPARE(doc->itemCount(), count + 2);
    QCOMPARE(doc->item(first.id)->title, QStringLiteral("Renamed by import"));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Import good.csv"));
    QCOMPARE(test::sqlite3(m_path, QStringLiteral("SELECT count(*) FROM item")).toInt(), count + 2);
    doc->undoStack()->undo();
    QCOMPARE(doc->itemCount(), count);
    QCOMPARE(doc->item(first.id)->title, first.title);
    QCOMPARE(test::sqlite3(m_path, QStringLiteral("SELECT count(*) FROM item")).toInt(), count);
}

void TestImportPreview::cancelledImportWritesNothing()
{
    RoadmapDocument *doc = m_window->document();
    const int count = doc->itemCount();
    const QString csv = writeFile(QStringLiteral("cancel.csv"), "area,title\r\n1,Not wanted\r\n");
    onPreview([](ImportPreviewDialog *d) { QVERIFY(d->importButton()->isEnabled()); }, false);
    QVERIFY(!m_actions->importFile(csv));
    QVERIFY(m_previewSeen);
    QCOMPARE(doc->itemCount(), count);
    QCOMPARE(test::sqlite3(m_path, QStringLiteral("SELECT count(*) FROM item")).toInt(), count);
}

void TestImportPreview::exportWritesTheChosenFormat()
{
    const QString xlsx = m_dir.filePath(QStringLiteral("window.xlsx"));
    QVERIFY(m_actions->exportTo(xlsx));
    QFile f(xlsx);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(4), QByteArray("PK\x03\x04"));
    // Onto the open roadmap itself: refused with a message box, the file untouched.
    const QByteArray before
            = test::sqlite3(m_path, QStringLiteral("SELECT count(*) FROM item")).toUtf8();
    QTimer::singleShot(0, this, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    const QString link = m_dir.filePath(QStringLiteral("same-roadmap.csv"));
    QVERIFY(QFile::link(m_path, link));
    QVERIFY(!m_actions->exportTo(link));
    QCOMPARE(test::sqlite3(m_path, QStringLiteral("SELECT count(*) FROM item")).toUtf8(), before);
}

QTEST_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
