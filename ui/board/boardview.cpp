#include "boardview.h"

#include "boardcanvas.h"
#include "boardcolumnheader.h"
#include "cardaccessible.h"
#include "carddelegate.h"
#include "cardlistaccessible.h"
#include "cardlistview.h"
#include "document/roadmapdocument.h"
#include "edit/editservice.h"
#include "i18n/language.h"
#include "models/boardmodel.h"
#include "models/itemmodel.h"
#include "models/roles.h"
#include "widgets/flowlayout.h"

#include <QAccessible>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace jcr {

namespace {

constexpr int ColumnGap = 6;

} // namespace

BoardView::BoardView(RoadmapDocument *document, QAbstractItemModel *filterModel, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new BoardModel(document, filterModel, this))
    , m_delegate(new CardDelegate(this))
    , m_selection(new QItemSelectionModel(m_model, this))
{
    setObjectName(QStringLiteral("boardView"));
    // Cards are painted: screen readers learn of them through this interface.
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&CardListAccessible::factory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setFocusPolicy(Qt::StrongFocus); // handed on to the card list of the current card
    setAccessibleName(tr("Board"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);

    m_lanesBox = new QCheckBox(tr("Swimlanes by area"), this);
    m_lanesBox->setToolTip(tr("One row per priority area"));
    m_lanesBox->setObjectName(QStringLiteral("swimlanesToggle"));
    m_hideEmptyBox = new QCheckBox(tr("Hide empty lanes"), this);
    m_hideEmptyBox->setObjectName(QStringLiteral("hideEmptyLanesToggle"));
    m_hideEmptyBox->setChecked(m_hideEmptyLanes);
    m_hideEmptyBox->setEnabled(false);
    m_summary = new QLabel(this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    // The options and the count wrap to a second row rather than make the window wider than a
    // small screen.
    auto *bar = new FlowLayout(nullptr, 8);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_lanesBox);
    bar->addWidget(m_hideEmptyBox);
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    // Column headers and "+ Add item" buttons follow the columns as they scroll sideways.
    m_headerStrip = new QWidget(this);
    m_headerStrip->setObjectName(QStringLiteral("boardHeaderStrip"));
    layout->addWidget(m_headerStrip);
    m_scroll = new QScrollArea(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Board columns"));
    m_scroll->setWidgetResizable(true);
    m_canvas = new BoardCanvas;
    m_scroll->setWidget(m_canvas);
    layout->addWidget(m_scroll, 1);
    // "+ Add item" under each column, outside the scrolling canvas: always in reach, also in
    // swimlane mode where the canvas ends below the last lane.
    m_footerStrip = new QWidget(this);
    m_footerStrip->setObjectName(QStringLiteral("boardFooterStrip"));
    layout->addWidget(m_footerStrip);

    m_collapsed = {Status::OnHold, Status::Cancelled};
    for (Status s : enums::allStatuses()) {
        auto *header = new BoardColumnHeader(m_model, s, m_headerStrip);
        header->setCollapsed(m_collapsed.contains(s));
        connect(header, &BoardColumnHeader::collapseToggled, this,
                [this](Status status, bool collapsed) { setColumnCollapsed(status, collapsed); });
        m_headers << header;
        auto *add = new QToolButton(m_footerStrip);
        add->setObjectName(QStringLiteral("addItem_%1").arg(enums::key(s)));
        add->setText(tr("+ Add item"));
        add->setToolTip(tr("Add an item to “%1” (Ctrl+N)").arg(enums::displayName(s)));
        add->setAutoRaise(true);
        add->setEnabled(!document->isReadOnly());
        connect(add, &QToolButton::clicked, this, [this, s] { addItem(s); });
        m_addButtons << add;
    }
    m_headerStrip->setFixedHeight(m_headers.first()->sizeHint().height());
    m_footerStrip->setFixedHeight(m_addButtons.first()->sizeHint().height() + 6);

    connect(m_lanesBox, &QCheckBox::toggled, this, &BoardView::setSwimlanes);
    connect(m_hideEmptyBox, &QCheckBox::toggled, this, &BoardView::setHideEmptyLanes);
    connect(m_canvas, &BoardCanvas::resized, this, &BoardView::relayout);
    connect(m_canvas, &BoardCanvas::expandRequested, this,
            [this](int column) { setColumnCollapsed(Status(column), false); });
    connect(m_canvas, &BoardCanvas::dropOnColumnRequested, this, &BoardView::dropOnColumn);
    connect(m_scroll->horizontalScrollBar(), &QScrollBar::valueChanged, this, &BoardView::relayout);

    // Resets (swimlanes, a filter hiding many cards, a reload): lists lose their root and
    // scroll position; give both back.
    auto scrollPositions = std::make_shared<QList<int>>();
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this, scrollPositions] {
        scrollPositions->clear();
        for (CardListView *v : std::as_const(m_lists))
            *scrollPositions << v->verticalScrollBar()->value();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, scrollPositions] {
        if (m_lists.size() != m_model->cellCount() || m_listsForLanes != m_model->swimlanes()) {
            rebuildLists();
        } else {
            for (CardListView *v : std::as_const(m_lists)) {
                v->setRootIndex(m_model->index(v->cell(), 0));
                v->doItemsLayout();
                if (v->cell() < scrollPositions->size())
                    v->verticalScrollBar()->setValue(scrollPositions->at(v->cell()));
            }
        }
        syncFromShared();
        scheduleRelayout();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BoardView::scheduleRelayout);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BoardView::scheduleRelayout);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &BoardView::scheduleRelayout);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &, const QList<int> &roles) {
                // A WIP limit changes only what the column header paints (it repaints
                // itself): no relayout, which costs tens of milliseconds at 100,000 cards.
                if (roles == QList<int> {BoardModel::WipLimitRole})
                    return;
                if (!tl.parent().isValid())
                    scheduleRelayout(); // cell data: counts, lane names
            });

    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &BoardView::syncToShared);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &BoardView::syncToShared);

    rebuildLists();
}

