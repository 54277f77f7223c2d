#pragma once

#include <QLocale>
#include <QString>

namespace jcr {

/**
 * The French and Japanese forms of a text kept beside its primary form (an item's title or
 * description, an area's name): the primary text stays what it is, in the language it was
 * written in (English in the seeds); a translation may be missing (empty).
 */
struct TranslatedText
{
    QString fr;
    QString ja;

    /// The translation into \a language; empty when there is none or for another language.
    QString in(QLocale::Language language) const
    {
        switch (language) {
        case QLocale::French:
            return fr;
        case QLocale::Japanese:
            return ja;
        default:
            return {};
        }
    }

    /// The text to show in \a language: its translation, else \a primary. \a fellBack (when
    /// given) tells whether the primary text stands in for a missing translation; English is
    /// the primary language and never falls back.
    QString shown(const QString &primary, QLocale::Language language,
                  bool *fellBack = nullptr) const
    {
        const bool translatable = language == QLocale::French || language == QLocale::Japanese;
        const QString t = in(language);
        const bool missing = translatable && t.trimmed().isEmpty() && !primary.isEmpty();
        if (fellBack)
            *fellBack = missing;
        return missing || !translatable ? primary : t;
    }

    /// Sets the translation into \a language (French or Japanese; others are ignored).
    void set(QLocale::Language language, const QString &text)
    {
        if (language == QLocale::French)
            fr = text;
        else if (language == QLocale::Japanese)
            ja = text;
    }

    bool isEmpty() const { return fr.isEmpty() && ja.isEmpty(); }

    friend bool operator==(const TranslatedText &, const TranslatedText &) = default;
};

} // namespace jcr
