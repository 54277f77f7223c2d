#pragma once

#include "domain/result.h"

#include <QMap>
#include <QString>

namespace jcr {

/**
 * Where a team roadmap lives: a PostgreSQL server address as officers write it,
 * `postgresql://officer@db.example:5432/roadmap?sslmode=verify-full&sslrootcert=ca.pem`
 * (libpq's URL form; a Unix socket folder as `?host=/run/postgresql`). A password is never
 * part of an address the planner keeps or shows: it comes from the desktop keyring or
 * ~/.pgpass.
 */
struct ServerAddress
{
    QString host; ///< a name, an address, or a socket folder (starting with '/'); empty: local
    int port = 5432;
    QString database;
    QString user; ///< empty: the operating system's user name (libpq's default)
    /// Further libpq options: sslmode, sslrootcert, connect_timeout…
    QMap<QString, QString> options;

    /// True when \a location names a server rather than a file.
    static bool isAddress(const QString &location);
    /// Reads an address; an error says what is wrong with it.
    static Result<ServerAddress> parse(const QString &location);

    /// The address as shown and stored: no password, options in a fixed order.
    QString toString() const;
    /// The libpq connection options Qt's driver passes on (key=value;…), with the planner's
    /// own: keepalives and a connect timeout, so that a dead network is noticed.
    QString connectOptions() const;
    /// What the window's title says: "roadmap on db.example".
    QString displayName() const;
};

} // namespace jcr
