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

} // namespace jcr