BoardView::~BoardView() = default;

void BoardView::setSharedSelectionModel(QItemSelectionModel *selection)
{
    if (m_shared)
        disconnect(m_shared, nullptr, this, nullptr);
    m_shared = selection;
    if (!m_shared)
        return;
    connect(m_shared, &QItemSelectionModel::selectionChanged, this, &BoardView::syncFromShared);
    connect(m_shared, &QItemSelectionModel::currentChanged, this, &BoardView::syncFromShared);
    syncFromShared();
}

bool BoardView::swimlanes() const
{
    return m_model->swimlanes();
}

void BoardView::setSwimlanes(bool on)
{
    m_lanesBox->setChecked(on);
    m_hideEmptyBox->setEnabled(on);
    m_model->setSwimlanes(on);
}

void BoardView::setHideEmptyLanes(bool hide)
{
    m_hideEmptyLanes = hide;
    m_hideEmptyBox->setChecked(hide);
    relayout();
}

void BoardView::setColumnCollapsed(Status status, bool collapsed)
{
    if (collapsed && status != Status::OnHold && status != Status::Cancelled)
        return;
    if (collapsed == m_collapsed.contains(status))
        return;
    if (collapsed)
        m_collapsed.insert(status);
    else
        m_collapsed.remove(status);
    m_headers.at(int(status))->setCollapsed(collapsed);
    relayout();
}

CardListView *BoardView::listView(int cell) const
{
    return m_lists.value(cell);
}

BoardColumnHeader *BoardView::columnHeader(Status status) const
{
    return m_headers.value(int(status));
}

// ----- layout -----

