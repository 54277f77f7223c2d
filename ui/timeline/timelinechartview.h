#pragma once

#include "document/roadmapdocument.h"
#include "timeline/timelinechart.h"
#include "timelinelinkgesture.h"

#include <QGraphicsView>
#include <QPointer>
#include <QSet>

#include <optional>

class QAbstractItemModel;
class QItemSelectionModel;
class QTimer;

namespace jcr {

class RoadmapDocument;
class TimelineDependencyItem;
class TimelineLaneItem;

/**
 * The interactive timeline: a QGraphicsView over a scene of one TimelineLaneItem per priority
 * area plus an arrow overlay, all painting from one TimelineChart. The time header is painted
 * in the foreground, fixed at the top while the lanes scroll under it.
 *
 * It reads the shared filter model through the roles of roles.h and follows its changes in
 * place, keeping zoom and scroll position. Gestures become undo commands on the document's
 * stack: a drag (move, resize, milestone) is one EditItemCommand pushed on release.
 *
 * Drag rule for dates: the dragged edge snaps to the coarser of the zoom's unit and the date's
 * own precision, and a date never changes precision — a "Q3 2026" end moves by quarters, a
 * day-precise start by the zoom's unit. When a whole bar moves, its other end follows by the same
 * number of days; if that end is a month, quarter or year it becomes the period holding its
 * shifted middle. Shift+Left/Right moves the current item by one such step.
 */
class TimelineChartView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TimelineChartView(QWidget *parent = nullptr);
    ~TimelineChartView() override;

    /// Shows the rows of \a model (the shared filter model) of \a document, with the shared
    /// \a selection (may be null).
    void setModels(RoadmapDocument *document, QAbstractItemModel *model,
                   QItemSelectionModel *selection);

    const TimelineChart &chart() const { return m_chart; }
    const TimelinePaintState &paintState() const { return m_state; }
    QAbstractItemModel *model() const { return m_model; }
    RoadmapDocument *document() const { return m_document; }

    double pixelsPerDay() const { return m_chart.scale().pixelsPerDay(); }
    /// Zooms keeping the date under \a anchor (viewport coordinates; default: the centre) still.
    void setPixelsPerDay(double pixelsPerDay, std::optional<QPoint> anchor = std::nullopt);
    void zoomBy(double factor, std::optional<QPoint> anchor = std::nullopt);
    /// Zooms to a preset, keeping the selected item or today in view when they are on screen.
    void setZoom(DateScale::Zoom zoom);
    /// Fits the Roadmap's span (the Joint Statement's year to the end of the items or of 2028).
    void fitAll();
    /// Scrolls so that \a date is at the left of the viewport (after the lane titles' margin).
    void scrollToDate(QDate date);

    /// The day under viewport x.
    QDate dateAt(int viewportX) const;
    /// The first and last day visible.
    QPair<QDate, QDate> visibleRange() const;
    /// Bar (or diamond) of item \a id in viewport coordinates; empty when not drawn.
    QRect itemRect(qint64 id) const;
    /// Item under the viewport point, or 0.
    qint64 itemAt(const QPoint &viewportPos) const;
    /// The round handle past the end of item \a id's bar (viewport coordinates): dragged onto
    /// another bar it makes that item depend on this one. Empty when the bar is not drawn.
    QRect linkHandleRect(qint64 id) const;
    /// The box of the label of item \a id in viewport coordinates (empty: no label drawn).
    QRect labelRect(qint64 id) const;

    void setLaneCollapsed(qint64 areaId, bool collapsed);
    QSet<qint64> collapsedAreaIds() const { return m_chart.filter().collapsedAreaIds; }

    /// Moves the current item by \a steps snapping units (Shift+Left/Right). The item stays
    /// selected and current, in its row when it still fits there, and in view.
    bool moveCurrentItem(int steps);
    /// Moves the current item to the lane \a lanes below (negative: above), to that priority
    /// area (Shift+Down/Up), keeping its dates.
    bool moveCurrentItemToLane(int lanes);

