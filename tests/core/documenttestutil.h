#pragma once

// Helpers shared by the document tests: making roadmap files, fingerprinting them and writing
// to them from outside, as a user with the sqlite3 command-line shell would.

#include "document/roadmapdocument.h"
#include "seed/seedparser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QTest>

namespace jcr::testutil {

/// Creates a seeded roadmap at \a path; returns false (and fails the test) on error.
inline bool makeRoadmap(const QString &path)
{
    auto seed = seed::loadDefault();
    if (!seed) {
        qWarning() << seed.errorMessage();
        return false;
    }
    auto doc = RoadmapDocument::create(path, seed.value());
    if (!doc) {
        qWarning() << doc.errorMessage();
        return false;
    }
    return true;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

/// Files SQLite may leave beside a database (journal, WAL, shared memory).
inline QStringList sidecars(const QString &path)
{
    QStringList out;
    for (const char *suffix : {"-journal", "-wal", "-shm"}) {
        const QString p = path + QLatin1String(suffix);
        if (QFileInfo::exists(p))
            out << p;
    }
    return out;
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the sqlite3 shell on \a path with \a sql, with no busy timeout, as an outside program.
inline CliResult sqlite3Cli(const QString &path, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), path, sql});
    CliResult r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("sqlite3 did not finish");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

/// The jcroadmap executable built beside the tests.
inline QString jcroadmapExecutable()
{
    return QStringLiteral(JCR_BINARY_DIR "/app/jcroadmap");
}

inline CliResult runJcroadmap(const QStringList &args)
{
    QProcess p;
    p.start(jcroadmapExecutable(), args);
    CliResult r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("jcroadmap did not finish");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

} // namespace jcr::testutil
