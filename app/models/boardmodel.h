#pragma once

#include "domain/enums.h"
#include "edit/editservice.h"
#include "wipstate.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <optional>

namespace jcr {

class RoadmapDocument;

/**
 * The kanban board as a two-level model over the shared filter model (so that the filter bar
 * applies): top-level rows are the board's cells — one per status column and swimlane, row
 * lane × 6 + column — and each cell's children are its cards, ordered by RankRole then id.
 *
 * Without swimlanes there is one lane holding every area. Card indexes forward every role of
 * roles.h to the filter model. Cells answer the roles of BoardRole. The model follows every
 * change of the filter model with precise signals (a status change is a row move between
 * cells) so that views keep their selection and scroll position.
 *
 * Drops (dropMimeData) and moveCards() never write themselves: they compute the ranks and
 * hand status, area and rank of every card to EditService::moveItems(), one undo step.
 */
class BoardModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    /// Roles of cell indexes (card indexes answer those of roles.h).
    enum BoardRole {
        IsCellRole = Qt::UserRole + 200, ///< bool: true for a cell, false for a card
        CellStatusRole, ///< int (Status) of the cell's column
        LaneAreaIdRole, ///< qint64 area of the cell's lane; 0 without swimlanes
        CardCountRole, ///< int: cards shown in the cell
        ColumnCountRole, ///< int: cards shown in the cell's whole column (all lanes)
        StatusTotalRole, ///< int: items of the column's status in the document (unfiltered)
        WipLimitRole, ///< int: the column's work-in-progress limit, 0 when none
    };

    /// Number of status columns; column c shows Status(c) (enum order is workflow order).
    static constexpr int StatusColumns = 6;
    /// Ranks closer than this (relative) are renumbered before a card is placed between them.
    static constexpr double MinRankGap = 1e-9;

    BoardModel(RoadmapDocument *document, QAbstractItemModel *source, QObject *parent = nullptr);

    RoadmapDocument *document() const { return m_document; }
    QAbstractItemModel *sourceModel() const { return m_source; }

    bool swimlanes() const { return m_swimlanes; }
    /// One lane per priority area (true) or a single lane (false). Resets the model.
    void setSwimlanes(bool on);

    int laneCount() const { return int(m_laneAreaIds.size()); }
    /// Area of lane \a lane; 0 when swimlanes are off.
    qint64 laneAreaId(int lane) const { return m_laneAreaIds.value(lane, 0); }
    /// Lane of area \a areaId (0 without swimlanes), or -1.
    int laneOfArea(qint64 areaId) const;
    int cellCount() const { return int(m_cells.size()); }
    QModelIndex cellIndex(int lane, int column) const;
    static int cellLane(int cell) { return cell / StatusColumns; }
    static int cellColumn(int cell) { return cell % StatusColumns; }
    /// Cell number of a cell or card index; -1 for anything else.
    int cellOf(const QModelIndex &index) const;
    int cardCount(int cell) const { return int(m_cells.value(cell).size()); }
    /// Cards shown in column \a column, over all lanes.
    int columnCardCount(int column) const;
    /// Items with \a status in the document, shown or not: what a WIP limit is about.
    int statusTotal(Status status) const;
    int wipLimit(Status status) const;
    /// How column \a status stands against its limit: counted on statusTotal(), the items of
    /// that status in the whole document, not on the cards the filter leaves on the board.
    WipState wipStateOf(Status status) const;

    qint64 idAt(const QModelIndex &card) const;
    QModelIndex indexOfId(qint64 id) const;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const;
    QModelIndex mapToSource(const QModelIndex &card) const;

    /**
     * Moves cards \a ids into \a cell before the card now at \a row of that cell (-1: at the
     * end), setting status, area (with swimlanes) and a rank between the new neighbours. One
     * undo step; ranks of the cell are renumbered first (same step) when the gap is too small.
     * Returns false if nothing could be moved.
     */
    bool moveCards(const QList<qint64> &ids, int cell, int row);
    /// Moves cards \a ids to the foot of column \a status, each in its own lane: one undo step.
    bool moveCardsToColumn(const QList<qint64> &ids, Status status);
    /// The rank between \a before and \a after (either may be absent), or nullopt when the gap
    /// is too small to split. Public for the tests.
    static std::optional<double> rankBetween(std::optional<double> before,
                                             std::optional<double> after);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Card
    {
        qint64 id = 0;
        double rank = 0;
        bool operator<(const Card &o) const
        {
            return rank < o.rank || (rank == o.rank && id < o.id);
        }
    };
    struct Placement
    {
        int cell = -1;
        Card card;
    };

    /// Status, area and rank of every card to write for moveCards(): empty when the cards are
    /// there already, nullopt when nothing can be moved.
    std::optional<QList<ItemMove>> planMove(const QList<qint64> &ids, int cell, int row) const;
    void rebuildLanes();
    void rebuildSourceRows() const;
    /// Row of card \a id in the source model, or -1 (rebuilds the map when it is stale).
    int sourceRowOf(qint64 id) const;
    void rebuildCells();
    Placement placementOfSourceRow(int row) const;
    int positionOf(qint64 id) const;
    void insertCard(const Placement &p);
    void removeCard(qint64 id);
    void updateCard(int sourceRow);
    void emitCellsChanged();

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onAreasChanged();
    void onWipLimitChanged(Status status);

    RoadmapDocument *m_document;
    QAbstractItemModel *m_source;
    bool m_swimlanes = false;
    bool m_resetPending = false;
    QList<qint64> m_laneAreaIds; ///< {0} without swimlanes
    QHash<qint64, int> m_laneByArea;
    QList<QList<Card>> m_cells; ///< lane × StatusColumns + column
    QHash<qint64, Placement> m_placement; ///< card id → cell and rank
    mutable QHash<qint64, int> m_sourceRow; ///< card id → row in the source model
    mutable bool m_sourceRowsStale = false; ///< m_sourceRow needs rebuilding before use
    mutable QList<int> m_statusTotals; ///< empty when stale
};

} // namespace jcr
