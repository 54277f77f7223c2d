#pragma once

#include <QDateTime>
#include <QLatin1String>
#include <QString>

#include <optional>

namespace jcr {

/**
 * One row of the file's record of change (schema 5): a change to one field of an item or a
 * priority area, a link added or removed, an item created or deleted. Written by the file's
 * own triggers, whoever made the change.
 */
struct ChangeRecord
{
    enum class Action { Insert, Update, Delete };

    /// The actor the triggers record for a change made by any program but the planner.
    static QLatin1String anotherProgram() { return QLatin1String("another program"); }

    qint64 id = 0;
    QDateTime at; ///< UTC
    QString actor;
    qint64 itemId = 0; ///< 0 for a change of a priority area
    qint64 areaId = 0; ///< 0 for a change of an item
    Action action = Action::Update;
    /// The stored key: empty for a created or deleted item or area, else "status", "start",
    /// "organisation", "tag", "predecessor", "citation", "note", "name"…
    QString field;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;

    bool isByAnotherProgram() const { return actor == anotherProgram(); }
};

} // namespace jcr
