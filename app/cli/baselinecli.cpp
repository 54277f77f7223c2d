#include "baselinecli.h"

#include "cli.h"
#include "document/baselinecomparison.h"
#include "document/roadmapdocument.h"
#include "domain/clock.h"
#include "edit/editservice.h"
#include "storage/roadmapstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace jcr::cli {

namespace {

int listBaselines(RoadmapDocument &doc, bool json)
{
    if (json) {
        QJsonArray rows;
        for (const Baseline &b : doc.baselines()) {
            rows.append(QJsonObject {
                    {QStringLiteral("id"), b.id},
                    {QStringLiteral("name"), b.name},
                    {QStringLiteral("date"), b.takenOn.toString(Qt::ISODate)},
                    {QStringLiteral("note"), b.note},
            });
        }
        out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return Success;
    }
    out() << "id\tname\tdate\tnote\n";
    for (const Baseline &b : doc.baselines()) {
        out() << b.id << '\t' << escapeTsv(b.name) << '\t' << b.takenOn.toString(Qt::ISODate)
              << '\t' << escapeTsv(b.note) << '\n';
    }
    return Success;
}

int compareWith(RoadmapDocument &doc, const Baseline &whole, bool json)
{
    const BaselineComparison comparison(whole);
    const QList<ItemComparison> slipped = comparison.slipped(doc.items());
    const auto due = [](const BaselineItem &b) {
        return (b.end.isValid() ? b.end : b.start).toText();
    };
    if (json) {
        QJsonArray rows;
        for (const ItemComparison &c : slipped) {
            const Item *now = doc.item(c.itemId);
            rows.append(QJsonObject {
                    {QStringLiteral("id"), c.itemId},
                    {QStringLiteral("title"), now ? now->title : c.then.title},
                    {QStringLiteral("baselineDue"), due(c.then)},
                    {QStringLiteral("due"), now ? now->due().toText() : QString()},
                    {QStringLiteral("slip"), c.due.periods},
                    {QStringLiteral("unit"), enums::key(c.due.unit)},
            });
        }
        out() << QString::fromUtf8(QJsonDocument(QJsonObject {
                                                         {QStringLiteral("baseline"), whole.name},
                                                         {QStringLiteral("slipped"), rows},
                                                 })
                                           .toJson(QJsonDocument::Indented));
        return Success;
    }
    out() << "id\tbaseline_due\tdue\tslip\ttitle\n";
    for (const ItemComparison &c : slipped) {
        const Item *now = doc.item(c.itemId);
        out() << c.itemId << '\t' << due(c.then) << '\t' << (now ? now->due().toText() : QString())
              << '\t' << c.due.periods << ' ' << enums::key(c.due.unit) << '\t'
              << escapeTsv(now ? now->title : c.then.title) << '\n';
    }
    return Success;
}

} // namespace

