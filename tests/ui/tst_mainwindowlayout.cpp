#include "document/roadmapdocument.h"
#include "editor/itemeditor.h"
#include "mainwindow/filterbar.h"
#include "mainwindow/mainwindow.h"
#include "seed/seedparser.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLayout>
#include <QLineEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace jcr;

namespace {

/**
 * Room for a window's contents on a screen of \a screen device-independent pixels at
 * QT_SCALE_FACTOR \a scale: a desktop panel of 40 device pixels (the Windows task bar; GNOME's
 * top bar and KDE's panel are 32–44) and a frame of 30 for the title bar and 4 for each border,
 * which window managers draw in device pixels.
 */
QSize clientArea(QSize screen, int scale)
{
    return screen - QSize(8, 40 + 30 + 4) / scale;
}

/// What a failure message shows of a widget: its class and name.
QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

/// The least size a layout gives \a w, as Qt's layouts reckon it: a minimum set on the widget
/// wins over its hint.
QSize leastSize(const QWidget *w)
{
    const QSize hint = w->minimumSizeHint();
    const QSize set = w->minimumSize();
    return {set.width() > 0 ? set.width() : std::max(0, hint.width()),
            set.height() > 0 ? set.height() : std::max(0, hint.height())};
}

QString sizeText(QSize s)
{
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}

} // namespace

/// Issue 13, "screenshots at the three sizes show nothing cut or hidden": the planner's window,
/// with the editor dock shown, fits a 1366×768 laptop at the normal font and at twice its size,
/// and the same laptop at QT_SCALE_FACTOR=2; laid out at that size nothing is cut; the filter
/// bar is one row on the laptop.
class TestMainWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void windowFitsTheScreen_data();
    void windowFitsTheScreen();
    void filterBarIsOneRowOnALaptop();

private:
    /// A window on the seeded roadmap with \a fontScale times the normal font, the editor
    /// dock showing an item.
    void openWindow(double fontScale);
    /// Fails when a shown widget under \a root is smaller than its minimum or reaches past
    /// its parent (contents of scroll areas and tab bars scroll: they are left out).
    void expectNothingCut(QWidget *root, const QString &where);

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QFont m_font;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowLayout::initTestCase()
{
    QVERIFY(m_home.isValid() && m_dir.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qunsetenv("XDG_CONFIG_HOME");
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_home.filePath(QStringLiteral("settings")));
    qputenv("JCR_TODAY", "2026-11-26");
    m_font = QApplication::font();
    auto seed = seed::loadDefault();
    QVERIFY(seed.ok());
    QVERIFY(RoadmapDocument::create(m_dir.filePath(QStringLiteral("seeded.jcroadmap")),
                                    seed.value())
                    .ok());
}

void TestMainWindowLayout::init()
{
    QSettings().clear(); // no saved geometry or dock state: the first start
}

void TestMainWindowLayout::cleanup()
{
    m_window.reset();
    QApplication::setFont(m_font);
}

void TestMainWindowLayout::openWindow(double fontScale)
{
    QFont font = m_font;
    font.setPointSizeF(m_font.pointSizeF() * fontScale);
    QApplication::setFont(font);
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDocument(m_dir.filePath(QStringLiteral("seeded.jcroadmap"))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openItemEditor(m_window->document()->items().constFirst().id);
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("itemEditorDock"));
    QVERIFY(dock);
    QTRY_VERIFY(dock->isVisible());
}

