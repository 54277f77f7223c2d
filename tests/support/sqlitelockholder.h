#pragma once

// A real outside program holding a roadmap's write lock: the sqlite3 shell after
// BEGIN IMMEDIATE, as DB Browser for SQLite holds it until "Write Changes".

#include <QProcess>
#include <QString>
#include <QTest>

namespace jcr::testutil {

class SqliteLockHolder
{
public:
    ~SqliteLockHolder()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /// Starts sqlite3 on \a path and takes the write lock; true once it holds it.
    bool lock(const QString &path)
    {
        m_process.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), path});
        if (!m_process.waitForStarted(10000))
            return false;
        return say("BEGIN IMMEDIATE;\nSELECT 'locked';\n", "locked");
    }
    /// Runs \a sql inside the held transaction (an outside edit not yet committed).
    bool run(const QByteArray &sql) { return say(sql + "\nSELECT 'ran';\n", "ran"); }
    /// Ends the transaction (COMMIT or ROLLBACK) and so releases the lock.
    bool release(const QByteArray &how = "ROLLBACK")
    {
        return say(how + ";\nSELECT 'released';\n", "released");
    }

private:
    bool say(const QByteArray &input, const QByteArray &expected)
    {
        m_process.write(input);
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains(expected); ++i) {
            m_process.waitForReadyRead(100);
            out += m_process.readAllStandardOutput();
        }
        if (!out.contains(expected))
            qWarning() << "sqlite3 said" << out << m_process.readAllStandardError();
        return out.contains(expected);
    }

    QProcess m_process;
};

} // namespace jcr::testutil
