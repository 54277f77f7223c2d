#include "../core/documenttestutil.h"
#include "editor/itemeditor.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace jcr;
using namespace jcr::testutil;

/**
 * The item editor when someone else saves the item being edited: the user is told and
 * chooses (keep theirs / apply mine); a change to another field is simply kept.
 */
class TestItemEditorConflicts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sameField_data();
    void sameField();
    void otherFieldIsKeptWithoutAsking();

private:
    QLineEdit *typeTitle(const QString &text);
    QString fileTitle(qint64 id);

    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
    std::unique_ptr<RoadmapDocument> m_doc;
    std::unique_ptr<ItemEditor> m_editor;
    qint64 m_id = 0;
    QStringList m_asked;
    bool m_applyMine = false;
};

void TestItemEditorConflicts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestItemEditorConflicts::init()
{
    m_path = m_dir.filePath(QStringLiteral("editor-%1.jcroadmap").arg(++m_n));
    QVERIFY(makeRoadmap(m_path));
    auto opened = RoadmapDocument::open(m_path);
    QVERIFY(opened);
    m_doc = std::move(opened.value());
    m_editor = std::make_unique<ItemEditor>();
    m_editor->setDocument(m_doc.get());
    m_id = m_doc->itemAt(0).id;
    m_editor->setItemId(m_id);
    m_asked.clear();
    m_editor->setConflictResolver([this](const QString &details) {
        m_asked << details;
        return m_applyMine;
    });
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void TestItemEditorConflicts::cleanup()
{
    m_editor.reset();
    m_doc.reset();
}

QLineEdit *TestItemEditorConflicts::typeTitle(const QString &text)
{
    m_editor->focusTitle();
    auto *title = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!title)
        return nullptr;
    title->selectAll();
    QTest::keyClicks(title, text);
    return title;
}

QString TestItemEditorConflicts::fileTitle(qint64 id)
{
    return sqlite3Cli(m_path, QStringLiteral("SELECT title FROM item WHERE id = %1").arg(id)).out;
}

void TestItemEditorConflicts::sameField_data()
{
    QTest::addColumn<bool>("polling");
    QTest::addColumn<bool>("applyMine");
    // Polling: the outside change reaches the editor while the user types. Without: the
    // editor learns of it only when committing.
    QTest::newRow("seen while typing, keep theirs") << true << false;
    QTest::newRow("seen while typing, apply mine") << true << true;
    QTest::newRow("found at commit, keep theirs") << false << false;
    QTest::newRow("found at commit, apply mine") << false << true;
}

void TestItemEditorConflicts::sameField()
{
    QFETCH(bool, polling);
    QFETCH(bool, applyMine);
    m_applyMine = applyMine;
    if (polling)
        m_doc->setPollInterval(100);

    QLineEdit *title = typeTitle(QStringLiteral("My title"));
    QVERIFY(title);
    QCOMPARE(sqlite3Cli(m_path,
                        QStringLiteral("UPDATE item SET title = 'Their title' WHERE id "
                                       "= %1")
                                .arg(m_id))
                     .exitCode,
             0);
    if (polling) {
        QTRY_COMPARE(m_doc->item(m_id)->title, QStringLiteral("Their title"));
        // The refresh left the field the user is typing in alone.
        QCOMPARE(title->text(), QStringLiteral("My title"));
        QVERIFY(m_asked.isEmpty());
    }
    QTest::keyClick(title, Qt::Key_Return);

    QCOMPARE(m_asked.size(), 1);
    QVERIFY2(m_asked.constFirst().contains(QStringLiteral("Their title"))
                     && m_asked.constFirst().contains(QStringLiteral("My title")),
             qPrintable(m_asked.constFirst()));
    const QString expected = applyMine ? QStringLiteral("My title") : QStringLiteral("Their title");
    QCOMPARE(fileTitle(m_id), expected);
    QCOMPARE(m_doc->item(m_id)->title, expected);
    QCOMPARE(title->text(), expected);
    QCOMPARE(m_doc->undoStack()->count(), applyMine ? 1 : 0);
    if (applyMine) {
        // Undo puts their title back, not the one from before both changes.
        m_doc->undoStack()->undo();
        QCOMPARE(fileTitle(m_id), QStringLiteral("Their title"));
    } else {
        QVERIFY(m_editor->problem().contains(QStringLiteral("someone else")));
    }
}

void TestItemEditorConflicts::otherFieldIsKeptWithoutAsking()
{
    QLineEdit *title = typeTitle(QStringLiteral("Only the title"));
    QVERIFY(title);
    QCOMPARE(sqlite3Cli(m_path,
                        QStringLiteral("UPDATE item SET progress = 64 WHERE id = %1").arg(m_id))
                     .exitCode,
             0);
    QTest::keyClick(title, Qt::Key_Return);
    QVERIFY(m_asked.isEmpty());
    QCOMPARE(sqlite3Cli(m_path,
                        QStringLiteral("SELECT title || '|' || progress FROM item WHERE id = %1")
                                .arg(m_id))
                     .out,
             QStringLiteral("Only the title|64"));
}

QTEST_MAIN(TestItemEditorConflicts)
#include "tst_itemeditorconflicts.moc"
