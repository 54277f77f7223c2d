// Exports and imports of large roadmaps (budgets from issue 17: 100,000 items to CSV < 1 s and
// to Excel < 5 s; 10,000 rows imported < 2 s in one transaction). Prints the figures.
//   bench_interchange [ITEMS_EXPORTED=100000] [ROWS_IMPORTED=10000]

#include "document/roadmapdocument.h"
#include "interchange/csvreader.h"
#include "interchange/csvwriter.h"
#include "interchange/itemtable.h"
#include "interchange/roadmapdata.h"
#include "interchange/roadmapexporter.h"
#include "interchange/roadmapimporter.h"
#include "interchange/xlsxexporter.h"
#include "roadmapgenerator.h"
#include "storage/database.h"
#include "storage/roadmapstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>
#include <ctime>

using namespace jcr;

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

/// Processor time of this process, in seconds: on a machine shared with other builds the wall
/// clock also counts the time other processes had the cores.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

bool exportTimed(RoadmapDocument &doc, const QString &path, const char *label, double budget)
{
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    auto r = RoadmapExporter::exportTo(doc, path);
    const double s = seconds(t);
    const double cpu = cpuSeconds() - cpu0;
    if (!r) {
        std::fprintf(stderr, "%s: %s\n", label, qPrintable(r.errorMessage()));
        return false;
    }
    std::printf("export %-6s %7d items  wall %6.3f s  cpu %6.3f s  %8.1f MB  %s\n", label,
                doc.itemCount(), s, cpu, double(QFileInfo(path).size()) / 1e6,
                budget > 0 ? qPrintable(QStringLiteral("(budget %1 s)").arg(budget)) : "");
    return true;
}

/// Wall-clock and processor time since construction or restart().
struct Stopwatch
{
    Stopwatch() { restart(); }
    void restart()
    {
        timer.start();
        cpu0 = cpuSeconds();
    }
    double wall() const { return seconds(timer); }
    double cpu() const { return cpuSeconds() - cpu0; }
    QElapsedTimer timer;
    double cpu0 = 0;
};

