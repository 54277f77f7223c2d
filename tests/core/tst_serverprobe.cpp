#include "../support/testserver.h"
#include "storage/serveraddress.h"
#include "storage/serverpassword.h"
#include "storage/serverprobe.h"

#include <QSignalSpy>
#include <QTest>

using namespace jcr;

/**
 * Issue 19: ServerProbe asks a team roadmap's server, off the calling thread, whether it
 * answers and takes the login, with the options and the password a real connection would use.
 * (The window's side — responsive while waiting, Cancel — is in tst_mainwindowserver.)
 */
class TestServerProbe : public QObject
{
    Q_OBJECT

private:
    static Result<void> probed(const ServerAddress &address)
    {
        ServerProbe probe(address);
        QSignalSpy finished(&probe, &ServerProbe::finished);
        probe.start();
        if (!probe.isRunning())
            return Error {Error::Code::Other, QStringLiteral("not started")};
        if (!finished.wait(20000))
            return Error {Error::Code::Other, QStringLiteral("no answer")};
        return probe.result();
    }

private Q_SLOTS:
    void theTestServerAnswers()
    {
        test::TestDatabase database;
        const auto r = probed(ServerAddress::parse(database.url()).value());
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QTRY_COMPARE(ServerProbe::runningCount(), 0);
    }

    void aMissingDatabaseIsNotFound()
    {
        auto address = ServerAddress::parse(test::TestDatabase().url()).value();
        address.database = QStringLiteral("no_such_roadmap");
        const auto r = probed(address);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::NotFound);
    }

    void anUnknownHostIsUnreachable()
    {
        const auto r
                = probed(ServerAddress::parse(QStringLiteral("postgresql://officer@no-such-host."
                                                             "invalid:15999/roadmap"))
                                 .value());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Unreachable);
        QVERIFY2(r.errorMessage().contains(QLatin1String("no-such-host.invalid")),
                 qPrintable(r.errorMessage()));
    }

    void thePasswordGivenIsTheOneUsed()
    {
        // A login that must give its password (tests/support/pgserver.sh).
        test::TestDatabase database;
        const QString role = QStringLiteral("jcr_probe_%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(test::serverExec(QStringLiteral("DROP ROLE IF EXISTS %1; CREATE ROLE %1 LOGIN "
                                                 "PASSWORD 'right' IN ROLE jcr_password_login")
                                          .arg(role)),
                 QString());
        const auto address = ServerAddress::parse(database.url(role)).value();
        setServerPassword(address, QStringLiteral("wrong"));
        const auto refused = probed(address);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
        QVERIFY2(refused.errorMessage().contains(QLatin1String("password authentication failed")),
                 qPrintable(refused.errorMessage()));
        setServerPassword(address, QStringLiteral("right"));
        const auto accepted = probed(address);
        QVERIFY2(accepted.ok(), qPrintable(accepted.errorMessage()));
        setServerPassword(address, QString());
        QCOMPARE(test::serverExec(QStringLiteral("DROP ROLE %1").arg(role)), QString());
    }
};

QTEST_GUILESS_MAIN(TestServerProbe)
#include "tst_serverprobe.moc"
