#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace jcr {

/**
 * Security markings of a roadmap (its classification, shown in a band in the main window, on
 * exported timeline images and on every report page). The standard markings are written as
 * they are printed: the Canadian ones bilingual (Policy on Government Security: Protected A,
 * B, C; Confidential, Secret), the Japanese ones as the ministries stamp them. Any other text
 * may be used too; its level is then Other.
 */
class ClassificationMarking
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ClassificationMarking)

public:
    /// How sensitive a marking is: the band's colour follows it (the text is always shown too).
    enum class Level {
        Unclassified, ///< UNCLASSIFIED / NON CLASSIFIÉ
        Protected, ///< PROTECTED A/B/C / PROTÉGÉ A/B/C; 取扱注意
        Confidential, ///< CONFIDENTIAL / CONFIDENTIEL; 秘
        Secret, ///< SECRET, TOP SECRET / TRÈS SECRET; 極秘
        Other, ///< free text the planner does not recognise
    };

    /// The markings offered by the pickers, in order of sensitivity, Canadian then Japanese.
    static QStringList standardMarkings();
    /// The level of \a marking, recognised whatever its case, spacing or language half
    /// ("Protected B", "PROTÉGÉ B", "PROTECTED B / PROTÉGÉ B" are all Protected).
    static Level levelOf(const QString &marking);
    /// The level's name as a screen reader says it ("Protected").
    static QString levelName(Level level);
};

} // namespace jcr
