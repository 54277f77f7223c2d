#pragma once

#include <QString>

namespace jcr::roadmaplocation {

/// True when \a location is a team roadmap's server address rather than a file's path.
bool isServer(const QString &location);
/// How a location is compared and kept (recent files): a file's absolute path, or an
/// address in its canonical form (ServerAddress::toString()).
QString canonical(const QString &location);
/// What names it in a title or a message: the file's name, or "roadmap on db.example".
QString shortName(const QString &location);

} // namespace jcr::roadmaplocation
