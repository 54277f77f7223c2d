// A team roadmap on PostgreSQL (issue 19), measured on a throwaway local server of its own:
// publishing a generated roadmap, opening it (budget: 10,000 items under 1 s), and an edit
// committed by one document and seen by a second one through the change feed (budget: median
// under 100 ms). Prints a table; run by hand (never by CTest):
//
//     build/tests/benchmarks/bench_server [ITEMS] [EDITS]     (default: 10000 50)

#include "document/roadmapdocument.h"
#include "roadmapgenerator.h"
#include "storage/roadmapstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace jcr;

namespace {

void server(const QString &action, const QString &dir)
{
    QProcess p;
    p.start(QStringLiteral(JCR_SOURCE_DIR "/tests/support/pgserver.sh"), {action, dir});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        std::fprintf(stderr, "pgserver.sh %s failed: %s\n", qPrintable(action),
                     p.readAllStandardError().constData());
        std::exit(1);
    }
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double worst(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.cbegin(), v.cend());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int items = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int edits = argc > 2 ? std::atoi(argv[2]) : 50;
    QTemporaryDir work;
    const QString file = bench::benchmarkRoadmap(work.path(), items);
    // The server's user must reach its folder: under the system's temporary folder.
    const QString dir = QDir::tempPath()
            + QStringLiteral("/jcr-bench-pg-%1").arg(QCoreApplication::applicationPid());
    server(QStringLiteral("start"), dir);
    const QString url = QStringLiteral("postgresql://postgres@/postgres?host=%1").arg(dir);
    int status = 0;
    [&] {
        QElapsedTimer t;
        t.start();
        {
            auto source = openStore(file, OpenMode::OpenReadOnly);
            auto target = openStore(url, OpenMode::Create);
            if (!source || !target) {
                std::fprintf(stderr, "open: %s\n",
                             qPrintable(source ? target.errorMessage() : source.errorMessage()));
                status = 1;
                return;
            }
            if (auto r = target.value()->copyFrom(*source.value()); !r) {
                std::fprintf(stderr, "publish: %s\n", qPrintable(r.errorMessage()));
                status = 1;
                return;
            }
        }
        std::printf("items %d: publish %.0f ms\n", items, double(t.elapsed()));

        QList<double> opens, fileOpens;
        for (int run = 0; run < 5; ++run) {
            t.start();
            auto doc = RoadmapDocument::open(url);
            opens << double(t.nsecsElapsed()) / 1e6;
            if (!doc || doc.value()->itemCount() != items) {
                std::fprintf(stderr, "open failed\n");
                status = 1;
                return;
            }
            t.start();
            auto local = RoadmapDocument::open(file, true);
            fileOpens << double(t.nsecsElapsed()) / 1e6;
        }
        std::printf("open (5 runs): server median %.0f ms, worst %.0f ms (budget 1000 ms); "
                    "the same file %.0f ms\n",
                    median(opens), worst(opens), median(fileOpens));

        auto mine = RoadmapDocument::open(url);
        auto theirs = RoadmapDocument::open(url);
        if (!mine || !theirs) {
            status = 1;
            return;
        }
        QList<double> committed, seen;
        for (int i = 0; i < edits; ++i) {
            const int row = (i * 7919) % items;
            Item edited = mine.value()->itemAt(row);
            edited.title = QStringLiteral("Edit %1 of the benchmark").arg(i);
            t.start();
            if (!mine.value()->applyUpdateItem(edited)) {
                status = 1;
                return;
            }
            committed << double(t.nsecsElapsed()) / 1e6;
            while (theirs.value()->itemAt(row).title != edited.title) {
                if (t.elapsed() > 10000) {
                    std::fprintf(stderr, "edit %d not seen after 10 s\n", i);
                    status = 1;
                    return;
                }
                QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            }
            seen << double(t.nsecsElapsed()) / 1e6;
            QThread::msleep(20);
        }
        std::printf("edit (%d): committed median %.1f ms, worst %.1f ms; seen by a second "
                    "document median %.1f ms, worst %.1f ms (budget: median 100 ms)\n",
                    edits, median(committed), worst(committed), median(seen), worst(seen));
    }();
    server(QStringLiteral("stop"), dir);
    return status;
}
