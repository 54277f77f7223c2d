#pragma once

// Helpers shared by the core test suites: temporary roadmap files and a second, independent
// look at the file through the sqlite3 command-line tool (what "checked in the file" means).

#include "document/roadmapdocument.h"
#include "seed/seedparser.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace jcr::test {

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
    auto doc = RoadmapDocument::create(path, content);
    if (!doc)
        qFatal("create: %s", qPrintable(doc.errorMessage()));
    return std::move(doc.value());
}

/// Runs \a sql with the sqlite3 CLI on \a path (another process, as a user would) and returns
/// its trimmed output; fails the test if sqlite3 fails.
inline QString sqlite3(const QString &path, const QString &sql, bool *ok = nullptr)
{
    QProcess p;
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