void BoardView::rebuildLists()
{
    qDeleteAll(m_lists);
    m_lists.clear();
    const bool lanes = m_model->swimlanes();
    m_listsForLanes = lanes;
    for (int cell = 0; cell < m_model->cellCount(); ++cell) {
        auto *v = new CardListView(cell, m_canvas);
        v->setObjectName(QStringLiteral("cards_%1").arg(cell));
        const QString column = enums::displayName(Status(BoardModel::cellColumn(cell)));
        const qint64 area = m_model->laneAreaId(BoardModel::cellLane(cell));
        const PriorityArea *lane = area ? m_document->area(area) : nullptr;
        v->setAccessibleName(lane ? tr("%1, priority area %2 %3")
                                             .arg(column)
                                             .arg(lane->number)
                                             .arg(lane->shortName)
                                  : column);
        v->setItemDelegate(m_delegate);
        v->setModel(m_model);
        QItemSelectionModel *own = v->selectionModel();
        v->setSelectionModel(m_selection); // one selection, one current card, on the whole board
        delete own;
        v->setRootIndex(m_model->index(cell, 0));
        v->setVerticalScrollBarPolicy(lanes ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
        v->installEventFilter(this);
        connect(v, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &idx) {
            if (const qint64 id = m_model->idAt(idx))
                Q_EMIT editRequested(id);
        });
        connect(v, &QWidget::customContextMenuRequested, this,
                [this, v](const QPoint &pos) { showCardMenu(v, pos); });
        m_lists << v;
    }
    relayout();
}

void BoardView::scheduleRelayout()
{
    if (m_relayoutPending)
        return;
    m_relayoutPending = true;
    QTimer::singleShot(0, this, &BoardView::relayout);
}

