#include "mainwindow.h"

#include "i18n/language.h"
#include "languagemenu.h"

#include "sources/sourcesview.h"

#include "baselinechooser.h"
#include "baselinesdialog.h"
#include "board/boardview.h"
#include "changesview.h"
#include "classificationbanner.h"
#include "connectdialog.h"
#include "connectionbanner.h"
#include "document/backupmanager.h"
#include "document/dialogfolders.h"
#include "document/paths.h"
#include "document/roadmapdocument.h"
#include "document/useridentity.h"
#include "documentpropertiesdialog.h"
#include "domain/clock.h"
#include "edit/editservice.h"
#include "edit/pendingwrites.h"
#include "editor/itemeditor.h"
#include "editor/organisationsdialog.h"
#include "filestatebanner.h"
#include "filterbar.h"
#include "interchange/interchangeactions.h"
#include "itemsview.h"
#include "mainwindowaccessible.h"
#include "models/itemfiltermodel.h"
#include "models/itemmodel.h"
#include "models/roles.h"
#include "openfilenotice.h"
#include "preferencesdialog.h"
#include "print/reportactions.h"
#include "recentfiles.h"
#include "roadmaplocation.h"
#include "seed/seedparser.h"
#include "storage/roadmapstore.h"
#include "storage/serveraddress.h"
#include "teamroadmapconnector.h"
#include "timeline/timelineview.h"
#include "viewtabs.h"
#include "widgets/accessiblenames.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jcr {

namespace {

/// A command text fit for a menu: at most about 40 characters, '&' shown, not a mnemonic.
QString menuText(const QString &commandText)
{
    constexpr int MaxChars = 40;
    QString text = commandText.simplified();
    if (text.size() > MaxChars)
        text = text.left(MaxChars - 1).trimmed() + QStringLiteral("…");
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    // The marking band in the menu bar's corner is reachable by screen readers through it.
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&MainWindowAccessible::factory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    accessiblenames::forgetCachedInterface(this); // one made while QMainWindow was being built
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The marking sits at the right end of the menu bar: always in view, and it costs the
    // views no height on a 768-pixel screen.
    m_markingBanner = new ClassificationBanner(this);
    m_readOnlyBanner = new QLabel(central);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setContentsMargins(10, 6, 10, 6);
    m_readOnlyBanner->setStyleSheet(QStringLiteral(
            "QLabel { background: #fff4ce; color: #5c4400; border-bottom: 1px solid #e0c46c; }"));
    m_readOnlyBanner->hide();

    m_connectionBanner = new ConnectionBanner(central);
    connect(m_connectionBanner, &ConnectionBanner::reconnected, this, [this] {
        statusBar()->showMessage(tr("Connected again; the roadmap was re-read."), 8000);
    });

    m_connector = new TeamRoadmapConnector(this);
    connect(m_connector, &TeamRoadmapConnector::messageShown, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    m_fileBanner = new FileStateBanner(central);
    connect(m_fileBanner, &FileStateBanner::failed, this, &MainWindow::showError);
    connect(m_fileBanner, &FileStateBanner::fileSwitched, this, [this] {
        m_recent->add(m_document->filePath());
        updateTitleAndState();
    });

    m_filterBar = new FilterBar(central);
    m_views = new ViewTabs(central);
    m_views->setDocumentMode(true);
    layout->addWidget(m_connectionBanner);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_fileBanner);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);

    m_editor = new ItemEditor(this);
    m_editorDock = new QDockWidget(tr("Item"), this);
    m_editorDock->setObjectName(QStringLiteral("itemEditorDock"));
    m_editorDock->setWidget(m_editor);
    // No fixed minimum width: the editor's own (the form with nothing cut) lets the window fit
    // a 1366×768 laptop at QT_SCALE_FACTOR=2.
    connect(m_editor, &ItemEditor::leaveRequested, this, &MainWindow::leaveEditor);
    addDockWidget(Qt::RightDockWidgetArea, m_editorDock);

    // The record of change of the whole roadmap; hidden until asked for (View ▸ Changes).
    m_changesView = new ChangesView(this);
    m_changesDock = new QDockWidget(tr("Changes"), this);
    m_changesDock->setObjectName(QStringLiteral("changesDock"));
    m_changesDock->setWidget(m_changesView);
    connect(m_changesView, &ChangesView::itemActivated, this, &MainWindow::selectItem);
    addDockWidget(Qt::BottomDockWidgetArea, m_changesDock);
    m_changesDock->hide();

