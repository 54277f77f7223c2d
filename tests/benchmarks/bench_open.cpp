// Opening a roadmap as the planner does: open the file, build the item model and the shared
// filter model in file order (as the items view opens), count the rows and read what the first
// screen of the items view shows. Prints a table; run by hand (never by CTest):
//
//     build/tests/benchmarks/bench_open [N ...]      (default: 1000 10000 100000)
//     build/tests/benchmarks/bench_open --generate N FILE   (keeps a file, for profiling)
//     build/tests/benchmarks/bench_open --measure FILE RUNS (what the child process does)
//
// Each measurement runs in a fresh child process (this executable with --measure) so that the
// peak resident set size it reports belongs to opening that file alone.

#include "document/roadmapdocument.h"
#include "models/itemfiltermodel.h"
#include "models/itemmodel.h"
#include "roadmapgenerator.h"
#include "storage/database.h"
#include "storage/roadmaprepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace jcr;

namespace {

/// Rows of the items view on a 1400×860 window: about 30; read a few more.
constexpr int ScreenRows = 40;

const int TouchedRoles[] = {Qt::DisplayRole,       Qt::DecorationRole, Qt::ToolTipRole,
                            Qt::TextAlignmentRole, Qt::FontRole,       Qt::ForegroundRole,
                            Qt::BackgroundRole,    Qt::CheckStateRole, Qt::SizeHintRole};

/// VmHWM (peak resident set size) of this process, in kB; -1 when unknown.
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

/// CPU time (user + system) of this process, in ms: robust on a machine shared with others.
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// Wall-clock ms of one run and of its phases.
struct Run
{
    double total = -1;
    double cpu = 0;
    double open = 0; ///< RoadmapDocument::open: validation, quick_check, snapshot
    double model = 0; ///< ItemModel + ItemFilterModel::setSourceModel
    double sort = 0; ///< proxy set-up (file order) + rowCount
    double screen = 0; ///< data() of the first screen of rows
};

/// One open-and-load as the window does it.
Run openAndLoad(const QString &path, QString *error)
{
    Run run;
    const double cpu0 = cpuMs();
    QElapsedTimer timer;
    timer.start();
    const auto lap = [&timer](double *phase) {
        *phase = double(timer.nsecsElapsed()) / 1e6;
    };
    auto opened = RoadmapDocument::open(path);
    if (!opened) {
        *error = opened.errorMessage();
        return run;
    }
    lap(&run.open);
    ItemModel model(opened.value().get());
    ItemFilterModel filter;
    filter.setSourceModel(&model);
    lap(&run.model);
    // As the items view opens: in file order (sorting waits for a click on a header).
    filter.sort(-1);
    const int rows = filter.rowCount();
    lap(&run.sort);
    const int columns = filter.columnCount();
    int touched = 0;
    for (int row = 0; row < std::min(rows, ScreenRows); ++row) {
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = filter.index(row, column);
            for (int role : TouchedRoles)
                touched += filter.data(index, role).isValid() ? 1 : 0;
        }
    }
    lap(&run.screen);
    run.total = run.screen;
    run.cpu = cpuMs() - cpu0;
    run.screen -= run.sort;
    run.sort -= run.model;
    run.model -= run.open;
    if (rows != opened.value()->itemCount() || touched == 0) {
        *error = QStringLiteral("unexpected model: %1 rows, %2 values").arg(rows).arg(touched);
        run.total = -1;
    }
    return run;
}

/// Where RoadmapDocument::open spends its time: Database::open (header, schema validation,
/// quick_check, migrations) and RoadmapRepository::loadSnapshot (reading every row).
QString openBreakdown(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path, Database::Mode::Open);
    if (!db)
        return db.errorMessage();
    const double dbMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    RoadmapRepository repo(*db.value());
    auto snap = repo.loadSnapshot();
    if (!snap)
        return snap.errorMessage();
    const double snapMs = double(timer.nsecsElapsed()) / 1e6;
    return QStringLiteral("Database::open %1 ms, loadSnapshot %2 ms")
            .arg(dbMs, 0, 'f', 1)
            .arg(snapMs, 0, 'f', 1);
}

