#include "language.h"

#include "applicationtranslator.h"
#include "scopedlanguage.h"

#include <QLibraryInfo>
#include <QSettings>

#include <atomic>
#include <memory>

namespace jcr {

namespace {

std::atomic<QLocale::Language> s_applied = QLocale::English;
// A report's language while it is drawn; AnyLanguage: none.
std::atomic<QLocale::Language> s_override = QLocale::AnyLanguage;

} // namespace

QList<QLocale::Language> Language::supported()
{
    return {QLocale::English, QLocale::French, QLocale::Japanese};
}

QString Language::code(QLocale::Language language)
{
    switch (language) {
    case QLocale::French:
        return QStringLiteral("fr");
    case QLocale::Japanese:
        return QStringLiteral("ja");
    default:
        return QStringLiteral("en");
    }
}

std::optional<QLocale::Language> Language::fromCode(QStringView code)
{
    const QString lower = code.trimmed().toString().toLower();
    for (QLocale::Language l : supported()) {
        const QString c = Language::code(l);
        if (lower == c || lower.startsWith(c + QLatin1Char('_'))
            || lower.startsWith(c + QLatin1Char('-')))
            return l;
    }
    return std::nullopt;
}

QString Language::nativeName(QLocale::Language language)
{
    switch (language) {
    case QLocale::French:
        return QStringLiteral("Français");
    case QLocale::Japanese:
        return QStringLiteral("日本語");
    default:
        return QStringLiteral("English");
    }
}

QLocale::Language Language::systemLanguage()
{
    // The interface languages in the user's order (LANGUAGE, then LC_ALL/LC_MESSAGES/LANG).
    for (const QString &name : QLocale::system().uiLanguages()) {
        if (const auto l = fromCode(name))
            return *l;
    }
    return QLocale::English;
}

QLocale Language::localeFor(QLocale::Language language)
{
    const QLocale system = QLocale::system();
    if (system.language() == language)
        return system;
    switch (language) {
    case QLocale::French:
        return QLocale(QLocale::French, QLocale::Canada);
    case QLocale::Japanese:
        return QLocale(QLocale::Japanese, QLocale::Japan);
    default:
        return QLocale(QLocale::English, QLocale::Canada);
    }
}

QString Language::settingsKey()
{
    return QStringLiteral("interface/language");
}

QLocale::Language Language::preferred()
{
    if (const auto chosen = fromCode(QSettings().value(settingsKey()).toString()))
        return *chosen;
    return systemLanguage();
}

void Language::apply(QLocale::Language language)
{
    static QTranslator *qtTranslator = nullptr;
    s_applied = language;
    QLocale::setDefault(localeFor(language));
    installTranslator();
    // Qt's own strings (the buttons of standard dialogs, the context menu of a text field),
    // from Qt's translations folder (qt6-translations-l10n); without them those stay English.
    if (qtTranslator) {
        QCoreApplication::removeTranslator(qtTranslator);
        delete qtTranslator;
        qtTranslator = nullptr;
    }
    if (language != QLocale::English) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(code(language)),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            qtTranslator = qt.release();
            QCoreApplication::installTranslator(qtTranslator);
        }
    }
}

QLocale::Language Language::current()
{
    const QLocale::Language o = s_override;
    return o == QLocale::AnyLanguage ? s_applied.load() : o;
}

QString Language::translate(QLocale::Language language, const char *context, const char *sourceText,
                            const char *disambiguation, int n)
{
    ScopedLanguage scope(language);
    return QCoreApplication::translate(context, sourceText, disambiguation, n);
}

void Language::setOverride(std::optional<QLocale::Language> language)
{
    s_override = language.value_or(QLocale::AnyLanguage);
}

std::optional<QLocale::Language> Language::overrideLanguage()
{
    const QLocale::Language o = s_override;
    if (o == QLocale::AnyLanguage)
        return std::nullopt;
    return o;
}

void Language::installTranslator()
{
    static ApplicationTranslator *translator = nullptr;
    if (!translator && QCoreApplication::instance()) {
        translator = new ApplicationTranslator(QCoreApplication::instance());
        QCoreApplication::installTranslator(translator);
    }
}

} // namespace jcr
