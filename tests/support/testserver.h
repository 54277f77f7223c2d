#pragma once

// The tests' throwaway PostgreSQL server (tests/support/pgserver.sh, started by the CTest
// fixture "postgres"): each TestDatabase is a fresh, empty database on it, dropped afterwards.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <atomic>

#ifndef JCR_TEST_PG_DIR
#error "a test using the server is declared with POSTGRES in tests/CMakeLists.txt"
#endif

namespace jcr::test {

/// The socket folder of the tests' server.
inline QString serverSocketDir()
{
    return QStringLiteral(JCR_TEST_PG_DIR);
}

/// Runs \a sql on \a database (by default the maintenance database) as \a user (by default the
/// superuser), on the tests' server or the one whose socket is in \a host; empty, or the error.
inline QString serverExec(const QString &sql, const QString &database = QStringLiteral("postgres"),
                          const QString &user = QStringLiteral("postgres"),
                          const QString &host = serverSocketDir())
{
    static std::atomic<int> serial {0};
    const QString name = QStringLiteral("jcr-test-admin-%1").arg(++serial);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host);
        db.setDatabaseName(database);
        db.setUserName(user);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

/// A new empty database on the tests' server, dropped when this goes.
class TestDatabase
{
public:
    TestDatabase()
    {
        static std::atomic<int> serial {0};
        m_name = QStringLiteral("jcr_%1_%2").arg(QCoreApplication::applicationPid()).arg(++serial);
        const QString error = serverExec(QStringLiteral("CREATE DATABASE %1").arg(m_name));
        if (!error.isEmpty())
            qFatal("the test server did not create a database (is the fixture running?): %s",
                   qPrintable(error));
    }
    ~TestDatabase()
    {
        serverExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    QString name() const { return m_name; }
    /// The address of the database as the planner takes it, logged in as \a user.
    QString url(const QString &user = QStringLiteral("postgres")) const
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3").arg(user, m_name, serverSocketDir());
    }

private:
    QString m_name;
};

} // namespace jcr::test
