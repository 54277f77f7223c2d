// Status reports of 1,000 to 10,000 items rendered to PDF: the whole `jcroadmap report`
// process, and in-process the phases (open + model, layout + paint, PDF finishing).
// Budgets (issue 5): 1,000 items under 1 s and 10,000 under 8 s, whole process, linear growth.
// Run by hand: build/tests/benchmarks/bench_report [--keep DIR] [ITEMS...]

#include "roadmapgenerator.h"

#include "document/roadmapdocument.h"
#include "report/reportmodel.h"
#include "report/reportrenderer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <cstdio>
#include <sys/resource.h>

using namespace jcr;

namespace {

struct Figures
{
    int items = 0;
    int pages = 0;
    qint64 bytes = 0;
    double processSeconds = 0; ///< best of three runs of the executable, wall clock
    double processCpuSeconds = 0; ///< CPU time (user + system) of that run
    double modelSeconds = 0;
    double renderSeconds = 0; ///< layout, paint and PDF finishing
};

/// CPU time used so far by the children this process waited for.
double childCpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
            + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("JCR_TODAY", "2026-11-26");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QString exe = QStringLiteral(JCR_EXECUTABLE);
    QTemporaryDir tmp;
    QString dir = tmp.path();
    QList<int> sizes;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            dir = args.at(++i);
        else if (args.at(i).toInt() > 0)
            sizes << args.at(i).toInt();
    }
    if (sizes.isEmpty())
        sizes = {1000, 2000, 5000, 10000};

    QList<Figures> all;
    for (int n : std::as_const(sizes)) {
        Figures f;
        f.items = n;
        const QString file = QStringLiteral("%1/bench-%2.jcroadmap").arg(dir).arg(n);
        QFile::remove(file);
        bench::GeneratorOptions options;
        options.items = n;
        if (auto r = bench::generateRoadmap(file, options); !r) {
            out << "generator failed: " << r.errorMessage() << Qt::endl;
            return 1;
        }
        const QString pdf = QStringLiteral("%1/bench-%2.pdf").arg(dir).arg(n);

        // Whole process, as an officer runs it; best of three to be fair to a shared machine.
        f.processSeconds = 1e9;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer t;
            const double cpuBefore = childCpuSeconds();
            t.start();
            const int code
                    = QProcess::execute(exe,
                                        {QStringLiteral("report"), file, QStringLiteral("-o"), pdf,
                                         QStringLiteral("--as-of"), QStringLiteral("2026-11-26")});
            const double s = seconds(t);
            if (code != 0) {
                out << "jcroadmap report failed with " << code << Qt::endl;
                return 1;
            }
            if (s < f.processSeconds) {
                f.processSeconds = s;
                f.processCpuSeconds = childCpuSeconds() - cpuBefore;
            }
        }
        f.bytes = QFile(pdf).size();

        // The phases, in process.
        QElapsedTimer t;
        t.start();
        auto doc = RoadmapDocument::open(file, true);
        ReportOptions ro;
        ro.asOf = QDate(2026, 11, 26);
        auto model = ReportModel::build(*doc.value(), ro);
        f.modelSeconds = seconds(t);
        t.restart();
        auto bytes = ReportRenderer::pdf(model.value(), &f.pages);
        f.renderSeconds = seconds(t);
        if (!bytes) {
            out << bytes.errorMessage() << Qt::endl;
            return 1;
        }
        all.append(f);
        out << QStringLiteral("%1 items: %2 pages, %3 KiB; whole process %4 s wall, %7 s CPU "
                              "(in process: open+model %5 s, layout+paint+finish %6 s)")
                        .arg(n, 6)
                        .arg(f.pages, 4)
                        .arg(f.bytes / 1024, 6)
                        .arg(f.processSeconds, 0, 'f', 2)
                        .arg(f.modelSeconds, 0, 'f', 2)
                        .arg(f.renderSeconds, 0, 'f', 2)
                        .arg(f.processCpuSeconds, 0, 'f', 2)
            << Qt::endl;
    }
    out << Qt::endl << "Growth (time per 1,000 items, whole process):" << Qt::endl;
    for (const Figures &f : std::as_const(all))
        out << QStringLiteral("  %1 items: %2 s per 1,000")
                        .arg(f.items, 6)
                        .arg(f.processSeconds * 1000 / f.items, 0, 'f', 3)
            << Qt::endl;
    const bool ok1 = all.at(0).processSeconds < 1.0;
    const bool ok10 = all.at(3).processSeconds < 8.0;
    out << "Budget 1,000 < 1 s: " << (ok1 ? "met" : "MISSED")
        << "; 10,000 < 8 s: " << (ok10 ? "met" : "MISSED") << Qt::endl;
    return 0;
}
