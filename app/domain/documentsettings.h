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
    // The briefing note (`report --type briefing`), as a ministry briefing note has it: who
    // drafted and approved it, its file number, and optional blocks of text.
    QString drafter;
    QString approver;
    QString fileNumber;
    QString purpose;
    QString keyMessages;
    QString nextSteps;

    friend bool operator==(const DocumentSettings &, const DocumentSettings &) = default;
};

} // namespace jcr
