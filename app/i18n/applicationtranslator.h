#pragma once

#include <QLocale>
#include <QTranslator>

namespace jcr {

/**
 * The planner's one installed translator. It holds no translation itself: it asks the
 * compiled translation (":/i18n/jcroadmap_<code>.qm") of Language::current(), so that a report
 * can speak another language than the interface without installing or removing translators
 * (which would send every window a LanguageChange event).
 */
class ApplicationTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;

    /// The compiled translation of \a language, loaded on first use; null when the executable
    /// carries none (a test without the translations resource).
    static const QTranslator *translationOf(QLocale::Language language);
};

} // namespace jcr
