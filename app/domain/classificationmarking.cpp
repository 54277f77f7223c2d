#include "classificationmarking.h"

namespace jcr {

QStringList ClassificationMarking::standardMarkings()
{
    // Written as printed; not translated: a marking reads the same in every interface language.
    return {
            QStringLiteral("UNCLASSIFIED / NON CLASSIFIÉ"),
            QStringLiteral("PROTECTED A / PROTÉGÉ A"),
            QStringLiteral("PROTECTED B / PROTÉGÉ B"),
            QStringLiteral("CONFIDENTIAL / CONFIDENTIEL"),
            QStringLiteral("SECRET"),
            QStringLiteral("取扱注意"),
            QStringLiteral("秘"),
            QStringLiteral("極秘"),
    };
}

ClassificationMarking::Level ClassificationMarking::levelOf(const QString &marking)
{
    // The first half of a bilingual marking decides; spacing and case do not matter.
    const QString text = marking.section(QLatin1Char('/'), 0, 0).simplified().toUpper();
    const auto is = [&](const char *word) {
        const QString w = QString::fromUtf8(word);
        return text == w || text.startsWith(w + QLatin1Char(' '));
    };
    if (text.isEmpty())
        return Level::Other;
    if (is("UNCLASSIFIED") || is("NON CLASSIFIÉ") || is("NON-CLASSIFIÉ"))
        return Level::Unclassified;
    if (is("PROTECTED") || is("PROTÉGÉ") || is("取扱注意"))
        return Level::Protected;
    if (is("CONFIDENTIAL") || is("CONFIDENTIEL") || is("秘"))
        return Level::Confidential;
    if (is("SECRET") || is("TOP SECRET") || is("TRÈS SECRET") || is("極秘"))
        return Level::Secret;
    return Level::Other;
}

QString ClassificationMarking::levelName(Level level)
{
    switch (level) {
    case Level::Unclassified:
        return tr("Unclassified");
    case Level::Protected:
        return tr("Protected");
    case Level::Confidential:
        return tr("Confidential");
    case Level::Secret:
        return tr("Secret");
    case Level::Other:
        break;
    }
    return tr("Other marking");
}

} // namespace jcr
