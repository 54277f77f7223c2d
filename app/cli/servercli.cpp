#include "servercli.h"

#include "cli.h"
#include "storage/roadmapstore.h"
#include "storage/serveraddress.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace jcr::cli {

namespace {

/// A server roadmap's address from the command line, or a usage error.
bool addressArgument(const QString &argument, int *exitCode)
{
    if (ServerAddress::isAddress(argument))
        return true;
    *exitCode = fail(Tr::tr("\"%1\" is not a server address; write it as "
                            "postgresql://USER@HOST/DATABASE")
                             .arg(argument),
                     UsageError);
    return false;
}

} // namespace

int runPublish(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The roadmap file to publish."));
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 Tr::tr("The server database: postgresql://USER@HOST/DATABASE"));
    parser.addOption({QStringLiteral("replace"),
                      Tr::tr("Replace a team roadmap that already has items (default: refuse).")});
    int code = Success;
    if (!parseArguments(parser, args,
                        Tr::tr("Publishes FILE as a team roadmap on a PostgreSQL server: sets "
                               "up the schema on an empty database and copies everything, "
                               "history and baselines included, in one transaction. The file "
                               "is not changed."),
                        &code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return fail(Tr::tr("give a roadmap FILE and a server URL (see --help)"), UsageError);
    const QString file = parser.positionalArguments().at(0);
    const QString url = parser.positionalArguments().at(1);
    if (!addressArgument(url, &code))
        return code;
    auto source = openStore(file, OpenMode::OpenReadOnly);
    if (!source)
        return fail(QStringLiteral("%1: %2").arg(file, source.errorMessage()));
    if (const QStringList damage = source.value()->integrityProblems(Thoroughness::Full);
        !damage.isEmpty())
        return fail(Tr::tr("%1: the file is damaged and is not published: %2")
                            .arg(file, damage.join(QStringLiteral("; "))));
    auto server = openStore(url, OpenMode::Open);
    if (!server && server.error().code == Error::Code::NotARoadmap)
        server = openStore(url, OpenMode::Create);
    if (!server)
        return fail(server.errorMessage());
    auto existing = server.value()->titleAndItemCount();
    if (!existing)
        return fail(existing.errorMessage());
    if (existing->second > 0 && !parser.isSet(QStringLiteral("replace")))
        return fail(Tr::tr("%1 already holds a roadmap with %n item(s); nothing was changed "
                           "(--replace replaces it).",
                           nullptr, existing->second)
                            .arg(server.value()->location()));
    if (auto r = server.value()->copyFrom(*source.value()); !r)
        return fail(r.errorMessage());
    auto published = server.value()->titleAndItemCount();
    auto changes = server.value()->countChangesBetween({}, {});
    if (!published || !changes)
        return fail(published ? changes.errorMessage() : published.errorMessage());
    out() << shown(Tr::tr("Published %1 to %2: %n item(s), %3 recorded changes.", nullptr,
                          published->second)
                           .arg(file, server.value()->location())
                           .arg(changes.value()))
          << Qt::endl;
    return Success;
}

int runCopy(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 Tr::tr("The team roadmap: postgresql://USER@HOST/DATABASE"));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("The roadmap file to write (must not exist)."));
    int code = Success;
    if (!parseArguments(parser, args,
                        Tr::tr("Copies a team roadmap, history and baselines included, into a "
                               "new roadmap file for offline work. Never overwrites a file."),
                        &code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return fail(Tr::tr("give a server URL and a new roadmap FILE (see --help)"), UsageError);
    const QString url = parser.positionalArguments().at(0);
    const QString file = parser.positionalArguments().at(1);
    if (!addressArgument(url, &code))
        return code;
    if (QFileInfo::exists(file))
        return fail(Tr::tr("%1 already exists; it was not overwritten.").arg(file));
    auto server = openStore(url, OpenMode::OpenReadOnly);
    if (!server)
        return fail(server.errorMessage());
    if (auto r = server.value()->backupTo(file); !r)
        return fail(QStringLiteral("%1: %2").arg(file, r.errorMessage()));
    auto copied = openStore(file, OpenMode::OpenReadOnly);
    if (!copied)
        return fail(QStringLiteral("%1: %2").arg(file, copied.errorMessage()));
    auto count = copied.value()->titleAndItemCount();
    out() << shown(Tr::tr("Copied %1 to %2: %n item(s).", nullptr, count ? count->second : 0)
                           .arg(server.value()->location(), file))
          << Qt::endl;
    return Success;
}

int runServerInit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 Tr::tr("The empty server database: "
                                        "postgresql://USER@HOST/DATABASE"));
    parser.addOption({QStringLiteral("sql"),
                      Tr::tr("Print the SQL script instead (for psql -1 -f), and change "
                             "nothing.")});
    int code = Success;
    if (!parseArguments(parser, args,
                        Tr::tr("Sets up an empty PostgreSQL database as an empty team roadmap "
                               "(publish a file into it, or open it and add items)."),
                        &code))
        return code;
    if (parser.isSet(QStringLiteral("sql"))) {
        if (!parser.positionalArguments().isEmpty())
            return fail(Tr::tr("--sql takes no URL"), UsageError);
        out() << serverSetupScript();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(Tr::tr("give one server URL (see --help)"), UsageError);
    const QString url = parser.positionalArguments().constFirst();
    if (!addressArgument(url, &code))
        return code;
    auto server = openStore(url, OpenMode::Create);
    if (!server)
        return fail(server.errorMessage());
    out() << shown(Tr::tr("Set up an empty team roadmap at %1 (schema %2).")
                           .arg(server.value()->location())
                           .arg(server.value()->schemaVersion()))
          << Qt::endl;
    return Success;
}

} // namespace jcr::cli
