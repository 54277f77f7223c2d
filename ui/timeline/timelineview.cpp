#include "timelineview.h"

#include "document/roadmapdocument.h"
#include "domain/clock.h"
#include "exporttimelinedialog.h"
#include "models/roles.h"
#include "timeline/timelineimagewriter.h"
#include "timeline/timelinerenderer.h"
#include "timelinechartview.h"
#include "unscheduledlistview.h"
#include "unscheduledmodel.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

namespace jcr {

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_chart(new TimelineChartView(this))
    , m_unscheduled(new UnscheduledListView(this))
    , m_unscheduledLabel(new QLabel(this))
    , m_unscheduledModel(new UnscheduledModel(this))
{
    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(6, 4, 0, 0);
    m_unscheduledLabel->setWordWrap(true);
    panelLayout->addWidget(m_unscheduledLabel);
    panelLayout->addWidget(m_unscheduled, 1);
    m_unscheduled->setModel(m_unscheduledModel);
    m_unscheduled->setAccessibleName(tr("Unscheduled items"));
    m_unscheduled->setDragEnabled(true);
    m_unscheduled->setDragDropMode(QAbstractItemView::DragOnly);
    m_unscheduled->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_unscheduled->setWordWrap(true);
    m_unscheduled->setSpacing(2);
    m_unscheduled->setAlternatingRowColors(true);
    m_unscheduled->setToolTip(
            tr("Items without dates. Drag one onto the timeline to schedule it."));
    connect(m_unscheduled, &QListView::doubleClicked, this, [this](const QModelIndex &idx) {
        Q_EMIT itemActivated(idx.data(IdRole).toLongLong());
    });
    connect(m_unscheduled, &QListView::clicked, this, [this](const QModelIndex &idx) {
        if (m_selection)
            m_selection->setCurrentIndex(m_unscheduledModel->mapToSource(idx),
                                         QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_unscheduledModel, signal, this, &TimelineView::updateUnscheduledCount);
    connect(m_unscheduledModel, &QAbstractItemModel::modelReset, this,
            &TimelineView::updateUnscheduledCount);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_chart);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({1300, 240});
    splitter->setChildrenCollapsible(true);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("timelineToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    // Why a link drawn on the chart was refused; it goes after a while or with the next link.
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("timelineMessage"));
    m_message->setWordWrap(true);
    m_message->setContentsMargins(8, 4, 8, 4);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #a4000f; }"));
    m_message->hide();
    auto *messageTimer = new QTimer(this);
    messageTimer->setSingleShot(true);
    messageTimer->setInterval(10000);
    connect(messageTimer, &QTimer::timeout, m_message, &QWidget::hide);
    connect(m_chart, &TimelineChartView::linkRefused, this,
            [this, messageTimer](const QString &message) {
                m_message->setText(message);
                m_message->show();
                messageTimer->start();
            });
    connect(m_chart, &TimelineChartView::linkAdded, m_message, &QWidget::hide);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    createActions();
    toolBar->addActions(m_chart->actions());
    // The button Qt adds when the tools do not fit has only an arrow.
    if (auto *more = toolBar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More timeline tools"));
    connect(m_chart, &TimelineChartView::itemActivated, this, &TimelineView::itemActivated);
    setFocusProxy(m_chart);
    updateUnscheduledCount();
}

void TimelineView::createActions()
{
    m_chart->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto add = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        if (!key.isEmpty())
            action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_chart->addAction(action);
        return action;
    };
    const auto preset = [this](DateScale::Zoom zoom) {
        return [this, zoom] {
            m_chart->setZoom(zoom);
        };
    };
    add(tr("Weeks"), {}, preset(DateScale::Zoom::Weeks))->setToolTip(tr("Zoom to weeks"));
    add(tr("Months"), {}, preset(DateScale::Zoom::Months))->setToolTip(tr("Zoom to months"));
    add(tr("Quarters"), {}, preset(DateScale::Zoom::Quarters))->setToolTip(tr("Zoom to quarters"));
    add(tr("Years"), {}, preset(DateScale::Zoom::Years))->setToolTip(tr("Zoom to years"));
    QAction *fit = add(tr("Fit All"), QKeySequence(tr("Ctrl+0")), [this] { m_chart->fitAll(); });
    fit->setToolTip(tr("Show the whole Roadmap to the centennial (Ctrl+0)"));
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_chart->addAction(separator);
    QAction *zoomIn = add(tr("Zoom In"), QKeySequence::ZoomIn, [this] { m_chart->zoomBy(1.25); });
    zoomIn->setShortcuts({QKeySequence(tr("Ctrl+=")), QKeySequence::ZoomIn});
    add(tr("Zoom Out"), QKeySequence::ZoomOut, [this] { m_chart->zoomBy(0.8); });
    add(tr("Today"), {}, [this] {
        const auto [from, to] = m_chart->visibleRange();
        m_chart->scrollToDate(jcr::today().addDays(-from.daysTo(to) / 3));
    })->setToolTip(tr("Scroll to today"));
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_chart->addAction(separator2);
    m_exportAction = add(tr("Export Image…"), {}, [this] { exportInteractively(); });
    m_exportAction->setToolTip(tr("Save the timeline as a PNG or SVG image for slides"));
}

void TimelineView::setModels(RoadmapDocument *document, QAbstractItemModel *model,
                             QItemSelectionModel *selection)
{
    m_selection = selection;
    m_unscheduledModel->setSourceModel(model);
    m_chart->setModels(document, model, selection);
    updateUnscheduledCount();
}

void TimelineView::updateUnscheduledCount()
{
    const int n = m_unscheduledModel->rowCount();
    m_unscheduledLabel->setText(
            tr("<b>Unscheduled</b> (%1)<br><small>Drag onto the timeline to give dates.</small>")
                    .arg(n));
}

bool TimelineView::exportImage(const QString &path, QDate from, QDate to, int width,
                               QString *error) const
{
    TimelineRenderer renderer(m_chart->chart().data());
    TimelineOptions options;
    options.from = from;
    options.to = to;
    options.collapsedAreaIds = m_chart->collapsedAreaIds();
    // One guarded write: never over the open roadmap or another database.
    QStringList inputs;
    TimelineImageWriter::Marking marking;
    if (RoadmapDocument *document = m_chart->document()) {
        inputs << document->filePath();
        // The image carries the roadmap's marking, title and date wherever it is pasted.
        marking = TimelineImageWriter::markingOf(document->settings(), jcr::today());
    }
    const auto written
            = TimelineImageWriter::write(renderer, options, path, width, inputs, marking);
    if (!written && error)
        *error = written.errorMessage();
    return written.ok();
}

void TimelineView::exportInteractively()
{
    const auto [from, to] = m_chart->visibleRange();
    ExportTimelineDialog dialog(from, to, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!exportImage(dialog.fileName(), dialog.from(), dialog.to(), dialog.width(), &error))
        QMessageBox::warning(this, tr("Export Timeline Image"), error);
}

} // namespace jcr
