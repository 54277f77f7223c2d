#include "scopedlanguage.h"

#include "language.h"

namespace jcr {

ScopedLanguage::ScopedLanguage(QLocale::Language language)
    : m_active(language != QLocale::AnyLanguage)
    , m_previous(Language::overrideLanguage())
    , m_previousLocale(QLocale())
{
    if (!m_active)
        return;
    Language::installTranslator();
    Language::setOverride(language);
    QLocale::setDefault(Language::localeFor(language));
}

ScopedLanguage::~ScopedLanguage()
{
    if (!m_active)
        return;
    Language::setOverride(m_previous);
    QLocale::setDefault(m_previousLocale);
}

} // namespace jcr
