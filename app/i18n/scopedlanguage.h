#pragma once

#include <QLocale>

#include <optional>

namespace jcr {

/**
 * While it lives, tr() and QLocale() speak \a language (a report in a language other than the
 * interface's); the previous language and default locale come back when it goes. Windows are
 * not told (no LanguageChange event): nothing is painted on screen meanwhile. Not for use from
 * two threads at once. With QLocale::AnyLanguage it changes nothing (a report in the
 * interface's language).
 */
class ScopedLanguage
{
public:
    explicit ScopedLanguage(QLocale::Language language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    bool m_active = false;
    std::optional<QLocale::Language> m_previous;
    QLocale m_previousLocale;
};

} // namespace jcr
