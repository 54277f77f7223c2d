#include "cli.h"
#include "cli/baselinecli.h"
#include "cli/changescli.h"

#include "cli/interchangecli.h"
#include "document/roadmapdocument.h"
#include "domain/clock.h"
#include "models/itemmodel.h"
#include "reportcommand.h"
#include "seed/seedparser.h"
#include "servercli.h"
#include "sourcescli.h"
#include "storage/roadmapstore.h"
#include "storage/schema.h"
#include "timelinecli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>

namespace jcr::cli {

namespace {

struct Subcommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

int runInit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The roadmap file to create."));
    parser.addOption(
            {QStringLiteral("empty"),
             Tr::tr("Only the six priority areas, no items (default: the seeded roadmap).")});
    int code = Success;
    QString file;
    if (!parseArguments(parser, args,
                        Tr::tr("Creates a new roadmap file. Never overwrites a file."), &code)
        || !oneFileArgument(parser, &file, &code))
        return code;
    auto seed = seed::loadDefault();
    if (!seed)
        return fail(seed.errorMessage());
    SeedRoadmap content = seed.value();
    if (parser.isSet(QStringLiteral("empty"))) {
        content.items.clear();
        content.organisations.clear();
    }
    auto doc = RoadmapDocument::create(file, content);
    if (!doc)
        return fail(doc.errorMessage());
    out() << Tr::tr("Created %1 with %n item(s).", nullptr, doc.value()->itemCount()).arg(file)
          << Qt::endl;
    return Success;
}

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The roadmap file to check."));
    int code = Success;
    QString file;
    if (!parseArguments(
                parser, args,
                Tr::tr("Checks that FILE is a healthy roadmap of a known schema, with the same "
                       "checks as opening it (identity, schema, structure, references) plus a full "
                       "integrity check. Never modifies it. Exit code 0 when healthy, 1 "
                       "otherwise."),
                &code)
        || !oneFileArgument(parser, &file, &code))
        return code;
    // Exactly the opening checks of the application: the same findings, in the same words.
    auto store = openStore(file, OpenMode::OpenReadOnly);
    if (!store)
        return fail(QStringLiteral("%1: %2").arg(file, store.errorMessage()));
    RoadmapStore &opened = *store.value();
    const int version = opened.schemaVersion();
    if (version > schema::currentVersion())
        return fail(QStringLiteral("%1: %2").arg(file, opened.readOnlyReason()));
    const QStringList problems = opened.integrityProblems(Thoroughness::Full);
    if (!problems.isEmpty())
        return fail(Tr::tr("%1: the file is damaged: %2")
                            .arg(file, problems.join(QStringLiteral("; "))));
    store.value().reset();
    auto doc = RoadmapDocument::open(file, true);
    if (!doc)
        return fail(QStringLiteral("%1: %2").arg(file, doc.errorMessage()));
    if (const QStringList broken = citationFindings(*doc.value()); !broken.isEmpty())
        return fail(Tr::tr("%1: %n cited passage(s) no longer occur in their source: %2", nullptr,
                           int(broken.size()))
                            .arg(file, broken.join(QStringLiteral("; "))));
    QString line = Tr::tr("%1: ok, schema %2, %n item(s)", nullptr, doc.value()->itemCount())
                           .arg(file)
                           .arg(version);
    if (version < schema::currentVersion())
        line += Tr::tr(" (upgraded to schema %1 when opened for editing)")
                        .arg(schema::currentVersion());
    out() << shown(line) << Qt::endl;
    return Success;
}

