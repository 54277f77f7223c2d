#include "document/roadmapdocument.h"
#include "i18n/language.h"
#include "mainwindow/mainwindow.h"
#include "models/itemfiltermodel.h"
#include "models/itemmodel.h"
#include "models/roles.h"
#include "seed/seedparser.h"
#include "sources/emphasismarkup.h"
#include "sources/importsourcedialog.h"
#include "sources/sourcecoverage.h"
#include "sources/sourcesview.h"
#include "sources/sourcetextview.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QUndoStack>

using namespace jcr;

/// The Sources tab driven through the real main window (issue 16).
class TestSourcesView : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    SourcesView *m_view = nullptr;

    SourceTextView *text() const { return m_view->textView(); }
    RoadmapDocument *doc() const { return m_window->document(); }

    /// The item ids of every stored-text character, as the view's formats say.
    QList<QList<qint64>> highlightedIds() const
    {
        const QString stored = text()->source().text;
        QList<QList<qint64>> out(stored.size());
        for (QTextBlock b = text()->document()->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                const QVariant ids = f.charFormat().property(SourceTextView::CitedItemsProperty);
                if (!ids.isValid())
                    continue;
                for (int shown = f.position(); shown < f.position() + f.length(); ++shown)
                    out[text()->storedPosition(shown)] = ids.value<QList<qint64>>();
            }
        }
        return out;
    }

    QPoint pointAt(qsizetype stored) const
    {
        QTextCursor c(text()->document());
        c.setPosition(int(text()->shownPosition(stored)));
        return text()->cursorRect(c).center() + QPoint(2, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // "%n sentence(s)" as the application shows it (main() installs the same English plural
        // forms).
        Language::installTranslator();
        QStandardPaths::setTestModeEnabled(true);
        qputenv("JCR_TODAY", "2026-11-26");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto seed = seed::loadDefault();
        QVERIFY(seed.ok());
        auto created = RoadmapDocument::create(m_dir->filePath(QStringLiteral("s.jcroadmap")),
                                               seed.value());
        QVERIFY(created.ok());
        m_window = std::make_unique<MainWindow>();
        m_window->setDocument(std::move(created.value()));
        m_window->resize(1400, 900);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        m_view = qobject_cast<SourcesView *>(m_window->viewTabs()->currentWidget());
        QVERIFY(m_view);
        QTRY_VERIFY(!text()->toPlainText().isEmpty());
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void showsTheStatementFormattedWithCoverage()
    {
        const QString shown = text()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("a Comprehensive Strategic Partnership and")));
        QVERIFY(!shown.contains(QLatin1Char('*')));
        // The emphasis is formatting.
        const qsizetype at = text()->source().text.indexOf(QStringLiteral("Cyber Policy"));
        QTextCursor c(text()->document());
        c.setPosition(int(text()->shownPosition(at)) + 1);
        QCOMPARE(c.charFormat().fontWeight(), int(QFont::Bold));
        QCOMPARE(m_view->coverageText(), QStringLiteral("11 of 11 commitment sentences tracked"));
    }

    /// What is highlighted is exactly what the items cite.
    void highlightedPassagesEqualTheItemsSources()
    {
        const SourceDocument &source = text()->source();
        QList<QList<qint64>> expected(source.text.size());
        for (const Item &it : doc()->items()) {
            for (const Citation &c : it.citations) {
                const TextSpan span = SourceCoverage::locate(source.text, c.passage);
                QVERIFY(span.start >= 0);
                for (qsizetype i = span.start; i < span.end(); ++i) {
                    if (!expected[i].contains(it.id))
                        expected[i].append(it.id);
                }
            }
        }
        for (auto &ids : expected)
            std::sort(ids.begin(), ids.end());
        QList<QList<qint64>> got = highlightedIds();
        // Emphasis markers are not shown, so they carry no format: compare the rest.
        for (qsizetype i = 0; i < source.text.size(); ++i) {
            if (source.text.at(i) == QLatin1Char('*'))
                expected[i] = got[i] = {};
        }
        QCOMPARE(got, expected);
    }

    void clickPassageShowsItemAndItemShowsPassage()
    {
        const QString passage = QStringLiteral("We direct our foreign ministers");
        const qsizetype at = text()->source().text.indexOf(passage);
        QVERIFY(at > 0);
        QTest::mouseClick(text()->viewport(), Qt::LeftButton, {}, pointAt(at + 5));
        const qint64 current = m_window->currentItemId();
        QVERIFY(current > 0);
        QCOMPARE(doc()->item(current)->title,
                 QStringLiteral("Foreign ministers coordinate and oversee work under the Roadmap"));

        // Item → passage: choosing another item moves the text cursor into its passage.
        qint64 g7 = 0;
        for (const Item &it : doc()->items()) {
            if (it.title.contains(QStringLiteral("G7")))
                g7 = it.id;
        }
        auto *items = qobject_cast<ItemModel *>(m_window->filterModel()->sourceModel());
        m_window->selectionModel()->setCurrentIndex(
                m_window->filterModel()->mapFromSource(items->indexOfId(g7)),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const TextSpan g7Span = SourceCoverage::locate(
                text()->source().text, doc()->item(g7)->citations.constFirst().passage);
        QTRY_COMPARE(text()->storedPosition(text()->textCursor().position()), g7Span.start);
    }

    /// Select words with the keyboard, press New Item from Passage, undo it.
    void newItemFromSelectedPassage()
    {
        const QString &stored = text()->source().text;
        const qsizetype at
                = stored.indexOf(QStringLiteral("Japan-Canada bilateral relations shape"));
        QVERIFY(at > 0);
        QTest::mouseClick(text()->viewport(), Qt::LeftButton, {}, pointAt(at) - QPoint(2, 0));
        const int length = int(QStringLiteral("Japan-Canada bilateral relations shape").size());
        for (int i = 0; i < length; ++i)
            QTest::keyClick(text(), Qt::Key_Right, Qt::ShiftModifier);
        QList<QPushButton *> buttons = m_view->findChildren<QPushButton *>();
        QPushButton *newItem = nullptr;
        for (QPushButton *b : buttons) {
            if (b->text().contains(QStringLiteral("Passage")))
                newItem = b;
        }
        QVERIFY(newItem);
        QTRY_VERIFY(newItem->isEnabled());
        const TextSpan span = text()->selectedSpan();
        QCOMPARE(stored.mid(span.start, span.length),
                 QStringLiteral("Japan-Canada bilateral relations shape"));
        const int before = doc()->itemCount();
        QTest::mouseClick(newItem, Qt::LeftButton);
        QCOMPARE(doc()->itemCount(), before + 1);
        const Item created = doc()->itemAt(before);
        QCOMPARE(created.citations.size(), 1);
        QCOMPARE(created.citations.constFirst().passage,
                 QStringLiteral("Japan-Canada bilateral relations shape"));
        QCOMPARE(created.citations.constFirst().sourceId, text()->source().id);
        QCOMPARE(created.status, Status::Proposed);
        QCOMPARE(m_window->currentItemId(), created.id);
        QTRY_COMPARE(highlightedIds().at(at), QList<qint64> {created.id});

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc()->itemCount(), before);
        QTRY_VERIFY(highlightedIds().at(at).isEmpty());
    }

    void importedSourceCanBeShownAndCited()
    {
        ImportSourceDialog dialog;
        dialog.findChildren<QLineEdit *>().at(0)->setText(QStringLiteral("2+2 readout"));
        dialog.findChildren<QLineEdit *>().at(1)->setText(QStringLiteral("2026-02-30"));
        dialog.findChild<QPlainTextEdit *>()->setPlainText(
                QStringLiteral("The Ministers agreed to hold a *Space Dialogue*."));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // the date is not a day
        dialog.findChildren<QLineEdit *>().at(1)->setText(QStringLiteral("2026-10-02"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto stored = doc()->importSource(dialog.source());
        QVERIFY(stored.ok());
        QTRY_COMPARE(m_view->coverageText(),
                     QStringLiteral("11 of 11 commitment sentences tracked in this text · 11 of "
                                    "12 commitment sentences tracked in all sources"));
        m_view->showSource(stored->id);
        QCOMPARE(text()->toPlainText().trimmed(),
                 QStringLiteral("The Ministers agreed to hold a Space Dialogue."));
        QCOMPARE(m_view->coverageText().left(37),
                 QStringLiteral("0 of 1 commitment sentence tracked in"));
    }
};

QTEST_MAIN(TestSourcesView)
#include "tst_sourcesview.moc"
