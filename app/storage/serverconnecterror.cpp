#include "serverconnecterror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace jcr {

namespace {

/// The messages are PostgresStore's: lupdate reads the context from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::PostgresStore)
};

/// What libpq (15) says when a TLS check fails, reworded for an officer; empty for anything
/// else. libpq translates its messages into the desktop's language: the missing file is found
/// by looking for it, and OpenSSL's "certificate verify failed" is never translated; the other
/// messages are matched in English, and in another language libpq's own words are shown.
QString tlsRefusal(const ServerAddress &address, const QString &why)
{
    const QString caFile = address.options.value(QStringLiteral("sslrootcert"));
    const QString sslmode = address.options.value(QStringLiteral("sslmode"));
    const bool verifies
            = sslmode == QLatin1String("verify-full") || sslmode == QLatin1String("verify-ca");
    // root certificate file "/path/ca.pem" does not exist (libpq resolves a relative path from
    // the working folder, as QFileInfo does)
    if (verifies && !caFile.isEmpty() && !QFileInfo::exists(caFile))
        return Tr::tr("the authority's certificate %1 does not exist. Choose the file your IT "
                      "service gave you (sslrootcert=FILE).")
                .arg(caFile);
    // server certificate for "localhost" (and 1 other name) does not match host name "127.0.0.1"
    static const QRegularExpression mismatch(QStringLiteral(
            R"re(server certificate for "([^"]*)"( \(and \d+ other names?\))? does not match )re"
            R"re(host name "([^"]*)")re"));
    if (const auto m = mismatch.match(why); m.hasMatch()) {
        if (m.captured(2).isEmpty())
            return Tr::tr("the server's certificate is for \"%1\", not for \"%2\", the server "
                          "name in the address. Connect with the name the certificate is for, "
                          "or ask the server's administrator.")
                    .arg(m.captured(1), m.captured(3));
        return Tr::tr("the server's certificate is for \"%1\" and other names, but not for "
                      "\"%2\", the server name in the address. Connect with a name the "
                      "certificate is for, or ask the server's administrator.")
                .arg(m.captured(1), m.captured(3));
    }
    if (why.contains(QLatin1String("certificate verify failed")))
        return Tr::tr("the server's certificate is not signed by the authority in %1 (or it has "
                      "expired), so the server cannot be trusted. Check that this is the "
                      "authority's certificate your IT service gave you for this server.")
                .arg(caFile);
    // could not read root certificate file "/path/ca.pem": no certificate or crl found
    static const QRegularExpression unreadable(
            QStringLiteral(R"re(could not read root certificate file "([^"]*)")re"));
    if (const auto m = unreadable.match(why); m.hasMatch())
        return Tr::tr("%1 is not an authority's certificate the planner can read (a PEM file "
                      "is expected).")
                .arg(m.captured(1));
    if (why.contains(QLatin1String("server does not support SSL")))
        return Tr::tr("the server does not offer TLS, which the address asks for (sslmode=%1).")
                .arg(sslmode);
    return {};
}

} // namespace

Error serverConnectError(const ServerAddress &address, const QString &why)
{
    // A refused TLS check is final: trying again reaches the same server with the same
    // certificate, so it is not reported as a connection that may come back, nor as a refused
    // password (no login was attempted).
    if (const QString refusal = tlsRefusal(address, why); !refusal.isEmpty())
        return Error {Error::Code::Untrusted,
                      Tr::tr("Could not connect to %1: %2").arg(address.toString(), refusal)};
    Error::Code code = Error::Code::Unreachable;
    if (why.contains(QLatin1String("password"), Qt::CaseInsensitive)
        || why.contains(QLatin1String("authentication"), Qt::CaseInsensitive)
        || why.contains(QLatin1String("permission denied"), Qt::CaseInsensitive))
        code = Error::Code::Forbidden;
    else if (why.contains(QLatin1String("does not exist")))
        code = Error::Code::NotFound;
    return Error {code, Tr::tr("Could not connect to %1: %2").arg(address.toString(), why)};
}

} // namespace jcr