    m_countLabel = new QLabel(this);
    m_centennialLabel = new QLabel(this);
    statusBar()->addWidget(m_countLabel, 1);
    m_fileNotice = new OpenFileNotice(this);
    statusBar()->addWidget(m_fileNotice);
    statusBar()->addPermanentWidget(m_centennialLabel);

    createActions();
    // "Once per day of use": a session left open overnight gets the next day's backup too.
    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(60 * 60 * 1000);
    connect(m_backupTimer, &QTimer::timeout, this, &MainWindow::takeDailyBackup);
    m_backupTimer->start();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, a planning tool wants room.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(available.size() * 0.9);
        move(available.center() - rect().center());
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitleAndState();
}

MainWindow::~MainWindow()
{
    // Views and models refer to the document: they go before it.
    clearViews();
}

void MainWindow::createActions()
{
    m_undoGroup = new QUndoGroup(this);
    menuBar()->setCornerWidget(m_markingBanner, Qt::TopRightCorner);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Roadmap…"), QKeySequence(tr("Ctrl+Shift+N")), this,
                    [this] { newRoadmap(true); });
    file->addAction(tr("New E&mpty Roadmap…"), this, [this] { newRoadmap(false); });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::open);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    m_recent = new RecentFiles(recent, this);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openDocument);
    QAction *openInNew = file->addAction(tr("Op&en in New Window…"), this, [this] {
        const QString path = askOpenPath();
        if (!path.isEmpty())
            openInNewWindow(path);
    });
    openInNew->setObjectName(QStringLiteral("openInNewWindowAction"));
    QAction *connectAction = file->addAction(tr("Connect to Te&am Roadmap…"), this,
                                             &MainWindow::connectToTeamRoadmap);
    connectAction->setObjectName(QStringLiteral("connectAction"));
    QAction *newWindowAction = file->addAction(tr("New &Window"), this, [this] { newWindow(); });
    newWindowAction->setObjectName(QStringLiteral("newWindowAction"));
    file->addSeparator();
    // Explicit: QKeySequence::SaveAs is empty outside GNOME and KDE sessions.
    m_documentActions << file->addAction(tr("Save a Cop&y As…"), QKeySequence(tr("Ctrl+Shift+S")),
                                         this, &MainWindow::saveCopyAs);
    m_documentActions << file->addAction(tr("Doc&ument Properties…"), this,
                                         &MainWindow::editDocumentProperties);
    m_restoreBackup
            = file->addAction(tr("Restore from &Backup…"), this, &MainWindow::restoreFromBackup);
    file->addSeparator();
    auto *interchange = new InterchangeActions(this, [this] { return m_document.get(); });
    connect(interchange, &InterchangeActions::messageShown, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    file->addMenu(interchange->exportMenu());
    m_documentActions << interchange->exportMenu()->menuAction();
    file->addAction(interchange->importAction());
    m_editActions << interchange->importAction();
    file->addSeparator();
    auto *reports = new ReportActions(this, [this] { return m_document.get(); });
    connect(reports, &ReportActions::pdfExported, this, [this](const QString &path) {
        m_fileNotice->showFor(tr("Exported “%1” — click to open").arg(QFileInfo(path).fileName()),
                              path);
    });
    file->addActions(reports->actions());
    m_documentActions << reports->actions();
    file->addSeparator();
    m_documentActions << file->addAction(tr("&Close"), QKeySequence::Close, this,
                                         &MainWindow::closeDocument);
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Not QUndoGroup's own actions: their text repeats the whole command text, and a long
    // item title would stretch the menu across the screen.
    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcuts({QKeySequence(tr("Ctrl+Z"))});
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, [this](const QString &text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(menuText(text)));
        m_undo->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo %1").arg(text));
    });
    m_redo = new QAction(tr("&Redo"), this);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    // Both common redo keys, whatever the platform's default.
    m_redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    m_redo->setEnabled(false);
    connect(m_redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, [this](const QString &text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(menuText(text)));
        m_redo->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo %1").arg(text));
    });
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    m_editActions << edit->addAction(tr("&New Item"), QKeySequence::New, this,
                                     &MainWindow::newItem);
    m_documentActions << edit->addAction(tr("&Edit Item"), QKeySequence(tr("Ctrl+E")), this,
                                         [this] { openItemEditor(currentItemId()); });
    QAction *del = edit->addAction(tr("&Delete Item"), this, &MainWindow::deleteSelected);
    del->setShortcut(QKeySequence::Delete);
    // Delete in a text field deletes text: the shortcut only acts in the views.
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_views->addAction(del);
    m_editActions << del;
    edit->addSeparator();
    m_documentActions << edit->addAction(tr("&Find…"), QKeySequence::Find, this,
                                         [this] { m_filterBar->focusText(); });
    m_documentActions << edit->addAction(tr("C&lear Filters"), this,
                                         [this] { m_filterBar->clear(); });
    edit->addSeparator();
    QAction *organisations
            = edit->addAction(tr("&Organisations…"), this, &MainWindow::editOrganisations);
    organisations->setObjectName(QStringLiteral("organisationsAction"));
    m_documentActions << organisations;
    QAction *baselines = edit->addAction(tr("&Baselines…"), this, [this] {
        if (m_document)
            BaselinesDialog(m_document.get(), this).exec();
    });
    baselines->setObjectName(QStringLiteral("baselinesAction"));
    m_documentActions << baselines;
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Preferen&ces…"), this, &MainWindow::editPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_editorDock->toggleViewAction());
    QAction *changes = m_changesDock->toggleViewAction();
    changes->setText(tr("&Changes"));
    changes->setObjectName(QStringLiteral("changesAction"));
    changes->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    connect(changes, &QAction::triggered, this, [this](bool shown) {
        if (shown) {
            m_changesDock->raise();
            m_changesView->setFocus(Qt::ShortcutFocusReason);
        }
    });
    view->addAction(changes);
    m_baselineChooser = new BaselineChooser(view->addMenu(tr("Compare &With")), this);
    connect(m_baselineChooser, &BaselineChooser::failed, this,
            [this](const QString &message) { showError(tr("No comparison"), message); });
    auto *language = new LanguageMenu(view);
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this, [this](QLocale::Language l) {
        statusBar()->showMessage(
                l == Language::current()
                        ? tr("The planner speaks %1 already.").arg(Language::nativeName(l))
                        : tr("The planner will speak %1 from its next start.")
                                  .arg(Language::nativeName(l)),
                15000);
    });
    view->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);

    // F10 opens the menu bar, as in GNOME and KDE applications.
    auto *menuKey = new QAction(this);
    menuKey->setShortcut(QKeySequence(Qt::Key_F10));
    connect(menuKey, &QAction::triggered, this, [this] {
        const QList<QAction *> menus = menuBar()->actions();
        if (!menus.isEmpty()) {
            menuBar()->setFocus(Qt::ShortcutFocusReason);
            menuBar()->setActiveAction(menus.constFirst());
        }
    });
    addAction(menuKey);
}

