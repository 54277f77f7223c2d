#include "document/roadmapdocument.h"
#include "editor/fuzzydateedit.h"
#include "editor/itemeditor.h"
#include "editor/itemhistoryview.h"
#include "seed/seedparser.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>
#include <optional>

using namespace jcr;

namespace {

/// The item as stored in the file, read through a second, read-only connection.
std::optional<Item> itemInFile(const QString &path, qint64 id)
{
    auto doc = RoadmapDocument::open(path, true);
    if (!doc)
        return std::nullopt;
    const Item *it = doc.value()->item(id);
    return it ? std::optional<Item>(*it) : std::nullopt;
}

/// Number of history entries of the item in the file, or -1 when it cannot be read.
int updatesInFile(const QString &path, qint64 id)
{
    auto doc = RoadmapDocument::open(path, true);
    if (!doc)
        return -1;
    auto updates = doc.value()->statusUpdates(id);
    return updates ? int(updates->size()) : -1;
}

} // namespace

/// Proves that ItemEditor, driven through its real widgets, commits each valid change as one
/// undoable edit that reaches the file, refuses invalid input with a message without writing,
/// keeps the status-update log, and cannot change a read-only document.
class TestItemEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void titleReturnCommitsAndUndoRestores();
    void emptyTitleIsRefused();
    void endBeforeStartIsRefused();
    void progress_data();
    void progress();
    void statusUpdateChangesStatusAndHistory();
    void readOnlyDocumentDisablesEditor();
    void translationsFollowTheItem();
    void sourcePassageIsFormatted_data();
    void sourcePassageIsFormatted();

private:
    template<typename W> W *widget(const char *name) const
    {
        return m_editor->findChild<W *>(QLatin1String(name));
    }
    void showEditorOn(qint64 id);

    SeedRoadmap m_seed;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<RoadmapDocument> m_doc;
    std::unique_ptr<ItemEditor> m_editor;
};

void TestItemEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The user's settings in a folder of this test, never the real ones.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    qputenv("JCR_TODAY", "2026-11-26");
    auto seed = seed::loadDefault();
    QVERIFY2(seed.ok(), qPrintable(seed.errorMessage()));
    m_seed = seed.value();
}

void TestItemEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("roadmap.jcroadmap"));
    auto created = RoadmapDocument::create(m_path, m_seed);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    m_doc = std::move(created.value());
    QCOMPARE(m_doc->itemCount(), int(m_seed.items.size()));
    m_editor = std::make_unique<ItemEditor>();
    m_editor->resize(420, 900);
    m_editor->setDocument(m_doc.get());
    // Updates are signed with the user's name, asked once (see tst_editorinput).
    m_editor->setNameAsker([](const QString &) { return QStringLiteral("Test User"); });
}

void TestItemEditor::cleanup()
{
    m_editor.reset();
    m_doc.reset();
    m_dir.reset();
}

void TestItemEditor::showEditorOn(qint64 id)
{
    m_editor->setItemId(id);
    QCOMPARE(m_editor->itemId(), id);
    m_editor->show();
    QApplication::setActiveWindow(m_editor.get());
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void TestItemEditor::titleReturnCommitsAndUndoRestores()
{
    const Item original = m_doc->itemAt(0);
    showEditorOn(original.id);
    auto *title = widget<QLineEdit>("title");
    QVERIFY(title);
    QCOMPARE(title->text(), original.title);
    QVERIFY(title->isEnabled());

    const QString newTitle = QStringLiteral("Renamed in the editor");
    title->setFocus();
    QTRY_VERIFY(title->hasFocus());
    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(title, newTitle);
    // Typing alone changes nothing: the edit is committed on Return.
    QCOMPARE(m_doc->item(original.id)->title, original.title);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QTest::keyClick(title, Qt::Key_Return);

    QCOMPARE(m_doc->item(original.id)->title, newTitle);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    auto inFile = itemInFile(m_path, original.id);
    QVERIFY(inFile);
    QCOMPARE(inFile->title, newTitle);
    QVERIFY(inFile->version > original.version);
    QVERIFY(m_editor->problem().isEmpty());
    QCOMPARE(widget<QLabel>("header")->text(), newTitle);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->item(original.id)->title, original.title);
    inFile = itemInFile(m_path, original.id);
    QVERIFY(inFile);
    QCOMPARE(inFile->title, original.title);
    QCOMPARE(widget<QLabel>("header")->text(), original.title);
    // The field, still focused, shows the restored title, and leaving it does not re-apply
    // the undone edit.
    QCOMPARE(title->text(), original.title);
    widget<QSpinBox>("progress")->setFocus();
    QTRY_VERIFY(!title->hasFocus());
    QCOMPARE(m_doc->item(original.id)->title, original.title);
    QCOMPARE(itemInFile(m_path, original.id)->title, original.title);
    QCOMPARE(m_doc->undoStack()->index(), 0);

    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->item(original.id)->title, newTitle);
    QCOMPARE(itemInFile(m_path, original.id)->title, newTitle);
    QCOMPARE(title->text(), newTitle);
}

