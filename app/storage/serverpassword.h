#pragma once

#include "serveraddress.h"

#include <QString>

namespace jcr {

/**
 * Gives this process the password for the team roadmap at \a address: every connection made to
 * that address from now on uses it (File ▸ Connect to Team Roadmap… asks for it). An empty
 * password forgets it again, and libpq then looks in ~/.pgpass. It is kept in memory only,
 * never written anywhere. The rest of the application sets it here without reaching the
 * server backend's classes.
 */
void setServerPassword(const ServerAddress &address, const QString &password);

} // namespace jcr