void MainWindow::addView(QWidget *view, const QString &title)
{
    const int index = m_views->addTab(view, title);
    if (index < 9) {
        QMenu *viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
        auto *action = new QAction(title, this);
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(index + 1)));
        connect(action, &QAction::triggered, this, [this, view] {
            m_views->setCurrentWidget(view);
            view->setFocus();
        });
        if (viewMenu)
            viewMenu->addAction(action);
        addAction(action);
        m_viewActions << action;
    }
}

void MainWindow::clearViews()
{
    for (QAction *a : std::as_const(m_viewActions))
        delete a;
    m_viewActions.clear();
    while (m_views && m_views->count() > 0) {
        QWidget *w = m_views->widget(0);
        m_views->removeTab(0);
        delete w;
    }
    m_itemsView = nullptr;
    if (m_editor)
        m_editor->setDocument(nullptr);
    if (m_changesView)
        m_changesView->setDocument(nullptr);
    if (m_baselineChooser)
        m_baselineChooser->setModel(nullptr);
    if (m_filterBar)
        m_filterBar->setModels(nullptr, nullptr);
    delete m_selectionModel;
    m_selectionModel = nullptr;
    delete m_filterModel;
    m_filterModel = nullptr;
    delete m_itemModel;
    m_itemModel = nullptr;
}

