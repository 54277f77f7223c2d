// Edit benchmarks (issue 11): what a gesture on many items costs a 100,000-item roadmap open
// in every view (the items table, the board and the timeline, as in the main window).
// Run by hand: build/tests/benchmarks/bench_edits [--items=N]
// Budgets: delete 500 selected items < 150 ms; move 50 selected cards to another column as
// one undo step < 100 ms; a WIP-limit change costs the views < 5 ms.
#include "board/boardview.h"
#include "document/roadmapdocument.h"
#include "edit/editservice.h"
#include "models/boardmodel.h"
#include "models/itemfiltermodel.h"
#include "models/itemmodel.h"
#include "models/roles.h"
#include "roadmapgenerator.h"
#include "storage/database.h"
#include "storage/roadmapstore.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace jcr;

namespace {

double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

/// The document in every view, wired as the main window wires them.
struct Views
{
    std::unique_ptr<RoadmapDocument> document;
    std::unique_ptr<ItemModel> items;
    std::unique_ptr<ItemFilterModel> filter;
    std::unique_ptr<QItemSelectionModel> selection;
    std::unique_ptr<QTableView> table;
    std::unique_ptr<BoardView> board;
    std::unique_ptr<TimelineView> timeline;
    /// Set by the first slot of the document's signal under test: when the views' work starts.
    QElapsedTimer viewsStart;
};

void settle()
{
    // The views' queued relayouts and repaints.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

std::unique_ptr<Views> openViews(const QString &path)
{
    auto v = std::make_unique<Views>();
    auto doc = RoadmapDocument::open(path);
    if (!doc) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path),
                     qPrintable(doc.errorMessage()));
        std::exit(1);
    }
    v->document = std::move(doc.value());
    // A large file is read-only until its background check has passed (issue 12): wait.
    QElapsedTimer checking;
    checking.start();
    while (v->document->isReadOnly() && checking.elapsed() < 600000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    if (v->document->isReadOnly()) {
        std::fprintf(stderr, "%s stayed read-only: %s\n", qPrintable(path),
                     qPrintable(v->document->store().readOnlyReason()));
        std::exit(1);
    }
    // Connected before any view: runs first, so the time after it is the views' time.
    Views *raw = v.get();
    QObject::connect(v->document.get(), &RoadmapDocument::wipLimitsChanged,
                     [raw] { raw->viewsStart.start(); });
    v->items = std::make_unique<ItemModel>(v->document.get());
    v->filter = std::make_unique<ItemFilterModel>();
    v->filter->setSourceModel(v->items.get());
    v->selection = std::make_unique<QItemSelectionModel>(v->filter.get());
    v->table = std::make_unique<QTableView>();
    v->table->setModel(v->filter.get());
    v->table->setSelectionModel(v->selection.get());
    v->table->resize(1200, 800);
    v->table->show();
    v->board = std::make_unique<BoardView>(v->document.get(), v->filter.get());
    v->board->resize(1600, 1000);
    v->board->show();
    v->timeline = std::make_unique<TimelineView>();
    v->timeline->setModels(v->document.get(), v->filter.get(), v->selection.get());
    v->timeline->resize(1600, 1000);
    v->timeline->show();
    settle();
    return v;
}

void benchDelete(const QString &path, int runs)
{
    auto v = openViews(path);
    QList<double> wall;
    QList<double> cpu;
    QList<double> commit;
    for (int run = 0; run < runs; ++run) {
        // 500 items spread over the whole file, selected as a user would select them.
        const int n = v->document->itemCount();
        QList<qint64> ids;
        for (int i = 0; i < 500; ++i)
            ids << v->document->itemAt(int(qint64(i) * n / 500 + run) % n).id;
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        const auto r = EditService(v->document.get()).deleteItems(ids);
        commit << t.nsecsElapsed() / 1e6;
        settle();
        wall << t.nsecsElapsed() / 1e6;
        cpu << cpuMs() - c0;
        if (!r || v->document->itemCount() != n - 500) {
            std::fprintf(stderr, "the delete did not happen: %s\n", qPrintable(r.errorMessage()));
            std::exit(1);
        }
        v->document->undoStack()->undo(); // the next run starts from the same roadmap
        settle();
    }
    const double m = median(wall);
    std::printf("delete 500 selected of %d items (commit + every view): median %6.1f ms (CPU "
                "%6.1f ms; the commit and the models %6.1f ms) (%d runs)  budget 150 ms  %s\n",
                v->document->itemCount(), m, median(cpu), median(commit), runs,
                m < 150 ? "OK" : "OVER BUDGET");
}

