#include "timelinechartview.h"

#include "document/roadmapdocument.h"
#include "domain/clock.h"
#include "edit/editservice.h"
#include "models/itemmodel.h"
#include "models/roles.h"
#include "timeline/datedrag.h"
#include "timeline/timelinenavigation.h"
#include "timelineaccessible.h"
#include "timelinedependencyitem.h"
#include "timelinelaneitem.h"
#include "widgets/accessiblenames.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QApplication>
#include <QDragEnterEvent>
#include <QGraphicsScene>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

#include <cmath>

namespace jcr {

namespace {

/// Pixels of an edge that grab it for a resize rather than the whole bar for a move.
constexpr int EdgeGrip = 5;
/// Scene space kept right of the last day for labels.
constexpr double RightMargin = 400;

QDate rangeStart(const TimelineData &data)
{
    QDate first(statementDate().year(), 1, 1);
    for (const TimelineEntry &e : data.entries) {
        if (e.isScheduled())
            first = std::min(first, e.firstDay());
    }
    return DateScale::addUnits(DateScale::unitStart(first, TimeUnit::Year), TimeUnit::Year, -1);
}

QDate rangeEnd(const TimelineData &data)
{
    QDate last(CentennialYear, 12, 31);
    for (const TimelineEntry &e : data.entries) {
        if (e.isScheduled())
            last = std::max(last, e.lastDay());
    }
    return DateScale::addUnits(DateScale::unitStart(last, TimeUnit::Year), TimeUnit::Year, 2)
            .addDays(-1);
}

} // namespace

TimelineChartView::TimelineChartView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    // The header and the lane titles stay fixed while the lanes scroll: repaint it all.
    setViewportUpdateMode(FullViewportUpdate);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setMouseTracking(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    // Every pixel is painted by drawBackground() and the lanes: skip the palette fill.
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline"));
    // Bars are painted: screen readers learn of lanes and items through this interface.
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&TimelineAccessible::factory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    accessiblenames::forgetCachedInterface(this);
    setTransformationAnchor(NoAnchor);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_dependencyItem = new TimelineDependencyItem(&m_chart, &m_state);
    scene()->addItem(m_dependencyItem);
    m_chart.scale().setPixelsPerDay(DateScale::pixelsPerDay(DateScale::Zoom::Months));
    // The chart follows the system's look: a dark or high-contrast palette gives it dark or
    // high-contrast colours (see changeEvent()).
    m_chart.setScheme(Palette::schemeFor(palette()));
    QFont f = font();
    f.setPixelSize(std::max(11, QFontInfo(f).pixelSize()));
    m_chart.setFont(f);
    // The link handle past a bar's end has room of its own: it covered the first letter of the
    // label beside the bar, or the start of the next bar in the row.
    TimelineMetrics metrics = m_chart.layout().metrics();
    const double handleRoom = TimelineLinkGesture::reservedWidth();
    metrics.labelGap = std::max(metrics.labelGap, handleRoom);
    metrics.itemGap = std::max(metrics.itemGap, handleRoom);
    m_chart.layout().setMetrics(metrics);
    m_rebuildTimer = new QTimer(this);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &TimelineChartView::rebuild);
    m_rangeEnd = rangeEnd(m_chart.data());
    // When the user pauses, pack the zoom levels one step in and out, so that the next zoom
    // step on a crowded roadmap only moves bars. One level per shot keeps the GUI responsive.
    m_prepareZoomTimer = new QTimer(this);
    m_prepareZoomTimer->setSingleShot(true);
    m_prepareZoomTimer->setInterval(60);
    connect(m_prepareZoomTimer, &QTimer::timeout, this, [this] {
        for (const double factor : {0.5, 2.0}) {
            if (m_chart.prepareZoom(pixelsPerDay() * factor)) {
                m_prepareZoomTimer->start();
                return;
            }
        }
    });
}

TimelineChartView::~TimelineChartView() = default;

void TimelineChartView::setModels(RoadmapDocument *document, QAbstractItemModel *model,
                                  QItemSelectionModel *selection)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_document = document;
    m_model = model;
    m_selection = selection;
    connectModel();
    m_needsFullRebuild = true;
    rebuild();
}

