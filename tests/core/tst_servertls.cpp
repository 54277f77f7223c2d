#include "document/roadmapdocument.h"
#include "storage/roadmapstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef JCR_TEST_TLS_DIR
#error "tests/core/CMakeLists.txt names the folder of this test's server"
#endif

using namespace jcr;

/**
 * Issue 19, TLS: a team roadmap reached over TCP with `sslmode=verify-full` and the
 * certificate of the authority that signed the server's. The test makes a throwaway
 * authority and a certificate for the host name "localhost" with openssl and starts a server
 * of its own on 127.0.0.1 that takes TCP connections with TLS only (tests/support/pgserver.sh
 * --tls). A server under another name, a server signed by another authority and a missing
 * authority file are refused, each with a message that says so in words, through the same
 * open as the window's and the command line's.
 */
class TestServerTls : public QObject
{
    Q_OBJECT

public:
    ~TestServerTls() override { stopServer(); } // also when a check fails half-way

private:
    QTemporaryDir m_certs {QDir::tempPath() + QStringLiteral("/jcr-tls-XXXXXX")};
    QString m_serverDir = QStringLiteral(JCR_TEST_TLS_DIR);
    bool m_started = false;
    int m_port = 0;
    QString m_caFile;
    QString m_otherCaFile;
    int m_publishedItems = 0;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        // libpq's own settings of whoever runs the tests must not change what is tested.
        for (const QString &key : env.keys()) {
            if (key.startsWith(QLatin1String("PGSSL")))
                env.remove(key);
        }
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static Run cli(const QStringList &args)
    {
        return run(QStringLiteral(JCR_BINARY_DIR "/app/jcroadmap"), args);
    }

