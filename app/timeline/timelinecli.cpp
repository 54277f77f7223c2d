#include "timelinecli.h"

#include "cli/cli.h"
#include "document/roadmapdocument.h"
#include "storage/outputguard.h"
#include "timelinerenderer.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextStream>

#include <cmath>

namespace jcr::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("jcr::cli", s);
}

/// Images taller than this are scaled down to it rather than written as a strip no one can open.
constexpr int MaxHeight = 20000;
/// Vector outputs are laid out at 96 pixels per inch, like the PNG.
constexpr int Dpi = 96;

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
    parser.setApplicationDescription(
            tr("Renders the timeline of FILE as an image: PNG, or SVG and PDF with real text."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The roadmap file."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The image to write (.png, .svg or .pdf)."),
                                          QStringLiteral("OUT"));
    const QCommandLineOption fromOption(
            QStringLiteral("from"),
            tr("First day shown: 2026-03-06, 2026-03, 2026-Q1 or 2026 (default: from the items)."),
            QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("Last day shown, same forms; a period counts up to its "
                                         "end (default: the end of 2028 or of the items)."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption widthOption(QStringLiteral("width"),
                                         tr("Width in pixels (default 1600); the height follows "
                                            "from the lanes."),
                                         QStringLiteral("PIXELS"), QStringLiteral("1600"));
    const QCommandLineOption areasOption(QStringLiteral("areas"),
                                         tr("Priority areas to show, by number: 1,3,6 (default: "
                                            "all)."),
                                         QStringLiteral("LIST"));
    const QCommandLineOption noTodayOption(QStringLiteral("no-today"),
                                           tr("Leave out the today line."));
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
        return fail(tr("expected exactly one FILE argument (see --help)"), UsageError);
    const QString file = parser.positionalArguments().constFirst();
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return fail(tr("no output given: use -o OUT.png, OUT.svg or OUT.pdf"), UsageError);
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")
        && suffix != QLatin1String("pdf"))
        return fail(tr("unknown image type \"%1\": use .png, .svg or .pdf").arg(suffix),
                    UsageError);
    bool ok = false;
    const int width = parser.value(widthOption).toInt(&ok);
    if (!ok || width < 200 || width > 20000)
        return fail(tr("--width must be a number of pixels between 200 and 20000"), UsageError);

    TimelineOptions options;
    if (parser.isSet(fromOption) && !parseDate(parser.value(fromOption), false, &options.from))
        return fail(tr("--from: \"%1\" is not a date").arg(parser.value(fromOption)), UsageError);
    if (parser.isSet(toOption) && !parseDate(parser.value(toOption), true, &options.to))
        return fail(tr("--to: \"%1\" is not a date").arg(parser.value(toOption)), UsageError);
    if (options.from.isValid() && options.to.isValid() && options.to < options.from)
        return fail(tr("--to is before --from"), UsageError);
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
                return fail(tr("--areas: there is no priority area \"%1\"").arg(n.trimmed()),
                            UsageError);
            options.areaIds.insert(area->id);
        }
    }

    const TimelineRenderer renderer = TimelineRenderer::fromDocument(document);
    const int height = std::min(MaxHeight, int(std::ceil(renderer.heightForWidth(width, options))));
    const QRectF target(0, 0, width, height);
    const auto [from, to] = renderer.effectiveRange(options);
    const QString title = tr("Japan–Canada Roadmap timeline, %1 – %2")
                                  .arg(QLocale().toString(from, QLocale::ShortFormat),
                                       QLocale().toString(to, QLocale::ShortFormat));

    // Rendered in memory and written in one guarded step: never over the roadmap or another
    // database, complete or not at all, and a full disk is an error.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("png")) {
        QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(int(Dpi / 0.0254));
        image.setDotsPerMeterY(int(Dpi / 0.0254));
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::TextAntialiasing);
        renderer.paint(&painter, target, options);
        painter.end();
        if (!image.save(&buffer, "PNG"))
            return fail(tr("cannot write %1").arg(output));
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(width, height));
        generator.setViewBox(target);
        generator.setResolution(Dpi);
        generator.setTitle(title);
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(tr("cannot write %1").arg(output));
        painter.fillRect(target, Qt::white);
        renderer.paint(&painter, target, options);
        painter.end();
    } else {
        QPdfWriter writer(&buffer);
        writer.setResolution(Dpi);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("jcroadmap"));
        const QSizeF points(width * 72.0 / Dpi, height * 72.0 / Dpi);
        writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point), QPageLayout::Portrait,
                                         QMarginsF()));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(tr("cannot write %1").arg(output));
        renderer.paint(&painter, target, options);
        painter.end();
    }
    buffer.close();
    if (bytes.isEmpty())
        return fail(tr("cannot write %1").arg(output));
    if (auto written = OutputGuard::writeFile(output, bytes, {file}); !written)
        return fail(written.errorMessage());
    out() << tr("Wrote %1 (%2 × %3 px, %4 – %5).")
                     .arg(output)
                     .arg(width)
                     .arg(height)
                     .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
          << Qt::endl;
    return Success;
}

} // namespace jcr::cli
