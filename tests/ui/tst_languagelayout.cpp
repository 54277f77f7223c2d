#include "document/roadmapdocument.h"
#include "i18n/language.h"
#include "mainwindow/filterbar.h"
#include "mainwindow/mainwindow.h"
#include "seed/seedparser.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>

using namespace jcr;

/// Issue 15: the editor and the filter bar hold French and Japanese text at 1366×768. The
/// suite runs once per language (ctest: tst_languagelayout_fr with LANG=fr_CA.UTF-8,
/// tst_languagelayout_ja with LANG=ja_JP.UTF-8); it speaks the system's language, as the
/// planner does without a choice in View ▸ Language.
class TestLanguageLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_dir.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("XDG_CONFIG_HOME");
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_home.filePath(QStringLiteral("settings")));
        qputenv("JCR_TODAY", "2026-11-26");
        m_language = Language::preferred();
        QVERIFY2(m_language != QLocale::English,
                 "run with LANG=fr_CA.UTF-8 or LANG=ja_JP.UTF-8 (see tests/ui/CMakeLists.txt)");
        Language::apply(m_language);
        auto seed = seed::loadDefault();
        QVERIFY(seed.ok());
        QVERIFY(RoadmapDocument::create(m_dir.filePath(QStringLiteral("seeded.jcroadmap")),
                                        seed.value())
                        .ok());
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openDocument(m_dir.filePath(QStringLiteral("seeded.jcroadmap"))));
        m_window->resize(1366, 768 - 40);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openItemEditor(m_window->document()->items().constFirst().id);
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("itemEditorDock"));
        QVERIFY(dock);
        QTRY_VERIFY(dock->isVisible());
        QTest::qWait(50);
    }

    void cleanupTestCase() { m_window.reset(); }

    /// The interface is really in the language: the menus are translated.
    void interfaceIsTranslated()
    {
        const QString file = m_window->menuBar()->actions().constFirst()->text();
        QVERIFY2(file != QStringLiteral("&File"), qPrintable(file));
        QCOMPARE(QLocale().language(), m_language);
    }

    void editorLabelsAreWhole()
    {
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("itemEditorDock"));
        QVERIFY(dock);
        expectWhole(dock->widget(), QStringLiteral("editor"), false, 10);
    }

    void filterBarLabelsAreWhole()
    {
        auto *bar = m_window->findChild<FilterBar *>();
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        expectWhole(bar, QStringLiteral("filter bar"), true, 9);
    }

    /// View ▸ Language: the choice is remembered for the next start, and the window says when
    /// it applies; the system's language again removes the choice.
    void languageMenuRemembersTheChoice()
    {
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        auto *system = menu->findChild<QAction *>(QStringLiteral("language-system"));
        QVERIFY(system);
        QVERIFY(system->isChecked());
        const QLocale::Language other
                = m_language == QLocale::French ? QLocale::Japanese : QLocale::French;
        QAction *choice = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->objectName() == QStringLiteral("language-") + Language::code(other))
                choice = a;
        }
        QVERIFY(choice);
        choice->trigger();
        QVERIFY(choice->isChecked());
        QCOMPARE(QSettings().value(Language::settingsKey()).toString(), Language::code(other));
        QCOMPARE(Language::preferred(), other);
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains(Language::nativeName(other)), qPrintable(message));
        // The interface keeps its language until the next start.
        QCOMPARE(Language::current(), m_language);
        system->trigger();
        QVERIFY(!QSettings().contains(Language::settingsKey()));
        QCOMPARE(Language::preferred(), m_language);
    }

private:
    /// Fails when a visible label or button under \a root (and with \a placeholders the hint
    /// of a field) is narrower than its text needs (a word-wrapped label may wrap); fewer
    /// than \a minimum checked means the search found nothing to check.
    void expectWhole(QWidget *root, const QString &where, bool placeholders, int minimum)
    {
        int checked = 0;
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(m_window.get()) || label->text().isEmpty() || label->wordWrap()
                || label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
                continue;
            QString text = label->text();
            text.remove(QLatin1Char('&'));
            const int needed = label->fontMetrics().horizontalAdvance(text);
            QVERIFY2(label->contentsRect().width() >= needed,
                     qPrintable(QStringLiteral("%1: label “%2” is %3 px wide, needs %4")
                                        .arg(where, text)
                                        .arg(label->contentsRect().width())
                                        .arg(needed)));
            ++checked;
        }
        for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
            if (!button->isVisibleTo(m_window.get()) || button->text().isEmpty())
                continue;
            QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1: button “%2” is %3 px wide, needs %4")
                                        .arg(where, button->text())
                                        .arg(button->width())
                                        .arg(button->minimumSizeHint().width())));
            ++checked;
        }
        // The filter field's hint ("Filtrer (Ctrl+F)…") is whole too, and so is what each
        // filter list shows at first (« Tous les domaines », 「すべての分野」): the bar wraps
        // to a second row rather than cut them.
        for (QComboBox *combo : root->findChildren<QComboBox *>()) {
            if (!placeholders || !combo->isVisibleTo(m_window.get()) || combo->parent() != root)
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.currentText = combo->currentText();
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, combo);
            const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
            QVERIFY2(field.width() >= needed,
                     qPrintable(QStringLiteral("%1: list “%2” shows %3 px, needs %4")
                                        .arg(where, combo->currentText())
                                        .arg(field.width())
                                        .arg(needed)));
            ++checked;
        }
        for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
            if (!placeholders || !edit->isVisibleTo(m_window.get()) || !edit->text().isEmpty()
                || edit->placeholderText().isEmpty() || edit->parent() != root)
                continue;
            const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
            QVERIFY2(edit->width() >= needed,
                     qPrintable(QStringLiteral("%1: hint “%2” is %3 px wide, needs %4")
                                        .arg(where, edit->placeholderText())
                                        .arg(edit->width())
                                        .arg(needed)));
            ++checked;
        }
        QVERIFY2(checked >= minimum, qPrintable(QStringLiteral("%1: nothing checked").arg(where)));
    }

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QLocale::Language m_language = QLocale::English;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestLanguageLayout)
#include "tst_languagelayout.moc"