void TimelineChartView::connectModel()
{
    if (!m_model)
        return;
    const auto full = [this] {
        m_needsFullRebuild = true;
        scheduleRebuild();
    };
    m_connections << connect(m_model, &QAbstractItemModel::rowsInserted, this, full)
                  << connect(m_model, &QAbstractItemModel::rowsRemoved, this,
                             [this](const QModelIndex &parent, int first, int last) {
                                 QList<int> rows;
                                 for (int row = first; row <= last; ++row)
                                     rows << row;
                                 if (parent.isValid() || !removeRows(rows))
                                     markForFullRebuild();
                             })
                  << connect(m_model, &QAbstractItemModel::rowsMoved, this, full)
                  << connect(m_model, &QAbstractItemModel::modelReset, this, full)
                  << connect(m_model, &QAbstractItemModel::layoutChanged, this,
                             [this] {
                                 // The document's scattered removal arrives as a layout change
                                 // of the model: the rows noted just before go.
                                 const QSet<qint64> ids = std::exchange(m_removingIds, {});
                                 QList<int> rows;
                                 const QList<TimelineEntry> &entries = m_chart.data().entries;
                                 for (int i = 0; i < entries.size(); ++i) {
                                     if (ids.contains(entries.at(i).id))
                                         rows << i;
                                 }
                                 if (ids.isEmpty() || !removeRows(rows))
                                     markForFullRebuild();
                             })
                  << connect(m_model, &QAbstractItemModel::dataChanged, this,
                             [this](const QModelIndex &tl, const QModelIndex &br) {
                                 rowsChanged(tl.row(), br.row());
                             });
    // Of the document's own events only lanes, arrows and scattered removals concern the chart.
    if (m_document)
        m_connections << connect(m_document, &RoadmapDocument::itemsAboutToBeRemovedScattered, this,
                                 [this](const QList<int> &rows) {
                                     for (int row : rows)
                                         m_removingIds.insert(m_document->itemAt(row).id);
                                 })
                      << connect(m_document, &RoadmapDocument::itemsRemovedScattered, this,
                                 [this] { m_removingIds.clear(); })
                      << connect(m_document, &RoadmapDocument::areasChanged, this, full)
                      << connect(m_document, &RoadmapDocument::dependenciesChanged, this, [this] {
                             m_chart.setDependencies(m_document->dependencies());
                             scheduleRebuild();
                         });
    if (m_selection)
        m_connections << connect(m_selection, &QItemSelectionModel::selectionChanged, this,
                                 &TimelineChartView::selectionChanged)
                      << connect(m_selection, &QItemSelectionModel::currentChanged, this,
                                 &TimelineChartView::selectionChanged);
}

void TimelineChartView::markForFullRebuild()
{
    m_needsFullRebuild = true;
    scheduleRebuild();
}

bool TimelineChartView::removeRows(const QList<int> &rows)
{
    if (m_needsFullRebuild)
        return false;
    if (!rows.isEmpty())
        m_chart.removeEntries(rows);
    // The chart must now hold the model's rows, in order; otherwise it is built afresh.
    const QList<TimelineEntry> &entries = m_chart.data().entries;
    const int count = m_model->rowCount();
    if (entries.size() != count)
        return false;
    for (int row : {0, count / 2, count - 1}) {
        if (count > 0 && entries.at(row).id != m_model->index(row, 0).data(IdRole).toLongLong())
            return false;
    }
    m_rangeStale = true;
    scheduleRebuild();
    return true;
}

void TimelineChartView::scheduleRebuild()
{
    m_rebuildTimer->start();
}

void TimelineChartView::rowsChanged(int first, int last)
{
    if (!m_model || m_needsFullRebuild || last - first > 1000) {
        m_needsFullRebuild = true;
        scheduleRebuild();
        return;
    }
    // Rows of the model are entries of the chart in the same order: update them in place.
    bool relayoutNeeded = false;
    for (int row = first; row <= last; ++row) {
        if (row >= m_chart.data().entries.size()) {
            m_needsFullRebuild = true;
            break;
        }
        const TimelineEntry entry = TimelineData::entryFromModel(*m_model, row);
        if (m_chart.data().entries.at(row).id != entry.id) {
            m_needsFullRebuild = true;
            break;
        }
        switch (m_chart.setEntry(row, entry)) {
        case TimelineChart::EntryChange::Look:
            break;
        case TimelineChart::EntryChange::Place:
            m_rangeStale = true;
            relayoutNeeded = true;
            break;
        case TimelineChart::EntryChange::Label:
            relayoutNeeded = true;
            break;
        }
    }
    if (relayoutNeeded || m_needsFullRebuild)
        scheduleRebuild();
    else
        viewport()->update(); // only colours or marks changed: nothing moves
}

void TimelineChartView::rebuild()
{
    m_rebuildTimer->stop();
    if (m_needsFullRebuild) {
        m_needsFullRebuild = false;
        m_rangeStale = true;
        if (m_model && m_document)
            m_chart.setData(TimelineData::fromModel(*m_model, *m_document));
        else
            m_chart.setData({});
    }
    // Keep the same dates on screen if the chart's first day moves.
    const QDate oldOrigin = m_chart.scale().origin();
    // Scanning every entry costs milliseconds at 100,000 items: once per change of dates, not
    // per zoom or per change of a status.
    QDate origin = oldOrigin;
    if (m_rangeStale || !oldOrigin.isValid()) {
        origin = rangeStart(m_chart.data());
        m_rangeEnd = rangeEnd(m_chart.data());
        m_rangeStale = false;
    }
    if (origin != oldOrigin) {
        const double shift = double(origin.daysTo(oldOrigin)) * pixelsPerDay();
        m_chart.scale().setOrigin(origin);
        relayout();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::lround(shift)));
    } else {
        relayout();
    }
    selectionChanged();
}

