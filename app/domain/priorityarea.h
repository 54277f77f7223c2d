#pragma once

#include "textlimits.h"
#include "translatedtext.h"

#include <QColor>
#include <QString>

namespace jcr {

/// One of the Roadmap's six priority areas (a swimlane on the timeline and board).
struct PriorityArea
{
    qint64 id = 0;
    int number = 0; ///< 1..6 as numbered in the Joint Statement
    QString name;
    QString shortName;
    QColor colour;
    /// French and Japanese names beside the primary ones (schema 7).
    TranslatedText names;
    TranslatedText shortNames;

    QString nameIn(QLocale::Language language) const { return names.shown(name, language); }
    QString shortNameIn(QLocale::Language language) const
    {
        return shortNames.shown(shortName, language);
    }

    friend bool operator==(const PriorityArea &, const PriorityArea &) = default;
};

} // namespace jcr
