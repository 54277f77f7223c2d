#include "roadmaplocation.h"

#include "storage/serveraddress.h"

#include <QFileInfo>

namespace jcr::roadmaplocation {

bool isServer(const QString &location)
{
    return ServerAddress::isAddress(location);
}

QString canonical(const QString &location)
{
    if (!isServer(location))
        return QFileInfo(location).absoluteFilePath();
    // An address that does not parse is kept as written: opening it says what is wrong.
    const auto address = ServerAddress::parse(location);
    return address ? address.value().toString() : location;
}

QString shortName(const QString &location)
{
    if (!isServer(location))
        return QFileInfo(location).fileName();
    const auto address = ServerAddress::parse(location);
    return address ? address.value().displayName() : location;
}

} // namespace jcr::roadmaplocation
