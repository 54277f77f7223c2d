#include "serverpassword.h"

#include "postgresstore.h"

namespace jcr {

void setServerPassword(const ServerAddress &address, const QString &password)
{
    PostgresStore::setPassword(address, password);
}

} // namespace jcr
