#pragma once

#include "domain/result.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QItemSelectionModel;
class QLabel;
class QTabWidget;
class QTimer;
class QUndoGroup;

namespace jcr {

class BaselineChooser;
class ChangesView;
class ClassificationBanner;
class ConnectionBanner;

class FileStateBanner;
class FilterBar;
class ItemEditor;
class ItemFilterModel;
class ItemModel;
class ItemsView;
class OpenFileNotice;
class RecentFiles;
class RoadmapDocument;
class TeamRoadmapConnector;

/**
 * The planner window. It owns the open document and its models, wires actions, docks and
 * dialogs, and hosts the views (Items, Board, Timeline) as tabs. It does nothing else: the
 * views present, the undo commands change, the document stores.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens \a path, or the default roadmap (created from the seeds on first launch).
    void openInitialDocument(const QString &path);
    /// Opens \a path (a roadmap file, or a team roadmap's server address); on failure says why
    /// and keeps the current document.
    bool openDocument(const QString &path);
    /// Replaces the open document (tests and File ▸ New use it).
    void setDocument(std::unique_ptr<RoadmapDocument> document);

    RoadmapDocument *document() const { return m_document.get(); }
    ItemModel *itemModel() const { return m_itemModel; }
    ItemFilterModel *filterModel() const { return m_filterModel; }
    /// Selection over filterModel(), shared by every view.
    QItemSelectionModel *selectionModel() const { return m_selectionModel; }
    ItemsView *itemsView() const { return m_itemsView; }
    ItemEditor *itemEditor() const { return m_editor; }
    FileStateBanner *fileStateBanner() const { return m_fileBanner; }
    ConnectionBanner *connectionBanner() const { return m_connectionBanner; }
    QTabWidget *viewTabs() const { return m_views; }

    /// Adds a view as a tab; the n-th view gets Ctrl+n.
    void addView(QWidget *view, const QString &title);
    /// Shows the editor dock on the item with \a id.
    void openItemEditor(qint64 id);
    /// Id of the current item of the shared selection, or 0.
    qint64 currentItemId() const;
    /// Makes the item with \a id the current, selected item of the views (the editor follows);
    /// false when the filter hides it (the status bar says so).
    bool selectItem(qint64 id);
    /// The roadmap-wide Changes dock (View ▸ Changes, Ctrl+Shift+H).
    QDockWidget *changesDock() const { return m_changesDock; }
    ChangesView *changesView() const { return m_changesView; }
    BaselineChooser *baselineChooser() const { return m_baselineChooser; }

    /// A window as the application makes them: it goes (with its document) when closed, and
    /// the application ends with the last one. Not shown yet.
    static MainWindow *createWindow();
    /// File ▸ New Window: another window, with no roadmap yet, its own undo history.
    MainWindow *newWindow();
    /// File ▸ Open in New Window: \a path in another window (or the window that has it open
    /// already); null when it could not be opened (the new window then closes again).
    MainWindow *openInNewWindow(const QString &path);

    /// Text of the status bar's centennial countdown (for tests).
    QString centennialText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createViews();
    void clearViews();
    void updateTitleAndState();
    void showError(const QString &title, const QString &message);
    void newRoadmap(bool seeded);
    void open();
    /// File ▸ Connect to Team Roadmap…: asks for a server's address and opens its roadmap.
    void connectToTeamRoadmap();
    /// openDocument() once a team roadmap's server is known to answer.
    bool openReachableDocument(const QString &path);
    /// Asks for a roadmap to open; empty when cancelled.
    QString askOpenPath();
    void editOrganisations();
    void saveCopyAs();
    void takeDailyBackup();
    void restoreFromBackup();
    void closeDocument();
    void newItem();
    void deleteSelected();
    void editDocumentProperties();
    void about();
    void leaveEditor();
    void editPreferences();
    QList<qint64> selectedIds() const;

    std::unique_ptr<RoadmapDocument> m_document;
    ItemModel *m_itemModel = nullptr;
    ItemFilterModel *m_filterModel = nullptr;
    QItemSelectionModel *m_selectionModel = nullptr;

    QTabWidget *m_views = nullptr;
    ItemsView *m_itemsView = nullptr;
    FilterBar *m_filterBar = nullptr;
    ItemEditor *m_editor = nullptr;
    QDockWidget *m_editorDock = nullptr;
    ChangesView *m_changesView = nullptr;
    QDockWidget *m_changesDock = nullptr;
    ClassificationBanner *m_markingBanner = nullptr;
    BaselineChooser *m_baselineChooser = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    FileStateBanner *m_fileBanner = nullptr;
    ConnectionBanner *m_connectionBanner = nullptr;
    TeamRoadmapConnector *m_connector = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_centennialLabel = nullptr;
    OpenFileNotice *m_fileNotice = nullptr;
    RecentFiles *m_recent = nullptr;
    QList<QAction *> m_viewActions;
    QList<QAction *> m_documentActions; ///< need an open document
    QList<QAction *> m_editActions; ///< need a writable document
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_restoreBackup = nullptr; ///< only for a roadmap file
    QTimer *m_backupTimer = nullptr;
    /// Where focus was when the editor was opened: Esc goes back there.
    QPointer<QWidget> m_returnFocus;
};

} // namespace jcr
