#include "roadmapstore.h"

#include "postgresschema.h"
#include "postgresstore.h"
#include "serveraddress.h"
#include "sqlitestore.h"

namespace jcr {

RoadmapStore::~RoadmapStore() = default;

ChangeFeed *RoadmapStore::startChangeFeed(QObject *)
{
    return nullptr;
}

Result<void> RoadmapStore::reconnect()
{
    return {};
}

void RoadmapStore::setServerSilent() { }

Result<std::unique_ptr<RoadmapStore>> openStore(const QString &location, OpenMode mode)
{
    if (ServerAddress::isAddress(location)) {
        auto address = ServerAddress::parse(location);
        if (!address)
            return address.error();
        auto server = PostgresStore::open(address.value(), mode);
        if (!server)
            return server.error();
        return std::unique_ptr<RoadmapStore>(std::move(server.value()));
    }
    auto file = SqliteStore::open(location, mode);
    if (!file)
        return file.error();
    return std::unique_ptr<RoadmapStore>(std::move(file.value()));
}

QString serverSetupScript()
{
    return pgschema::script();
}

} // namespace jcr
