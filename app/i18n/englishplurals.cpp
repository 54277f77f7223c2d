#include "englishplurals.h"

namespace jcr {

QString EnglishPlurals::resolve(const QString &text, int n)
{
    QString out = text;
    out.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return out;
}

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    // Only numerus strings with the marker are handled; everything else falls through to the
    // source text as usual.
    if (n < 0 || !sourceText)
        return {};
    const QString source = QString::fromUtf8(sourceText);
    if (!source.contains(QLatin1String("(s)")))
        return {};
    return resolve(source, n);
}

} // namespace jcr