    /// Id of the shared selection's current item when the chart shows it, else 0.
    qint64 currentItemId() const;
    /// Makes \a id the current, only selected item and scrolls it into view.
    void setCurrentItem(qint64 id);
    /// Asks to open item \a id (as a double-click does).
    void activateItem(qint64 id) { Q_EMIT itemActivated(id); }
    /// Ids of the items of lane \a lane that are on screen, rows top to bottom, each row in date
    /// order: what a screen reader lists.
    QList<qint64> visibleItemIds(int lane) const;
    /// Lane \a lane's area in viewport coordinates.
    QRect laneRect(int lane) const;

Q_SIGNALS:
    /// Double-click on an item: the main window opens the editor.
    void itemActivated(qint64 id);
    void zoomChanged(double pixelsPerDay);
    /// A link drawn by the user was refused (a loop, a read-only file): \a message says why.
    void linkRefused(const QString &message);
    /// A link drawn by the user was made.
    void linkAdded(qint64 predecessorId, qint64 successorId);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Gesture { None, Pending, Pan, Move, ResizeStart, ResizeEnd, Link };

    void connectModel();
    void scheduleRebuild();
    /// The chart is built afresh from the model at the next rebuild.
    void markForFullRebuild();
    /// Takes the entries at \a rows (ascending) out of the chart after the model removed them;
    /// false when the chart then does not hold the model's rows (it must be built afresh).
    bool removeRows(const QList<int> &rows);
    void rebuild();
    void rowsChanged(int first, int last);
    void relayout();
    /// Where a zoom preset anchors (see setZoom()), in viewport coordinates.
    QPoint presetAnchor() const;
    void selectionChanged();
    /// Tells assistive technology that the current item or the selection changed.
    void announce(qint64 oldCurrent, const QSet<qint64> &oldSelected);
    /// Moves the keyboard to the item \a step leads to; false when there is none.
    bool navigate(int step);
    void ensureItemVisible(qint64 id);
    void selectItem(qint64 id, bool toggle);
    QString toolTipFor(qint64 id) const;
    /// New dates for the gesture in progress with the mouse \a dx pixels from where it began.
    void previewFor(double dx);
    void commitPreview();
    bool pushDates(qint64 id, const FuzzyDate &start, const FuzzyDate &end, qint64 areaId = 0);
    int laneHeaderAt(const QPointF &scenePos) const;
    /// The item whose link handle is under \a pos (hovered or selected bars show one), or 0.
    qint64 linkHandleAt(const QPoint &pos) const;
    void finishLink();
    double sceneLeft() const;

    QPointer<RoadmapDocument> m_document;
    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    TimelineChart m_chart;
    TimelinePaintState m_state;
    QList<TimelineLaneItem *> m_laneItems;
    TimelineDependencyItem *m_dependencyItem = nullptr;
    QTimer *m_rebuildTimer = nullptr;
    QTimer *m_prepareZoomTimer = nullptr; ///< packs the neighbouring zoom levels when idle
    bool m_needsFullRebuild = true;
    QDate m_rangeEnd; ///< the chart's last day, from rebuild()
    bool m_rangeStale = true; ///< an entry's days changed since m_rangeEnd was found
    /// Items of the document's scattered removal under way (see connectModel()).
    QSet<qint64> m_removingIds;
    bool m_fitted = false; ///< the first show fits the Roadmap's span
    QList<QMetaObject::Connection> m_connections;

    Gesture m_gesture = Gesture::None;
    Gesture m_pendingGesture = Gesture::None;
    QPoint m_pressPos;
    QPoint m_lastPanPos;
    qint64 m_pressId = 0;
    int m_pressLaneHeader = -1;
    FuzzyDate m_originalStart;
    FuzzyDate m_originalEnd;
    TimelineLinkGesture m_link;
    qint64 m_announcedCurrent = 0; ///< the current item last announced to assistive technology
    /// The item moved by the keyboard: it keeps its row at the next relayout if it fits.
    qint64 m_pinnedId = 0;
};

} // namespace jcr
