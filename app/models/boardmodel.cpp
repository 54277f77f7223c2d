#include "boardmodel.h"

#include "document/roadmapdocument.h"
#include "edit/editservice.h"
#include "itemmodel.h"
#include "roles.h"

#include <QMimeData>

#include <algorithm>
#include <cmath>

namespace jcr {

namespace {

/// Source changes touching more rows than this are followed with a reset: cheaper for the
/// views than thousands of single-row signals (a filter typed in the filter bar, a reload).
constexpr int BulkThreshold = 200;
constexpr int ScatteredResetThreshold = 5000;

/// Cell indexes carry no internal id; card indexes carry their cell number + 1.
constexpr quintptr CellTag = 0;

} // namespace

BoardModel::BoardModel(RoadmapDocument *document, QAbstractItemModel *source, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_source(source)
{
    rebuildLanes();
    rebuildSourceRows();
    rebuildCells();

    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        m_sourceRowsStale = true;
        rebuildCells();
        endResetModel();
    });
    // Sorting the shared proxy (the items view's header) moves source rows, not cards.
    // Source rows are looked up again when next needed, not after each change: a deletion of
    // scattered rows arrives as hundreds of blocks.
    connect(source, &QAbstractItemModel::layoutChanged, this, [this] { m_sourceRowsStale = true; });
    connect(source, &QAbstractItemModel::rowsMoved, this, [this] { m_sourceRowsStale = true; });
    connect(source, &QAbstractItemModel::rowsInserted, this, &BoardModel::onRowsInserted);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &BoardModel::onRowsAboutToBeRemoved);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &BoardModel::onRowsRemoved);
    connect(source, &QAbstractItemModel::dataChanged, this, &BoardModel::onDataChanged);

    // WIP limits count the whole document, not only what the filter shows.
    const auto stale = [this] {
        m_statusTotals.clear();
    };
    connect(document, &RoadmapDocument::itemsInserted, this, stale);
    connect(document, &RoadmapDocument::itemsRemoved, this, stale);
    // Scattered rows go in one layout change of the source, which says nothing of the cards
    // that went with them: the document does, while their rows are still readable.
    connect(document, &RoadmapDocument::itemsAboutToBeRemovedScattered, this,
            [this](const QList<int> &rows) {
                // Card by card is cheap here (a binary search in one cell each); a reset
                // rebuilds every cell of a large roadmap.
                if (rows.size() > ScatteredResetThreshold) {
                    beginResetModel(); // ended once the rows are gone
                    m_resetPending = true;
                    return;
                }
                for (int row : rows)
                    removeCard(m_document->itemAt(row).id);
            });
    connect(document, &RoadmapDocument::itemsRemovedScattered, this, [this] {
        m_statusTotals.clear();
        onRowsRemoved();
    });
    connect(document, &RoadmapDocument::itemsChanged, this,
            [this](const QList<qint64> &, ItemFields fields) {
                if (fields & ItemField::Status)
                    m_statusTotals.clear();
            });
    connect(document, &RoadmapDocument::resetDone, this, stale);
    connect(document, &RoadmapDocument::areasChanged, this, &BoardModel::onAreasChanged);
    connect(document, &RoadmapDocument::wipLimitsChanged, this, &BoardModel::onWipLimitChanged);
}

void BoardModel::setSwimlanes(bool on)
{
    if (m_swimlanes == on)
        return;
    beginResetModel();
    m_swimlanes = on;
    rebuildLanes();
    rebuildCells();
    endResetModel();
}

int BoardModel::laneOfArea(qint64 areaId) const
{
    if (!m_swimlanes)
        return 0;
    return m_laneByArea.value(areaId, -1);
}

QModelIndex BoardModel::cellIndex(int lane, int column) const
{
    if (lane < 0 || lane >= laneCount() || column < 0 || column >= StatusColumns)
        return {};
    return createIndex(lane * StatusColumns + column, 0, CellTag);
}

int BoardModel::cellOf(const QModelIndex &idx) const
{
    if (!idx.isValid() || idx.model() != this)
        return -1;
    return idx.internalId() == CellTag ? idx.row() : int(idx.internalId() - 1);
}

int BoardModel::columnCardCount(int column) const
{
    int n = 0;
    for (int lane = 0; lane < laneCount(); ++lane)
        n += cardCount(lane * StatusColumns + column);
    return n;
}

