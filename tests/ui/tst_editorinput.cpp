#include "commands/edititemcommand.h"
#include "document/roadmapdocument.h"
#include "document/useridentity.h"
#include "editor/fuzzydateedit.h"
#include "editor/itemeditor.h"
#include "seed/seedparser.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWheelEvent>
#include <QWindow>

#include <memory>

using namespace jcr;

/// Proves, through the editor's real widgets and keys, that what the user types or scrolls is
/// what is saved: typed dates in each precision, the wheel over unfocused fields, the form at
/// narrow widths and large fonts, what shows with nothing to edit, and who signs an update.
class TestEditorInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typedDateIsSaved_data();
    void typedDateIsSaved();
    void invalidDateIsRefused();
    void wheelScrollsInsteadOfChangingFields();
    void nothingIsCutAtAnyWidth_data();
    void nothingIsCutAtAnyWidth();
    void withoutAnItemTheEditorSaysSo();
    void updatesAreSignedByTheUser();

private:
    template<typename W> W *widget(const char *name) const
    {
        return m_editor->findChild<W *>(QLatin1String(name));
    }
    void showEditorOn(qint64 id);
    void setItem(const std::function<void(Item &)> &change);

    SeedRoadmap m_seed;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<RoadmapDocument> m_doc;
    std::unique_ptr<ItemEditor> m_editor;
    qint64 m_id = 0;
};

void TestEditorInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The user's settings (their name) in a folder of this test, never the real ones.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    qputenv("JCR_TODAY", "2026-11-26");
    auto seed = seed::loadDefault();
    QVERIFY2(seed.ok(), qPrintable(seed.errorMessage()));
    m_seed = seed.value();
}

void TestEditorInput::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("roadmap.jcroadmap"));
    auto created = RoadmapDocument::create(m_path, m_seed);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    m_doc = std::move(created.value());
    m_editor = std::make_unique<ItemEditor>();
    m_editor->resize(420, 900);
    m_editor->setDocument(m_doc.get());
    m_id = m_doc->itemAt(0).id;
}

void TestEditorInput::cleanup()
{
    m_editor.reset();
    m_doc.reset();
    m_dir.reset();
}

void TestEditorInput::setItem(const std::function<void(Item &)> &change)
{
    const Item before = *m_doc->item(m_id);
    Item after = before;
    change(after);
    m_doc->undoStack()->push(new EditItemCommand(m_doc.get(), before, after));
    m_doc->undoStack()->clear();
}

