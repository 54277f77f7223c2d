// Timeline scale benchmark: opens a generated roadmap of N items on the timeline and repaints a
// 1600×1000 viewport after scroll and zoom steps. Prints its figures; run by hand:
//   build/tests/benchmarks/bench_timeline 10000
//   build/tests/benchmarks/bench_timeline 100000
// (one size per process, so that the peak RSS belongs to that size).

#include "document/roadmapdocument.h"
#include "models/itemfiltermodel.h"
#include "models/itemmodel.h"
#include "roadmapgenerator.h"
#include "timeline/timelinechartview.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QItemSelectionModel>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace jcr;

namespace {

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int items = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.jcroadmap"));
    bench::GeneratorOptions options;
    options.items = items;
    const auto generated = bench::generateRoadmap(path, options);
    if (!generated) {
        out << "generator failed: " << generated.errorMessage() << Qt::endl;
        return 1;
    }

    // Open: the file, the models and the timeline laid out and painted once.
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    auto opened = RoadmapDocument::open(path);
    if (!opened) {
        out << "open failed: " << opened.errorMessage() << Qt::endl;
        return 1;
    }
    std::unique_ptr<RoadmapDocument> document = std::move(opened.value());
    const double openDocument = ms(step);
    step.restart();
    ItemModel model(document.get());
    ItemFilterModel filter;
    filter.setSourceModel(&model);
    QItemSelectionModel selection(&filter);
    TimelineChartView view;
    view.resize(1600 + view.frameWidth() * 2 + view.verticalScrollBar()->sizeHint().width(),
                1000 + view.frameWidth() * 2 + view.horizontalScrollBar()->sizeHint().height());
    view.setModels(document.get(), &filter, &selection);
    view.show();
    view.setZoom(DateScale::Zoom::Months);
    const double buildTimeline = ms(step);
    step.restart();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&frame);
        view.viewport()->render(&painter);
    }
    const double firstPaint = ms(step);
    const double openTotal = ms(total);

    const auto paint = [&] {
        QElapsedTimer t;
        t.start();
        QPainter painter(&frame);
        view.viewport()->render(&painter);
        painter.end();
        return ms(t);
    };

    // Scroll steps: through time and down the lanes, as a user pans.
    view.scrollToDate(QDate(2026, 1, 1));
    QList<double> scrollFrames;
    for (int i = 0; i < 40; ++i) {
        if (i % 2)
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + 300);
        else
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 120);
        scrollFrames << paint();
    }
    // Zoom steps around the middle of the viewport, in and out through the presets' range. The
    // figure that matters is key press to new frame: the relayout plus the repaint.
    QList<double> zoomRelayouts;
    QList<double> zoomFrames;
    QList<double> zoomSteps;
    const auto zoomStep = [&](double factor) {
        QElapsedTimer t;
        t.start();
        view.zoomBy(factor, QPoint(800, 500));
        const double relayout = ms(t);
        const double frameTime = paint();
        zoomRelayouts << relayout;
        zoomFrames << frameTime;
        return relayout + frameTime;
    };
    const double factors[] = {1.25, 1.25, 1.25, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 1.25, 1.25, 1.25};
    for (int round = 0; round < 3; ++round) {
        for (double f : factors)
            zoomSteps << zoomStep(f);
    }
    // Zooming out from the Months preset to below Years: levels never laid out before, where
    // the packing of crowded lanes changes at every step.
    view.setZoom(DateScale::Zoom::Months);
    QList<double> newLevelSteps;
    for (int i = 0; i < 12; ++i)
        newLevelSteps << zoomStep(0.8);
    // Further out to the minimum zoom, pausing 150 ms between steps as between key presses:
    // the view packs the neighbouring levels in that idle time.
    QList<double> pausedSteps;
    while (view.pixelsPerDay() > DateScale::MinPixelsPerDay) {
        QElapsedTimer pause;
        pause.start();
        while (pause.elapsed() < 150)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        pausedSteps << zoomStep(0.8);
    }
    // The same at each preset, from the top.
    QList<double> presetFrames;
    for (auto zoom : {DateScale::Zoom::Weeks, DateScale::Zoom::Months, DateScale::Zoom::Quarters,
                      DateScale::Zoom::Years}) {
        view.setZoom(zoom);
        view.verticalScrollBar()->setValue(0);
        for (int i = 0; i < 5; ++i) {
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 80);
            presetFrames << paint();
        }
    }

    // Where a frame's time goes, painting the chart's parts for the visible rect directly.
    view.setZoom(DateScale::Zoom::Months);
    view.scrollToDate(QDate(2027, 1, 1));
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    const auto part = [&](auto &&paintPart) {
        QList<double> times;
        for (int i = 0; i < 15; ++i) {
            QPainter painter(&frame);
            painter.translate(-visible.topLeft());
            QElapsedTimer t;
            t.start();
            paintPart(painter);
            times << ms(t);
        }
        return median(times);
    };
    const TimelineChart &chart = view.chart();
    const TimelinePaintState &state = view.paintState();
    const double background = part([&](QPainter &p) { chart.paintBackground(&p, visible, state); });
    const double headers = part([&](QPainter &p) { chart.paintLaneHeaders(&p, visible, state); });
    const double bars = part([&](QPainter &p) { chart.paintItems(&p, visible, state); });
    const double arrows = part([&](QPainter &p) { chart.paintDependencies(&p, visible, state); });
    const double timeHeader = part([&](QPainter &p) {
        chart.paintTimeHeader(&p, visible.left(), visible.right(), state);
    });
    int visibleItems = 0;
    chart.layout().forEachIn(visible, [&](int) { ++visibleItems; });

    // Where opening goes: reading the rows, measuring labels, packing rows.
    step.restart();
    TimelineData data = TimelineData::fromModel(filter, *document);
    const double readRows = ms(step);
    TimelineChart probe;
    probe.scale() = chart.scale();
    step.restart();
    probe.setData(std::move(data));
    const double measure = ms(step);
    step.restart();
    probe.relayout();
    const double pack = ms(step);

    int compactLanes = 0;
    for (const auto &lane : view.chart().layout().lanes())
        compactLanes += lane.compact ? 1 : 0;
    out << "bench_timeline: " << items << " items, viewport " << frame.width() << "x"
        << frame.height() << "\n"
        << QStringLiteral("  open document          %1 ms\n").arg(openDocument, 0, 'f', 1)
        << QStringLiteral("  build timeline         %1 ms (read rows, measure, lay out)\n")
                    .arg(buildTimeline, 0, 'f', 1)
        << QStringLiteral(
                   "    of which            read rows %1, measure labels %2, pack rows %3 ms\n")
                    .arg(readRows, 0, 'f', 1)
                    .arg(measure, 0, 'f', 1)
                    .arg(pack, 0, 'f', 1)
        << QStringLiteral("  first paint            %1 ms\n").arg(firstPaint, 0, 'f', 1)
        << QStringLiteral("  open on the timeline   %1 ms total\n").arg(openTotal, 0, 'f', 1)
        << QStringLiteral("  repaint after scroll   %1 ms median (%2 frames)\n")
                    .arg(median(scrollFrames), 0, 'f', 2)
                    .arg(scrollFrames.size())
        << QStringLiteral("  repaint after zoom     %1 ms median (%2 frames)\n")
                    .arg(median(zoomFrames), 0, 'f', 2)
                    .arg(zoomFrames.size())
        << QStringLiteral("  zoom step relayout     %1 ms median\n")
                    .arg(median(zoomRelayouts), 0, 'f', 2)
        << QStringLiteral(
                   "  zoom step to frame     %1 ms median, %2 ms worst (%3 steps in and out; "
                   "relayout + repaint)\n")
                    .arg(median(zoomSteps), 0, 'f', 2)
                    .arg(*std::max_element(zoomSteps.cbegin(), zoomSteps.cend()), 0, 'f', 2)
                    .arg(zoomSteps.size())
        << QStringLiteral("    to unseen levels     %1 ms median, %2 ms worst (%3 steps out from "
                          "Months)\n")
                    .arg(median(newLevelSteps), 0, 'f', 2)
                    .arg(*std::max_element(newLevelSteps.cbegin(), newLevelSteps.cend()), 0, 'f', 2)
                    .arg(newLevelSteps.size())
        << QStringLiteral("    with pauses          %1 ms median, %2 ms worst (%3 steps out to the "
                          "minimum, 150 ms apart)\n")
                    .arg(median(pausedSteps), 0, 'f', 2)
                    .arg(*std::max_element(pausedSteps.cbegin(), pausedSteps.cend()), 0, 'f', 2)
                    .arg(pausedSteps.size())
        << QStringLiteral("  repaint at presets     %1 ms median, %2 ms worst\n")
                    .arg(median(presetFrames), 0, 'f', 2)
                    .arg(*std::max_element(presetFrames.cbegin(), presetFrames.cend()), 0, 'f', 2)
        << QStringLiteral("  frame parts (months)   background %1, lane strips %2, %3 items %4, "
                          "arrows %5, header %6 ms\n")
                    .arg(background, 0, 'f', 2)
                    .arg(headers, 0, 'f', 2)
                    .arg(visibleItems)
                    .arg(bars, 0, 'f', 2)
                    .arg(arrows, 0, 'f', 2)
                    .arg(timeHeader, 0, 'f', 2)
        << QStringLiteral("  lanes without labels   %1 of %2 (level of detail)\n")
                    .arg(compactLanes)
                    .arg(view.chart().layout().lanes().size())
        << QStringLiteral("  peak RSS (VmHWM)       %1 MiB\n").arg(peakRssMiB(), 0, 'f', 1);
    out.flush();
    return 0;
}
