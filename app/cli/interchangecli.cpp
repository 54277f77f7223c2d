#include "interchangecli.h"

#include "cli.h"
#include "document/roadmapdocument.h"
#include "interchange/roadmapexporter.h"
#include "interchange/roadmapimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace jcr::cli {

namespace {

QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("jcr::cli", s, disambiguation, n);
}

} // namespace

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The roadmap file to export."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("The file to write; its extension chooses the format: .csv, .xlsx, "
                         ".ics or .json."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("from"),
                      tr("iCalendar: leave out events that end before this day."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"),
                      tr("iCalendar: leave out events that start after this day."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("area"),
                      tr("iCalendar: only this priority area (its number or name); repeat for "
                         "more."),
                      QStringLiteral("AREA")});
    int code = Success;
    if (!parseArguments(parser, args,
                        tr("Exports the roadmap FILE: every item as CSV (UTF-8, safe to open in "
                           "Excel) or as an Excel workbook, the dated items as an iCalendar file, "
                           "or the whole roadmap as JSON. Never writes over FILE or another "
                           "SQLite file."),
                        &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("expected exactly one FILE argument (see --help)"), UsageError);
    const QString file = positional.constFirst();
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(tr("no output file given: use -o OUT.csv, .xlsx, .ics or .json"), UsageError);
    const auto format = InterchangeFormat::fromPath(output);
    if (!format)
        return fail(tr("%1: the output must end in .csv, .xlsx, .ics or .json").arg(output),
                    UsageError);

    CalendarFilter filter;
    const auto readDay = [&](const char *name, QDate *day) {
        const QString text = parser.value(QString::fromLatin1(name));
        if (text.isEmpty())
            return true;
        *day = QDate::fromString(text, Qt::ISODate);
        return day->isValid();
    };
    if (!readDay("from", &filter.from))
        return fail(tr("--from: “%1” is not a day (YYYY-MM-DD)")
                            .arg(parser.value(QStringLiteral("from"))),
                    UsageError);
    if (!readDay("to", &filter.to))
        return fail(
                tr("--to: “%1” is not a day (YYYY-MM-DD)").arg(parser.value(QStringLiteral("to"))),
                UsageError);
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return fail(tr("--to is before --from"), UsageError);
    const bool calendarOptions = parser.isSet(QStringLiteral("from"))
            || parser.isSet(QStringLiteral("to")) || parser.isSet(QStringLiteral("area"));
    if (calendarOptions && *format != InterchangeFormat::ICalendar)
        return fail(tr("--from, --to and --area apply to .ics exports only"), UsageError);

    auto opened = RoadmapDocument::open(file, true);
    if (!opened)
        return fail(QStringLiteral("%1: %2").arg(file, opened.errorMessage()));
    RoadmapDocument &doc = *opened.value();
    for (const QString &name : parser.values(QStringLiteral("area"))) {
        const PriorityArea *found = nullptr;
        bool isNumber = false;
        const int number = name.toInt(&isNumber);
        for (const PriorityArea &a : doc.areas()) {
            if ((isNumber && a.number == number)
                || (!isNumber
                    && (a.name.compare(name, Qt::CaseInsensitive) == 0
                        || a.shortName.compare(name, Qt::CaseInsensitive) == 0)))
                found = &a;
        }
        if (!found)
            return fail(tr("--area: no priority area “%1” in %2").arg(name, file), UsageError);
        filter.areaIds.insert(found->id);
    }
    if (auto r = RoadmapExporter::exportTo(doc, output, *format, filter); !r)
        return fail(r.errorMessage());
    out() << tr("Exported %n item(s) to %1.", nullptr, doc.itemCount()).arg(output) << Qt::endl;
    return Success;
}

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The roadmap file to import into."));
    parser.addPositionalArgument(QStringLiteral("IN"),
                                 tr("The file to import: .csv, .xlsx or .json."));
    parser.addOption({QStringLiteral("dry-run"),
                      tr("Check IN and say what would change, without writing anything.")});
    int code = Success;
    if (!parseArguments(
                parser, args,
                tr("Imports items into the roadmap FILE: a row with an id updates that item, "
                   "a row without one adds an item. All or nothing: when a row is rejected, "
                   "nothing is written. Exit code 0 when imported (or, with --dry-run, "
                   "importable), 1 otherwise."),
                &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(tr("expected FILE and IN (see --help)"), UsageError);
    const QString file = positional.at(0), input = positional.at(1);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    auto opened = RoadmapDocument::open(file, dryRun);
    if (!opened)
        return fail(QStringLiteral("%1: %2").arg(file, opened.errorMessage()));
    RoadmapDocument &doc = *opened.value();
    if (!dryRun && doc.isReadOnly())
        return fail(QStringLiteral("%1: %2").arg(file, doc.readOnlyReason()));
    auto plan = RoadmapImporter::plan(doc, input);
    if (!plan)
        return fail(plan.errorMessage());
    const ImportPlan &p = plan.value();
    out() << QStringLiteral("%1: %2").arg(input, p.summary()) << Qt::endl;
    for (const QString &line : p.rejectionLines())
        err() << "jcroadmap: " << input << ": " << line << Qt::endl;
    if (!p.rejected.isEmpty())
        return fail(tr("%1: nothing imported: %n row(s) rejected", nullptr, p.rejectedCount())
                            .arg(input));
    if (dryRun) {
        out() << tr("Dry run: nothing was written.") << Qt::endl;
        return Success;
    }
    if (auto r = RoadmapImporter::apply(doc, p, input); !r)
        return fail(QStringLiteral("%1: %2").arg(input, r.errorMessage()));
    out() << tr("Imported into %1.").arg(file) << Qt::endl;
    return Success;
}

} // namespace jcr::cli
