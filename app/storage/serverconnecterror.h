#pragma once

#include "domain/result.h"
#include "serveraddress.h"

#include <QString>

namespace jcr {

/**
 * The error an officer sees when the server at \a address could not be connected to, from
 * libpq's message \a why. A refused TLS check (the certificate is for another host name, is not
 * signed by the authority named in sslrootcert, or that file is missing) is said in words that
 * name the host names or the file, not as libpq's English alone; other failures keep libpq's
 * text, with a code for the password, the rights or a missing database.
 */
Error serverConnectError(const ServerAddress &address, const QString &why);

} // namespace jcr
