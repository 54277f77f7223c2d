#pragma once

#include "enums.h"

#include <QDate>
#include <QString>

#include <optional>

namespace jcr {

/// One entry of an item's history: what was reported, when and by whom.
struct StatusUpdate
{
    qint64 id = 0;
    qint64 itemId = 0;
    QDate date;
    QString author;
    QString text;
    std::optional<Status> newStatus;
    std::optional<Health> newHealth;
};

} // namespace jcr