void MainWindow::createViews()
{
    m_itemModel = new ItemModel(m_document.get(), this);
    m_filterModel = new ItemFilterModel(this);
    m_filterModel->setSourceModel(m_itemModel);
    m_selectionModel = new QItemSelectionModel(m_filterModel, this);

    m_itemsView = new ItemsView;
    m_itemsView->setModel(m_filterModel);
    m_itemsView->setSelectionModel(m_selectionModel);
    m_itemsView->horizontalHeader()->resizeSection(ItemModel::TitleColumn, 430);
    m_itemsView->horizontalHeader()->resizeSection(ItemModel::AreaColumn, 170);
    connect(m_itemsView, &ItemsView::openRequested, this, &MainWindow::openItemEditor);
    connect(m_itemsView, &ItemsView::deleteRequested, this, &MainWindow::deleteSelected);
    // The baseline columns show while View ▸ Compare With has chosen a baseline or a day.
    const auto showBaselineColumns = [this] {
        const bool shown = m_itemModel->comparison().isActive();
        for (int c :
             {ItemModel::BaselineStartColumn, ItemModel::BaselineEndColumn, ItemModel::SlipColumn})
            m_itemsView->setColumnHidden(c, !shown);
    };
    showBaselineColumns();
    connect(m_itemModel, &ItemModel::comparisonChanged, m_itemsView, showBaselineColumns);
    m_baselineChooser->setModel(m_itemModel);
    addView(m_itemsView, tr("Items"));

    auto *board = new BoardView(m_document.get(), m_filterModel);
    board->setSharedSelectionModel(m_selectionModel);
    connect(board, &BoardView::editRequested, this, &MainWindow::openItemEditor);
    addView(board, tr("Board"));

    auto *timeline = new TimelineView;
    timeline->setModels(m_document.get(), m_filterModel, m_selectionModel);
    connect(timeline, &TimelineView::itemActivated, this, &MainWindow::openItemEditor);
    addView(timeline, tr("Timeline"));

    auto *sources = new SourcesView;
    sources->setModels(m_document.get(), m_filterModel, m_selectionModel);
    connect(sources, &SourcesView::itemActivated, this, &MainWindow::openItemEditor);
    addView(sources, tr("Sources"));

    m_filterBar->setModels(m_document.get(), m_filterModel);
    m_editor->setDocument(m_document.get());
    m_changesView->setDocument(m_document.get());
    // The editor shows the current item while it is selected and shown; otherwise it says that
    // nothing is selected rather than keep an item a filter hid or a click deselected.
    const auto followSelection = [this] {
        const QModelIndex current = m_selectionModel->currentIndex();
        const bool shown = current.isValid() && m_selectionModel->isSelected(current);
        m_editor->setItemId(shown ? current.data(IdRole).toLongLong() : 0);
    };
    connect(m_selectionModel, &QItemSelectionModel::currentChanged, this, followSelection);
    connect(m_selectionModel, &QItemSelectionModel::selectionChanged, this, followSelection);
    connect(m_filterModel, &ItemFilterModel::filterChanged, this, followSelection);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, followSelection);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, followSelection);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, followSelection);
    const auto updateCount = [this] {
        updateTitleAndState();
    };
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, updateCount);
    connect(m_filterModel, &ItemFilterModel::filterChanged, this, updateCount);
    // The filter bar offers the areas and organisations; the title shows the settings.
    connect(m_document.get(), &RoadmapDocument::areasChanged, m_filterBar,
            &FilterBar::refreshChoices);
    connect(m_document.get(), &RoadmapDocument::organisationsChanged, m_filterBar,
            &FilterBar::refreshChoices);
    connect(m_document.get(), &RoadmapDocument::settingsChanged, this, updateCount);
    // The days to the centennial.
    connect(&Clock::instance(), &Clock::dayChanged, this, updateCount);

    // Start on the first item so that the editor shows something useful.
    if (m_filterModel->rowCount() > 0)
        m_selectionModel->setCurrentIndex(m_filterModel->index(0, 0),
                                          QItemSelectionModel::ClearAndSelect
                                                  | QItemSelectionModel::Rows);
}