void TestItemEditor::emptyTitleIsRefused()
{
    const Item original = m_doc->itemAt(1);
    showEditorOn(original.id);
    auto *title = widget<QLineEdit>("title");
    QVERIFY(title);
    title->setFocus();
    QTRY_VERIFY(title->hasFocus());
    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(title, Qt::Key_Delete);
    QTest::keyClicks(title, QStringLiteral("   "));
    QTest::keyClick(title, Qt::Key_Return);

    QCOMPARE(m_editor->problem(), QStringLiteral("A title is required."));
    QVERIFY(widget<QLabel>("problem")->isVisible());
    // The field shows the saved title again; nothing was written.
    QCOMPARE(title->text(), original.title);
    QCOMPARE(m_doc->item(original.id)->title, original.title);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    const auto inFile = itemInFile(m_path, original.id);
    QVERIFY(inFile);
    QCOMPARE(inFile->title, original.title);
    QCOMPARE(inFile->version, original.version);

    // A valid title afterwards is accepted and clears the message.
    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(title, QStringLiteral("Valid again"));
    QTest::keyClick(title, Qt::Key_Return);
    QVERIFY(m_editor->problem().isEmpty());
    QCOMPARE(itemInFile(m_path, original.id)->title, QStringLiteral("Valid again"));
}

void TestItemEditor::endBeforeStartIsRefused()
{
    // An item with both dates, from the seed.
    const Item *found = nullptr;
    for (const Item &it : m_doc->items()) {
        if (it.start.isValid() && it.end.isValid()) {
            found = &it;
            break;
        }
    }
    QVERIFY(found);
    const Item original = *found;
    showEditorOn(original.id);
    auto *end = widget<FuzzyDateEdit>("end");
    QVERIFY(end);
    QCOMPARE(end->value(), original.end);
    QLineEdit *date = end->lineEdit();
    QVERIFY(date);
    QVERIFY(date->isEnabled());

    // Type an end in the year before the start, then confirm with Return.
    date->setFocus();
    date->selectAll();
    const FuzzyDate early(original.start.first().addYears(-1), original.end.precision());
    QTest::keyClicks(date, early.toDisplayString());
    QTest::keyClick(date, Qt::Key_Return);

    QVERIFY2(m_editor->problem().contains(QLatin1String("is before the start")),
             qPrintable(m_editor->problem()));
    QCOMPARE(end->value(), original.end);
    QCOMPARE(m_doc->item(original.id)->end, original.end);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    const auto inFile = itemInFile(m_path, original.id);
    QVERIFY(inFile);
    QCOMPARE(inFile->end, original.end);
    QCOMPARE(inFile->version, original.version);
}

void TestItemEditor::progress_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("saved");
    QTest::newRow("0") << QStringLiteral("0") << 0;
    QTest::newRow("37") << QStringLiteral("37") << 37;
    QTest::newRow("100") << QStringLiteral("100") << 100;
    // The field takes no more than 100: the last digit of 150 is not accepted.
    QTest::newRow("150") << QStringLiteral("150") << 15;
    QTest::newRow("-5") << QStringLiteral("-5") << 5;
}

void TestItemEditor::progress()
{
    QFETCH(QString, typed);
    QFETCH(int, saved);
    const Item original = m_doc->itemAt(2);
    showEditorOn(original.id);
    auto *spin = widget<QSpinBox>("progress");
    QVERIFY(spin);
    QCOMPARE(spin->minimum(), 0);
    QCOMPARE(spin->maximum(), 100);
    // Start from 50, set through the field too, so that every row below is a change.
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QStringLiteral("50"));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(m_doc->item(original.id)->progress, 50);

    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, typed);
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(spin->value(), saved);
    QCOMPARE(m_doc->item(original.id)->progress, saved);
    const auto inFile = itemInFile(m_path, original.id);
    QVERIFY(inFile);
    QCOMPARE(inFile->progress, saved);
    QVERIFY(m_editor->problem().isEmpty());

    // Undo restores 50 in the document, the file and the (still focused) field; redo again.
    if (saved != 50) {
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->item(original.id)->progress, 50);
        QCOMPARE(itemInFile(m_path, original.id)->progress, 50);
        QCOMPARE(spin->value(), 50);
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->item(original.id)->progress, saved);
        QCOMPARE(spin->value(), saved);
    }

    // The arrows stop at the ends of the range.
    QTest::keyClick(spin, saved >= 50 ? Qt::Key_Up : Qt::Key_Down);
    if (saved == 100 || saved == 0)
        QCOMPARE(spin->value(), saved);
    else
        QCOMPARE(spin->value(), saved >= 50 ? saved + 1 : saved - 1);
}