void BoardView::relayout()
{
    m_relayoutPending = false;
    const QFontMetrics fm = fontMetrics();
    const int collapsedW = fm.height() * 2 + 6;
    const int minColumnW = std::max(190, fm.averageCharWidth() * 26);
    const int available = m_scroll->viewport()->width();
    int expanded = 0;
    for (int c = 0; c < BoardModel::StatusColumns; ++c)
        expanded += !m_collapsed.contains(Status(c));
    const int fixed = (BoardModel::StatusColumns - expanded) * collapsedW
            + (BoardModel::StatusColumns - 1) * ColumnGap;
    const int columnW = std::max(minColumnW, expanded ? (available - fixed) / expanded : 0);
    m_columnX.clear();
    m_columnWidth.clear();
    int x = 0;
    for (int c = 0; c < BoardModel::StatusColumns; ++c) {
        const int w = m_collapsed.contains(Status(c)) ? collapsedW : columnW;
        m_columnX << x;
        m_columnWidth << w;
        x += w + ColumnGap;
    }
    const int totalW = x - ColumnGap;
    m_canvas->setMinimumWidth(totalW);

    // Headers stay put while the canvas scrolls vertically; they follow it horizontally.
    const int dx = m_scroll->horizontalScrollBar()->value();
    for (int c = 0; c < BoardModel::StatusColumns; ++c)
        m_headers.at(c)->setGeometry(m_columnX.at(c) - dx, 0, m_columnWidth.at(c),
                                     m_headerStrip->height());

    const int canvasH = m_canvas->height();
    QList<BoardCanvas::LaneHeading> lanes;
    QList<BoardCanvas::CollapsedStrip> strips;
    const auto place = [&](CardListView *v, const QRect &r, bool visible) {
        if (!v)
            return;
        if (visible)
            v->setGeometry(r);
        v->setVisible(visible);
    };
    int bottom = 0;
    if (!m_model->swimlanes()) {
        const int listBottom = std::max(120, canvasH - 4);
        for (int c = 0; c < BoardModel::StatusColumns; ++c)
            place(m_lists.value(c), QRect(m_columnX.at(c), 2, m_columnWidth.at(c), listBottom - 2),
                  !m_collapsed.contains(Status(c)));
        bottom = listBottom;
        m_canvas->setMinimumHeight(124);
    } else {
        const int headingH = fm.height() + 12;
        int y = 2;
        for (int lane = 0; lane < m_model->laneCount(); ++lane) {
            int count = 0;
            for (int c = 0; c < BoardModel::StatusColumns; ++c)
                count += m_model->cardCount(lane * BoardModel::StatusColumns + c);
            const bool shown = count > 0 || !m_hideEmptyLanes;
            if (!shown) {
                for (int c = 0; c < BoardModel::StatusColumns; ++c)
                    place(m_lists.value(lane * BoardModel::StatusColumns + c), {}, false);
                continue;
            }
            const PriorityArea *area = m_document->area(m_model->laneAreaId(lane));
            BoardCanvas::LaneHeading heading;
            heading.rect = QRect(0, y, totalW, headingH);
            heading.title = area ? QStringLiteral("%1  %2")
                                           .arg(area->number)
                                           .arg(area->nameIn(Language::current()))
                                 : QString();
            heading.colour = area ? area->colour : palette().color(QPalette::Mid);
            heading.count = count;
            lanes << heading;
            y += headingH + 3;
            int rowH = 0;
            for (int c = 0; c < BoardModel::StatusColumns; ++c) {
                const int cell = lane * BoardModel::StatusColumns + c;
                if (!m_collapsed.contains(Status(c)) && m_lists.value(cell))
                    rowH = std::max(rowH,
                                    m_lists.at(cell)->contentHeightFor(m_model->cardCount(cell)));
            }
            for (int c = 0; c < BoardModel::StatusColumns; ++c)
                place(m_lists.value(lane * BoardModel::StatusColumns + c),
                      QRect(m_columnX.at(c), y, m_columnWidth.at(c), rowH),
                      !m_collapsed.contains(Status(c)));
            y += rowH + 10;
        }
        bottom = y;
        m_canvas->setMinimumHeight(y);
    }
    for (int c = 0; c < BoardModel::StatusColumns; ++c) {
        QToolButton *add = m_addButtons.at(c);
        const bool visible = !m_collapsed.contains(Status(c));
        add->setGeometry(m_columnX.at(c) - dx, 3, m_columnWidth.at(c), m_footerStrip->height() - 6);
        add->setVisible(visible);
        if (!visible) {
            BoardCanvas::CollapsedStrip strip;
            strip.rect
                    = QRect(m_columnX.at(c), 2, m_columnWidth.at(c), std::max(canvasH, bottom) - 4);
            strip.column = c;
            strip.title = enums::displayName(Status(c));
            strip.count = m_model->columnCardCount(c);
            strips << strip;
        }
    }
    m_canvas->setDecorations(lanes, strips);

    int shown = 0;
    for (int c = 0; c < BoardModel::StatusColumns; ++c)
        shown += m_model->columnCardCount(c);
    m_summary->setText(
            shown == m_document->itemCount()
                    ? tr("%n item(s)", nullptr, shown)
                    : tr("Showing %1 of %n item(s)", nullptr, m_document->itemCount()).arg(shown));
}

// ----- selection -----

qint64 BoardView::currentItemId() const
{
    return m_model->idAt(m_selection->currentIndex());
}

void BoardView::setCurrentItem(qint64 id)
{
    const QModelIndex card = m_model->indexOfId(id);
    if (card.isValid())
        selectCard(card);
}

QList<qint64> BoardView::selectedItemIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &idx : m_selection->selectedIndexes()) {
        if (const qint64 id = m_model->idAt(idx))
            ids << id;
    }
    if (ids.isEmpty() && currentItemId())
        ids << currentItemId();
    return ids;
}

void BoardView::selectCard(const QModelIndex &card)
{
    const int cell = m_model->cellOf(card);
    CardListView *v = m_lists.value(cell);
    m_selection->setCurrentIndex(card, QItemSelectionModel::ClearAndSelect);
    if (!v)
        return;
    v->setFocus(Qt::OtherFocusReason);
    v->scrollTo(card);
    if (m_model->swimlanes()) {
        const QRect r = v->visualRect(card);
        const QPoint c = v->viewport()->mapTo(m_canvas, r.center());
        m_scroll->ensureVisible(c.x(), c.y(), r.width() / 2, r.height() / 2 + 8);
    }
}