/// Child mode: one line per run "total cpu open model sort screen", then "peak kB",
/// then the breakdown of the open.
int measure(const QString &path, int runs)
{
    const qint64 baseline = peakRssKb();
    QTextStream out(stdout);
    for (int i = 0; i < runs; ++i) {
        QString error;
        const Run r = openAndLoad(path, &error);
        if (r.total < 0) {
            QTextStream(stderr) << "bench_open: " << error << '\n';
            return 1;
        }
        out << "run";
        for (double v : {r.total, r.cpu, r.open, r.model, r.sort, r.screen})
            out << ' ' << QString::number(v, 'f', 2);
        out << '\n';
    }
    out << "peak " << (peakRssKb() - baseline) << '\n';
    out << "open " << openBreakdown(path) << '\n';
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments();
    args.removeFirst();
    if (args.size() == 3 && args.at(0) == QLatin1String("--measure"))
        return measure(args.at(1), args.at(2).toInt());
    if (args.size() == 3 && args.at(0) == QLatin1String("--generate")) {
        // For profiling by hand: bench_open --generate N FILE, then valgrind … --measure FILE 1
        bench::GeneratorOptions options;
        options.items = args.at(1).toInt();
        const auto r = bench::generateRoadmap(args.at(2), options);
        if (!r)
            std::fprintf(stderr, "bench_open: %s\n", qPrintable(r.errorMessage()));
        return r ? 0 : 1;
    }

    QList<int> sizes;
    for (const QString &a : std::as_const(args)) {
        bool ok = false;
        const int n = a.toInt(&ok);
        if (!ok || n <= 0) {
            std::fprintf(stderr,
                         "usage: bench_open [N ...]  (item counts, default 1000 10000 "
                         "100000)\n");
            return 2;
        }
        sizes << n;
    }
    if (sizes.isEmpty())
        sizes = {1000, 10000, 100000};

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_open: no temporary folder\n");
        return 1;
    }
    QTextStream out(stdout);
    out << "Open + load (RoadmapDocument::open, ItemModel, ItemFilterModel in file order as the "
           "items view opens, "
           "rowCount, data() of the first "
        << ScreenRows << " rows)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8\n")
                    .arg(QStringLiteral("N"), 8)
                    .arg(QStringLiteral("create s"), 9)
                    .arg(QStringLiteral("open+load median ms"), 20)
                    .arg(QStringLiteral("CPU ms"), 8)
                    .arg(QStringLiteral("runs"), 5)
                    .arg(QStringLiteral("peak RSS +MB"), 13)
                    .arg(QStringLiteral("file MB"), 8)
                    .arg(QStringLiteral("budget"));
    out.flush();

    QStringList details;
    for (int n : std::as_const(sizes)) {
        const QString path = dir.filePath(QStringLiteral("bench-%1.jcroadmap").arg(n));
        bench::GeneratorOptions options;
        options.items = n;
        QElapsedTimer timer;
        timer.start();
        if (auto r = bench::generateRoadmap(path, options); !r) {
            std::fprintf(stderr, "bench_open: generating %d items failed: %s\n", n,
                         qPrintable(r.errorMessage()));
            return 1;
        }
        const double createS = double(timer.nsecsElapsed()) / 1e9;

        const int runs = n >= 100000 ? 3 : 5;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--measure"), path, QString::number(runs)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            std::fprintf(stderr, "bench_open: measuring %d items failed\n", n);
            return 1;
        }
        const QStringList reply = QString::fromLocal8Bit(child.readAllStandardOutput())
                                          .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QList<Run> results;
        qint64 peakKb = -1;
        QString breakdown;
        for (const QString &line : reply) {
            const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (f.value(0) == QLatin1String("run") && f.size() == 7) {
                results.append({f.at(1).toDouble(), f.at(2).toDouble(), f.at(3).toDouble(),
                                f.at(4).toDouble(), f.at(5).toDouble(), f.at(6).toDouble()});
            } else if (f.value(0) == QLatin1String("peak")) {
                peakKb = f.value(1).toLongLong();
            } else if (f.value(0) == QLatin1String("open")) {
                breakdown = line.mid(5);
            }
        }
        if (results.size() != runs) {
            std::fprintf(stderr, "bench_open: unexpected reply: %s\n",
                         qPrintable(reply.join(QLatin1Char('|'))));
            return 1;
        }
        const auto med = [&results](double Run::*field) {
            QList<double> values;
            for (const Run &r : std::as_const(results))
                values << r.*field;
            return median(values);
        };
        const double total = med(&Run::total);
        QString budget;
        if (n == 10000 || n == 100000) {
            const double limit = n == 10000 ? 200 : 1000;
            budget = QStringLiteral("%1 %2 ms")
                             .arg(total < limit ? QStringLiteral("OK   <")
                                                : QStringLiteral("OVER >="))
                             .arg(limit, 0, 'f', 0);
        }
        QStringList all;
        for (const Run &r : std::as_const(results))
            all << QString::number(r.total, 'f', 1);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8\n")
                        .arg(n, 8)
                        .arg(createS, 9, 'f', 2)
                        .arg(total, 20, 'f', 1)
                        .arg(med(&Run::cpu), 8, 'f', 1)
                        .arg(runs, 5)
                        .arg(double(peakKb) / 1024.0, 13, 'f', 1)
                        .arg(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 8, 'f', 1)
                        .arg(budget);
        details << QStringLiteral("%1 items: runs %2 ms; medians: open %3, models %4, "
                                  "proxy+rowCount %5, first screen %6 ms; %7")
                           .arg(n)
                           .arg(all.join(QStringLiteral(", ")))
                           .arg(med(&Run::open), 0, 'f', 1)
                           .arg(med(&Run::model), 0, 'f', 1)
                           .arg(med(&Run::sort), 0, 'f', 1)
                           .arg(med(&Run::screen), 0, 'f', 1)
                           .arg(breakdown);
        out.flush();
        QFile::remove(path);
    }
    out << "\nPhases (wall clock; CPU ms counts this process only, load on a shared machine "
           "shows as wall > CPU):\n";
    for (const QString &line : std::as_const(details))
        out << "  " << line << '\n';
    return 0;
}