void MainWindow::setDocument(std::unique_ptr<RoadmapDocument> document)
{
    clearViews();
    m_markingBanner->setDocument(nullptr);
    m_document = std::move(document);
    m_markingBanner->setDocument(m_document.get());
    m_connectionBanner->setDocument(m_document.get());
    if (m_document) {
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        connect(m_document.get(), &RoadmapDocument::errorOccurred, this,
                [this](const QString &message) {
                    showError(tr("The change was not made"), message);
                });
        // Other programs may edit the file while it is open: look for their commits.
        m_document->setPollInterval(500);
        // An edit made while another program holds the file's lock, or while the file is gone
        // or its folder read-only, waits (still undoable) instead of failing; the banner says so.
        m_document->pendingWrites()->setEnabled(true);
        connect(m_document->pendingWrites(), &PendingWrites::written, this, [this](int n) {
            statusBar()->showMessage(n == 1 ? tr("The waiting change was saved.")
                                            : tr("The %1 waiting changes were saved.").arg(n),
                                     8000);
        });
        connect(m_document.get(), &RoadmapDocument::fileStatusChanged, this,
                &MainWindow::updateTitleAndState);
        // The schema changed outside: the banner appears and editing stops.
        // A large file becomes writable once its background check has passed; only then is
        // its daily backup taken.
        connect(m_document.get(), &RoadmapDocument::readOnlyChanged, this, [this](bool readOnly) {
            updateTitleAndState();
            if (readOnly)
                showError(tr("The roadmap is now read-only"), m_document->readOnlyReason());
            else
                takeDailyBackup();
        });
        createViews();
        m_recent->add(m_document->filePath());
        m_fileBanner->setDocument(m_document.get());
        takeDailyBackup();
    }
    updateTitleAndState();
}

void MainWindow::takeDailyBackup()
{
    // A server's database is backed up where it runs.
    if (!m_document || m_document->isReadOnly() || !m_document->store().isLocalFile())
        return;
    BackupManager backups(m_document->filePath());
    auto made = backups.takeDailyBackup(m_document->store(), today());
    // Not worth a dialog: the edit itself is safe; the status bar says it.
    if (!made)
        statusBar()->showMessage(
                tr("The daily backup could not be taken: %1").arg(made.errorMessage()), 15000);
}