void TimelineChartView::relayout()
{
    LaneLayout::Filter filter = m_chart.filter();
    filter.rightEdge = m_chart.scale().xAfter(m_rangeEnd) + RightMargin;
    m_chart.setFilter(filter);
    m_chart.relayout();
    const int lanes = int(m_chart.layout().lanes().size());
    while (m_laneItems.size() > lanes)
        delete m_laneItems.takeLast();
    while (m_laneItems.size() < lanes) {
        auto *item = new TimelineLaneItem(&m_chart, &m_state, int(m_laneItems.size()));
        scene()->addItem(item);
        m_laneItems.append(item);
    }
    const double right = m_chart.scale().xAfter(m_rangeEnd) + RightMargin;
    for (TimelineLaneItem *item : std::as_const(m_laneItems))
        item->updateGeometry(0, right);
    const double height = m_chart.layout().height();
    m_dependencyItem->setRect(QRectF(0, 0, right, height));
    const double header = m_chart.headerHeight();
    setSceneRect(QRectF(0, -header, right, header + height + 40));
    viewport()->update();
    m_prepareZoomTimer->start();
}

double TimelineChartView::sceneLeft() const
{
    return mapToScene(QPoint(0, 0)).x();
}

void TimelineChartView::setPixelsPerDay(double ppd, std::optional<QPoint> anchor)
{
    const QPoint at = anchor.value_or(viewport()->rect().center());
    const double days = mapToScene(at).x() / pixelsPerDay();
    const double old = pixelsPerDay();
    m_chart.scale().setPixelsPerDay(ppd);
    if (pixelsPerDay() == old)
        return;
    relayout();
    // Put the same instant back under the anchor.
    const double delta = days * pixelsPerDay() - mapToScene(at).x();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::lround(delta)));
    Q_EMIT zoomChanged(pixelsPerDay());
}

void TimelineChartView::zoomBy(double factor, std::optional<QPoint> anchor)
{
    setPixelsPerDay(pixelsPerDay() * factor, anchor);
}

void TimelineChartView::setZoom(DateScale::Zoom zoom)
{
    setPixelsPerDay(DateScale::pixelsPerDay(zoom), presetAnchor());
}

QPoint TimelineChartView::presetAnchor() const
{
    // A preset is a big jump: zooming around the middle of the screen easily lands on an empty
    // stretch of time. Keep what the user is looking at: the start of the selected item if it
    // is on screen, else today's line if it is, else the middle.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    for (const qint64 id : m_state.selectedIds) {
        const int entry = m_chart.entryIndexOf(id);
        const int placement = entry >= 0 ? m_chart.layout().placementOf(entry) : -1;
        if (placement < 0)
            continue;
        const QRectF bar = m_chart.layout().barRect(placement);
        if (bar.intersects(visible)) {
            const double x = std::clamp(bar.left(), visible.left(), visible.right());
            return mapFromScene(QPointF(x, bar.center().y()));
        }
    }
    const double todayX = m_chart.scale().x(today());
    if (todayX >= visible.left() && todayX <= visible.right())
        return mapFromScene(QPointF(todayX, visible.center().y()));
    return viewport()->rect().center();
}

void TimelineChartView::fitAll()
{
    QDate last(CentennialYear, 12, 31);
    for (const TimelineEntry &e : m_chart.data().entries) {
        if (e.isScheduled())
            last = std::max(last, e.lastDay());
    }
    const QDate first(statementDate().year(), 1, 1);
    // Leave a sixth of the width for the labels of the last items.
    const double width = std::max(200.0, (viewport()->width() - 24) * 0.84);
    setPixelsPerDay(width / double(first.daysTo(last) + 1));
    scrollToDate(first);
}

void TimelineChartView::scrollToDate(QDate date)
{
    const double delta = m_chart.scale().x(date) - 12 - sceneLeft();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::lround(delta)));
}

QDate TimelineChartView::dateAt(int viewportX) const
{
    return m_chart.scale().dateAt(mapToScene(QPoint(viewportX, 0)).x());
}

QPair<QDate, QDate> TimelineChartView::visibleRange() const
{
    return {dateAt(0), dateAt(viewport()->width() - 1)};
}

QRect TimelineChartView::itemRect(qint64 id) const
{
    const int index = m_chart.entryIndexOf(id);
    const int placement = index >= 0 ? m_chart.layout().placementOf(index) : -1;
    if (placement < 0)
        return {};
    return mapFromScene(m_chart.layout().barRect(placement)).boundingRect();
}

qint64 TimelineChartView::itemAt(const QPoint &viewportPos) const
{
    if (viewportPos.y() < m_chart.headerHeight())
        return 0;
    const int placement = m_chart.layout().hitTest(mapToScene(viewportPos));
    if (placement < 0)
        return 0;
    return m_chart.data().entries.at(m_chart.layout().placements().at(placement).entry).id;
}