    /// Runs openssl in the certificates' folder; fails the test case if it fails.
    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_certs.path());
        p.start(QStringLiteral("openssl"), args);
        const bool ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit
                && p.exitCode() == 0;
        if (!ok)
            qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))),
                     p.readAllStandardError().constData());
        return ok;
    }

    /// A self-signed authority: NAME.pem and NAME.key.
    bool makeAuthority(const QString &name, const QString &commonName)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                        QStringLiteral("-out"), name + QStringLiteral(".pem"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=") + commonName});
    }

    /// A TCP port nobody listens on now (the kernel's choice).
    static int freePort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return 0;
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        socklen_t length = sizeof address;
        int port = 0;
        if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        ::close(fd);
        return port;
    }

    void stopServer()
    {
        if (!m_started)
            return;
        m_started = false;
        run(QStringLiteral(JCR_SOURCE_DIR "/tests/support/pgserver.sh"),
            {QStringLiteral("stop"), m_serverDir});
    }

    /// The address of the test's roadmap on \a host with \a options (query without '?').
    QString url(const QString &host, const QString &options) const
    {
        return QStringLiteral("postgresql://postgres@%1:%2/postgres?%3")
                .arg(host)
                .arg(m_port)
                .arg(options);
    }

    QString verifyFull(const QString &host, const QString &caFile) const
    {
        return url(host, QStringLiteral("sslmode=verify-full&sslrootcert=") + caFile);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_certs.isValid());
        // The authority, a certificate it signs for "localhost" only, and a second authority
        // that signed nothing of this server's.
        QVERIFY(makeAuthority(QStringLiteral("ca"), QStringLiteral("Roadmap Test Authority")));
        QVERIFY(makeAuthority(QStringLiteral("other-ca"),
                              QStringLiteral("Another Test Authority")));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), QStringLiteral("server.key"),
                         QStringLiteral("-out"), QStringLiteral("server.csr"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=localhost")}));
        QFile extensions(m_certs.filePath(QStringLiteral("server.ext")));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName=DNS:localhost\n");
        extensions.close();
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                         QStringLiteral("server.csr"), QStringLiteral("-CA"),
                         QStringLiteral("ca.pem"), QStringLiteral("-CAkey"),
                         QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                         QStringLiteral("-out"), QStringLiteral("server.crt"),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                         QStringLiteral("server.ext")}));
        m_caFile = m_certs.filePath(QStringLiteral("ca.pem"));
        m_otherCaFile = m_certs.filePath(QStringLiteral("other-ca.pem"));

        // The server: TLS on 127.0.0.1 only; a TCP connection without TLS is refused by its
        // pg_hba.conf, so every connection that succeeds below is encrypted.
        m_port = freePort();
        QVERIFY(m_port > 0);
        m_started = true; // from here on, whatever happens, cleanupTestCase stops it
        const Run started = run(QStringLiteral(JCR_SOURCE_DIR "/tests/support/pgserver.sh"),
                                {QStringLiteral("start"), m_serverDir, QStringLiteral("--tls"),
                                 m_certs.filePath(QStringLiteral("server.crt")),
                                 m_certs.filePath(QStringLiteral("server.key")),
                                 QStringLiteral("--port"), QString::number(m_port)});
        QVERIFY2(started.code == 0, qPrintable(started.err));

        // A seeded roadmap published through the verified connection, as an officer would.
        const QString file = m_certs.filePath(QStringLiteral("roadmap.jcroadmap"));
        m_publishedItems = test::createRoadmap(file)->itemCount();
        QVERIFY(m_publishedItems > 0);
        const Run published = cli({QStringLiteral("publish"), file,
                                   verifyFull(QStringLiteral("localhost"), m_caFile)});
        QVERIFY2(published.code == 0, qPrintable(published.err));
    }

    void cleanupTestCase() { stopServer(); }

    void verifiedConnectionOpens()
    {
        auto doc = RoadmapDocument::open(verifyFull(QStringLiteral("localhost"), m_caFile));
        QVERIFY2(doc, qPrintable(doc.errorMessage()));
        QCOMPARE(doc.value()->itemCount(), m_publishedItems);
        QVERIFY(!doc.value()->itemAt(0).title.isEmpty());
    }

    void encryptedWithoutVerificationOpens()
    {
        // sslmode=require: encrypted, the certificate not checked (no authority needed).
        auto store = openStore(url(QStringLiteral("127.0.0.1"), QStringLiteral("sslmode=require")),
                               OpenMode::OpenReadOnly);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        auto snapshot = store.value()->loadSnapshot();
        QVERIFY2(snapshot, qPrintable(snapshot.errorMessage()));
        QCOMPARE(int(snapshot.value().items.size()), m_publishedItems);
    }

    void refusedWithAClearMessage_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QStringList>("expected");

        // The certificate is for "localhost" only: the same server under its address is not
        // the server the certificate names.
        QTest::newRow("wrong host name")
                << verifyFull(QStringLiteral("127.0.0.1"), m_caFile)
                << QStringList {QStringLiteral("the server's certificate is for \"localhost\""),
                                QStringLiteral("not for \"127.0.0.1\", the server name in the "
                                               "address")};
        QTest::newRow("another authority")
                << verifyFull(QStringLiteral("localhost"), m_otherCaFile)
                << QStringList {QStringLiteral("the server's certificate is not signed by the "
                                               "authority in %1")
                                        .arg(m_otherCaFile)};
        const QString missing = m_certs.filePath(QStringLiteral("no-such-ca.pem"));
        QTest::newRow("missing authority file")
                << verifyFull(QStringLiteral("localhost"), missing)
                << QStringList {QStringLiteral("the authority's certificate %1 does not exist")
                                        .arg(missing)};
        const QString notACertificate = m_certs.filePath(QStringLiteral("server.ext"));
        QTest::newRow("not a certificate")
                << verifyFull(QStringLiteral("localhost"), notACertificate)
                << QStringList {QStringLiteral("%1 is not an authority's certificate")
                                        .arg(notACertificate)};
    }

    void refusedWithAClearMessage()
    {
        QFETCH(QString, location);
        QFETCH(QStringList, expected);

        auto doc = RoadmapDocument::open(location);
        QVERIFY(!doc);
        const QString message = doc.errorMessage();
        // A refused check is final, not a connection that may come back by retrying.
        QCOMPARE(doc.error().code, Error::Code::Untrusted);
        QVERIFY2(message.startsWith(QStringLiteral("Could not connect to %1: ").arg(location)),
                 qPrintable(message));
        for (const QString &words : expected)
            QVERIFY2(message.contains(words), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));

        // The command line says the same, on one line.
        const Run listed = cli({QStringLiteral("list"), location});
        QVERIFY(listed.code != 0);
        for (const QString &words : expected)
            QVERIFY2(listed.err.contains(words), qPrintable(listed.err));
        QCOMPARE(listed.err.trimmed().count(QLatin1Char('\n')), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_servertls.moc"
