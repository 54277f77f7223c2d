// The record of change (issue 14): what recording costs an edit, how fast an item's history
// opens among 100,000 recorded changes, and how much the file grows per 1,000 edits.
// Run by hand: build/tests/benchmarks/bench_history [--items=N] [--changes=N]
// Budgets: recording adds < 1 ms to an edit; an item's history with 100,000 recorded changes
// in the file opens in < 50 ms.
#include "document/history.h"
#include "document/roadmapdocument.h"
#include "document/useridentity.h"
#include "edit/editservice.h"
#include "roadmapgenerator.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace jcr;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

int option(const QStringList &args, const QString &name, int fallback)
{
    for (const QString &a : args) {
        if (a.startsWith(QStringLiteral("--") + name + QLatin1Char('=')))
            return a.section(QLatin1Char('='), 1).toInt();
    }
    return fallback;
}

void exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, error);
        std::exit(1);
    }
}

/// Median milliseconds of one write transaction changing one item's status and title, as the
/// planner writes it (with \a actor: the name row the triggers read), on a raw connection with
/// the planner's settings (rollback journal, synchronous=FULL).
double rawEditMs(const QString &path, bool actor, int edits, bool synchronous)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    exec(db, "PRAGMA journal_mode=DELETE; PRAGMA foreign_keys=ON");
    exec(db, synchronous ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=OFF");
    sqlite3_stmt *update = nullptr;
    sqlite3_prepare_v2(db,
                       "UPDATE item SET status = CASE status WHEN 'planned' THEN 'in_progress' "
                       "ELSE 'planned' END, title = title || '.' WHERE id = ?",
                       -1, &update, nullptr);
    QList<double> ms;
    for (int i = 0; i < edits; ++i) {
        QElapsedTimer t;
        t.start();
        exec(db, "BEGIN IMMEDIATE");
        if (actor)
            exec(db, "INSERT OR REPLACE INTO change_actor (id, name) VALUES (1, 'Benchmark')");
        sqlite3_bind_int64(update, 1, 1 + i % 500);
        sqlite3_step(update);
        sqlite3_reset(update);
        if (actor)
            exec(db, "DELETE FROM change_actor");
        exec(db, "COMMIT");
        ms << t.nsecsElapsed() / 1e6;
    }
    sqlite3_finalize(update);
    sqlite3_close(db);
    return median(ms);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    UserIdentity::setName(QStringLiteral("Benchmark"));
    const QStringList args = app.arguments();
    const int items = option(args, QStringLiteral("items"), 1000);
    const int changes = option(args, QStringLiteral("changes"), 100000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.jcroadmap"));
    bench::GeneratorOptions o;
    o.items = items;
    if (auto r = bench::generateRoadmap(path, o); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.errorMessage()));
        return 1;
    }

    // 1. What recording adds to an edit: the same write transactions on two copies, one with
    // the record-of-change triggers, one with them removed (a copy only the benchmark uses).
    {
        const QString with = dir.filePath(QStringLiteral("with.jcroadmap"));
        const QString without = dir.filePath(QStringLiteral("without.jcroadmap"));
        QFile::copy(path, with);
        QFile::copy(path, without);
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(without).constData(), &db);
        sqlite3_stmt *names = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE "
                           "'%_record_%'",
                           -1, &names, nullptr);
        QList<QByteArray> triggers;
        while (sqlite3_step(names) == SQLITE_ROW)
            triggers << reinterpret_cast<const char *>(sqlite3_column_text(names, 0));
        sqlite3_finalize(names);
        for (const QByteArray &t : std::as_const(triggers))
            exec(db, QByteArray("DROP TRIGGER " + t).constData());
        sqlite3_close(db);
        // With synchronous=FULL (as the planner writes) the disk's flushes dominate and vary
        // by milliseconds; with synchronous=OFF what is left is the work recording adds.
        for (const bool synchronous : {true, false}) {
            const int edits = synchronous ? 300 : 3000;
            // Alternate the runs so that the disk's moods hit both alike.
            QList<double> a;
            QList<double> b;
            for (int round = 0; round < 3; ++round) {
                b << rawEditMs(without, false, edits / 3, synchronous);
                a << rawEditMs(with, true, edits / 3, synchronous);
            }
            const double withMs = median(a);
            const double withoutMs = median(b);
            std::printf("edit (status + title, synchronous=%s), %d edits: %.3f ms without "
                        "recording, %.3f ms with (%zu triggers dropped): recording adds %.3f ms\n",
                        synchronous ? "FULL" : "OFF", edits, withoutMs, withMs,
                        size_t(triggers.size()), withMs - withoutMs);
        }
    }

    auto opened = RoadmapDocument::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    RoadmapDocument &doc = *opened.value();
    EditService edits(&doc);

    // 2. File growth per 1,000 edits through the edit service (one field each, one recorded
    // row each), and the edit's own time with recording.
    {
        const qint64 before = QFileInfo(path).size();
        QList<double> ms;
        for (int i = 0; i < 1000; ++i) {
            const qint64 id = doc.itemAt(i % doc.itemCount()).id;
            QElapsedTimer t;
            t.start();
            if (!edits.editItem(id, [i](Item &it) { it.progress = (it.progress + 7 + i) % 101; })) {
                std::fprintf(stderr, "edit failed\n");
                return 1;
            }
            ms << t.nsecsElapsed() / 1e6;
        }
        const qint64 after = QFileInfo(path).size();
        std::printf("1,000 edits through the edit service: median %.2f ms per edit; the file grew "
                    "%lld bytes (%.1f bytes per edit)\n",
                    median(ms), after - before, (after - before) / 1000.0);
    }

    // 3. An item's history among `changes` recorded changes: written by the triggers (raw
    // updates in one transaction), most on other items, 1,000 on the item opened.
    const qint64 hot = doc.itemAt(0).id;
    const qint64 typical = doc.itemAt(1).id;
    {
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        exec(db, "BEGIN IMMEDIATE");
        sqlite3_stmt *update = nullptr;
        sqlite3_prepare_v2(db, "UPDATE item SET progress = (progress + 1) % 101 WHERE id = ?", -1,
                           &update, nullptr);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < changes; ++i) {
            const qint64 id = i % 100 == 0 ? hot : doc.itemAt(2 + i % (doc.itemCount() - 2)).id;
            sqlite3_bind_int64(update, 1, id);
            sqlite3_step(update);
            sqlite3_reset(update);
        }
        sqlite3_finalize(update);
        exec(db, "COMMIT");
        std::printf("%d changes recorded by the triggers in one transaction: %.0f ms\n", changes,
                    t.nsecsElapsed() / 1e6);
        sqlite3_close(db);
    }
    doc.checkForOutsideChanges();
    const auto time = [&](qint64 id, const char *what) {
        QList<double> ms;
        qsizetype rows = 0;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer t;
            t.start();
            auto h = History::ofItem(doc, id);
            ms << t.nsecsElapsed() / 1e6;
            rows = h ? h->size() : -1;
        }
        std::printf("history of %s (%lld entries) among %d+ recorded changes: median %.2f ms\n",
                    what, qint64(rows), changes, median(ms));
    };
    time(typical, "a typical item");
    time(hot, "the most changed item");
    {
        QList<double> ms;
        qsizetype rows = 0;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            auto all = History::between(doc, QDate::currentDate(), QDate::currentDate(), 1000);
            ms << t.nsecsElapsed() / 1e6;
            rows = all ? all->size() : -1;
        }
        std::printf("the Changes dock's query for today (the newest %lld rows): median %.1f ms\n",
                    qint64(rows), median(ms));
    }
    std::printf("file size: %lld bytes\n", QFileInfo(path).size());
    return 0;
}