void MainWindow::restoreFromBackup()
{
    if (!m_document || m_document->isReadOnly() || !m_document->store().isLocalFile())
        return;
    BackupManager backups(m_document->filePath());
    const QList<BackupInfo> list = backups.backups();
    if (list.isEmpty()) {
        showError(tr("No backup to restore"),
                  tr("There is no backup of this roadmap yet in %1.")
                          .arg(QDir::toNativeSeparators(backups.directory())));
        return;
    }
    // The planner's own backups first, newest first, with what was recorded when each was
    // made; files it did not make last, marked, never the default choice.
    QStringList labels;
    for (const BackupInfo &b : list) {
        if (b.madeByPlanner) {
            const QString when
                    = QLocale().toString(b.recordedAt.toLocalTime(), QLocale::ShortFormat);
            const QString items = b.itemCount == 1 ? tr("1 item") : tr("%1 items").arg(b.itemCount);
            QString title = b.title.isEmpty() ? tr("(untitled)") : b.title;
            if (title.size() > 80)
                title = title.left(79) + QChar(0x2026);
            labels << (b.beforeRestore ? tr("%1 — “%2”, %3 (before a restore)")
                                       : tr("%1 — “%2”, %3"))
                              .arg(when, title, items);
        } else {
            labels << tr("⚠ Not made by the planner: %1 (modified %2)")
                              .arg(QFileInfo(b.path).fileName(),
                                   QLocale().toString(b.lastModified, QLocale::ShortFormat));
        }
    }
    bool ok = false;
    const QString chosen
            = QInputDialog::getItem(this, tr("Restore from Backup"),
                                    tr("Backups of this roadmap, newest first (kept in %1):")
                                            .arg(QDir::toNativeSeparators(backups.directory())),
                                    labels, 0, false, &ok);
    if (!ok)
        return;
    const BackupInfo &backup = list.at(labels.indexOf(chosen));
    QMessageBox confirm(QMessageBox::Question, tr("Restore from Backup"),
                        backup.madeByPlanner
                                ? tr("Replace the whole roadmap with the backup of %1?")
                                          .arg(QLocale().toString(backup.recordedAt.toLocalTime(),
                                                                  QLocale::ShortFormat))
                                : tr("Replace the whole roadmap with %1? The planner did not "
                                     "make this file.")
                                          .arg(QFileInfo(backup.path).fileName()),
                        QMessageBox::Cancel, this);
    confirm.setInformativeText(tr("Everyone with the file open sees the restored content. The "
                                  "current content is first saved as another backup, so this "
                                  "can be reversed; the undo history is cleared."));
    QPushButton *restore = confirm.addButton(tr("&Restore"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != restore)
        return;
    if (auto r = backups.restore(*m_document, backup.path); !r)
        showError(tr("The backup was not restored"), r.errorMessage());
    else
        statusBar()->showMessage(
                tr("Restored the backup of %1.")
                        .arg(QLocale().toString(backup.lastModified, QLocale::ShortFormat)),
                8000);
    updateTitleAndState();
}

void MainWindow::openInitialDocument(const QString &path)
{
    if (!path.isEmpty()) {
        openDocument(path);
        return;
    }
    const QString defaultPath = paths::defaultRoadmapPath();
    if (QFileInfo::exists(defaultPath)) {
        openDocument(defaultPath);
        return;
    }
    // First launch: the default roadmap is created from the Joint Statement's seed.
    QDir().mkpath(QFileInfo(defaultPath).absolutePath());
    auto seed = seed::loadDefault();
    if (!seed) {
        showError(tr("The default roadmap could not be created"), seed.errorMessage());
        return;
    }
    auto created = RoadmapDocument::create(defaultPath, seed.value());
    if (!created) {
        showError(tr("The default roadmap could not be created"), created.errorMessage());
        return;
    }
    setDocument(std::move(created.value()));
}

bool MainWindow::openDocument(const QString &path)
{
    if (m_document && roadmaplocation::canonical(path) == m_document->filePath())
        return true;
    // A server is asked first on a worker thread, behind Cancel: connecting blocks, up to the
    // connect timeout when the server does not answer, and the window must not freeze.
    if (const auto address = ServerAddress::parse(path);
        roadmaplocation::isServer(path) && address) {
        const std::optional<Result<void>> probed = m_connector->probe(address.value());
        if (!probed)
            return false; // cancelled
        if (!probed->ok()) {
            showError(tr("%1 could not be opened").arg(roadmaplocation::shortName(path)),
                      probed->errorMessage());
            return false;
        }
    }
    return openReachableDocument(path);
}

bool MainWindow::openReachableDocument(const QString &path)
{
    if (m_document && roadmaplocation::canonical(path) == m_document->filePath())
        return true;
    if (!m_fileBanner->confirmDiscardWaiting())
        return false;
    const bool server = roadmaplocation::isServer(path);
    if (server) {
        statusBar()->showMessage(tr("Connecting to %1…").arg(roadmaplocation::shortName(path)));
        statusBar()->repaint(); // the wait below runs no event loop (short: the server answered)
    }
    // Opening checks a file, or connects to a server (up to its connect timeout): the pointer
    // says the window is busy meanwhile.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = RoadmapDocument::open(path);
    QGuiApplication::restoreOverrideCursor();
    if (server)
        statusBar()->clearMessage();
    if (!opened) {
        showError(tr("%1 could not be opened").arg(roadmaplocation::shortName(path)),
                  opened.errorMessage());
        return false;
    }
    setDocument(std::move(opened.value()));
    // Connect to Team Roadmap… then starts from the server roadmap open last, however opened.
    if (server)
        ConnectDialog::rememberAddress(m_document->filePath());
    return true;
}

void MainWindow::updateTitleAndState()
{
    const bool open = m_document != nullptr;
    const bool writable = open && !m_document->isReadOnly();
    if (open) {
        // The title is whatever another program wrote: one line, at most 100 characters (a
        // window title of megabytes takes the X11 connection down).
        QString name = m_document->settings().title.left(1000).simplified();
        if (name.size() > 100)
            name = name.left(99) + QChar(0x2026);
        // A team roadmap is named by its server ("roadmap on db.example"), a file by its path.
        const bool local = m_document->store().isLocalFile();
        const QString where = local ? QDir::toNativeSeparators(m_document->filePath())
                                    : roadmaplocation::shortName(m_document->filePath());
        if (name.isEmpty())
            name = roadmaplocation::shortName(m_document->filePath());
        const QString readOnly = writable ? QString() : tr(" [read-only]");
        setWindowTitle(name == where ? name + readOnly
                                     : tr("%1 — %2%3").arg(name, where, readOnly));
        setWindowFilePath(local ? m_document->filePath() : QString());
        const int total = m_document->itemCount();
        const int shown = m_filterModel ? m_filterModel->rowCount() : total;
        // Plural forms without a loaded translation: "(s)" would show, so say it plainly.
        const QString items = total == 1 ? tr("1 item") : tr("%1 items").arg(total);
        m_countLabel->setText(shown == total ? items : tr("%1 of %2 shown").arg(shown).arg(items));
    } else {
        setWindowTitle(tr("No roadmap open"));
        m_countLabel->setText(tr("No roadmap is open. Use File ▸ Open or File ▸ New Roadmap."));
    }
    m_centennialLabel->setText(centennialText());
    m_readOnlyBanner->setVisible(open && !writable);
    if (open && !writable)
        m_readOnlyBanner->setText(tr("<b>Read-only.</b> %1 Changes cannot be made.")
                                          .arg(m_document->readOnlyReason().toHtmlEscaped()));
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(open);
    for (QAction *a : std::as_const(m_editActions))
        a->setEnabled(writable);
    // The planner keeps backups of files only.
    m_restoreBackup->setEnabled(writable && m_document->store().isLocalFile());
}

QString MainWindow::centennialText() const
{
    const int days = daysToCentennial(today());
    if (days == 1)
        return tr("1 day to the %1 centennial year").arg(CentennialYear);
    if (days > 0)
        return tr("%1 days to the %2 centennial year").arg(days).arg(CentennialYear);
    return tr("Centennial year %1").arg(CentennialYear);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, title, QMessageBox::Ok, this);
    box.setInformativeText(message);
    box.exec();
}

