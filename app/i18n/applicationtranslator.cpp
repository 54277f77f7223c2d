#include "applicationtranslator.h"

#include "language.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <memory>

namespace jcr {

const QTranslator *ApplicationTranslator::translationOf(QLocale::Language language)
{
    // A translator that failed to load is kept all the same: this runs inside
    // QCoreApplication::translate(), which holds the translators' lock, and destroying a
    // QTranslator there takes that lock again to remove it (a deadlock, seen in tests whose
    // locale is not one of ours).
    struct Loaded
    {
        std::shared_ptr<QTranslator> translator;
        bool usable = false;
    };
    static QMutex mutex;
    static QHash<QLocale::Language, Loaded> loaded;
    QMutexLocker lock(&mutex);
    auto it = loaded.constFind(language);
    if (it == loaded.constEnd()) {
        Loaded l {std::make_shared<QTranslator>()};
        l.usable = l.translator->load(
                QStringLiteral(":/i18n/jcroadmap_%1.qm").arg(Language::code(language)));
        it = loaded.insert(language, l);
    }
    return it->usable ? it->translator.get() : nullptr;
}

QString ApplicationTranslator::translate(const char *context, const char *sourceText,
                                         const char *disambiguation, int n) const
{
    const QTranslator *translation = translationOf(Language::current());
    if (!translation)
        return {};
    return translation->translate(context, sourceText, disambiguation, n);
}

} // namespace jcr
