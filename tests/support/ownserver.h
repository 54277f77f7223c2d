#pragma once

// A PostgreSQL server of a test's own, for what must not disturb the other tests on the shared
// one: crashing it, pausing it, limiting its connections.

#include "seed/seedparser.h"
#include "storage/roadmapstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QString>

#ifndef JCR_SOURCE_DIR
#error "JCR_SOURCE_DIR names the source tree (tests/CMakeLists.txt)"
#endif

namespace jcr::test {

/**
 * Starts a throwaway server (tests/support/pgserver.sh) in a folder named for the test process
 * and \a name, with the seeded default roadmap in its "postgres" database, and stops it and
 * removes the folder when it goes. A failure to start is fatal: the test cannot go on.
 */
class OwnServer
{
public:
    explicit OwnServer(const QString &name)
        // Under the system's temporary folder, which the server's user may enter (a test's own
        // temporary folder is private to root).
        : m_dir(QDir::tempPath()
                + QStringLiteral("/jcr-pg-%1-%2").arg(QCoreApplication::applicationPid()).arg(name))
    {
        control(QStringLiteral("start"));
        auto store = openStore(url(), OpenMode::Create);
        auto seed = seed::loadDefault();
        if (!store || !seed || !store.value()->beginWrite()
            || !store.value()->importSeed(seed.value()) || !store.value()->commit())
            qFatal("the seeded server in %s could not be set up: %s", qPrintable(m_dir),
                   qPrintable(store ? QString() : store.errorMessage()));
    }
    ~OwnServer()
    {
        // Also after a failed test, which may have left it paused or halted.
        if (const QString error = run(QStringLiteral("stop")); !error.isEmpty())
            qWarning("pgserver.sh stop failed: %s", qPrintable(error));
    }
    OwnServer(const OwnServer &) = delete;
    OwnServer &operator=(const OwnServer &) = delete;

    /// The folder of its socket.
    QString dir() const { return m_dir; }
    /// The seeded roadmap's address, logged in as \a user.
    QString url(const QString &user = QStringLiteral("postgres")) const
    {
        return QStringLiteral("postgresql://%1@/postgres?host=%2").arg(user, m_dir);
    }
    /// pgserver.sh's halt (a crash), resume, pause (SIGSTOP: silent) or unpause.
    void control(const QString &action) const
    {
        if (const QString error = run(action); !error.isEmpty())
            qFatal("pgserver.sh %s failed: %s", qPrintable(action), qPrintable(error));
    }

private:
    /// Runs pgserver.sh \a action; empty, or what went wrong.
    QString run(const QString &action) const
    {
        QProcess p;
        p.start(QStringLiteral(JCR_SOURCE_DIR "/tests/support/pgserver.sh"), {action, m_dir});
        if (!p.waitForFinished(60000))
            return QStringLiteral("no answer within a minute");
        if (p.exitCode() != 0)
            return QString::fromLocal8Bit(p.readAllStandardError());
        return {};
    }

    QString m_dir;
};

} // namespace jcr::test
