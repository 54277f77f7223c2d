#pragma once

#include "domain/enums.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QItemSelectionModel;
class QLabel;
class QMenu;
class QMimeData;
class QModelIndex;
class QScrollArea;
class QToolButton;

namespace jcr {

class BoardCanvas;
class BoardColumnHeader;
class BoardModel;
class CardDelegate;
class CardListView;
class RoadmapDocument;

/**
 * The kanban board: one column per status in workflow order, optionally one swimlane per
 * priority area, a card per item of the shared filter model.
 *
 * Every change is an undo command (moves through BoardModel, "+" through CreateItemCommand,
 * Delete through DeleteItemsCommand); the board only presents and forwards. Its selection is
 * mirrored with the shared selection model over the filter model, so that selecting a card
 * selects the item in every view and the other way round.
 */
class BoardView : public QWidget
{
    Q_OBJECT

public:
    BoardView(RoadmapDocument *document, QAbstractItemModel *filterModel,
              QWidget *parent = nullptr);
    ~BoardView() override;

    BoardModel *boardModel() const { return m_model; }
    /// Shares the selection with the other views (a selection model over the filter model).
    void setSharedSelectionModel(QItemSelectionModel *selection);

    bool swimlanes() const;
    void setSwimlanes(bool on);
    bool hideEmptyLanes() const { return m_hideEmptyLanes; }
    void setHideEmptyLanes(bool hide);
    bool isColumnCollapsed(Status status) const { return m_collapsed.contains(status); }
    void setColumnCollapsed(Status status, bool collapsed);

    /// Id of the current card, 0 when there is none.
    qint64 currentItemId() const;
    void setCurrentItem(qint64 id);
    /// Asks to open item \a id in the editor (a screen reader's "open" action on a card).
    void openItem(qint64 id) { Q_EMIT editRequested(id); }
    QList<qint64> selectedItemIds() const;

    /// Moves the current card \a columns columns right (negative: left) or \a rows rows down
    /// within its column (negative: up). One undo step. False if it cannot move that way.
    bool moveCurrentCard(int columns, int rows);
    /// Adds an item in \a status's column (and the current lane) and asks to edit it.
    qint64 addItem(Status status);
    void deleteSelected();
    /// The card context menu for the current selection (Move to, Set health, Open, Delete).
    QMenu *createCardMenu(QWidget *parent);

    CardListView *listView(int cell) const;
    BoardColumnHeader *columnHeader(Status status) const;
    QScrollArea *scrollArea() const { return m_scroll; }

Q_SIGNALS:
    /// The user asked to open the item editor (double-click, Enter, Open, after "+").
    void editRequested(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void rebuildLists();
    void scheduleRelayout();
    void relayout();
    /// Moves the keyboard focus to the neighbouring column (\a dx) or lane (\a dy).
    bool moveFocus(CardListView *from, int dx, int dy);
    void selectCard(const QModelIndex &card);
    void showCardMenu(CardListView *view, const QPoint &pos);
    void setHealthOfSelection(Health health);
    void moveSelectionTo(Status status);
    int currentLane() const;
    void syncToShared();
    void syncFromShared();
    void dropOnColumn(const QMimeData *mime, int column);

    RoadmapDocument *m_document;
    BoardModel *m_model;
    CardDelegate *m_delegate;
    QItemSelectionModel *m_selection; ///< over m_model, shared by every list
    QItemSelectionModel *m_shared = nullptr; ///< over the filter model, shared by all views
    QCheckBox *m_lanesBox;
    QCheckBox *m_hideEmptyBox;
    QLabel *m_summary;
    QWidget *m_footerStrip = nullptr;
    QWidget *m_headerStrip = nullptr;
    QScrollArea *m_scroll;
    BoardCanvas *m_canvas;
    QList<BoardColumnHeader *> m_headers;
    QList<CardListView *> m_lists; ///< by cell
    QList<QToolButton *> m_addButtons; ///< by column
    QSet<Status> m_collapsed;
    bool m_hideEmptyLanes = true;
    bool m_syncing = false;
    bool m_relayoutPending = false;
    bool m_listsForLanes = false; ///< whether m_lists were made for swimlanes
    QList<int> m_columnX; ///< left edge of each column on the canvas
    QList<int> m_columnWidth;
};

} // namespace jcr