void TestMainWindowLayout::expectNothingCut(QWidget *root, const QString &where)
{
    const auto children = root->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *child : children) {
        if (!child->isVisible() || child->isWindow())
            continue;
        // A dock's title buttons are sized by Qt to its title's height, not by their hints.
        if (auto *dock = qobject_cast<QDockWidget *>(root); dock && child != dock->widget())
            continue;
        const QString what
                = QStringLiteral("%1: %2 in %3").arg(where, describe(child), describe(root));
        const QSize minimum = leastSize(child);
        QVERIFY2(child->width() >= minimum.width(),
                 qPrintable(QStringLiteral("%1 is %2 wide, needs %3")
                                    .arg(what)
                                    .arg(child->width())
                                    .arg(minimum.width())));
        // Wrapped text and the filter bar's rows need the height they have at their width. (A
        // stack of pages asks for its pages' preferred heights: its pages are checked below.)
        int height = minimum.height();
        if (child->hasHeightForWidth() && !qobject_cast<QStackedWidget *>(child))
            height = std::max(height,
                              child->layout()
                                      ? child->layout()->totalMinimumHeightForWidth(child->width())
                                      : child->heightForWidth(child->width()));
        QVERIFY2(child->height() >= height,
                 qPrintable(QStringLiteral("%1 is %2 high, needs %3")
                                    .arg(what)
                                    .arg(child->height())
                                    .arg(height)));
        QVERIFY2(root->rect().contains(child->geometry()),
                 qPrintable(QStringLiteral("%1 at %2,%3 %4 reaches past %5")
                                    .arg(what)
                                    .arg(child->x())
                                    .arg(child->y())
                                    .arg(sizeText(child->size()), sizeText(root->size()))));
        // Scrolled contents may be larger than their viewport; tab bars scroll their tabs; the
        // board's column headers and add buttons scroll sideways with its columns.
        if (qobject_cast<QAbstractScrollArea *>(child) || qobject_cast<QTabBar *>(child)
            || child->objectName() == QLatin1String("boardHeaderStrip")
            || child->objectName() == QLatin1String("boardFooterStrip"))
            continue;
        expectNothingCut(child, where);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestMainWindowLayout::windowFitsTheScreen_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<int>("scale");
    QTest::addColumn<double>("fontScale");
    QTest::addRow("1366x768") << QSize(1366, 768) << 1 << 1.0;
    QTest::addRow("1366x768, font x2") << QSize(1366, 768) << 1 << 2.0;
    // The same laptop at QT_SCALE_FACTOR=2: 683×384 device-independent pixels, where text
    // keeps its size in those pixels.
    QTest::addRow("1366x768 at scale 2") << QSize(683, 384) << 2 << 1.0;
}

void TestMainWindowLayout::windowFitsTheScreen()
{
    QFETCH(QSize, screen);
    QFETCH(int, scale);
    QFETCH(double, fontScale);
    openWindow(fontScale);
    if (QTest::currentTestFailed())
        return;
    const QSize room = clientArea(screen, scale);
    const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    // The parts, for the message: the window's children, the central ones, the views.
    QString parts;
    QWidgetList shown = m_window->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    shown += m_window->centralWidget()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (int tab = 0; tab < m_window->viewTabs()->count(); ++tab)
        shown += m_window->viewTabs()->widget(tab);
    for (QWidget *w : std::as_const(shown)) {
        if (!w->isHidden()
            || w->parentWidget() == m_window->viewTabs()->currentWidget()->parentWidget())
            parts += QStringLiteral("\n  %1: %2").arg(describe(w), sizeText(w->minimumSizeHint()));
    }
    QVERIFY2(minimum.width() <= room.width() && minimum.height() <= room.height(),
             qPrintable(QStringLiteral("the window needs %1, the screen has room for %2; "
                                       "minimum sizes:%3")
                                .arg(sizeText(minimum), sizeText(room), parts)));

    // Laid out in that room, every view shows all of its parts, none squeezed or cut.
    m_window->resize(room);
    QTRY_COMPARE(m_window->size(), room);
    for (int tab = 0; tab < m_window->viewTabs()->count(); ++tab) {
        m_window->viewTabs()->setCurrentIndex(tab);
        QTest::qWait(20);
        expectNothingCut(m_window.get(), m_window->viewTabs()->tabText(tab));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestMainWindowLayout::filterBarIsOneRowOnALaptop()
{
    openWindow(1.0);
    if (QTest::currentTestFailed())
        return;
    // As the planner first opens there: 90 % of the screen (a 40-pixel panel), the editor dock
    // at its own width.
    const QSize first = QSize(1366, 768 - 40) * 0.9;
    m_window->resize(first);
    auto *bar = m_window->findChild<FilterBar *>();
    QVERIFY(bar);
    QTRY_COMPARE(m_window->size(), first);
    // One row: every filter on the same line, and the bar no taller than that line.
    int top = -1;
    int rowHeight = 0;
    for (QWidget *w : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!w->isVisible())
            continue;
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QToolButton *>(w)) {
            if (top < 0)
                top = w->geometry().center().y();
            QCOMPARE(w->geometry().center().y(), top);
            rowHeight = std::max(rowHeight, w->height());
        }
    }
    QVERIFY(rowHeight > 0);
    QCOMPARE(bar->height(), bar->sizeHint().height());
    const QMargins margins = bar->layout()->contentsMargins();
    QCOMPARE(bar->height(), rowHeight + margins.top() + margins.bottom());
}

QTEST_MAIN(TestMainWindowLayout)
#include "tst_mainwindowlayout.moc"