int TimelineChartView::laneHeaderAt(const QPointF &scenePos) const
{
    const int lane = m_chart.layout().laneAt(scenePos.y());
    if (lane < 0)
        return -1;
    const auto &l = m_chart.layout().lanes().at(lane);
    return scenePos.y() < l.top + m_chart.layout().metrics().laneHeaderHeight ? lane : -1;
}

void TimelineChartView::setLaneCollapsed(qint64 areaId, bool collapsed)
{
    LaneLayout::Filter filter = m_chart.filter();
    if (collapsed)
        filter.collapsedAreaIds.insert(areaId);
    else
        filter.collapsedAreaIds.remove(areaId);
    m_chart.setFilter(filter);
    relayout();
}

void TimelineChartView::selectionChanged()
{
    QSet<qint64> ids;
    if (m_selection) {
        const QModelIndexList rows = m_selection->selectedRows();
        for (const QModelIndex &idx : rows)
            ids.insert(idx.data(IdRole).toLongLong());
        if (m_selection->currentIndex().isValid() && ids.isEmpty())
            ids.insert(m_selection->currentIndex().data(IdRole).toLongLong());
    }
    const QSet<qint64> oldSelected = m_state.selectedIds;
    // The row kept for an item moved by the keyboard is kept while it stays current.
    if (m_pinnedId && currentItemId() != m_pinnedId) {
        m_pinnedId = 0;
        m_chart.layout().setPreferredRow(0, -1);
    }
    if (ids != m_state.selectedIds) {
        m_state.selectedIds = ids;
        viewport()->update();
    }
    announce(m_announcedCurrent, oldSelected);
}

qint64 TimelineChartView::currentItemId() const
{
    if (!m_selection || !m_selection->currentIndex().isValid())
        return 0;
    const qint64 id = m_selection->currentIndex().data(IdRole).toLongLong();
    return m_chart.entryIndexOf(id) >= 0 ? id : 0;
}

void TimelineChartView::announce(qint64 oldCurrent, const QSet<qint64> &oldSelected)
{
    const qint64 current = currentItemId();
    m_announcedCurrent = current;
    if (!QAccessible::isActive())
        return;
    TimelineAccessible *chart = TimelineAccessible::of(this);
    if (!chart)
        return;
    // Selection changes of items on the chart, then the focus: a screen reader says the new
    // current item with its state.
    for (qint64 id : oldSelected) {
        if (!m_state.selectedIds.contains(id) && m_chart.entryIndexOf(id) >= 0) {
            QAccessibleEvent event(chart->item(id), QAccessible::SelectionRemove);
            QAccessible::updateAccessibility(&event);
        }
    }
    for (qint64 id : std::as_const(m_state.selectedIds)) {
        if (!oldSelected.contains(id) && m_chart.entryIndexOf(id) >= 0) {
            QAccessibleEvent event(chart->item(id), QAccessible::SelectionAdd);
            QAccessible::updateAccessibility(&event);
        }
    }
    if (current && current != oldCurrent && hasFocus()) {
        QAccessibleEvent event(chart->item(current), QAccessible::Focus);
        QAccessible::updateAccessibility(&event);
    }
}

void TimelineChartView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    // The chart has the focus: say which item is current (the widget alone means little).
    if (const qint64 id = currentItemId(); id && QAccessible::isActive()) {
        if (TimelineAccessible *chart = TimelineAccessible::of(this)) {
            QAccessibleEvent focus(chart->item(id), QAccessible::Focus);
            QAccessible::updateAccessibility(&focus);
        }
    }
    viewport()->update();
}

void TimelineChartView::setCurrentItem(qint64 id)
{
    selectItem(id, false);
    ensureItemVisible(id);
}

void TimelineChartView::ensureItemVisible(qint64 id)
{
    const int index = m_chart.entryIndexOf(id);
    const int placement = index >= 0 ? m_chart.layout().placementOf(index) : -1;
    if (placement < 0)
        return;
    // The bar (or its start, when it is wider than the view) below the fixed time header.
    QRectF bar = m_chart.layout().barRect(placement);
    const double header = m_chart.headerHeight();
    const QRect view = viewport()->rect().adjusted(0, int(header), 0, 0);
    if (bar.width() > view.width() - 40)
        bar.setWidth(view.width() - 40);
    const QRect r = mapFromScene(bar).boundingRect();
    if (r.left() < view.left() + 20 || r.right() > view.right() - 20)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + r.left() - view.left()
                                        - view.width() / 4);
    if (r.top() < view.top() + 4)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + r.top() - view.top() - 8);
    else if (r.bottom() > view.bottom() - 4)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + r.bottom() - view.bottom()
                                      + 8);
}