void BoardView::syncToShared()
{
    if (m_syncing || !m_shared)
        return;
    m_syncing = true;
    QItemSelection selection;
    for (const QModelIndex &idx : m_selection->selectedIndexes()) {
        const QModelIndex src = m_model->mapToSource(idx);
        if (src.isValid())
            selection.select(src, src);
    }
    m_shared->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndex current = m_model->mapToSource(m_selection->currentIndex());
    if (current.isValid())
        m_shared->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_syncing = false;
}

void BoardView::syncFromShared()
{
    if (m_syncing || !m_shared)
        return;
    m_syncing = true;
    QItemSelection selection;
    for (const QModelIndex &src : m_shared->selectedRows()) {
        const QModelIndex card = m_model->mapFromSource(src);
        if (card.isValid())
            selection.select(card, card);
    }
    m_selection->select(selection, QItemSelectionModel::ClearAndSelect);
    const QModelIndex current = m_model->mapFromSource(m_shared->currentIndex());
    m_selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (CardListView *v = m_lists.value(m_model->cellOf(current)); v && current.isValid())
        v->scrollTo(current);
    m_syncing = false;
}

// ----- keyboard -----

void BoardView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    // Switching to the board (Ctrl+2) puts the keyboard on the current card, or the first one.
    const QModelIndex current = m_selection->currentIndex();
    if (CardListView *v = m_lists.value(m_model->cellOf(current)); v && v->isVisible()) {
        v->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (CardListView *v : std::as_const(m_lists)) {
        if (v->isVisible() && m_model->rowCount(v->rootIndex()) > 0) {
            selectCard(m_model->index(0, 0, v->rootIndex()));
            return;
        }
    }
}

bool BoardView::eventFilter(QObject *watched, QEvent *event)
{
    auto *view = qobject_cast<CardListView *>(watched);
    if (!view || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QWidget::eventFilter(watched, event);
    auto *ke = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = ke->modifiers()
            & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const int key = ke->key();
    const bool arrow = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up
            || key == Qt::Key_Down;
    const bool moveChord = arrow && mods == (Qt::ControlModifier | Qt::ShiftModifier);
    const bool plainArrow = (key == Qt::Key_Left || key == Qt::Key_Right) && mods == Qt::NoModifier;
    const bool enter = (key == Qt::Key_Return || key == Qt::Key_Enter) && mods == Qt::NoModifier;
    const bool del = key == Qt::Key_Delete && mods == Qt::NoModifier;
    const bool add = key == Qt::Key_N && mods == Qt::ControlModifier;
    const QModelIndex current = m_selection->currentIndex();
    const int rows = m_model->rowCount(view->rootIndex());
    const bool laneStep = m_model->swimlanes() && mods == Qt::NoModifier
            && ((key == Qt::Key_Up && (!current.isValid() || current.row() == 0))
                || (key == Qt::Key_Down && (!current.isValid() || current.row() >= rows - 1)));
    if (!(moveChord || plainArrow || enter || del || add || laneStep))
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // The board's own keys win over window shortcuts while a card list has the focus.
        event->accept();
        return true;
    }
    if (moveChord) {
        moveCurrentCard(key == Qt::Key_Left            ? -1
                                : key == Qt::Key_Right ? 1
                                                       : 0,
                        key == Qt::Key_Up             ? -1
                                : key == Qt::Key_Down ? 1
                                                      : 0);
    } else if (plainArrow) {
        moveFocus(view, key == Qt::Key_Left ? -1 : 1, 0);
    } else if (laneStep) {
        moveFocus(view, 0, key == Qt::Key_Up ? -1 : 1);
    } else if (enter) {
        if (const qint64 id = currentItemId())
            Q_EMIT editRequested(id);
    } else if (del) {
        deleteSelected();
    } else if (add) {
        addItem(Status(BoardModel::cellColumn(view->cell())));
    }
    return true;
}

