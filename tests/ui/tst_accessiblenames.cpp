#include "document/roadmapdocument.h"
#include "domain/documentsettings.h"
#include "editor/fuzzydateedit.h"
#include "editor/organisationsdialog.h"
#include "mainwindow/baselinechooser.h"
#include "mainwindow/baselinesdialog.h"
#include "mainwindow/documentpropertiesdialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/preferencesdialog.h"
#include "print/reportoptionsdialog.h"
#include "seed/seedparser.h"
#include "sources/importsourcedialog.h"
#include "timeline/exporttimelinedialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace jcr;

namespace {

/// Whether a user can act on \a w: it takes the keyboard focus (Tab or a click), or it is a
/// button. Labels, frames and scroll bars (which never take focus) are not controls.
bool isInteractive(const QWidget *w)
{
    return (w->focusPolicy() & Qt::ClickFocus) || qobject_cast<const QAbstractButton *>(w);
}

/// What a failure message shows of a widget: its class, object name and the path above it.
QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget())
        path.prepend(
                QStringLiteral("%1\"%2\"")
                        .arg(QString::fromLatin1(p->metaObject()->className()), p->objectName()));
    return path.join(QStringLiteral(" > "));
}

/// The controls under \a root (itself included) that a screen reader would announce without a
/// name. The name is what the accessibility bridge sends: the widget's accessible name, else
/// its text, else its label's (QLabel::setBuddy()). A combo box that has only its current value
/// for a name and neither a label nor a description is unnamed too: "All areas" says what is
/// chosen, not what is chosen there.
QStringList unnamedControls(QWidget *root)
{
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        // Hidden controls are not announced (a notice shows, and gets its name, when needed).
        if (!isInteractive(w) || !w->isVisible())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface) {
            found << describe(w) + QStringLiteral(": no accessible interface");
            continue;
        }
        // Parts a control draws as its own (a spin box's line edit) are not in the tree: the
        // control speaks for them.
        if (QAccessibleInterface *parent = iface->parent();
            w != root && parent && parent->indexOfChild(iface) < 0)
            continue;
        const QString name = iface->text(QAccessible::Name).trimmed();
        if (name.isEmpty()) {
            found << describe(w);
            continue;
        }
        // On Linux a combo box's name is its value whatever its accessible name: a screen
        // reader says what it is for from its label (the "labelled by" relation of a buddy
        // label) or its description.
        if (auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->isEditable()
            && name == combo->currentText().trimmed()
            && iface->relations(QAccessible::Label).isEmpty()
            && iface->text(QAccessible::Description).trimmed().isEmpty())
            found << describe(w) + QStringLiteral(": named by its value only");
    }
    return found;
}

} // namespace

/// Issue 18: every control of the main window, its docks and its dialogs has an accessible
/// name, so a screen reader says what it is.
class TestAccessibleNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void mainWindowControlsAreNamed();
    void dialogControlsAreNamed_data();
    void dialogControlsAreNamed();
    void compareWithDayDialogIsNamed();
    void dateFieldCalendarIsNamed();
    void theCheckFindsAnUnnamedControl();

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibleNames::initTestCase()
{
    QVERIFY(m_home.isValid() && m_dir.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qunsetenv("XDG_CONFIG_HOME");
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_home.filePath(QStringLiteral("settings")));
    qputenv("JCR_TODAY", "2026-11-26");
    auto seed = seed::loadDefault();
    QVERIFY(seed.ok());
    m_path = m_dir.filePath(QStringLiteral("seeded.jcroadmap"));
    QVERIFY(RoadmapDocument::create(m_path, seed.value()).ok());
    QAccessible::setActive(true);
}

void TestAccessibleNames::cleanup()
{
    m_window.reset();
}

void TestAccessibleNames::mainWindowControlsAreNamed()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDocument(m_path));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The editor dock and the Changes dock with their contents.
    m_window->openItemEditor(m_window->document()->items().constFirst().id);
    m_window->changesDock()->show();
    // View ▸ Compare With a past day: the items table's baseline columns, the timeline's ghost
    // bars and the board's slip badges show.
    m_window->baselineChooser()->chooseDay(QDate(2026, 11, 1));
    QCOMPARE(m_window->baselineChooser()->chosenDay(), QDate(2026, 11, 1));
    // Every view once on screen (some build their widgets when first shown).
    QStringList unnamed;
    for (int tab = 0; tab < m_window->viewTabs()->count(); ++tab) {
        m_window->viewTabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        unnamed += unnamedControls(m_window.get());
    }
    unnamed.removeDuplicates();
    for (const QString &w : std::as_const(unnamed))
        qWarning().noquote() << "unnamed:" << w;
    QVERIFY2(unnamed.isEmpty(), qPrintable(QString::number(unnamed.size())));
}

