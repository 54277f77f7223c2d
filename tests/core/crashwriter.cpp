// jcr_crashwriter FILE FIRST_EDIT_NUMBER SEED
//
// Helper of tst_crash: makes random edits to FILE through RoadmapDocument in an endless loop,
// printing each edit once its transaction has committed ("EDIT <item id> <n>" or
// "NEW <item id> <n>"), until it is killed. Each edit writes two rows in one transaction (a
// status update "edit n" and the item's description "crash edit n"), so that a half-applied edit
// would show.

#include "document/roadmapdocument.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace jcr;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: jcr_crashwriter FILE FIRST_EDIT_NUMBER SEED\n");
        return 2;
    }
    auto opened = RoadmapDocument::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    RoadmapDocument &doc = *opened.value();
    QRandomGenerator rng(args.at(3).toUInt());
    for (qint64 n = args.at(2).toLongLong();; ++n) {
        if (rng.bounded(8) == 0) {
            Item fresh = doc.itemAt(0);
            fresh.id = 0;
            fresh.title = QStringLiteral("Crash item %1").arg(n);
            fresh.description = QStringLiteral("crash edit %1").arg(n);
            fresh.organisations.clear();
            fresh.tags = {QStringLiteral("crash")};
            auto stored = doc.applyInsertItem(fresh);
            if (!stored) {
                std::fprintf(stderr, "%s\n", qPrintable(stored.errorMessage()));
                return 1;
            }
            StatusUpdate u;
            u.itemId = stored->id;
            u.date = QDate(2026, 11, 26);
            u.text = QStringLiteral("edit %1").arg(n);
            if (!doc.applyAddStatusUpdate(u, nullptr))
                return 1;
            std::printf("NEW %lld %lld\n", stored->id, n);
        } else {
            const Item &target = doc.itemAt(int(rng.bounded(doc.itemCount())));
            Item after = target;
            after.description = QStringLiteral("crash edit %1").arg(n);
            after.progress = int(n % 101);
            StatusUpdate u;
            u.itemId = target.id;
            u.date = QDate(2026, 11, 26);
            u.text = QStringLiteral("edit %1").arg(n);
            auto r = doc.applyAddStatusUpdate(u, &after);
            if (!r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.errorMessage()));
                return 1;
            }
            std::printf("EDIT %lld %lld\n", target.id, n);
        }
        std::fflush(stdout);
    }
}