int BoardModel::statusTotal(Status status) const
{
    if (m_statusTotals.isEmpty()) {
        m_statusTotals.fill(0, StatusColumns);
        for (const Item &it : m_document->items())
            ++m_statusTotals[int(it.status)];
    }
    return m_statusTotals.value(int(status));
}

int BoardModel::wipLimit(Status status) const
{
    return m_document->wipLimit(status);
}

WipState BoardModel::wipStateOf(Status status) const
{
    return wipState(statusTotal(status), wipLimit(status));
}

qint64 BoardModel::idAt(const QModelIndex &card) const
{
    if (!card.isValid() || card.model() != this || card.internalId() == CellTag)
        return 0;
    return m_cells.at(int(card.internalId() - 1)).at(card.row()).id;
}

QModelIndex BoardModel::indexOfId(qint64 id) const
{
    const auto it = m_placement.constFind(id);
    if (it == m_placement.cend())
        return {};
    return createIndex(positionOf(id), 0, quintptr(it->cell + 1));
}

QModelIndex BoardModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    return indexOfId(sourceIndex.siblingAtColumn(0).data(IdRole).toLongLong());
}

QModelIndex BoardModel::mapToSource(const QModelIndex &card) const
{
    const int row = sourceRowOf(idAt(card));
    return row < 0 ? QModelIndex() : m_source->index(row, 0);
}

int BoardModel::sourceRowOf(qint64 id) const
{
    if (m_sourceRowsStale)
        rebuildSourceRows();
    return m_sourceRow.value(id, -1);
}

// ----- structure -----

void BoardModel::rebuildLanes()
{
    m_laneAreaIds.clear();
    m_laneByArea.clear();
    if (!m_swimlanes) {
        m_laneAreaIds << 0;
        return;
    }
    QList<PriorityArea> areas = m_document->areas();
    std::sort(areas.begin(), areas.end(),
              [](const PriorityArea &a, const PriorityArea &b) { return a.number < b.number; });
    for (const PriorityArea &a : areas) {
        m_laneByArea.insert(a.id, int(m_laneAreaIds.size()));
        m_laneAreaIds << a.id;
    }
    if (m_laneAreaIds.isEmpty())
        m_laneAreaIds << 0;
}

void BoardModel::rebuildSourceRows() const
{
    m_sourceRowsStale = false;
    const int rows = m_source->rowCount();
    m_sourceRow.clear();
    m_sourceRow.reserve(rows);
    for (int r = 0; r < rows; ++r)
        m_sourceRow.insert(m_source->index(r, 0).data(IdRole).toLongLong(), r);
}

BoardModel::Placement BoardModel::placementOfSourceRow(int row) const
{
    const QModelIndex idx = m_source->index(row, 0);
    Placement p;
    p.card.id = idx.data(IdRole).toLongLong();
    p.card.rank = idx.data(RankRole).toDouble();
    const int column = std::clamp(idx.data(StatusRole).toInt(), 0, StatusColumns - 1);
    const int lane = std::max(0, laneOfArea(idx.data(AreaIdRole).toLongLong()));
    p.cell = lane * StatusColumns + column;
    return p;
}

void BoardModel::rebuildCells()
{
    m_cells = QList<QList<Card>>(laneCount() * StatusColumns);
    m_placement.clear();
    const int rows = m_source->rowCount();
    m_placement.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        const Placement p = placementOfSourceRow(r);
        m_cells[p.cell].append(p.card);
        m_placement.insert(p.card.id, p);
    }
    for (QList<Card> &cards : m_cells)
        std::sort(cards.begin(), cards.end());
}

int BoardModel::positionOf(qint64 id) const
{
    const auto it = m_placement.constFind(id);
    if (it == m_placement.cend())
        return -1;
    const QList<Card> &cards = m_cells.at(it->cell);
    const auto pos = std::lower_bound(cards.cbegin(), cards.cend(), it->card);
    return pos != cards.cend() && pos->id == id ? int(pos - cards.cbegin()) : -1;
}

void BoardModel::insertCard(const Placement &p)
{
    QList<Card> &cards = m_cells[p.cell];
    const int pos = int(std::lower_bound(cards.cbegin(), cards.cend(), p.card) - cards.cbegin());
    beginInsertRows(createIndex(p.cell, 0, CellTag), pos, pos);
    cards.insert(pos, p.card);
    m_placement.insert(p.card.id, p);
    endInsertRows();
}

