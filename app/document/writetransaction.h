#pragma once

// RoadmapDocument's write transaction, shared by the files that implement the document.
// Internal: include only from app/document/*.cpp.

#include "document/useridentity.h"
#include "roadmapdocument.h"
#include "storage/roadmapstore.h"

namespace jcr {

template<typename F> auto RoadmapDocument::writeTransaction(F &&body) -> decltype(body())
{
    if (m_store->isReadOnly())
        return Error {Error::Code::ReadOnly, m_store->readOnlyReason()};
    // The file is known to be gone, replaced or in a read-only folder: an edit that may wait
    // does not even try (SQLite would refuse it); the others hear why.
    if (!m_fileStatus.isOk()) {
        m_lastWriteBlocked = m_deferring;
        return Error {Error::Code::ReadOnly, m_fileStatus.describe(m_store->location())};
    }
    // A team roadmap whose server cannot be reached: an edit that may wait is kept, and saved
    // when the connection is back (connectionChanged); the others hear why.
    if (!m_online) {
        m_lastWriteBlocked = m_deferring;
        return Error {Error::Code::Unreachable,
                      tr("The connection to the server is lost (%1). Your change is kept and "
                         "saved when it is back.")
                              .arg(m_offlineReason)};
    }
    // Whether a failure came from outside (a lock, the file moved meanwhile, a lost
    // connection): then an edit that may wait keeps waiting instead of being refused.
    const auto blocked = [this](const Error &e) {
        if (!m_deferring || e.code == Error::Code::Conflict || e.code == Error::Code::Invalid)
            return false;
        return e.code == Error::Code::Busy || e.code == Error::Code::Unreachable
                || !checkFileStatus().isOk();
    };
    // An edit that may wait (see attemptDeferrable) tries the lock briefly instead of freezing
    // the window for the full busy timeout.
    if (auto r = m_deferring ? m_store->tryBeginWrite(m_deferWaitMs) : m_store->beginWrite(); !r) {
        m_lastWriteBlocked = blocked(r.error());
        return r.error();
    }
    // The store records every change; inside this transaction with the user's name, which is
    // forgotten again before COMMIT so that changes made by other programs are recorded as
    // theirs. Its failure is the edit's first write failing (the file moved, its folder read-only):
    // an edit that may wait keeps waiting, as when the edit's own write fails.
    if (auto r = m_store->setActor(UserIdentity::recordedName()); !r) {
        m_store->rollback();
        m_lastWriteBlocked = blocked(r.error());
        return r.error();
    }
    auto result = body();
    if (result) {
        if (auto r = m_store->clearActor(); !r)
            result = r.error();
    }
    if (!result) {
        m_store->rollback();
        m_lastWriteBlocked = blocked(result.error());
        return result;
    }
    if (auto r = m_store->commit(); !r) {
        // A reader kept the file through the whole COMMIT wait: rolled back, may wait too.
        m_lastWriteBlocked = blocked(r.error());
        return r.error();
    }
    return result;
}

} // namespace jcr