/// A file is read-only until its background integrity check has passed (issue 12); the check
/// would also compete with the import for the processor.
bool waitForCheck(RoadmapDocument &doc)
{
    QElapsedTimer waited;
    waited.start();
    // Awaiting until the check has started and ended (it may start after open() returns).
    while ((doc.integrityCheckRunning() || doc.store().isAwaitingCheck())
           && waited.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (doc.isReadOnly()) {
        std::fprintf(stderr, "the roadmap stayed read-only: %s\n",
                     qPrintable(doc.store().readOnlyReason()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int exported = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int imported = argc > 2 ? QByteArray(argv[2]).toInt() : 10000;
    QTemporaryDir dir;

    // Exports.
    const QString big = dir.filePath(QStringLiteral("big.jcroadmap"));
    bench::GeneratorOptions options;
    options.items = exported;
    if (auto r = bench::generateRoadmap(big, options); !r) {
        std::fprintf(stderr, "generate: %s\n", qPrintable(r.errorMessage()));
        return 1;
    }
    {
        auto doc = RoadmapDocument::open(big, true);
        if (!doc)
            return 1;
        for (const char *ext : {"csv", "xlsx", "json", "ics"}) {
            const double budget = QByteArray(ext) == "xlsx" ? 5 : QByteArray(ext) == "csv" ? 1 : 0;
            if (!exportTimed(*doc.value(),
                             dir.filePath(QStringLiteral("big.") + QLatin1String(ext)), ext,
                             budget))
                return 1;
        }
        // Where the Excel export's time goes: reading the roadmap, making the workbook (rows
        // and libxlsxwriter's zip), the rest being the write through OutputGuard.
        Stopwatch t;
        auto data = RoadmapData::fromDocument(*doc.value(), true);
        if (!data)
            return 1;
        const double readWall = t.wall(), readCpu = t.cpu();
        t.restart();
        auto workbook = XlsxExporter::toXlsx(data.value());
        if (!workbook)
            return 1;
        std::printf("  xlsx parts: read roadmap wall %6.3f s cpu %6.3f s; workbook wall %6.3f s "
                    "cpu %6.3f s\n",
                    readWall, readCpu, t.wall(), t.cpu());
    }

    // Imports: a CSV of `imported` new rows, and the same rows again as updates.
    const QString small = dir.filePath(QStringLiteral("small.jcroadmap"));
    options.items = imported;
    if (auto r = bench::generateRoadmap(small, options); !r)
        return 1;
    const QString target = dir.filePath(QStringLiteral("target.jcroadmap"));
    options.items = 10;
    if (auto r = bench::generateRoadmap(target, options); !r)
        return 1;
    const QString csv = dir.filePath(QStringLiteral("rows.csv"));
    const QString newRows = dir.filePath(QStringLiteral("new-rows.csv"));
    {
        auto doc = RoadmapDocument::open(small, true);
        if (!doc || !RoadmapExporter::exportTo(*doc.value(), csv))
            return 1;
        // Without the id and dependency columns (ids of the other file) every row is new.
        QFile in(csv);
        if (!in.open(QIODevice::ReadOnly))
            return 1;
        auto table = CsvReader::parse(in.readAll());
        if (!table)
            return 1;
        const auto keep = [](const QStringList &cells) {
            QStringList out = cells;
            out.removeAt(int(ItemTable::Column::Dependencies));
            out.removeAt(int(ItemTable::Column::Id));
            return out;
        };
        QByteArray bytes = CsvWriter::byteOrderMark();
        CsvWriter::appendRecord(bytes, keep(table->header));
        for (const TableRow &row : table->rows)
            CsvWriter::appendRecord(bytes, keep(row.cells));
        QFile out(newRows);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return 1;
    }
    {
        auto doc = RoadmapDocument::open(target);
        if (!doc || !waitForCheck(*doc.value()))
            return 1;
        Stopwatch t;
        auto plan = RoadmapImporter::plan(*doc.value(), newRows);
        const double planned = t.wall(), plannedCpu = t.cpu();
        if (!plan) {
            std::fprintf(stderr, "plan: %s\n", qPrintable(plan.errorMessage()));
            return 1;
        }
        std::printf("import read+check %6d rows  wall %6.3f s  cpu %6.3f s  (%s)\n", imported,
                    planned, plannedCpu, qPrintable(plan->summary()));
        if (!plan->rejected.isEmpty()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(plan->rejectionLines().mid(0, 3).join(QLatin1Char('\n'))));
            return 1;
        }
        t.restart();
        auto applied = RoadmapImporter::apply(*doc.value(), plan.value(), newRows);
        const double written = t.wall(), writtenCpu = t.cpu();
        if (!applied) {
            std::fprintf(stderr, "apply: %s\n", qPrintable(applied.errorMessage()));
            return 1;
        }
        std::printf("import write      %6d new   wall %6.3f s  cpu %6.3f s  undo steps %d\n",
                    plan->addedCount(), written, writtenCpu,
                    int(doc.value()->undoStack()->count()));
        std::printf("import total      %6d rows  wall %6.3f s  cpu %6.3f s  (budget 2 s)\n",
                    imported, planned + written, plannedCpu + writtenCpu);
        t.restart();
        doc.value()->undoStack()->undo();
        std::printf("import undo       %6d rows  wall %6.3f s  cpu %6.3f s\n", plan->addedCount(),
                    t.wall(), t.cpu());
    }
    {
        // Updates: the exported file with every title changed, into its own roadmap.
        auto doc = RoadmapDocument::open(small);
        if (!doc) {
            std::fprintf(stderr, "open: %s\n", qPrintable(doc.errorMessage()));
            return 1;
        }
        if (!waitForCheck(*doc.value()))
            return 1;
        QFile in(csv);
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(csv), qPrintable(in.errorString()));
            return 1;
        }
        QByteArray text = in.readAll();
        text.replace(" Joint ", " Common ");
        const QString edited = dir.filePath(QStringLiteral("edited.csv"));
        QFile out(edited);
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(edited), qPrintable(out.errorString()));
            return 1;
        }
        out.close();
        Stopwatch t;
        auto plan = RoadmapImporter::plan(*doc.value(), edited);
        if (!plan) {
            std::fprintf(stderr, "plan: %s\n", qPrintable(plan.errorMessage()));
            return 1;
        }
        if (!plan->rejected.isEmpty()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(plan->rejectionLines().mid(0, 3).join(QLatin1Char('\n'))));
            return 1;
        }
        auto applied = RoadmapImporter::apply(*doc.value(), plan.value(), edited);
        if (!applied) {
            std::fprintf(stderr, "apply: %s\n", qPrintable(applied.errorMessage()));
            return 1;
        }
        std::printf("import update     %6d rows  wall %6.3f s  cpu %6.3f s  (%s)\n", imported,
                    t.wall(), t.cpu(), qPrintable(plan->summary()));
    }
    {
        // The same new rows into the large roadmap: every row is checked against it.
        auto doc = RoadmapDocument::open(big);
        if (!doc || !waitForCheck(*doc.value()))
            return 1;
        Stopwatch t;
        auto plan = RoadmapImporter::plan(*doc.value(), newRows);
        if (!plan || !plan->rejected.isEmpty()
            || !RoadmapImporter::apply(*doc.value(), plan.value(), newRows)) {
            std::fprintf(stderr, "import into the large roadmap failed\n");
            return 1;
        }
        std::printf("import into %d    %6d new   wall %6.3f s  cpu %6.3f s  (budget 2 s)\n",
                    exported, plan->addedCount(), t.wall(), t.cpu());
    }
    return 0;
}