void BoardModel::removeCard(qint64 id)
{
    const int pos = positionOf(id);
    if (pos < 0)
        return;
    const int cell = m_placement.value(id).cell;
    beginRemoveRows(createIndex(cell, 0, CellTag), pos, pos);
    m_cells[cell].removeAt(pos);
    m_placement.remove(id);
    endRemoveRows();
}

void BoardModel::updateCard(int sourceRow)
{
    const Placement now = placementOfSourceRow(sourceRow);
    const auto it = m_placement.constFind(now.card.id);
    if (it == m_placement.cend()) {
        insertCard(now); // cannot happen with a well-behaved source; stay consistent anyway
        return;
    }
    const Placement was = *it;
    if (was.cell == now.cell && was.card.rank == now.card.rank) {
        const QModelIndex card = indexOfId(now.card.id);
        Q_EMIT dataChanged(card, card);
        return;
    }
    const int from = positionOf(now.card.id);
    QList<Card> &source = m_cells[was.cell];
    QList<Card> &target = m_cells[now.cell];
    // Position in the target once the card has left its old place.
    int to = 0;
    {
        QList<Card> without = target;
        if (was.cell == now.cell)
            without.removeAt(from);
        to = int(std::lower_bound(without.cbegin(), without.cend(), now.card) - without.cbegin());
    }
    const QModelIndex fromParent = createIndex(was.cell, 0, CellTag);
    const QModelIndex toParent = createIndex(now.cell, 0, CellTag);
    const int destination = (was.cell == now.cell && to >= from) ? to + 1 : to;
    const bool moving = !(was.cell == now.cell && (destination == from || destination == from + 1));
    if (moving)
        beginMoveRows(fromParent, from, from, toParent, destination);
    source.removeAt(from);
    target.insert(to, now.card);
    m_placement.insert(now.card.id, now);
    if (moving)
        endMoveRows();
    const QModelIndex card = indexOfId(now.card.id);
    Q_EMIT dataChanged(card, card);
    Q_EMIT dataChanged(fromParent, fromParent);
    if (toParent != fromParent)
        Q_EMIT dataChanged(toParent, toParent);
}

void BoardModel::emitCellsChanged()
{
    if (!m_cells.isEmpty())
        Q_EMIT dataChanged(createIndex(0, 0, CellTag),
                           createIndex(int(m_cells.size()) - 1, 0, CellTag));
}

// ----- following the source -----

void BoardModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    m_sourceRowsStale = true;
    if (last - first + 1 > BulkThreshold) {
        beginResetModel();
        rebuildCells();
        endResetModel();
        return;
    }
    for (int r = first; r <= last; ++r)
        insertCard(placementOfSourceRow(r));
    emitCellsChanged();
}

void BoardModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (last - first + 1 > BulkThreshold) {
        // Ended in onRowsRemoved, once the source rows are gone.
        beginResetModel();
        m_resetPending = true;
        return;
    }
    // The source rows are still readable here.
    for (int r = last; r >= first; --r)
        removeCard(m_source->index(r, 0).data(IdRole).toLongLong());
}

void BoardModel::onRowsRemoved()
{
    m_sourceRowsStale = true;
    if (m_resetPending) {
        m_resetPending = false;
        rebuildCells();
        endResetModel();
        return;
    }
    emitCellsChanged();
}

void BoardModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (last - first + 1 <= BulkThreshold) {
        for (int r = first; r <= last; ++r)
            updateCard(r);
        return;
    }
    // A change to every row (area names, a reload): keep indexes if nothing moved.
    bool moved = false;
    for (int r = first; r <= last && !moved; ++r) {
        const Placement now = placementOfSourceRow(r);
        const Placement was = m_placement.value(now.card.id);
        moved = was.cell != now.cell || was.card.rank != now.card.rank;
    }
    if (moved) {
        beginResetModel();
        rebuildCells();
        endResetModel();
        return;
    }
    for (int cell = 0; cell < m_cells.size(); ++cell) {
        if (!m_cells.at(cell).isEmpty()) {
            const QModelIndex parent = createIndex(cell, 0, CellTag);
            Q_EMIT dataChanged(index(0, 0, parent), index(cardCount(cell) - 1, 0, parent));
        }
    }
    emitCellsChanged();
}