bool BoardView::moveFocus(CardListView *from, int dx, int dy)
{
    const int column = BoardModel::cellColumn(from->cell());
    const int lane = BoardModel::cellLane(from->cell());
    const QModelIndex current = m_selection->currentIndex();
    const int row = m_model->cellOf(current) == from->cell() ? current.row() : 0;
    if (dx != 0) {
        for (int c = column + dx; c >= 0 && c < BoardModel::StatusColumns; c += dx) {
            const int cell = lane * BoardModel::StatusColumns + c;
            if (m_collapsed.contains(Status(c)) || m_model->cardCount(cell) == 0)
                continue;
            selectCard(m_model->index(std::min(row, m_model->cardCount(cell) - 1), 0,
                                      m_model->index(cell, 0)));
            return true;
        }
        return false;
    }
    for (int l = lane + dy; l >= 0 && l < m_model->laneCount(); l += dy) {
        const int cell = l * BoardModel::StatusColumns + column;
        if (m_model->cardCount(cell) == 0)
            continue;
        selectCard(m_model->index(dy > 0 ? 0 : m_model->cardCount(cell) - 1, 0,
                                  m_model->index(cell, 0)));
        return true;
    }
    return false;
}

bool BoardView::moveCurrentCard(int columns, int rows)
{
    const QModelIndex card = m_selection->currentIndex();
    const qint64 id = m_model->idAt(card);
    if (!id || m_document->isReadOnly())
        return false;
    const int cell = m_model->cellOf(card);
    const int column = BoardModel::cellColumn(cell);
    const int lane = BoardModel::cellLane(cell);
    const int row = card.row();
    bool moved = false;
    if (columns != 0) {
        const int target = column + columns;
        if (target < 0 || target >= BoardModel::StatusColumns)
            return false;
        const int targetCell = lane * BoardModel::StatusColumns + target;
        moved = m_model->moveCards({id}, targetCell, std::min(row, m_model->cardCount(targetCell)));
    } else if (rows < 0) {
        if (row == 0)
            return false;
        moved = m_model->moveCards({id}, cell, row - 1);
    } else if (rows > 0) {
        if (row >= m_model->cardCount(cell) - 1)
            return false;
        moved = m_model->moveCards({id}, cell, row + 2);
    }
    const QModelIndex now = m_model->indexOfId(id);
    if (now.isValid())
        selectCard(now);
    return moved;
}

// ----- actions -----

int BoardView::currentLane() const
{
    const int cell = m_model->cellOf(m_selection->currentIndex());
    if (cell >= 0)
        return BoardModel::cellLane(cell);
    if (auto *v = qobject_cast<CardListView *>(focusWidget()))
        return BoardModel::cellLane(v->cell());
    return 0;
}

qint64 BoardView::addItem(Status status)
{
    if (m_document->isReadOnly() || m_document->areas().isEmpty())
        return 0;
    // In the current lane's area (else the current card's), at the foot of the column where
    // the "+" is.
    qint64 area = m_model->laneAreaId(currentLane());
    if (area == 0)
        area = m_selection->currentIndex().data(AreaIdRole).toLongLong();
    EditService edits(m_document);
    const auto created = edits.createItem(edits.draftItem(status, area));
    const qint64 id = created ? created.value() : 0;
    if (id > 0) {
        setCurrentItem(id);
        Q_EMIT editRequested(id);
    }
    return id;
}

void BoardView::deleteSelected()
{
    const QList<qint64> ids = selectedItemIds();
    if (ids.isEmpty() || m_document->isReadOnly())
        return;
    (void)EditService(m_document).deleteItems(ids);
}