void TestEditorInput::showEditorOn(qint64 id)
{
    m_editor->setItemId(id);
    QCOMPARE(m_editor->itemId(), id);
    m_editor->show();
    QApplication::setActiveWindow(m_editor.get());
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void TestEditorInput::typedDateIsSaved_data()
{
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("saved"); ///< canonical text in the file
    QTest::addColumn<QString>("shown"); ///< what the field shows afterwards
    const int day = int(DatePrecision::Day), month = int(DatePrecision::Month),
              quarter = int(DatePrecision::Quarter), year = int(DatePrecision::Year);
    // The case: the field shows 1 March 2026, the user types 15.
    QTest::newRow("day 15") << day << "15"
                            << "2026-03-15"
                            << "15 Mar 2026";
    QTest::newRow("day full") << day << "15 Aug 2027"
                              << "2027-08-15"
                              << "15 Aug 2027";
    QTest::newRow("day numbers") << day << "8/10/2027"
                                 << "2027-10-08"
                                 << "8 Oct 2027";
    QTest::newRow("day iso") << day << "2028-02-29"
                             << "2028-02-29"
                             << "29 Feb 2028";
    QTest::newRow("month") << month << "Aug 2027"
                           << "2027-08"
                           << "Aug 2027";
    QTest::newRow("month numbers") << month << "11/2026"
                                   << "2026-11"
                                   << "Nov 2026";
    QTest::newRow("quarter") << quarter << "Q3 2027"
                             << "2027-Q3"
                             << "Q3 2027";
    QTest::newRow("quarter iso") << quarter << "2028-Q1"
                                 << "2028-Q1"
                                 << "Q1 2028";
    QTest::newRow("year") << year << "2027"
                          << "2027"
                          << "2027";
}

void TestEditorInput::typedDateIsSaved()
{
    QFETCH(int, precision);
    QFETCH(QString, typed);
    QFETCH(QString, saved);
    QFETCH(QString, shown);
    // No end, so that any start is valid; the start shows 1 March 2026 in the precision.
    setItem([&](Item &it) {
        it.start = FuzzyDate(QDate(2026, 3, 1), DatePrecision(precision));
        it.end = FuzzyDate();
    });
    showEditorOn(m_id);
    auto *start = widget<FuzzyDateEdit>("start");
    QVERIFY(start);

    // Tab from the precision into the date, type, Tab out: as a user does.
    QWidget *precisionBox = start->focusProxy();
    precisionBox->setFocus();
    QTRY_VERIFY(precisionBox->hasFocus());
    QTest::keyClick(precisionBox, Qt::Key_Tab);
    QWidget *field = QApplication::focusWidget();
    QVERIFY(field && start->isAncestorOf(field));
    QTest::keyClicks(field, typed);
    QTest::keyClick(field, Qt::Key_Tab);

    QVERIFY2(m_editor->problem().isEmpty(), qPrintable(m_editor->problem()));
    QCOMPARE(m_doc->item(m_id)->start.toText(), saved);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    auto reread = RoadmapDocument::open(m_path, true);
    QVERIFY(reread.ok());
    QCOMPARE(reread.value()->item(m_id)->start.toText(), saved);
    QCOMPARE(start->lineEdit()->text(), shown);
}

void TestEditorInput::invalidDateIsRefused()
{
    setItem([](Item &it) {
        it.start = FuzzyDate::month(2026, 3);
        it.end = FuzzyDate();
    });
    showEditorOn(m_id);
    auto *start = widget<FuzzyDateEdit>("start");
    QLineEdit *field = start->lineEdit();
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("Smarch 2026"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY2(m_editor->problem().contains(QLatin1String("not a date")),
             qPrintable(m_editor->problem()));
    QVERIFY(widget<QLabel>("problem")->isVisible());
    QCOMPARE(field->text(), QStringLiteral("Mar 2026"));
    QCOMPARE(m_doc->item(m_id)->start, FuzzyDate::month(2026, 3));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestEditorInput::wheelScrollsInsteadOfChangingFields()
{
    // A short editor: the form scrolls.
    m_editor->resize(420, 300);
    showEditorOn(m_id);
    const Item before = *m_doc->item(m_id);
    auto *scroll = widget<QScrollArea>("editorScroll");
    QVERIFY(scroll);
    QScrollBar *bar = scroll->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    auto *health = widget<QComboBox>("health");
    QVERIFY(health);
    scroll->ensureWidgetVisible(health);
    const int scrolled = bar->value();
    QVERIFY(!health->hasFocus());

    // Wheel down over the health box, delivered as the window system does: to the window,
    // at the pointer, spontaneous.
    const QPoint inWindow = health->mapTo(m_editor.get(), health->rect().center());
    QWindow *window = m_editor->windowHandle();
    QVERIFY(window);
    for (int i = 0; i < 3; ++i) {
        QWheelEvent wheel(QPointF(inWindow), QPointF(m_editor->mapToGlobal(inWindow)), QPoint(),
                          QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        // As QTest does for keys: notify() keeps the event spontaneous, sendEvent() would not.
        QSpontaneKeyEvent::setSpontaneous(&wheel);
        qApp->notify(window, &wheel);
    }
    QCOMPARE(m_doc->item(m_id)->health, before.health);
    QCOMPARE(health->currentData().toInt(), int(before.health));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    // The dock scrolled instead.
    QVERIFY2(bar->value() > scrolled, qPrintable(QString::number(bar->value())));
}

void TestEditorInput::nothingIsCutAtAnyWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<qreal>("fontScale");
    QTest::addColumn<QString>("title");
    const QString japanese = QStringLiteral(
            "日加経済安全保障対話の第一回会合を本年中に東京で開催し重要鉱物とサプライチェーンの"
            "強靱化について具体的な協力を確認する");
    const QString english = QStringLiteral(
            "Negotiations towards an Agreement on the Security of Information and the "
            "Protection of Classified Material between Japan and Canada");
    // 0: the editor's own minimum width, which the dock takes as its minimum.
    for (int width : {0, 400, 480, 640}) {
        for (qreal scale : {1.0, 1.5}) {
            const QByteArray at = width ? QByteArray::number(width) + " px" : "minimum width";
            QTest::addRow("%s, font x%.1f, Japanese", at.constData(), scale)
                    << width << scale << japanese;
            QTest::addRow("%s, font x%.1f, English", at.constData(), scale)
                    << width << scale << english;
        }
    }
}

void TestEditorInput::nothingIsCutAtAnyWidth()
{
    QFETCH(int, width);
    QFETCH(qreal, fontScale);
    QFETCH(QString, title);
    setItem([&](Item &it) {
        it.title = title;
        it.start = FuzzyDate::day(2027, 9, 30);
        it.end = FuzzyDate::day(2027, 12, 23);
    });
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * fontScale);
    m_editor->setFont(font);
    m_editor->resize(width > 0 ? width : 400, 700);
    showEditorOn(m_id);
    if (width == 0) {
        m_editor->resize(m_editor->minimumSizeHint().width(), 700);
        QTRY_COMPARE(m_editor->width(), m_editor->minimumSizeHint().width());
    }
    auto *scroll = widget<QScrollArea>("editorScroll");
    QWidget *viewport = scroll->viewport();

    const auto check = [&](const char *when) {
        QCoreApplication::processEvents();
        QCOMPARE(scroll->horizontalScrollBar()->value(), 0);
        // The form is no wider than the dock: nothing hangs off its right edge either.
        QString widest; // names the field that holds the form wide, when it fails
        int widestWidth = 0;
        for (QWidget *child : scroll->widget()->findChildren<QWidget *>()) {
            if (child->isVisibleTo(scroll->widget())
                && child->minimumSizeHint().width() > widestWidth) {
                widestWidth = child->minimumSizeHint().width();
                widest = QString::fromLatin1(child->metaObject()->className()) + QLatin1Char(' ')
                        + child->objectName();
            }
        }
        QVERIFY2(scroll->widget()->width() <= viewport->width(),
                 qPrintable(QStringLiteral("%1: form %2 px in %3 px (widest: %4, %5 px)")
                                    .arg(QLatin1String(when))
                                    .arg(scroll->widget()->width())
                                    .arg(viewport->width())
                                    .arg(widest)
                                    .arg(widestWidth)));
        // Date fields show their whole date ("6 Mar 2026", not "2026"): frame and margins
        // take 8 pixels of a line edit.
        for (QLineEdit *date : m_editor->findChildren<QLineEdit *>(QStringLiteral("dateText"))) {
            const int needed = date->fontMetrics().horizontalAdvance(date->text()) + 8;
            QVERIFY2(date->width() >= needed,
                     qPrintable(QStringLiteral("%1: date “%2” in %3 px, needs %4")
                                        .arg(QLatin1String(when), date->text())
                                        .arg(date->width())
                                        .arg(needed)));
        }
        for (QLabel *label : m_editor->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(m_editor.get()) || label->text().isEmpty())
                continue;
            const QRect r(label->mapTo(viewport, QPoint(0, 0)), label->size());
            const QString what = QStringLiteral("%1: “%2” at x %3..%4 in %5 px")
                                         .arg(QLatin1String(when), label->text().left(30))
                                         .arg(r.left())
                                         .arg(r.right())
                                         .arg(viewport->width());
            // Inside the visible width: not shifted off to the left or right.
            QVERIFY2(r.left() >= 0 && r.right() < viewport->width(), qPrintable(what));
            // A label that does not wrap is as wide as its text.
            if (!label->wordWrap())
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(what));
        }
    };
    check("shown");
    if (QTest::currentTestFailed())
        return;
    // Tabbing through every field must not scroll the form sideways.
    QWidget *first = widget<QLineEdit>("title");
    first->setFocus();
    QTRY_VERIFY(first->hasFocus());
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        check("after Tab");
        if (QTest::currentTestFailed())
            return;
    }
    // A long refusal message wraps inside the dock.
    QLineEdit *titleField = widget<QLineEdit>("title");
    titleField->setFocus();
    QTRY_VERIFY(titleField->hasFocus());
    titleField->selectAll();
    QTest::keyClick(titleField, Qt::Key_Delete);
    QTest::keyClick(titleField, Qt::Key_Return);
    QVERIFY(!m_editor->problem().isEmpty());
    check("with a message");
}