void BoardModel::onAreasChanged()
{
    if (m_swimlanes) {
        QList<qint64> before = m_laneAreaIds;
        rebuildLanes();
        if (before != m_laneAreaIds) {
            std::swap(before, m_laneAreaIds);
            beginResetModel();
            rebuildLanes();
            rebuildCells();
            endResetModel();
            return;
        }
    }
    emitCellsChanged(); // lane names and colours
}

void BoardModel::onWipLimitChanged(Status status)
{
    // Only the cells of that column show the limit.
    const int column = int(status);
    if (column < 0 || column >= StatusColumns)
        return;
    for (int lane = 0; lane < laneCount(); ++lane) {
        const QModelIndex cell = cellIndex(lane, column);
        Q_EMIT dataChanged(cell, cell, {WipLimitRole});
    }
}

// ----- QAbstractItemModel -----

QModelIndex BoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_cells.size() ? createIndex(row, 0, CellTag) : QModelIndex();
    if (parent.model() != this || parent.internalId() != CellTag || row >= cardCount(parent.row()))
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex BoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == CellTag)
        return {};
    return createIndex(int(child.internalId() - 1), 0, CellTag);
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_cells.size());
    if (parent.internalId() == CellTag && parent.column() == 0)
        return cardCount(parent.row());
    return 0;
}

int BoardModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant BoardModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid))
        return {};
    if (idx.internalId() != CellTag) {
        if (role == IsCellRole)
            return false;
        const QModelIndex src = mapToSource(idx);
        return src.isValid() ? src.data(role) : QVariant();
    }
    const int cell = idx.row();
    const Status status = Status(cellColumn(cell));
    switch (role) {
    case Qt::DisplayRole:
        return enums::displayName(status);
    case IsCellRole:
        return true;
    case CellStatusRole:
    case StatusRole:
        return int(status);
    case LaneAreaIdRole:
        return laneAreaId(cellLane(cell));
    case CardCountRole:
        return cardCount(cell);
    case ColumnCountRole:
        return columnCardCount(cellColumn(cell));
    case StatusTotalRole:
        return statusTotal(status);
    case WipLimitRole:
        return wipLimit(status);
    }
    return {};
}

Qt::ItemFlags BoardModel::flags(const QModelIndex &idx) const
{
    if (!idx.isValid())
        return Qt::NoItemFlags;
    if (idx.internalId() == CellTag) {
        Qt::ItemFlags f = Qt::ItemIsEnabled;
        if (!m_document->isReadOnly())
            f |= Qt::ItemIsDropEnabled;
        return f;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_document->isReadOnly())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList BoardModel::mimeTypes() const
{
    return {ItemModel::mimeType()};
}

QMimeData *BoardModel::mimeData(const QModelIndexList &indexes) const
{
    // The same format as the item model's, so that cards can be dropped on other views too.
    QModelIndexList sources;
    for (const QModelIndex &idx : indexes) {
        const QModelIndex src = mapToSource(idx);
        if (src.isValid())
            sources << src;
    }
    return sources.isEmpty() ? nullptr : m_source->mimeData(sources);
}

bool BoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                 const QModelIndex &parent) const
{
    if (m_document->isReadOnly() || !data || !data->hasFormat(ItemModel::mimeType())
        || !(action & (Qt::MoveAction | Qt::CopyAction)))
        return false;
    return cellOf(parent) >= 0;
}

bool BoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    int cell = cellOf(parent);
    if (parent.internalId() != CellTag) // dropped on a card: land before it
        row = parent.row();
    return moveCards(ItemModel::idsFromMime(data), cell, row);
}

Qt::DropActions BoardModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions BoardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

// ----- moving cards -----

std::optional<double> BoardModel::rankBetween(std::optional<double> before,
                                              std::optional<double> after)
{
    if (!before && !after)
        return 1.0;
    if (!after)
        return std::floor(*before) + 1.0;
    if (!before)
        return std::ceil(*after) - 1.0;
    const double gap = *after - *before;
    const double scale = std::max({1.0, std::abs(*before), std::abs(*after)});
    if (gap <= MinRankGap * scale)
        return std::nullopt;
    const double mid = *before + gap / 2;
    if (mid <= *before || mid >= *after)
        return std::nullopt;
    return mid;
}