void MainWindow::newRoadmap(bool seeded)
{
    const QString path = QFileDialog::getSaveFileName(
            this, seeded ? tr("New Roadmap") : tr("New Empty Roadmap"),
            QDir::home().filePath(QStringLiteral("roadmap.") + QLatin1String(paths::Extension)),
            paths::fileDialogFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(
                tr("The roadmap was not created"),
                tr("%1 already exists. Choose another name: an existing file is never overwritten.")
                        .arg(QDir::toNativeSeparators(path)));
        return;
    }
    auto seed = seed::loadDefault();
    if (!seed) {
        showError(tr("The roadmap was not created"), seed.errorMessage());
        return;
    }
    SeedRoadmap content = seed.value();
    if (!seeded) {
        content.items.clear();
        content.organisations.clear();
    }
    auto created = RoadmapDocument::create(path, content);
    if (!created) {
        showError(tr("The roadmap was not created"), created.errorMessage());
        return;
    }
    setDocument(std::move(created.value()));
}

QString MainWindow::askOpenPath()
{
    // The last folder used, else beside the open roadmap, else Documents: never the hidden
    // folder the default roadmap lives in.
    const QString dir = DialogFolders::start(
            DialogFolders::Kind::Roadmap,
            m_document && m_document->store().isLocalFile() ? m_document->filePath() : QString());
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Roadmap"), dir,
                                                      paths::fileDialogFilter());
    DialogFolders::remember(DialogFolders::Kind::Roadmap, path);
    return path;
}

void MainWindow::open()
{
    const QString path = askOpenPath();
    if (!path.isEmpty())
        openDocument(path);
}

void MainWindow::connectToTeamRoadmap()
{
    // The connector asked the server already.
    const QString address = m_connector->run();
    if (!address.isEmpty())
        openReachableDocument(address);
}

MainWindow *MainWindow::createWindow()
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    return window;
}

MainWindow *MainWindow::newWindow()
{
    MainWindow *window = createWindow();
    // Beside this one, not exactly over it.
    window->move(pos() + QPoint(40, 40));
    window->show();
    return window;
}

MainWindow *MainWindow::openInNewWindow(const QString &path)
{
    const QString absolute = roadmaplocation::canonical(path);
    // A roadmap already open in a window is shown there rather than opened twice.
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        auto *other = qobject_cast<MainWindow *>(w);
        if (other && other->isVisible() && other->document()
            && other->document()->filePath() == absolute) {
            other->raise();
            other->activateWindow();
            return other;
        }
    }
    MainWindow *window = newWindow();
    if (!window->openDocument(path)) {
        window->close();
        return nullptr;
    }
    return window;
}

void MainWindow::editOrganisations()
{
    if (!m_document)
        return;
    OrganisationsDialog dialog(m_document.get(), this);
    dialog.exec();
}

