#pragma once

#include <QDate>
#include <QWidget>

class QAbstractItemModel;
class QAction;
class QItemSelectionModel;
class QLabel;
class QListView;

namespace jcr {

class RoadmapDocument;
class TimelineChartView;
class UnscheduledModel;

/**
 * The Timeline tab: zoom and export tools, the chart (TimelineChartView) and the "Unscheduled"
 * panel of undated items, which can be dragged onto the chart to give them dates.
 */
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    /// Shows the rows of the shared filter \a model of \a document; \a selection is shared too.
    void setModels(RoadmapDocument *document, QAbstractItemModel *model,
                   QItemSelectionModel *selection);

    TimelineChartView *chartView() const { return m_chart; }
    QListView *unscheduledView() const { return m_unscheduled; }
    /// The message above the chart (why a drawn link was refused); hidden when none.
    QLabel *messageLabel() const { return m_message; }
    /// View ▸ Export Timeline Image… (the main window may put it in its menus).
    QAction *exportAction() const { return m_exportAction; }

    /// Writes the timeline (rows of the filter, folded lanes) of [from, to], \a width pixels
    /// wide, as a PNG or SVG depending on the suffix of \a path.
    bool exportImage(const QString &path, QDate from, QDate to, int width,
                     QString *error = nullptr) const;

Q_SIGNALS:
    /// The user asked to edit the item (double-click or Enter).
    void itemActivated(qint64 id);

private:
    void createActions();
    void exportInteractively();
    void updateUnscheduledCount();

    TimelineChartView *m_chart;
    QListView *m_unscheduled;
    QLabel *m_unscheduledLabel;
    QLabel *m_message = nullptr;
    UnscheduledModel *m_unscheduledModel;
    QItemSelectionModel *m_selection = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace jcr