QList<qint64> TimelineChartView::visibleItemIds(int lane) const
{
    QList<qint64> ids;
    const auto &lanes = m_chart.layout().lanes();
    if (lane < 0 || lane >= lanes.size() || lanes.at(lane).collapsed)
        return ids;
    // What is on screen below the fixed header, within this lane.
    QRectF visible = mapToScene(viewport()->rect().adjusted(0, int(m_chart.headerHeight()), 0, 0))
                             .boundingRect();
    const LaneLayout::Lane &l = lanes.at(lane);
    visible = visible.intersected(QRectF(visible.left(), l.top, visible.width(), l.height));
    if (visible.isEmpty())
        return ids;
    // forEachIn walks rows top to bottom, each in x (date) order.
    m_chart.layout().forEachIn(visible, [&](int placement) {
        const LaneLayout::Placement &p = m_chart.layout().placements().at(placement);
        if (p.lane == lane)
            ids.append(m_chart.data().entries.at(p.entry).id);
    });
    return ids;
}

QRect TimelineChartView::laneRect(int lane) const
{
    const auto &lanes = m_chart.layout().lanes();
    if (lane < 0 || lane >= lanes.size())
        return {};
    const LaneLayout::Lane &l = lanes.at(lane);
    const QRect r = mapFromScene(QRectF(sceneLeft(), l.top, viewport()->width(), l.height))
                            .boundingRect();
    return r;
}

bool TimelineChartView::navigate(int step)
{
    const qint64 current = currentItemId();
    const int index = current ? m_chart.entryIndexOf(current) : -1;
    const int from = index >= 0 ? m_chart.layout().placementOf(index) : -1;
    const int to = TimelineNavigation::next(m_chart.layout(), from, TimelineNavigation::Step(step));
    if (to < 0)
        return false;
    setCurrentItem(m_chart.data().entries.at(m_chart.layout().placements().at(to).entry).id);
    return true;
}

void TimelineChartView::selectItem(qint64 id, bool toggle)
{
    if (!m_selection || !m_model)
        return;
    const int row = m_chart.entryIndexOf(id);
    if (row < 0) {
        if (!toggle)
            m_selection->clearSelection();
        return;
    }
    const QModelIndex idx = m_model->index(row, 0);
    const auto flags = (toggle ? QItemSelectionModel::Toggle : QItemSelectionModel::ClearAndSelect)
            | QItemSelectionModel::Rows;
    m_selection->setCurrentIndex(idx, flags);
}

void TimelineChartView::drawBackground(QPainter *painter, const QRectF &rect)
{
    // The lanes paint their own backgrounds; only the space around them needs filling.
    const QRectF lanes(0, 0,
                       m_laneItems.isEmpty() ? 0 : m_laneItems.constFirst()->boundingRect().width(),
                       m_chart.layout().height());
    const QRegion outside = QRegion(rect.toAlignedRect()).subtracted(lanes.toAlignedRect());
    for (const QRect &r : outside)
        painter->fillRect(r, m_chart.colours().background);
    // Lane titles stay at the visible left edge.
    m_state.laneTitleX = sceneLeft();
}

void TimelineChartView::drawForeground(QPainter *painter, const QRectF &)
{
    painter->save();
    painter->resetTransform();
    const double left = sceneLeft();
    // The link handles of the hovered and selected bars, and a link being drawn, in viewport
    // coordinates; under the time header.
    if (m_document && !m_document->isReadOnly()) {
        QSet<qint64> handles = m_state.selectedIds;
        if (m_state.hoveredId)
            handles.insert(m_state.hoveredId);
        for (qint64 id : std::as_const(handles))
            TimelineLinkGesture::paintHandle(painter, itemRect(id), false);
        m_link.paint(painter, itemRect(m_link.sourceId()),
                     m_link.targetId() ? itemRect(m_link.targetId()) : QRect());
    }
    painter->translate(-left, 0);
    m_chart.paintTimeHeader(painter, left, left + viewport()->width(), m_state);
    painter->restore();
}

QRect TimelineChartView::labelRect(qint64 id) const
{
    const int index = m_chart.entryIndexOf(id);
    const int placement = index >= 0 ? m_chart.layout().placementOf(index) : -1;
    if (placement < 0)
        return {};
    const QRectF label = m_chart.layout().labelRect(placement);
    return label.isEmpty() ? QRect() : mapFromScene(label).boundingRect();
}

QRect TimelineChartView::linkHandleRect(qint64 id) const
{
    return TimelineLinkGesture::handleRect(itemRect(id));
}

qint64 TimelineChartView::linkHandleAt(const QPoint &pos) const
{
    if (!m_document || m_document->isReadOnly() || pos.y() < m_chart.headerHeight())
        return 0;
    QSet<qint64> candidates = m_state.selectedIds;
    if (m_state.hoveredId)
        candidates.insert(m_state.hoveredId);
    for (qint64 id : std::as_const(candidates)) {
        if (TimelineLinkGesture::grabs(itemRect(id), pos))
            return id;
    }
    return 0;
}

void TimelineChartView::finishLink()
{
    const qint64 from = m_link.sourceId();
    const qint64 to = m_link.targetId();
    m_link.end();
    viewport()->update();
    if (!from || !to || !m_document)
        return;
    // The item dropped onto waits for the one the drag started from.
    const auto added = EditService(m_document).addDependency(from, to);
    if (added)
        Q_EMIT linkAdded(from, to);
    else
        Q_EMIT linkRefused(added.errorMessage());
}