void MainWindow::saveCopyAs()
{
    if (!m_document)
        return;
    // A team roadmap's copy is a roadmap file named after its database, in the usual folder.
    const bool local = m_document->store().isLocalFile();
    const QFileInfo current(m_document->filePath());
    const auto server = ServerAddress::parse(m_document->filePath());
    const QDir folder = local ? current.absoluteDir()
                              : QDir(DialogFolders::start(DialogFolders::Kind::Roadmap, {}));
    const QString base = local || !server ? current.completeBaseName() : server.value().database;
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Save a Copy As"),
            folder.filePath(base + tr(" (copy).") + QLatin1String(paths::Extension)),
            paths::fileDialogFilter());
    if (path.isEmpty())
        return;
    if (auto r = m_document->saveCopyAs(path); !r)
        showError(tr("The copy was not saved"), r.errorMessage());
    else
        statusBar()->showMessage(tr("Copy saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::closeDocument()
{
    if (!m_fileBanner->confirmDiscardWaiting())
        return;
    setDocument(nullptr);
}

qint64 MainWindow::currentItemId() const
{
    return m_selectionModel ? m_selectionModel->currentIndex().data(IdRole).toLongLong() : 0;
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    if (!m_selectionModel)
        return ids;
    for (const QModelIndex &index : m_selectionModel->selectedRows())
        ids << index.data(IdRole).toLongLong();
    if (ids.isEmpty() && currentItemId())
        ids << currentItemId();
    return ids;
}

void MainWindow::openItemEditor(qint64 id)
{
    if (!m_document || id <= 0)
        return;
    // Esc in the editor goes back to the view (and card or bar) the user came from.
    QWidget *from = QApplication::focusWidget();
    if (from && !m_editorDock->isAncestorOf(from))
        m_returnFocus = from;
    m_editor->setItemId(id);
    m_editorDock->show();
    m_editorDock->raise();
    m_editor->focusTitle();
}

bool MainWindow::selectItem(qint64 id)
{
    if (!m_document || !m_selectionModel)
        return false;
    const QModelIndex index = m_filterModel->mapFromSource(m_itemModel->indexOfId(id));
    if (!index.isValid()) {
        statusBar()->showMessage(
                tr("The item is hidden by the filter: clear the filter to see it."), 5000);
        return false;
    }
    m_selectionModel->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_editorDock->show();
    return true;
}

void MainWindow::leaveEditor()
{
    QWidget *target = m_returnFocus ? m_returnFocus.data() : m_views->currentWidget();
    if (target && target->isVisible())
        target->setFocus(Qt::OtherFocusReason);
    else if (m_views->currentWidget())
        m_views->currentWidget()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::newItem()
{
    if (!m_document || m_document->isReadOnly() || m_document->areas().isEmpty())
        return;
    const qint64 current = currentItemId();
    const Item *near = current ? m_document->item(current) : nullptr;
    EditService edits(m_document.get());
    const auto created = edits.createItem(edits.draftItem(
            Status::Proposed, near ? near->areaId : m_document->areas().constFirst().id));
    if (created) {
        const qint64 id = created.value();
        const QModelIndex index = m_filterModel->mapFromSource(m_itemModel->indexOfId(id));
        if (index.isValid())
            m_selectionModel->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        openItemEditor(id);
    }
}

void MainWindow::deleteSelected()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // A refusal has been reported through the document's errorOccurred.
    (void)EditService(m_document.get()).deleteItems(ids);
}

void MainWindow::editDocumentProperties()
{
    if (!m_document)
        return;
    DocumentPropertiesDialog dialog(m_document->settings(), m_document->isReadOnly(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto r = m_document->setSettings(dialog.settings()); !r)
        showError(tr("The properties were not saved"), r.errorMessage());
    updateTitleAndState();
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.apply();
    m_editor->refreshAuthor();
}

void MainWindow::about()
{
    QMessageBox::about(
            this, tr("About the Japan–Canada Roadmap Planner"),
            tr("<h3>Japan–Canada Roadmap Planner %1</h3>"
               "<p>Plans and reports on the Japan–Canada Comprehensive Strategic Roadmap "
               "established by the Joint Statement of 6 March 2026, towards the centennial of "
               "bilateral relations in 2028.</p>"
               "<p>The roadmap is a plain SQLite file: every change is saved at once.</p>")
                    .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_fileBanner->confirmDiscardWaiting()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace jcr
