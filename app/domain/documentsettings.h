#pragma once

#include "textlimits.h"

#include <QString>

namespace jcr {

/// Document-wide settings stored in the file itself.
struct DocumentSettings
{
    QString title;
    QString classification = QStringLiteral("UNCLASSIFIED");
    QString author;
    QString office;

    friend bool operator==(const DocumentSettings &, const DocumentSettings &) = default;
};

} // namespace jcr
