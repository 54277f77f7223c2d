#pragma once

// Tests and benchmarks that reach under the storage seam: the SQLite connection of a document
// that is open on a roadmap file.

#include "document/roadmapdocument.h"
#include "storage/database.h"
#include "storage/sqlitestore.h"

#include <QtGlobal>

namespace jcr {

/// The connection of \a document's roadmap file.
inline Database &fileDatabase(RoadmapDocument &document)
{
    auto *file = dynamic_cast<SqliteStore *>(&document.store());
    if (!file)
        qFatal("The document is not open on a roadmap file");
    return file->database();
}

} // namespace jcr