int runList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The roadmap file to list."));
    parser.addOption({QStringLiteral("format"), Tr::tr("Output format: tsv (default) or json."),
                      QStringLiteral("tsv|json"), QStringLiteral("tsv")});
    int code = Success;
    QString file;
    if (!parseArguments(
                parser, args,
                Tr::tr("Lists the items: id, area, kind, status, health, lead, start, end, title."),
                &code)
        || !oneFileArgument(parser, &file, &code))
        return code;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("tsv") && format != QLatin1String("json"))
        return fail(Tr::tr("unknown format \"%1\": use tsv or json").arg(format), UsageError);
    auto opened = RoadmapDocument::open(file, true);
    if (!opened)
        return fail(opened.errorMessage());
    const RoadmapDocument &doc = *opened.value();
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const Item &it : doc.items()) {
            const PriorityArea *a = doc.area(it.areaId);
            rows.append(QJsonObject {
                    {QStringLiteral("id"), it.id},
                    {QStringLiteral("area"), a ? a->number : 0},
                    {QStringLiteral("kind"), enums::key(it.kind)},
                    {QStringLiteral("status"), enums::key(it.status)},
                    {QStringLiteral("health"), enums::key(it.health)},
                    {QStringLiteral("lead"), enums::key(it.lead)},
                    {QStringLiteral("start"),
                     it.start.isValid() ? QJsonValue(it.start.toText()) : QJsonValue()},
                    {QStringLiteral("end"),
                     it.end.isValid() ? QJsonValue(it.end.toText()) : QJsonValue()},
                    {QStringLiteral("title"), it.title},
            });
        }
        out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return Success;
    }
    // Tabs, line breaks, NUL and other control characters inside titles would break the
    // columns or the terminal: they are escaped (see escapeTsv()).
    const auto clean = [](const QString &s) {
        return escapeTsv(s);
    };
    out() << "id\tarea\tkind\tstatus\thealth\tlead\tstart\tend\ttitle\n";
    for (const Item &it : doc.items()) {
        const PriorityArea *a = doc.area(it.areaId);
        out() << it.id << '\t' << (a ? a->number : 0) << '\t' << enums::key(it.kind) << '\t'
              << enums::key(it.status) << '\t' << enums::key(it.health) << '\t'
              << enums::key(it.lead) << '\t' << it.start.toText() << '\t' << it.end.toText() << '\t'
              << clean(it.title) << '\n';
    }
    out().flush();
    return Success;
}

const Subcommand subcommands[] = {
        {"init", QT_TRANSLATE_NOOP("jcr::cli", "create a roadmap file (seeded, or --empty)"),
         runInit},
        {"check", QT_TRANSLATE_NOOP("jcr::cli", "check that a file is a healthy roadmap"),
         runCheck},
        {"list", QT_TRANSLATE_NOOP("jcr::cli", "list the items (tsv or json)"), runList},
        {"report", QT_TRANSLATE_NOOP("jcr::cli", "write a status report, briefing or board as PDF"),
         runReport},
        {"timeline", QT_TRANSLATE_NOOP("jcr::cli", "render the timeline as PNG, SVG or PDF"),
         runTimeline},
        {"export", QT_TRANSLATE_NOOP("jcr::cli", "export to CSV, Excel, iCalendar or JSON"),
         runExport},
        {"import", QT_TRANSLATE_NOOP("jcr::cli", "import items from CSV, Excel or JSON"),
         runImport},
        {"sources", QT_TRANSLATE_NOOP("jcr::cli", "list the source documents, or --import one"),
         runSources},
        {"coverage", QT_TRANSLATE_NOOP("jcr::cli", "list the commitment sentences and their items"),
         runCoverage},
        {"changes", QT_TRANSLATE_NOOP("jcr::cli", "list the recorded changes (tsv or json)"),
         runChanges},
        {"baseline",
         QT_TRANSLATE_NOOP("jcr::cli", "list, create, rename or delete baselines; compare"),
         runBaseline},
        {"publish",
         QT_TRANSLATE_NOOP("jcr::cli", "publish a roadmap file as a team roadmap on a server"),
         runPublish},
        {"copy", QT_TRANSLATE_NOOP("jcr::cli", "copy a team roadmap into a new roadmap file"),
         runCopy},
        {"server-init",
         QT_TRANSLATE_NOOP("jcr::cli", "set up an empty server database (or --sql: the script)"),
         runServerInit},
};

QString knownCommands()
{
    QStringList names;
    for (const Subcommand &s : subcommands)
        names << QString::fromLatin1(s.name);
    return names.join(QStringLiteral(", "));
}

