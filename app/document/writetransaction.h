#pragma once

// RoadmapDocument's write transaction, shared by the files that implement the document.
// Internal: include only from app/document/*.cpp.

#include "roadmapdocument.h"
#include "storage/database.h"

namespace jcr {

template<typename F> auto RoadmapDocument::writeTransaction(F &&body) -> decltype(body())
{
    if (m_db->isReadOnly())
        return Error {Error::Code::ReadOnly, m_db->readOnlyReason()};
    if (auto r = m_db->beginWrite(); !r)
        return r.error();
    auto result = body();
    if (!result) {
        m_db->rollback();
        return result;
    }
    if (auto r = m_db->commit(); !r)
        return r.error();
    return result;
}

} // namespace jcr
