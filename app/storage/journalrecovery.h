#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace jcr {

/**
 * A rollback journal left beside a roadmap by a program that stopped in the middle of a commit
 * ("hot journal"), handled so that it can never damage the file.
 *
 * SQLite rolls a hot journal back into the file when the first writer opens it, whether or not
 * the journal belongs to that file: after someone copies an older roadmap into place, the
 * crash's journal would be written into it. Here the rollback happens on a copy of the file and
 * the journal, in a private folder beside them; the result is verified (header, schema, full
 * integrity check, every CHECK and NOT NULL rule), and only a sound result replaces the file.
 * The original file and journal are kept as FILE.before-recovery-TIME and
 * FILE.before-recovery-TIME.journal. A journal that does not belong to the file (another page
 * size, another change counter, another application) or whose rollback is not sound leaves both
 * files untouched and the file is refused.
 */
class JournalRecovery
{
    Q_DECLARE_TR_FUNCTIONS(jcr::JournalRecovery)

public:
    enum class State {
        None, ///< no journal, an empty one, or one whose header is zeroed (already finished)
        Live, ///< a journal of a transaction another program is running now
        Hot, ///< left by a program that stopped in the middle of a commit
    };

    /// What the journal beside \a path is.
    static State inspect(const QString &path);

    /// Rolls the hot journal beside \a path back into a verified copy that then replaces the
    /// file. Returns a sentence for the user saying what happened; on failure neither the file
    /// nor the journal has changed and the error says what to do.
    static Result<QString> recover(const QString &path);
};

} // namespace jcr