void TestItemEditor::statusUpdateChangesStatusAndHistory()
{
    const Item original = m_doc->itemAt(3);
    showEditorOn(original.id);
    auto *history = widget<QTreeWidget>("history");
    auto *text = widget<QPlainTextEdit>("updateText");
    auto *newStatus = widget<QComboBox>("updateStatus");
    auto *add = widget<QPushButton>("addUpdate");
    auto *status = widget<QComboBox>("status");
    auto *filter = widget<QComboBox>("historyFilter");
    QVERIFY(history && text && newStatus && add && status && filter);
    // The notes only; recorded changes (the status it sets, for one) are the History test's.
    filter->setCurrentIndex(filter->findData(int(ItemHistoryView::Filter::NotesOnly)));
    const int rowsBefore = history->topLevelItemCount();
    const int fileBefore = updatesInFile(m_path, original.id);
    QCOMPARE(fileBefore, rowsBefore);
    QCOMPARE(status->currentData().toInt(), int(original.status));

    const Status target = original.status == Status::OnHold ? Status::InProgress : Status::OnHold;
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Talks paused until the spring."));
    // Choose the new status with the keyboard, as a user would.
    newStatus->setFocus();
    const int targetIndex = newStatus->findData(int(target));
    QVERIFY(targetIndex > 0);
    QCOMPARE(newStatus->currentIndex(), 0);
    for (int i = 0; i < targetIndex; ++i)
        QTest::keyClick(newStatus, Qt::Key_Down);
    QCOMPARE(newStatus->currentData().toInt(), int(target));
    QTest::mouseClick(add, Qt::LeftButton);

    QVERIFY(m_editor->problem().isEmpty());
    QCOMPARE(m_doc->item(original.id)->status, target);
    QCOMPARE(status->currentData().toInt(), int(target));
    QCOMPARE(history->topLevelItemCount(), rowsBefore + 1);
    const QList<QTreeWidgetItem *> rows = history->findItems(
            QStringLiteral("Talks paused until the spring."), Qt::MatchExactly, 3);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first()->text(2), enums::displayName(target));
    QCOMPARE(rows.first()->text(0), QStringLiteral("26 Nov 2026"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(itemInFile(m_path, original.id)->status, target);
    QCOMPARE(updatesInFile(m_path, original.id), fileBefore + 1);
    // The form is ready for the next entry.
    QVERIFY(text->toPlainText().isEmpty());
    QCOMPARE(newStatus->currentIndex(), 0);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->item(original.id)->status, original.status);
    QCOMPARE(status->currentData().toInt(), int(original.status));
    QCOMPARE(history->topLevelItemCount(), rowsBefore);
    QCOMPARE(itemInFile(m_path, original.id)->status, original.status);
    QCOMPARE(updatesInFile(m_path, original.id), fileBefore);

    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->item(original.id)->status, target);
    QCOMPARE(history->topLevelItemCount(), rowsBefore + 1);
    QCOMPARE(itemInFile(m_path, original.id)->status, target);
    QCOMPARE(updatesInFile(m_path, original.id), fileBefore + 1);

    // An empty entry is refused with a message.
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!m_editor->problem().isEmpty());
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(updatesInFile(m_path, original.id), fileBefore + 1);
}