bool TimelineChartView::pushDates(qint64 id, const FuzzyDate &start, const FuzzyDate &end,
                                  qint64 areaId)
{
    if (!m_document || m_document->isReadOnly())
        return false;
    const Item *current = m_document->item(id);
    if (!current)
        return false;
    Item after = *current;
    after.start = start;
    after.end = end;
    if (areaId > 0)
        after.areaId = areaId;
    if (!after.validate().isEmpty() || EditItemsCommand::fieldsUnchanged(*current, *current, after))
        return false;
    return EditService(m_document).editItem(*current, after).ok();
}

void TimelineChartView::previewFor(double dx)
{
    const int index = m_chart.entryIndexOf(m_pressId);
    if (index < 0)
        return;
    const TimelineEntry &e = m_chart.data().entries.at(index);
    const DateScale &s = m_chart.scale();
    DateDrag::Dates dates {m_originalStart, m_originalEnd};
    if (m_gesture == Gesture::Move)
        dates = DateDrag::moved(m_originalStart, m_originalEnd, e.isMilestone(), s, dx);
    else if (m_gesture == Gesture::ResizeStart)
        dates = DateDrag::startResized(m_originalStart, m_originalEnd, s, dx);
    else if (m_gesture == Gesture::ResizeEnd)
        dates = DateDrag::endResized(m_originalStart, m_originalEnd, s, dx);
    m_state.previewId = m_pressId;
    m_state.previewStart = dates.start;
    m_state.previewEnd = dates.end;
}

void TimelineChartView::commitPreview()
{
    const qint64 id = m_state.previewId;
    const FuzzyDate start = m_state.previewStart;
    const FuzzyDate end = m_state.previewEnd;
    m_state.previewId = 0;
    if (id != 0 && (!(start == m_originalStart) || !(end == m_originalEnd)))
        pushDates(id, start, end);
    viewport()->update();
}

void TimelineChartView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_lastPanPos = m_pressPos;
    m_pressId = 0;
    m_pressLaneHeader = -1;
    m_gesture = Gesture::None;
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    if (m_pressPos.y() < m_chart.headerHeight()) {
        m_pendingGesture = Gesture::Pan;
        m_gesture = Gesture::Pending;
        return;
    }
    const QPointF scenePos = mapToScene(m_pressPos);
    m_gesture = Gesture::Pending;
    // The handle past a bar's end starts a link (it lies outside the bar: no resize lost).
    if (const qint64 source = linkHandleAt(m_pressPos)) {
        m_pressId = source;
        m_pendingGesture = Gesture::Link;
        m_link.begin(source, m_pressPos);
        return;
    }
    m_pressId = itemAt(m_pressPos);
    if (m_pressId == 0) {
        m_pressLaneHeader = laneHeaderAt(scenePos);
        m_pendingGesture = Gesture::Pan;
        return;
    }
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    selectItem(m_pressId, toggle);
    const int index = m_chart.entryIndexOf(m_pressId);
    const TimelineEntry &e = m_chart.data().entries.at(index);
    m_originalStart = e.start;
    m_originalEnd = e.end;
    m_pendingGesture = Gesture::Move;
    if (!e.isMilestone()) {
        const QRect bar = itemRect(m_pressId);
        if (std::abs(m_pressPos.x() - bar.left()) <= EdgeGrip)
            m_pendingGesture = Gesture::ResizeStart;
        else if (std::abs(m_pressPos.x() - bar.right()) <= EdgeGrip)
            m_pendingGesture = Gesture::ResizeEnd;
    }
    if (!m_document || m_document->isReadOnly() || toggle)
        m_pendingGesture = Gesture::None;
}

void TimelineChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_gesture == Gesture::Pending
        && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_gesture = m_pendingGesture;
        if (m_gesture == Gesture::Pan)
            viewport()->setCursor(Qt::ClosedHandCursor);
    }
    switch (m_gesture) {
    case Gesture::Pan: {
        const QPoint d = pos - m_lastPanPos;
        m_lastPanPos = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        return;
    }
    case Gesture::Move:
    case Gesture::ResizeStart:
    case Gesture::ResizeEnd: {
        previewFor(pos.x() - m_pressPos.x());
        viewport()->update();
        QToolTip::showText(event->globalPosition().toPoint(),
                           TimelineChart::dateRangeText(m_state.previewStart, m_state.previewEnd),
                           viewport());
        return;
    }
    case Gesture::Link: {
        const qint64 target = itemAt(pos);
        m_link.moveTo(pos, target);
        viewport()->setCursor(target && target != m_link.sourceId() ? Qt::DragLinkCursor
                                                                    : Qt::CrossCursor);
        viewport()->update();
        return;
    }
    case Gesture::Pending:
    case Gesture::None:
        break;
    }
    // Hover: a link handle shows a cross, edges a resize cursor, items a pointing hand.
    if (event->buttons() == Qt::NoButton && linkHandleAt(pos)) {
        viewport()->setCursor(Qt::CrossCursor);
        return;
    }
    const qint64 id = event->buttons() == Qt::NoButton ? itemAt(pos) : 0;
    if (id != m_state.hoveredId) {
        m_state.hoveredId = id;
        viewport()->update();
    }
    Qt::CursorShape shape = Qt::ArrowCursor;
    if (id != 0) {
        shape = Qt::PointingHandCursor;
        const QRect bar = itemRect(id);
        const int index = m_chart.entryIndexOf(id);
        if (!m_chart.data().entries.at(index).isMilestone()
            && (std::abs(pos.x() - bar.left()) <= EdgeGrip
                || std::abs(pos.x() - bar.right()) <= EdgeGrip))
            shape = Qt::SizeHorCursor;
    }
    viewport()->setCursor(shape);
}

void TimelineChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    const Gesture gesture = m_gesture;
    if (gesture == Gesture::Move || gesture == Gesture::ResizeStart
        || gesture == Gesture::ResizeEnd)
        previewFor(event->position().x() - m_pressPos.x());
    m_gesture = Gesture::None;
    viewport()->unsetCursor();
    switch (gesture) {
    case Gesture::Move:
    case Gesture::ResizeStart:
    case Gesture::ResizeEnd:
        QToolTip::hideText();
        commitPreview();
        break;
    case Gesture::Link:
        m_link.moveTo(event->position().toPoint(), itemAt(event->position().toPoint()));
        finishLink();
        break;
    case Gesture::Pending:
        m_link.end();
        // A click: on a lane header it folds the lane; on the background it clears selection.
        if (m_pressId == 0 && m_pressLaneHeader >= 0) {
            const auto &lane = m_chart.layout().lanes().at(m_pressLaneHeader);
            setLaneCollapsed(lane.areaId, !lane.collapsed);
        } else if (m_pressId == 0 && m_selection
                   && event->position().y() >= m_chart.headerHeight()) {
            m_selection->clearSelection();
        }
        break;
    case Gesture::Pan:
    case Gesture::None:
        break;
    }
}

void TimelineChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qint64 id = itemAt(event->position().toPoint());
    if (id != 0)
        Q_EMIT itemActivated(id);
}

void TimelineChartView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        zoomBy(std::pow(1.25, steps), event->position().toPoint());
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        // Shift+wheel scrolls through time.
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - event->angleDelta().y());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool TimelineChartView::moveCurrentItem(int steps)
{
    if (!m_selection || !m_selection->currentIndex().isValid())
        return false;
    const qint64 id = m_selection->currentIndex().data(IdRole).toLongLong();
    const int index = m_chart.entryIndexOf(id);
    if (index < 0)
        return false;
    const TimelineEntry &e = m_chart.data().entries.at(index);
    if (!e.isScheduled())
        return false;
    const DateDrag::Dates dates
            = DateDrag::stepped(e.start, e.end, e.isMilestone(), m_chart.scale(), steps);
    m_pinnedId = id;
    m_chart.layout().setPreferredRow(
            id, m_chart.layout().placements().value(m_chart.layout().placementOf(index)).row);
    if (!pushDates(id, dates.start, dates.end))
        return false;
    // The chart follows the edit in the next event loop pass: keep the item in view then.
    QTimer::singleShot(0, this, [this, id] { ensureItemVisible(id); });
    return true;
}

bool TimelineChartView::moveCurrentItemToLane(int lanes)
{
    const qint64 id = currentItemId();
    const int index = id ? m_chart.entryIndexOf(id) : -1;
    const int placement = index >= 0 ? m_chart.layout().placementOf(index) : -1;
    if (placement < 0)
        return false;
    const int lane = m_chart.layout().placements().at(placement).lane + lanes;
    if (lane < 0 || lane >= m_chart.layout().lanes().size())
        return false;
    const TimelineEntry &e = m_chart.data().entries.at(index);
    if (!pushDates(id, e.start, e.end, m_chart.layout().lanes().at(lane).areaId))
        return false;
    QTimer::singleShot(0, this, [this, id] { ensureItemVisible(id); });
    return true;
}

