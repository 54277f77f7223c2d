// Exports and imports of large roadmaps (budgets from issue 17: 100,000 items to CSV < 1 s and
// to Excel < 5 s; 10,000 rows imported < 2 s in one transaction). Prints the figures.
//   bench_interchange [ITEMS_EXPORTED=100000] [ROWS_IMPORTED=10000]

#include "document/roadmapdocument.h"
#include "interchange/csvreader.h"
#include "interchange/csvwriter.h"
#include "interchange/itemtable.h"
#include "interchange/roadmapexporter.h"
#include "interchange/roadmapimporter.h"
#include "roadmapgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace jcr;

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

bool exportTimed(RoadmapDocument &doc, const QString &path, const char *label, double budget)
{
    QElapsedTimer t;
    t.start();
    auto r = RoadmapExporter::exportTo(doc, path);
    const double s = seconds(t);
    if (!r) {
        std::fprintf(stderr, "%s: %s\n", label, qPrintable(r.errorMessage()));
        return false;
    }
    std::printf("export %-6s %7d items  %6.3f s  %8.1f MB  (budget %.0f s)\n", label,
                doc.itemCount(), s, double(QFileInfo(path).size()) / 1e6, budget);
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
            const double budget = QByteArray(ext) == "xlsx" ? 5 : 1;
            if (!exportTimed(*doc.value(),
                             dir.filePath(QStringLiteral("big.") + QLatin1String(ext)), ext,
                             budget))
                return 1;
        }
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
        if (!doc)
            return 1;
        QElapsedTimer t;
        t.start();
        auto plan = RoadmapImporter::plan(*doc.value(), newRows);
        const double planned = seconds(t);
        if (!plan) {
            std::fprintf(stderr, "plan: %s\n", qPrintable(plan.errorMessage()));
            return 1;
        }
        std::printf("import plan  %7d rows   %6.3f s  (%s)\n", imported, planned,
                    qPrintable(plan->summary()));
        if (!plan->rejected.isEmpty()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(plan->rejectionLines().mid(0, 3).join(QLatin1Char('\n'))));
            return 1;
        }
        t.restart();
        auto applied = RoadmapImporter::apply(*doc.value(), plan.value(), newRows);
        const double written = seconds(t);
        if (!applied) {
            std::fprintf(stderr, "apply: %s\n", qPrintable(applied.errorMessage()));
            return 1;
        }
        std::printf("import write %7d new    %6.3f s  total %.3f s (budget 2 s), undo steps %d\n",
                    plan->addedCount(), written, planned + written,
                    int(doc.value()->undoStack()->count()));
        t.restart();
        doc.value()->undoStack()->undo();
        std::printf("import undo  %7d rows   %6.3f s\n", plan->addedCount(), seconds(t));
    }
    {
        // Updates: the exported file with every title changed, into its own roadmap.
        auto doc = RoadmapDocument::open(small);
        QFile in(csv);
        if (!doc || !in.open(QIODevice::ReadOnly))
            return 1;
        QByteArray text = in.readAll();
        text.replace(" Joint ", " Common ");
        const QString edited = dir.filePath(QStringLiteral("edited.csv"));
        QFile out(edited);
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
            return 1;
        out.close();
        QElapsedTimer t;
        t.start();
        auto plan = RoadmapImporter::plan(*doc.value(), edited);
        if (!plan || !plan->rejected.isEmpty())
            return 1;
        auto applied = RoadmapImporter::apply(*doc.value(), plan.value(), edited);
        if (!applied)
            return 1;
        std::printf("import update %6d rows   %6.3f s  (%s)\n", imported, seconds(t),
                    qPrintable(plan->summary()));
    }
    return 0;
}