/// Each item shows its own French and Japanese titles, also after the editor had no item (a
/// selection that passed through "none"); leaving the field without typing saves nothing, and
/// a French title typed and left is that item's, recorded.
void TestItemEditor::translationsFollowTheItem()
{
    const Item first = m_doc->itemAt(0);
    const Item second = m_doc->itemAt(3);
    QVERIFY(!first.titles.fr.isEmpty() && !second.titles.fr.isEmpty());
    showEditorOn(first.id);
    auto *titleFr = widget<QLineEdit>("titleFr");
    auto *titleJa = widget<QLineEdit>("titleJa");
    QCOMPARE(titleFr->text(), first.titles.fr);
    QCOMPARE(titleJa->text(), first.titles.ja);
    m_editor->setItemId(0);
    m_editor->setItemId(second.id);
    QCOMPARE(titleFr->text(), second.titles.fr);
    QCOMPARE(titleJa->text(), second.titles.ja);
    // Through the field and out again: nothing changes.
    titleFr->setFocus();
    QTRY_VERIFY(titleFr->hasFocus());
    QTest::keyClick(titleFr, Qt::Key_Tab);
    QCOMPARE(m_doc->item(second.id)->titles.fr, second.titles.fr);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    // Typed and left: saved for this item only, one undo step.
    titleFr->setFocus();
    QTRY_VERIFY(titleFr->hasFocus());
    QTest::keyClick(titleFr, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(titleFr, QStringLiteral("Visites periodiques"));
    QTest::keyClick(titleFr, Qt::Key_Tab);
    QCOMPARE(m_doc->item(second.id)->titles.fr, QStringLiteral("Visites periodiques"));
    QCOMPARE(m_doc->item(first.id)->titles.fr, first.titles.fr);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_editor->setItemId(first.id);
    QCOMPARE(titleFr->text(), first.titles.fr);
}

void TestItemEditor::readOnlyDocumentDisablesEditor()
{
    m_editor->setDocument(nullptr);
    m_doc.reset();
    auto opened = RoadmapDocument::open(m_path, true);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_doc = std::move(opened.value());
    QVERIFY(m_doc->isReadOnly());
    m_editor->setDocument(m_doc.get());
    const Item original = m_doc->itemAt(0);
    showEditorOn(original.id);

    // The item is shown but no field can be changed.
    QCOMPARE(widget<QLabel>("header")->text(), original.title);
    auto *title = widget<QLineEdit>("title");
    QCOMPARE(title->text(), original.title);
    QVERIFY(!title->isEnabled());
    QVERIFY(!widget<QSpinBox>("progress")->isEnabled());
    QVERIFY(!widget<QComboBox>("status")->isEnabled());
    QVERIFY(!widget<FuzzyDateEdit>("end")->isEnabled());
    QVERIFY(!widget<QPlainTextEdit>("updateText")->isEnabled());
    QVERIFY(!widget<QComboBox>("updateStatus")->isEnabled());
    auto *add = widget<QPushButton>("addUpdate");
    QVERIFY(!add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::keyClicks(title, QStringLiteral("x"));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(itemInFile(m_path, original.id)->version, original.version);

    // The same editor on a writable document is editable again.
    m_editor->setDocument(nullptr);
    m_doc.reset();
    auto writable = RoadmapDocument::open(m_path);
    QVERIFY2(writable.ok(), qPrintable(writable.errorMessage()));
    m_doc = std::move(writable.value());
    QVERIFY(!m_doc->isReadOnly());
    m_editor->setDocument(m_doc.get());
    m_editor->setItemId(original.id);
    QVERIFY(title->isEnabled());
    QVERIFY(add->isEnabled());
}

void TestItemEditor::sourcePassageIsFormatted_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("bold");
    QTest::addColumn<bool>("italic");
    QTest::newRow("**bold**") << QStringLiteral("Cyber Policy Dialogue")
                              << QStringLiteral("Cyber Policy Dialogue") << true << false;
    QTest::newRow("***bold italic***")
            << QStringLiteral("Comprehensive Strategic Partnership established")
            << QStringLiteral("Comprehensive Strategic Partnership") << true << true;
    QTest::newRow("*italic*") << QStringLiteral("")
                              << QStringLiteral("Shared Japan-Canada priorities") << false << true;
}

/// The item's passages show the statement's emphasis as formatting, never as asterisks, while
/// the stored passage keeps its markers.
void TestItemEditor::sourcePassageIsFormatted()
{
    QFETCH(QString, title);
    QFETCH(QString, words);
    QFETCH(bool, bold);
    QFETCH(bool, italic);
    const Item *item = nullptr;
    for (const Item &it : m_doc->items()) {
        for (const Citation &c : it.citations) {
            if ((title.isEmpty() || it.title == title) && c.passage.contains(words))
                item = &it;
        }
    }
    QVERIFY(item);
    QVERIFY(item->citations.constFirst().passage.contains(QLatin1Char('*')));
    showEditorOn(item->id);
    auto *source = widget<QPlainTextEdit>("source");
    QVERIFY(source);
    QVERIFY(source->isVisible());
    const QString shown = source->toPlainText();
    QVERIFY2(!shown.contains(QLatin1Char('*')), qPrintable(shown));
    const qsizetype at = shown.indexOf(words);
    QVERIFY2(at >= 0, qPrintable(shown));
    // Every character of the emphasised words, and not the word before them.
    QTextCursor cursor(source->document());
    for (qsizetype i = at; i < at + words.size(); ++i) {
        cursor.setPosition(int(i) + 1);
        QCOMPARE(cursor.charFormat().fontWeight() >= QFont::Bold, bold);
        QCOMPARE(cursor.charFormat().fontItalic(), italic);
    }
    cursor.setPosition(int(at) - 1);
    QVERIFY(cursor.charFormat().fontWeight() < QFont::Bold);
    QVERIFY(!cursor.charFormat().fontItalic());
}

QTEST_MAIN(TestItemEditor)
#include "tst_itemeditor.moc"
