#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace jcr {

/**
 * The languages the planner speaks (English, French, Japanese) and the translations that make
 * it speak them.
 *
 * apply() installs one application translator, once, and makes the language's locale the
 * default QLocale, so that tr() and QLocale() both follow. The translator looks up the
 * language of the moment: a ScopedLanguage (a report in another language) changes it for a
 * while without a LanguageChange event reaching the windows. English has a translation too:
 * the plural forms of "%n item(s)".
 */
class Language
{
    Q_DECLARE_TR_FUNCTIONS(jcr::Language)

public:
    /// English, French and Japanese, in the order menus list them.
    static QList<QLocale::Language> supported();
    /// "en", "fr", "ja" (the settings, `report --lang`, the .qm names).
    static QString code(QLocale::Language language);
    /// The language of a code ("fr", "FR", "fr_CA" …); nothing for an unsupported one.
    static std::optional<QLocale::Language> fromCode(QStringView code);
    /// The language's name in itself: "English", "Français", "日本語".
    static QString nativeName(QLocale::Language language);
    /// The first supported language of the system's interface languages; English otherwise.
    static QLocale::Language systemLanguage();
    /// The locale that formats dates and numbers for \a language: the system locale when it
    /// is of that language (fr_FR stays fr_FR), else Canadian English or French, or Japanese
    /// of Japan.
    static QLocale localeFor(QLocale::Language language);

    /// The settings key of the chosen interface language ("" or absent: the system's).
    static QString settingsKey();
    /// The language chosen in the settings, or the system's when none is.
    static QLocale::Language preferred();

    /// Makes \a language the language of the application: translations (the planner's and
    /// Qt's own for standard dialogs) and the default locale.
    static void apply(QLocale::Language language);
    /// The language tr() speaks now (a ScopedLanguage's, else the applied one).
    static QLocale::Language current();

    /// \a sourceText of \a context in \a language, whatever the interface speaks.
    static QString translate(QLocale::Language language, const char *context,
                             const char *sourceText, const char *disambiguation = nullptr,
                             int n = -1);

    /// Installs the application translator (once) without changing the language or the
    /// default locale: English plural forms for a test that never calls apply().
    static void installTranslator();

private:
    friend class ScopedLanguage;
    static void setOverride(std::optional<QLocale::Language> language);
    static std::optional<QLocale::Language> overrideLanguage();
};

} // namespace jcr