QString generalHelp()
{
    QString text = Tr::tr("Usage: jcroadmap [FILE]\n"
                          "       jcroadmap COMMAND [OPTIONS] FILE\n\n"
                          "Without a command, opens FILE (or the default roadmap) in the planner "
                          "window.\n\nCommands (each has --help):\n");
    for (const Subcommand &s : subcommands)
        text += QStringLiteral("  %1  %2\n")
                        .arg(QString::fromLatin1(s.name).leftJustified(11), Tr::tr(s.summary));
    text += Tr::tr("\nFILE may also be a team roadmap on a PostgreSQL server:\n"
                   "  postgresql://USER@HOST/DATABASE\n");
    text += Tr::tr("\nOptions:\n  --version  print the version\n  --help     print this help\n");
    return text;
}

} // namespace

bool parseArguments(QCommandLineParser &parser, const QStringList &args, const QString &usage,
                    int *exitCode)
{
    parser.setApplicationDescription(usage);
    parser.addHelpOption();
    if (!parser.parse(args)) {
        *exitCode = fail(parser.errorText(), UsageError);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        *exitCode = Success;
        return false;
    }
    return true;
}

bool oneFileArgument(QCommandLineParser &parser, QString *file, int *exitCode)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *exitCode = fail(Tr::tr("expected exactly one FILE argument (see --help)"), UsageError);
        return false;
    }
    *file = positional.constFirst();
    return true;
}

QString escapeTsv(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'\\':
            escaped += QLatin1String("\\\\");
            break;
        case u'\t':
            escaped += QLatin1String("\\t");
            break;
        case u'\n':
            escaped += QLatin1String("\\n");
            break;
        case u'\r':
            escaped += QLatin1String("\\r");
            break;
        default:
            // C0 controls (NUL included), DEL, the C1 controls and the Unicode line and paragraph
            // separators: \xHH or \uHHHH.
            if (u < 0x20 || u == 0x7f)
                escaped += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
            else if ((u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
                escaped += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
            else
                escaped += c;
        }
    }
    return escaped;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int finishOutput(int code)
{
    // Standard output may be a full disk (/dev/full) or a closed pipe: what was printed is the
    // result, so a failed write is a failure of the command.
    out().flush();
    const bool failed
            = out().status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout);
    if (failed && code == Success) {
        const QString reason = out().device() ? out().device()->errorString() : QString();
        err() << "jcroadmap: "
              << Tr::tr("could not write the output: %1")
                         .arg(reason.isEmpty() ? QString::fromLocal8Bit(std::strerror(errno))
                                               : reason)
              << Qt::endl;
        return Failure;
    }
    return code;
}

namespace {
QHash<QString, QString> &displayNames()
{
    static QHash<QString, QString> names;
    return names;
}
} // namespace

void setDisplayNames(const QHash<QString, QString> &aliasToShown)
{
    displayNames() = aliasToShown;
}

QString shown(QString text)
{
    for (auto it = displayNames().cbegin(); it != displayNames().cend(); ++it)
        text.replace(it.key(), it.value());
    return text;
}

int fail(const QString &message, int code)
{
    out().flush();
    // One line, whatever the message quotes (a file name with a line break in it).
    QString line = shown(message);
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    err() << "jcroadmap: " << line << Qt::endl;
    return code;
}

bool isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")
        || first == QLatin1String("--help") || first == QLatin1String("-h"))
        return true;
    for (const Subcommand &s : subcommands) {
        if (first == QLatin1String(s.name))
            return true;
    }
    // The window takes at most one file. More than one argument without a known command is a
    // mistyped command ("jcroadmap pubish a b"), answered on the command line rather than by a
    // window opened on a file named after it. Arguments starting with '-' belong to Qt
    // (-platform, -style) and go to the window.
    return arguments.size() > 2 && !first.startsWith(QLatin1Char('-'));
}

int run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return fail(Tr::tr("no command given (see --help)"), UsageError);
    const QString first = arguments.at(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << "jcroadmap " << JCR_VERSION_STRING << Qt::endl;
        return finishOutput(Success);
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out() << generalHelp();
        return finishOutput(Success);
    }
    for (const Subcommand &s : subcommands) {
        if (first == QLatin1String(s.name)) {
            QStringList rest = arguments.mid(1);
            rest[0] = QStringLiteral("jcroadmap ") + first;
            const int code = s.run(rest);
            return finishOutput(code);
        }
    }
    return fail(Tr::tr("unknown command \"%1\"; the commands are %2 (see --help)")
                        .arg(first, knownCommands()),
                UsageError);
}

} // namespace jcr::cli
