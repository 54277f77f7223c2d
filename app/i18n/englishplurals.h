#pragma once

#include <QTranslator>

namespace jcr {

/**
 * English plural forms without a compiled translation: source strings are written as
 * "%n item(s)" for lupdate, and this translator turns "(s)" into "" for one and "s" otherwise.
 * Installed first, so a real translation installed later takes precedence.
 */
class EnglishPlurals : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;

    /// "(s)" resolved for \a n; other text unchanged.
    static QString resolve(const QString &text, int n);
};

} // namespace jcr