void TestEditorInput::withoutAnItemTheEditorSaysSo()
{
    showEditorOn(m_id);
    auto *title = widget<QLineEdit>("title");
    QVERIFY(title->isVisible());
    QCOMPARE(m_editor->headerText(), m_doc->item(m_id)->title);

    m_editor->setItemId(0);
    QVERIFY(m_editor->headerText().contains(QLatin1String("No item selected")));
    // None of the previous item's values is left to read.
    QVERIFY(!title->isVisible());
    QVERIFY(!widget<QComboBox>("health")->isVisible());

    m_editor->setDocument(nullptr);
    QVERIFY(m_editor->headerText().contains(QLatin1String("No roadmap is open")));
    QVERIFY(!title->isVisible());

    // An empty roadmap says how to start.
    SeedRoadmap empty = m_seed;
    empty.items.clear();
    empty.organisations.clear();
    auto created
            = RoadmapDocument::create(m_dir->filePath(QStringLiteral("empty.jcroadmap")), empty);
    QVERIFY(created.ok());
    m_editor->setDocument(created.value().get());
    QVERIFY2(m_editor->headerText().contains(QLatin1String("Ctrl+N")),
             qPrintable(m_editor->headerText()));
    QVERIFY(!title->isVisible());
    m_editor->setDocument(nullptr);
}

