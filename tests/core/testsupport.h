#pragma once

// Helpers shared by the core test suites: temporary roadmap files and a second, independent
// look at the file through the sqlite3 command-line tool (what "checked in the file" means).

#include "document/roadmapdocument.h"
#include "seed/seedparser.h"

#ifdef JCR_TEST_PG_DIR
#include "../support/testserver.h"
#include "storage/serveraddress.h"
#endif

#include <QHash>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace jcr::test {

/// True in a suite's second run (CTest's NAME_postgresql, tests/CMakeLists.txt BOTH_BACKENDS):
/// each roadmap the suite names by a file path is then a team roadmap on the tests' server,
/// and "the file" the suite checks with sqlite3() is that database, read with psql.
inline bool onServer()
{
    static const bool server = [] {
        const bool wanted = qEnvironmentVariable("JCR_TEST_BACKEND") == QLatin1String("postgresql");
#ifndef JCR_TEST_PG_DIR
        if (wanted)
            qFatal("JCR_TEST_BACKEND=postgresql: this suite is not declared BOTH_BACKENDS");
#endif
        return wanted;
    }();
    return server;
}

#ifdef JCR_TEST_PG_DIR
/// The databases standing in for the suite's roadmap files, by path; dropped at exit.
inline QHash<QString, TestDatabase *> &serverRoadmaps()
{
    static QHash<QString, TestDatabase *> *databases = [] {
        auto *all = new QHash<QString, TestDatabase *>;
        qAddPostRoutine([] {
            qDeleteAll(serverRoadmaps());
            serverRoadmaps().clear();
        });
        return all;
    }();
    return *databases;
}
#endif

/// Where the roadmap a suite names by \a path lives: that file, or on the server its database.
inline QString location(const QString &path)
{
#ifdef JCR_TEST_PG_DIR
    if (onServer()) {
        if (ServerAddress::isAddress(path))
            return path;
        TestDatabase *&database = serverRoadmaps()[path];
        if (!database)
            database = new TestDatabase;
        return database->url();
    }
#endif
    return path;
}

/// Creates a seeded (or empty) roadmap at \a path and returns it open.
inline std::unique_ptr<RoadmapDocument> createRoadmap(const QString &path, bool seeded = true)
{
    auto seed = seed::loadDefault();
    if (!seed)
        qFatal("seed: %s", qPrintable(seed.errorMessage()));
    SeedRoadmap content = seed.value();
    if (!seeded) {
        content.items.clear();
        content.organisations.clear();
    }
    auto doc = RoadmapDocument::create(location(path), content);
    if (!doc)
        qFatal("create: %s", qPrintable(doc.errorMessage()));
    return std::move(doc.value());
}

/// Runs \a sql with the sqlite3 CLI on \a path (another process, as a user would) and returns
/// its trimmed output; fails the test if sqlite3 fails.
inline QString sqlite3(const QString &path, const QString &sql, bool *ok = nullptr)
{
    QProcess p;
#ifdef JCR_TEST_PG_DIR
    if (onServer()) {
        // psql's unaligned output separates columns with "|" as sqlite3's does.
        const auto address = ServerAddress::parse(location(path));
        if (!address)
            qFatal("not a server roadmap: %s", qPrintable(path));
        p.start(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                 QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                 QStringLiteral("-h"), serverSocketDir(), QStringLiteral("-U"),
                 QStringLiteral("postgres"), QStringLiteral("-d"), address.value().database,
                 QStringLiteral("-c"), sql});
    } else
#endif
        p.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), path, sql});
    const bool finished = p.waitForFinished(20000);
    const bool success = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (ok)
        *ok = success;
    else if (!success)
        qWarning("sqlite3 failed: %s", p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace jcr::test
