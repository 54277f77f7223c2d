#include "serveraddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ServerAddress)
};

/// The libpq options an address may carry; anything else is refused rather than ignored.
const QStringList &knownOptions()
{
    static const QStringList known {
            QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
            QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
            QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
    return known;
}

} // namespace

bool ServerAddress::isAddress(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
            || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &location)
{
    if (!isAddress(location))
        return Error {Error::Code::Invalid,
                      Tr::tr("\"%1\" is not a server address (postgresql://…).").arg(location)};
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return Error {Error::Code::Invalid,
                      Tr::tr("The server address \"%1\" is not valid: %2")
                              .arg(location, url.errorString())};
    if (!url.password().isEmpty())
        return Error {Error::Code::Invalid,
                      Tr::tr("Do not write the password into the server address: type it into "
                             "File ▸ Connect to Team Roadmap…, which keeps it in memory only, or "
                             "put it in ~/.pgpass.")};
    ServerAddress a;
    a.host = url.host(QUrl::FullyDecoded);
    if (a.host.isEmpty() && location.contains(QLatin1String("%2F"), Qt::CaseInsensitive))
        a.host = QUrl::fromPercentEncoding(url.host(QUrl::FullyEncoded).toUtf8());
    a.port = url.port(5432);
    a.user = url.userName(QUrl::FullyDecoded);
    a.database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            a.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            a.port = value.toInt(&ok);
            if (!ok || a.port <= 0 || a.port > 65535)
                return Error {Error::Code::Invalid,
                              Tr::tr("The port \"%1\" is not a port number.").arg(value)};
        } else if (key == QLatin1String("user")) {
            a.user = value;
        } else if (key == QLatin1String("dbname")) {
            a.database = value;
        } else if (knownOptions().contains(key)) {
            a.options.insert(key, value);
        } else {
            return Error {Error::Code::Invalid,
                          Tr::tr("The server address has an option the planner does not know: "
                                 "\"%1\".")
                                  .arg(key)};
        }
    }
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/')))
        return Error {Error::Code::Invalid,
                      Tr::tr("The server address \"%1\" names no database: add it after the "
                             "host, as in postgresql://officer@db.example/roadmap.")
                              .arg(location)};
    const QString sslmode = a.options.value(QStringLiteral("sslmode"));
    if (sslmode == QLatin1String("verify-full") || sslmode == QLatin1String("verify-ca")) {
        if (a.options.value(QStringLiteral("sslrootcert")).isEmpty())
            return Error {Error::Code::Invalid,
                          Tr::tr("A verified TLS connection needs the certificate of the "
                                 "authority that signed the server's (sslrootcert=FILE).")};
    }
    return a;
}

QString ServerAddress::toString() const
{
    const auto encoded = [](const QString &s) {
        return QString::fromLatin1(QUrl::toPercentEncoding(s));
    };
    const bool socket = host.startsWith(QLatin1Char('/'));
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += encoded(user) + QLatin1Char('@');
    if (!socket)
        out += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port != 5432 && !socket)
        out += QLatin1Char(':') + QString::number(port);
    out += QLatin1Char('/') + encoded(database);
    QStringList query;
    if (socket)
        query << QStringLiteral("host=") + QString::fromLatin1(QUrl::toPercentEncoding(host, "/"));
    if (socket && port != 5432)
        query << QStringLiteral("port=") + QString::number(port);
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        query << it.key() + QLatin1Char('=')
                        + QString::fromLatin1(QUrl::toPercentEncoding(it.value(), "/"));
    if (!query.isEmpty())
        out += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return out;
}

QString ServerAddress::connectOptions() const
{
    QStringList out;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        out << QStringLiteral("%1=%2").arg(it.key(), it.value());
    if (!options.contains(QStringLiteral("connect_timeout")))
        out << QStringLiteral("connect_timeout=5");
    if (!options.contains(QStringLiteral("application_name")))
        out << QStringLiteral("application_name=jcroadmap");
    // A server that vanishes without closing the connection (a cable pulled, a laptop
    // suspended) is noticed by TCP keepalives within a few seconds, not hours.
    if (!host.startsWith(QLatin1Char('/')))
        out << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=2")
            << QStringLiteral("keepalives_interval=1") << QStringLiteral("keepalives_count=3")
            << QStringLiteral("tcp_user_timeout=5000");
    return out.join(QLatin1Char(';'));
}

QString ServerAddress::displayName() const
{
    const QString where
            = host.isEmpty() || host.startsWith(QLatin1Char('/')) ? Tr::tr("this computer") : host;
    return Tr::tr("%1 on %2").arg(database, where);
}

} // namespace jcr