void TestEditorInput::updatesAreSignedByTheUser()
{
    QVERIFY(!m_doc->settings().author.isEmpty());
    int asked = 0;
    QString suggestion;
    m_editor->setNameAsker([&](const QString &suggested) {
        ++asked;
        suggestion = suggested;
        return QStringLiteral("Aiko Tanaka-Whitfield, Deputy Director, Japan Desk");
    });
    showEditorOn(m_id);
    const int seeded = int(m_doc->statusUpdates(m_id).value().size());
    auto *text = widget<QPlainTextEdit>("updateText");
    auto *add = widget<QPushButton>("addUpdate");
    auto *history = widget<QTreeWidget>("history");
    for (const char *update : {"Met the counterpart in Ottawa", "Draft text agreed"}) {
        text->setFocus();
        QTest::keyClicks(text, QString::fromLatin1(update));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY2(m_editor->problem().isEmpty(), qPrintable(m_editor->problem()));
    }
    // Asked once, with the account's name as the suggestion, then remembered.
    QCOMPARE(asked, 1);
    QCOMPARE(suggestion, UserIdentity::accountName());
    const QString name = QStringLiteral("Aiko Tanaka-Whitfield, Deputy Director, Japan Desk");
    QCOMPARE(QSettings().value(QStringLiteral("user/name")).toString(), name);
    auto updates = m_doc->statusUpdates(m_id);
    QVERIFY(updates.ok());
    QCOMPARE(updates.value().size(), seeded + 2);
    int mine = 0;
    for (const StatusUpdate &u : updates.value()) {
        QVERIFY(u.author != m_doc->settings().author);
        if (u.text.startsWith(QLatin1String("Met the"))
            || u.text.startsWith(QLatin1String("Draft"))) {
            QCOMPARE(u.author, name);
            ++mine;
        }
    }
    QCOMPARE(mine, 2);
    QList<QTreeWidgetItem *> rows = history->findItems(name, Qt::MatchExactly, 1);
    QCOMPARE(rows.size(), 2);
    // The whole name shows, even in a narrow dock.
    auto *signedBy = widget<QLabel>("updateAuthor");
    QCOMPARE(signedBy->text(), name);
    QVERIFY(signedBy->wordWrap());

    // Cancelling the question adds nothing.
    QSettings().clear();
    m_editor->setNameAsker([](const QString &) { return QString(); });
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Not signed"));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!m_editor->problem().isEmpty());
    QCOMPARE(int(m_doc->statusUpdates(m_id).value().size()), seeded + 2);
}

QTEST_MAIN(TestEditorInput)
#include "tst_editorinput.moc"
