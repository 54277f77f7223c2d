#include "timelinecli.h"

#include "cli/cli.h"
#include "document/roadmapdocument.h"
#include "domain/clock.h"
#include "storage/outputguard.h"
#include "timeline/timelineimagewriter.h"
#include "timeline/timelinerenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cmath>

namespace jcr::cli {

namespace {

bool parseDate(const QString &text, bool isEnd, QDate *date)
{
    const FuzzyDate fuzzy = FuzzyDate::fromText(text);
    if (!fuzzy.isValid())
        return false;
    *date = isEnd ? fuzzy.last() : fuzzy.first();
    return true;
}

} // namespace

int runTimeline(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
            "Renders the timeline of FILE as an image: PNG, or SVG and PDF with real text."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The roadmap file."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("The image to write (.png, .svg or .pdf)."),
                                          QStringLiteral("OUT"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        Tr::tr("First day shown: 2026-03-06, 2026-03, 2026-Q1 or "
                                               "2026 (default: from the items)."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption toOption(
            QStringLiteral("to"),
            Tr::tr("Last day shown, same forms; a period counts up to its "
                   "end (default: the end of 2028 or of the items)."),
            QStringLiteral("DATE"));
    const QCommandLineOption widthOption(
            QStringLiteral("width"),
            Tr::tr("Width in pixels (default 1600); the height follows "
                   "from the lanes."),
            QStringLiteral("PIXELS"), QStringLiteral("1600"));
    const QCommandLineOption areasOption(
            QStringLiteral("areas"),
            Tr::tr("Priority areas to show, by number: 1,3,6 (default: "
                   "all)."),
            QStringLiteral("LIST"));
    const QCommandLineOption noTodayOption(QStringLiteral("no-today"),
                                           Tr::tr("Leave out the today line."));
    parser.addOptions(
            {outputOption, fromOption, toOption, widthOption, areasOption, noTodayOption});
    if (!parser.parse(args))
        return fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(Tr::tr("expected exactly one FILE argument (see --help)"), UsageError);
    const QString file = parser.positionalArguments().constFirst();
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return fail(Tr::tr("no output given: use -o OUT.png, OUT.svg or OUT.pdf"), UsageError);
    if (!TimelineImageWriter::formatOf(output))
        return fail(Tr::tr("unknown image type \"%1\": use .png, .svg or .pdf")
                            .arg(QFileInfo(output).suffix().toLower()),
                    UsageError);
    bool ok = false;
    const int width = parser.value(widthOption).toInt(&ok);
    if (!ok || width < 200 || width > 20000)
        return fail(Tr::tr("--width must be a number of pixels between 200 and 20000"), UsageError);

    TimelineOptions options;
    if (parser.isSet(fromOption) && !parseDate(parser.value(fromOption), false, &options.from))
        return fail(Tr::tr("--from: \"%1\" is not a date").arg(parser.value(fromOption)),
                    UsageError);
    if (parser.isSet(toOption) && !parseDate(parser.value(toOption), true, &options.to))
        return fail(Tr::tr("--to: \"%1\" is not a date").arg(parser.value(toOption)), UsageError);
    if (options.from.isValid() && options.to.isValid() && options.to < options.from)
        return fail(Tr::tr("--to is before --from"), UsageError);
    options.showToday = !parser.isSet(noTodayOption);

    // Before anything is read: the output must not replace the roadmap or any other database.
    if (auto guard = OutputGuard::check(output, {file}); !guard)
        return fail(guard.errorMessage());
    auto opened = RoadmapDocument::open(file, true);
    if (!opened)
        return fail(opened.errorMessage());
    const RoadmapDocument &document = *opened.value();
    if (parser.isSet(areasOption)) {
        const QStringList numbers
                = parser.value(areasOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &n : numbers) {
            const PriorityArea *area = document.areaByNumber(n.trimmed().toInt());
            if (!area)
                return fail(Tr::tr("--areas: there is no priority area \"%1\"").arg(n.trimmed()),
                            UsageError);
            options.areaIds.insert(area->id);
        }
    }

    const TimelineRenderer renderer = TimelineRenderer::fromDocument(document);
    const auto [from, to] = renderer.effectiveRange(options);
    // The roadmap's marking, title and today's date frame the chart, as in the window's export.
    const auto written = TimelineImageWriter::write(
            renderer, options, output, width, {file},
            TimelineImageWriter::markingOf(document.settings(), jcr::today()));
    if (!written)
        return fail(written.errorMessage());
    const int height = written->height();
    out() << Tr::tr("Wrote %1 (%2 × %3 px, %4 – %5).")
                     .arg(output)
                     .arg(width)
                     .arg(height)
                     .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
          << Qt::endl;
    return Success;
}

} // namespace jcr::cli