void TestAccessibleNames::dialogControlsAreNamed_data()
{
    QTest::addColumn<int>("which");
    QTest::addRow("document properties") << 0;
    QTest::addRow("preferences") << 1;
    QTest::addRow("organisations") << 2;
    QTest::addRow("report options") << 3;
    QTest::addRow("export timeline") << 4;
    QTest::addRow("import source") << 5;
    QTest::addRow("baselines") << 6;
}

void TestAccessibleNames::dialogControlsAreNamed()
{
    QFETCH(int, which);
    auto document = RoadmapDocument::open(m_path);
    QVERIFY(document.ok());
    RoadmapDocument *doc = document.value().get();
    std::unique_ptr<QDialog> dialog;
    switch (which) {
    case 0:
        dialog = std::make_unique<DocumentPropertiesDialog>(doc->settings(), false);
        break;
    case 1:
        dialog = std::make_unique<PreferencesDialog>();
        break;
    case 2:
        dialog = std::make_unique<OrganisationsDialog>(doc);
        break;
    case 3:
        dialog = std::make_unique<ReportOptionsDialog>(doc);
        break;
    case 4:
        dialog = std::make_unique<ExportTimelineDialog>(QDate(2026, 1, 1), QDate(2028, 12, 31));
        break;
    case 5:
        dialog = std::make_unique<ImportSourceDialog>();
        break;
    case 6:
        dialog = std::make_unique<BaselinesDialog>(doc);
        break;
    }
    QVERIFY(dialog);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    if (auto *baselines = qobject_cast<BaselinesDialog *>(dialog.get())) {
        // With a baseline in the list, chosen: Rename and Delete are enabled too.
        baselines->nameField()->setText(QStringLiteral("Before the summit"));
        QTest::keyClick(baselines->nameField(), Qt::Key_Return);
        QTRY_COMPARE(baselines->list()->topLevelItemCount(), 1);
        baselines->list()->setCurrentItem(baselines->list()->topLevelItem(0));
        QVERIFY(baselines->problem().isEmpty());
    }
    const QStringList unnamed = unnamedControls(dialog.get());
    for (const QString &w : unnamed)
        qWarning().noquote() << "unnamed:" << w;
    QVERIFY2(unnamed.isEmpty(), qPrintable(QString::number(unnamed.size())));
}

/// View ▸ Compare With ▸ A Day… asks for the day in a dialog of its own.
void TestAccessibleNames::compareWithDayDialogIsNamed()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDocument(m_path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *day = m_window->baselineChooser()->menu()->findChild<QAction *>(
            QStringLiteral("compareDay"));
    QVERIFY(day);
    bool walked = false;
    QStringList unnamed;
    QTimer::singleShot(0, this, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        walked = true;
        unnamed = unnamedControls(dialog);
        qobject_cast<QDialog *>(dialog)->reject();
    });
    day->trigger();
    QVERIFY(walked);
    for (const QString &w : std::as_const(unnamed))
        qWarning().noquote() << "unnamed:" << w;
    QVERIFY2(unnamed.isEmpty(), qPrintable(QString::number(unnamed.size())));
}

/// The calendar that a date field of the item editor drops down.
void TestAccessibleNames::dateFieldCalendarIsNamed()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDocument(m_path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openItemEditor(m_window->document()->items().constFirst().id);
    auto *field = m_window->findChild<FuzzyDateEdit *>();
    QVERIFY(field);
    QToolButton *button = nullptr;
    for (auto *b : field->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        if (b->menu())
            button = b;
    }
    QVERIFY(button);
    bool walked = false;
    QStringList unnamed;
    QTimer::singleShot(100, this, [&] {
        QWidget *popup = QApplication::activePopupWidget();
        if (!popup)
            return;
        walked = true;
        unnamed = unnamedControls(popup);
        popup->close();
    });
    button->showMenu();
    QVERIFY(walked);
    for (const QString &w : std::as_const(unnamed))
        qWarning().noquote() << "unnamed:" << w;
    QVERIFY2(unnamed.isEmpty(), qPrintable(QString::number(unnamed.size())));
}

/// The check itself: a button with only an icon, and a combo box named by its value, are found.
void TestAccessibleNames::theCheckFindsAnUnnamedControl()
{
    QWidget window;
    auto *button = new QPushButton(&window);
    button->setIcon(window.style()->standardIcon(QStyle::SP_DialogCloseButton));
    auto *combo = new QComboBox(&window);
    combo->addItems({QStringLiteral("All areas"), QStringLiteral("Security")});
    new QVBoxLayout(&window);
    window.layout()->addWidget(button);
    window.layout()->addWidget(combo);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(unnamedControls(&window).size(), 2);
    button->setAccessibleName(QStringLiteral("Clear"));
    combo->setAccessibleDescription(QStringLiteral("Priority area"));
    QVERIFY(unnamedControls(&window).isEmpty());
}

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