void BoardView::moveSelectionTo(Status status)
{
    const QList<qint64> ids = selectedItemIds();
    if (ids.isEmpty())
        return;
    // Cards keep their lanes; one undo step for the whole gesture.
    m_model->moveCardsToColumn(ids, status);
}

void BoardView::setHealthOfSelection(Health health)
{
    const QList<qint64> ids = selectedItemIds();
    if (ids.isEmpty())
        return;
    // One item: the step is named after the field ("Change health of …").
    (void)EditService(m_document)
            .editItems(
                    ids, [health](Item &it) { it.health = health; },
                    ids.size() == 1 ? QString()
                                    : tr("Set health of %n item(s)", nullptr, int(ids.size())));
}

QMenu *BoardView::createCardMenu(QWidget *parent)
{
    const QList<qint64> ids = selectedItemIds();
    const bool writable = !m_document->isReadOnly();
    auto *menu = new QMenu(parent);
    QAction *open = menu->addAction(tr("Open"));
    open->setObjectName(QStringLiteral("openCard"));
    open->setShortcut(Qt::Key_Return);
    open->setEnabled(ids.size() == 1);
    menu->setDefaultAction(open);
    const qint64 first = ids.value(0);
    connect(open, &QAction::triggered, this, [this, first] { Q_EMIT editRequested(first); });

    QSet<int> statuses;
    QSet<int> healths;
    for (qint64 id : ids) {
        if (const Item *it = m_document->item(id)) {
            statuses << int(it->status);
            healths << int(it->health);
        }
    }
    QMenu *moveMenu = menu->addMenu(tr("Move to"));
    moveMenu->setObjectName(QStringLiteral("moveToMenu"));
    moveMenu->setEnabled(writable && !ids.isEmpty());
    for (Status s : enums::allStatuses()) {
        QAction *a = moveMenu->addAction(enums::displayName(s));
        a->setObjectName(QStringLiteral("moveTo_%1").arg(enums::key(s)));
        a->setCheckable(true);
        a->setChecked(statuses == QSet<int> {int(s)});
        connect(a, &QAction::triggered, this, [this, s] { moveSelectionTo(s); });
    }
    QMenu *healthMenu = menu->addMenu(tr("Set health"));
    healthMenu->setObjectName(QStringLiteral("setHealthMenu"));
    healthMenu->setEnabled(writable && !ids.isEmpty());
    for (Health h : enums::allHealths()) {
        QAction *a = healthMenu->addAction(enums::displayName(h));
        a->setObjectName(QStringLiteral("setHealth_%1").arg(enums::key(h)));
        a->setCheckable(true);
        a->setChecked(healths == QSet<int> {int(h)});
        connect(a, &QAction::triggered, this, [this, h] { setHealthOfSelection(h); });
    }
    menu->addSeparator();
    QAction *del = menu->addAction(tr("Delete"));
    del->setObjectName(QStringLiteral("deleteCards"));
    del->setShortcut(QKeySequence::Delete);
    del->setEnabled(writable && !ids.isEmpty());
    connect(del, &QAction::triggered, this, &BoardView::deleteSelected);
    return menu;
}

void BoardView::showCardMenu(CardListView *view, const QPoint &pos)
{
    const QModelIndex card = view->indexAt(pos);
    if (!card.isValid())
        return;
    if (!m_selection->isSelected(card))
        selectCard(card);
    QMenu *menu = createCardMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(view->viewport()->mapToGlobal(pos));
}

void BoardView::dropOnColumn(const QMimeData *mime, int column)
{
    const QList<qint64> ids = ItemModel::idsFromMime(mime);
    if (ids.isEmpty())
        return;
    const QModelIndex card = m_model->indexOfId(ids.first());
    const int lane = card.isValid() ? BoardModel::cellLane(m_model->cellOf(card)) : 0;
    m_model->moveCards(ids, lane * BoardModel::StatusColumns + column, -1);
}

} // namespace jcr
