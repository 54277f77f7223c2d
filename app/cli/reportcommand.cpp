#include "reportcommand.h"

#include "report/reportmodel.h"
#include "report/reportrenderer.h"

#include "cli/cli.h"
#include "document/roadmapdocument.h"
#include "storage/outputguard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace jcr::cli {

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
            "Writes a report of FILE as PDF: a multi-page status report, a one-page briefing "
            "or the board. Never modifies FILE. The output depends only on FILE and the "
            "options (the as-of date defaults to today)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The roadmap file."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The PDF file to write."), QStringLiteral("OUT.pdf"));
    const QCommandLineOption type(
            QStringLiteral("type"), Tr::tr("Report type: status (default), briefing or board."),
            QStringLiteral("status|briefing|board"), QStringLiteral("status"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  Tr::tr("Report date, YYYY-MM-DD (default: today)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   Tr::tr("Start of \"completed since\" and \"changes since\", "
                                          "YYYY-MM-DD (default: 30 days before the report date)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption area(QStringLiteral("area"),
                                  Tr::tr("Only priority area N (1-6); repeat for several."),
                                  QStringLiteral("N"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   Tr::tr("Paper: a4 or letter (default from the locale)."),
                                   QStringLiteral("a4|letter"));
    const QCommandLineOption orientation(
            QStringLiteral("orientation"),
            Tr::tr("Page orientation: auto (default: portrait for status, landscape otherwise), "
                   "portrait or landscape."),
            QStringLiteral("auto|portrait|landscape"), QStringLiteral("auto"));
    const QCommandLineOption classification(
            QStringLiteral("classification"),
            Tr::tr("Marking printed at the top and bottom of every page (default: the file's)."),
            QStringLiteral("TEXT"));
    const QCommandLineOption descriptions(
            QStringLiteral("descriptions"),
            Tr::tr("Include item descriptions in the status report."));
    const QCommandLineOption traceability(
            QStringLiteral("traceability"),
            Tr::tr("Add the traceability annex to the status report: each commitment sentence of "
                   "the sources, the items that track it and their status."));
    const QCommandLineOption baseline(
            QStringLiteral("baseline"),
            Tr::tr("Report slippage against the baseline NAME (see `jcroadmap baseline`): a "
                   "section of the status report, counted in its summary; slips shown on the "
                   "briefing's key milestones."),
            QStringLiteral("NAME"));
    parser.addOptions({output, type, asOf, since, area, paper, orientation, classification,
                       descriptions, traceability, baseline});
    if (!parser.parse(args))
        return fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(Tr::tr("expected exactly one FILE argument (see --help)"), UsageError);
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return fail(Tr::tr("no output file given: use -o OUT.pdf"), UsageError);

    ReportOptions options;
    if (auto t = ReportOptions::typeFromKey(parser.value(type)))
        options.type = *t;
    else
        return fail(Tr::tr("unknown report type \"%1\": use status, briefing or board")
                            .arg(parser.value(type)),
                    UsageError);
    const auto date = [&](const QCommandLineOption &o, QDate *d) {
        if (!parser.isSet(o))
            return true;
        *d = QDate::fromString(parser.value(o), Qt::ISODate);
        return d->isValid();
    };
    if (!date(asOf, &options.asOf))
        return fail(Tr::tr("invalid --as-of date \"%1\": use YYYY-MM-DD").arg(parser.value(asOf)),
                    UsageError);
    if (!date(since, &options.since))
        return fail(Tr::tr("invalid --since date \"%1\": use YYYY-MM-DD").arg(parser.value(since)),
                    UsageError);
    if (options.since.isValid() && options.since > options.effectiveAsOf())
        return fail(Tr::tr("--since must not be after the report date"), UsageError);
    if (parser.isSet(paper)) {
        if (auto p = ReportOptions::paperFromKey(parser.value(paper)))
            options.paper = *p;
        else
            return fail(Tr::tr("unknown paper \"%1\": use a4 or letter").arg(parser.value(paper)),
                        UsageError);
    }
    if (auto o = ReportOptions::orientationFromKey(parser.value(orientation)))
        options.orientation = *o;
    else
        return fail(Tr::tr("unknown orientation \"%1\": use auto, portrait or landscape")
                            .arg(parser.value(orientation)),
                    UsageError);
    options.classification = parser.value(classification).trimmed();
    options.includeDescriptions = parser.isSet(descriptions);
    options.includeTraceability = parser.isSet(traceability);
    options.baseline = parser.value(baseline).trimmed();

    // Before anything is read: the output must not replace the roadmap or any other database.
    if (auto guard = OutputGuard::check(parser.value(output), {positional.constFirst()}); !guard)
        return fail(guard.errorMessage());
    auto opened = RoadmapDocument::open(positional.constFirst(), true);
    if (!opened)
        return fail(opened.errorMessage());
    RoadmapDocument &doc = *opened.value();
    for (const QString &a : parser.values(area)) {
        bool ok = false;
        const int n = a.toInt(&ok);
        if (!ok || !doc.areaByNumber(n))
            return fail(Tr::tr("no priority area \"%1\" in %2").arg(a, positional.constFirst()),
                        UsageError);
        if (!options.areaNumbers.contains(n))
            options.areaNumbers << n;
    }
    auto model = ReportModel::build(doc, options);
    if (!model)
        return fail(model.errorMessage());
    auto written = ReportRenderer::writePdf(model.value(), parser.value(output));
    if (!written)
        return fail(written.errorMessage());
    out() << Tr::tr("Wrote %1 (%n page(s)).", nullptr, written.value()).arg(parser.value(output))
          << Qt::endl;
    return Success;
}

} // namespace jcr::cli