int runBaseline(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The roadmap file."));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 Tr::tr("list, create NAME, rename OLD NEW, delete NAME, or "
                                        "compare NAME (or compare --date DATE)."));
    parser.addOption({QStringLiteral("note"), Tr::tr("create: a note kept with the baseline."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("date"),
                      Tr::tr("compare: against the state at the end of DATE (YYYY-MM-DD), "
                             "rebuilt from the record of change."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("format"),
                      Tr::tr("list and compare: output format, tsv (default) or json."),
                      QStringLiteral("tsv|json"), QStringLiteral("tsv")});
    int code = Success;
    if (!parseArguments(parser, args,
                        Tr::tr("Lists, creates, renames and deletes the roadmap's baselines — "
                               "named snapshots of every item's dates, status, health and "
                               "progress — and lists the items that slipped against one. A new "
                               "baseline is dated today."),
                        &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return fail(Tr::tr("expected FILE and an action: list, create, rename, delete or compare "
                           "(see --help)"),
                    UsageError);
    const QString file = positional.at(0);
    const QString action = positional.at(1);
    const QStringList rest = positional.mid(2);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("tsv") && format != QLatin1String("json"))
        return fail(Tr::tr("unknown format \"%1\": use tsv or json").arg(format), UsageError);
    const bool json = format == QLatin1String("json");

    const auto expect = [&](int count, const QString &usage) {
        if (rest.size() == count)
            return true;
        code = fail(Tr::tr("usage: jcroadmap baseline FILE %1").arg(usage), UsageError);
        return false;
    };
    bool readOnly = false;
    if (action == QLatin1String("list")) {
        if (!expect(0, QStringLiteral("list")))
            return code;
        readOnly = true;
    } else if (action == QLatin1String("create")) {
        if (!expect(1, QStringLiteral("create NAME [--note TEXT]")))
            return code;
    } else if (action == QLatin1String("rename")) {
        if (!expect(2, QStringLiteral("rename OLD NEW")))
            return code;
    } else if (action == QLatin1String("delete")) {
        if (!expect(1, QStringLiteral("delete NAME")))
            return code;
    } else if (action == QLatin1String("compare")) {
        if (!expect(parser.isSet(QStringLiteral("date")) ? 0 : 1,
                    QStringLiteral("compare NAME | compare --date DATE")))
            return code;
        readOnly = true;
    } else {
        return fail(Tr::tr("unknown action \"%1\": use list, create, rename, delete or compare")
                            .arg(action),
                    UsageError);
    }
    if (parser.isSet(QStringLiteral("note")) && action != QLatin1String("create"))
        return fail(Tr::tr("--note goes with create only"), UsageError);
    if (parser.isSet(QStringLiteral("date")) && action != QLatin1String("compare"))
        return fail(Tr::tr("--date goes with compare only"), UsageError);

    auto opened = RoadmapDocument::open(file, readOnly);
    if (!opened)
        return fail(QStringLiteral("%1: %2").arg(file, opened.errorMessage()));
    RoadmapDocument &doc = *opened.value();
    if (!readOnly && doc.isReadOnly())
        return fail(QStringLiteral("%1: %2").arg(file, doc.readOnlyReason()));
    if (doc.store().schemaVersion() < 6 && action != QLatin1String("list"))
        return fail(Tr::tr("%1: this file is of an older schema; open it for writing once to "
                           "upgrade it")
                            .arg(file));
    EditService edits(&doc);
    const auto named = [&](const QString &name) -> const Baseline * {
        const Baseline *b = doc.baselineNamed(name);
        if (!b)
            code = fail(Tr::tr("%1: no baseline named “%2”").arg(file, name.trimmed()));
        return b;
    };

    if (action == QLatin1String("list"))
        return listBaselines(doc, json);
    if (action == QLatin1String("create")) {
        auto id = edits.createBaseline(rest.at(0), parser.value(QStringLiteral("note")));
        if (!id)
            return fail(id.errorMessage());
        out() << Tr::tr("Created baseline “%1” of %n item(s).", nullptr, doc.itemCount())
                         .arg(doc.baseline(id.value())->name)
              << '\n';
        return Success;
    }
    if (action == QLatin1String("rename")) {
        const Baseline *b = named(rest.at(0));
        if (!b)
            return code;
        const QString before = b->name;
        if (auto r = edits.renameBaseline(b->id, rest.at(1)); !r)
            return fail(r.errorMessage());
        out() << Tr::tr("Renamed baseline “%1” to “%2”.").arg(before, rest.at(1).trimmed()) << '\n';
        return Success;
    }
    if (action == QLatin1String("delete")) {
        const Baseline *b = named(rest.at(0));
        if (!b)
            return code;
        const QString name = b->name;
        if (auto r = edits.deleteBaseline(b->id); !r)
            return fail(r.errorMessage());
        out() << Tr::tr("Deleted baseline “%1”.").arg(name) << '\n';
        return Success;
    }
    // compare
    Result<Baseline> whole = Error {};
    if (parser.isSet(QStringLiteral("date"))) {
        const QString text = parser.value(QStringLiteral("date"));
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid() || text.size() != 10)
            return fail(Tr::tr("--date \"%1\" is not a date (use YYYY-MM-DD)").arg(text),
                        UsageError);
        whole = BaselineComparison::stateOn(doc, day);
    } else {
        const Baseline *b = named(rest.at(0));
        if (!b)
            return code;
        whole = doc.loadBaseline(b->id);
    }
    if (!whole)
        return fail(whole.errorMessage());
    return compareWith(doc, whole.value(), json);
}

} // namespace jcr::cli
