#pragma once

#include <QCoreApplication>
#include <QString>

namespace jcr {

/**
 * The person using the planner, who signs the status updates and the recorded changes: a name
 * asked once, kept in the user's settings (not in the document, whose "author" is whoever wrote
 * the roadmap) and changed in Edit ▸ Preferences.
 */
class UserIdentity
{
    Q_DECLARE_TR_FUNCTIONS(UserIdentity)

public:
    /// The remembered name; empty until the user has given one.
    static QString name();
    static void setName(const QString &name);
    /// A suggestion for the first question: the account's full name, else its login name.
    static QString accountName();
    /// The name the file's record of change gives this planner's edits: name(), or, until
    /// the user has given one, accountName() (never empty: "jcroadmap" as a last resort).
    /// Read once and kept, so that recording costs nothing per edit; setName() updates it.
    static QString recordedName();
};

} // namespace jcr