std::optional<QList<ItemMove>> BoardModel::planMove(const QList<qint64> &ids, int cell,
                                                    int row) const
{
    if (cell < 0 || cell >= m_cells.size())
        return std::nullopt;
    QList<qint64> moving;
    for (qint64 id : ids) {
        if (sourceRowOf(id) >= 0 && !moving.contains(id))
            moving << id;
    }
    if (moving.isEmpty())
        return std::nullopt;

    // The target's cards without the moving ones; the drop row counts them all.
    const QList<Card> &cards = m_cells.at(cell);
    const int limit = (row < 0 || row > cards.size()) ? int(cards.size()) : row;
    QList<Card> remaining;
    int insertAt = 0;
    for (int i = 0; i < cards.size(); ++i) {
        if (moving.contains(cards.at(i).id))
            continue;
        if (i < limit)
            ++insertAt;
        remaining << cards.at(i);
    }
    if (moving.size() == 1 && m_placement.value(moving.first()).cell == cell
        && positionOf(moving.first()) == insertAt)
        return QList<ItemMove>(); // dropped where it already is: nothing to do

    QList<QPair<qint64, double>> renumbered;
    QList<double> ranks;
    std::optional<double> before;
    if (insertAt > 0)
        before = remaining.at(insertAt - 1).rank;
    const std::optional<double> after = insertAt < remaining.size()
            ? std::optional<double>(remaining.at(insertAt).rank)
            : std::nullopt;
    for (int i = 0; i < moving.size(); ++i) {
        const auto r = rankBetween(before, after);
        if (!r) {
            ranks.clear();
            break;
        }
        ranks << *r;
        before = *r;
    }
    if (ranks.size() != moving.size()) {
        // No room left between the neighbours: spread the cell out again, 1, 2, 3…, leaving
        // the moving cards' slots free. Part of the same undo step.
        ranks.clear();
        for (int i = 0; i < remaining.size(); ++i) {
            const double r = i < insertAt ? i + 1 : i + 1 + moving.size();
            if (remaining.at(i).rank != r)
                renumbered.append({remaining.at(i).id, r});
        }
        for (int i = 0; i < moving.size(); ++i)
            ranks << double(insertAt + 1 + i);
    }

    QList<ItemMove> moves;
    moves.reserve(renumbered.size() + moving.size());
    for (const auto &[id, rank] : std::as_const(renumbered)) {
        if (const Item *it = m_document->item(id))
            moves << ItemMove {id, it->status, 0, rank};
    }
    const Status status = Status(cellColumn(cell));
    const qint64 area = m_swimlanes ? laneAreaId(cellLane(cell)) : 0;
    for (int i = 0; i < moving.size(); ++i)
        moves << ItemMove {moving.at(i), status, area, ranks.at(i)};
    return moves;
}

bool BoardModel::moveCards(const QList<qint64> &ids, int cell, int row)
{
    if (m_document->isReadOnly())
        return false;
    const auto moves = planMove(ids, cell, row);
    if (!moves)
        return false;
    if (moves->isEmpty())
        return true; // no undo step
    const qsizetype cards = std::count_if(moves->cbegin(), moves->cend(),
                                          [&](const ItemMove &m) { return ids.contains(m.id); });
    const Item *first = m_document->item(ids.constFirst());
    // One undo step and one transaction for the whole gesture, renumbering included.
    return EditService(m_document)
            .moveItems(*moves,
                       cards == 1 ? tr("Move “%1”").arg(first ? first->title : QString())
                                  : tr("Move %n cards", nullptr, int(cards)))
            .ok();
}

bool BoardModel::moveCardsToColumn(const QList<qint64> &ids, Status status)
{
    if (m_document->isReadOnly() || ids.isEmpty())
        return false;
    // Each card stays in its lane, at the foot of the column.
    QMap<int, QList<qint64>> byLane;
    for (qint64 id : ids) {
        const int cell = cellOf(indexOfId(id));
        if (cell >= 0)
            byLane[cellLane(cell)] << id;
    }
    QList<ItemMove> moves;
    for (auto it = byLane.cbegin(); it != byLane.cend(); ++it) {
        const auto planned = planMove(it.value(), it.key() * StatusColumns + int(status), -1);
        if (planned)
            moves << *planned;
    }
    if (moves.isEmpty())
        return !byLane.isEmpty();
    return EditService(m_document)
            .moveItems(moves,
                       tr("Move %n card(s) to %1", nullptr, int(ids.size()))
                               .arg(enums::displayName(status)))
            .ok();
}

} // namespace jcr