void TimelineChartView::keyPressEvent(QKeyEvent *event)
{
    using Step = TimelineNavigation::Step;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if ((event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)
        && mods == Qt::ShiftModifier) {
        moveCurrentItem(event->key() == Qt::Key_Left ? -1 : 1);
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) && mods == Qt::ShiftModifier) {
        moveCurrentItemToLane(event->key() == Qt::Key_Up ? -1 : 1);
        event->accept();
        return;
    }
    // Arrows, Home and End go from item to item (TimelineNavigation); Ctrl+Home and Ctrl+End
    // to the first and last item. With no item on the chart they scroll, as before.
    std::optional<Step> step;
    if (mods == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Left:
            step = Step::Left;
            break;
        case Qt::Key_Right:
            step = Step::Right;
            break;
        case Qt::Key_Up:
            step = Step::Up;
            break;
        case Qt::Key_Down:
            step = Step::Down;
            break;
        case Qt::Key_Home:
            step = Step::RowStart;
            break;
        case Qt::Key_End:
            step = Step::RowEnd;
            break;
        default:
            break;
        }
    } else if (mods == Qt::ControlModifier && event->key() == Qt::Key_Home) {
        step = Step::First;
    } else if (mods == Qt::ControlModifier && event->key() == Qt::Key_End) {
        step = Step::Last;
    }
    if (step && !m_chart.layout().placements().isEmpty()) {
        navigate(int(*step));
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_selection
        && m_selection->currentIndex().isValid()) {
        Q_EMIT itemActivated(m_selection->currentIndex().data(IdRole).toLongLong());
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

QString TimelineChartView::toolTipFor(qint64 id) const
{
    const int row = m_chart.entryIndexOf(id);
    if (!m_model || row < 0)
        return {};
    const QModelIndex idx = m_model->index(row, 0);
    const TimelineEntry &e = m_chart.data().entries.at(row);
    QString text = QStringLiteral("<b>%1</b>").arg(idx.data(TitleRole).toString().toHtmlEscaped());
    text += QStringLiteral("<br>%1").arg(
            TimelineChart::dateRangeText(e.start, e.end).toHtmlEscaped());
    if (e.overdue)
        text += QStringLiteral(" — <span style='color:#a31414'>%1</span>").arg(tr("overdue"));
    text += QStringLiteral("<br>%1: %2 · %3: %4")
                    .arg(tr("Status"), enums::displayName(e.status), tr("Health"),
                         enums::displayName(e.health));
    text += QStringLiteral("<br>%1: %2")
                    .arg(tr("Lead"), enums::displayName(LeadSide(idx.data(LeadRole).toInt())));
    const QString orgs = idx.data(LeadOrganisationsRole).toString();
    if (!orgs.isEmpty())
        text += QStringLiteral(" (%1)").arg(orgs.toHtmlEscaped());
    text += QStringLiteral("<br><i>%1 %2</i>")
                    .arg(idx.data(AreaNumberRole).toInt())
                    .arg(idx.data(AreaNameRole).toString().toHtmlEscaped());
    return text;
}

bool TimelineChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_gesture == Gesture::None) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = itemAt(help->pos());
        if (id != 0)
            QToolTip::showText(help->globalPos(), toolTipFor(id), viewport(), itemRect(id));
        else
            QToolTip::hideText();
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void TimelineChartView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(ItemModel::mimeType()) && m_document
        && !m_document->isReadOnly())
        event->acceptProposedAction();
    else
        event->ignore();
}

void TimelineChartView::dragMoveEvent(QDragMoveEvent *event)
{
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (event->mimeData()->hasFormat(ItemModel::mimeType())
        && m_chart.layout().laneAt(scenePos.y()) >= 0)
        event->acceptProposedAction();
    else
        event->ignore();
}

void TimelineChartView::dropEvent(QDropEvent *event)
{
    const QList<qint64> ids = ItemModel::idsFromMime(event->mimeData());
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const int lane = m_chart.layout().laneAt(scenePos.y());
    if (ids.isEmpty() || lane < 0 || !m_document) {
        event->ignore();
        return;
    }
    // Dropped items start on the snapped day under the mouse and last one unit of the zoom's
    // upper tier (a month at least); milestones get that day only. They join the lane's area.
    const DateScale &s = m_chart.scale();
    const QDate start = DateScale::snap(s.nearestBoundary(scenePos.x()), s.snapUnit());
    const TimeUnit span = std::max(TimeUnit::Month, s.minorUnit());
    const qint64 areaId = m_chart.layout().lanes().at(lane).areaId;
    QList<ItemChange> changes;
    for (qint64 id : ids) {
        const Item *item = m_document->item(id);
        if (!item)
            continue;
        const bool milestone = item->kind == ItemKind::Milestone;
        ItemChange change {*item, *item};
        change.after.start = FuzzyDate(start, DatePrecision::Day);
        change.after.end = milestone
                ? FuzzyDate()
                : FuzzyDate(DateScale::addUnits(start, span, 1).addDays(-1), DatePrecision::Day);
        if (areaId > 0)
            change.after.areaId = areaId;
        if (change.after.validate().isEmpty())
            changes << change;
    }
    // One undo step and one write for all dropped items.
    (void)EditService(m_document).editItems(changes, tr("Schedule items"));
    event->acceptProposedAction();
}

void TimelineChartView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        // The first time on screen: the Roadmap's whole span, from the first lane. Queued, because
        // the viewport has its final width only once the layouts around it have run (fitting
        // to a provisional width showed six years instead of three); and a tall scene would
        // otherwise open centred, in the middle of some lane.
        QTimer::singleShot(0, this, [this] {
            fitAll();
            verticalScrollBar()->setValue(verticalScrollBar()->minimum());
        });
    }
}

void TimelineChartView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_chart.setScheme(Palette::schemeFor(palette()));
        viewport()->update();
    }
}

void TimelineChartView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    viewport()->update();
}

} // namespace jcr