void benchMove(const QString &path, int runs)
{
    auto v = openViews(path);
    BoardModel *model = v->board->boardModel();
    QList<double> wall;
    QList<double> cpu;
    QList<double> commit;
    for (int run = 0; run < runs; ++run) {
        // 50 cards of the Planned column to Done.
        const QModelIndex cell = model->cellIndex(0, int(Status::Planned));
        QList<qint64> ids;
        for (int i = 0; i < 50; ++i)
            ids << model->index(i * 7 + run, 0, cell).data(IdRole).toLongLong();
        const int steps = v->document->undoStack()->index();
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        const bool ok = model->moveCardsToColumn(ids, Status::Done);
        commit << t.nsecsElapsed() / 1e6;
        settle();
        wall << t.nsecsElapsed() / 1e6;
        cpu << cpuMs() - c0;
        if (!ok || v->document->undoStack()->index() != steps + 1
            || v->document->item(ids.constLast())->status != Status::Done) {
            std::fprintf(stderr, "the move was not one undo step (moved: %d, steps %d → %d)\n",
                         int(ok), steps, int(v->document->undoStack()->index()));
            std::exit(1);
        }
        v->document->undoStack()->undo();
        settle();
    }
    const double m = median(wall);
    std::printf("move 50 selected cards to another column, %d items, one undo step: median %6.1f "
                "ms (CPU %6.1f ms; the commit and the models %6.1f ms) (%d runs)  budget 100 ms  "
                "%s\n",
                v->document->itemCount(), m, median(cpu), median(commit), runs,
                m < 100 ? "OK" : "OVER BUDGET");
}

void benchWipLimit(const QString &path, int runs)
{
    auto v = openViews(path);
    QList<double> views;
    QList<double> wall;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        const auto r = EditService(v->document.get()).setWipLimit(Status::InProgress, 10 + run);
        settle();
        wall << t.nsecsElapsed() / 1e6;
        views << v->viewsStart.nsecsElapsed() / 1e6;
        if (!r) {
            std::fprintf(stderr, "the limit was not set: %s\n", qPrintable(r.errorMessage()));
            std::exit(1);
        }
    }
    const double m = median(views);
    std::printf("WIP-limit change, %d items: the views %5.2f ms (median; with the commit %6.1f "
                "ms) (%d runs)  budget 5 ms  %s\n",
                v->document->itemCount(), m, median(wall), runs, m < 5 ? "OK" : "OVER BUDGET");
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int items = 100000;
    QString only;
    for (const QString &arg : app.arguments()) {
        if (arg.startsWith(QLatin1String("--items=")))
            items = arg.mid(8).toInt();
        if (arg.startsWith(QLatin1String("--only=")))
            only = arg.mid(7);
    }
    const auto wanted = [&](const char *part) {
        return only.isEmpty() || only == QLatin1String(part);
    };
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    std::printf("Edit benchmarks (platform %s)\n", qPrintable(QGuiApplication::platformName()));
    const QString path = bench::benchmarkRoadmap(dir.path(), items);
    if (wanted("delete"))
        benchDelete(path, 5);
    if (wanted("move"))
        benchMove(path, 5);
    if (wanted("wip"))
        benchWipLimit(path, 9);
    return 0;
}
