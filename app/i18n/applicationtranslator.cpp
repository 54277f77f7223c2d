#include "applicationtranslator.h"

#include "language.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <memory>

namespace jcr {

const QTranslator *ApplicationTranslator::translationOf(QLocale::Language language)
{
    static QMutex mutex;
    static QHash<QLocale::Language, std::shared_ptr<QTranslator>> loaded;
    QMutexLocker lock(&mutex);
    if (auto it = loaded.constFind(language); it != loaded.constEnd())
        return it->get();
    auto translator = std::make_shared<QTranslator>();
    const QString file = QStringLiteral(":/i18n/jcroadmap_%1.qm").arg(Language::code(language));
    if (!translator->load(file))
        translator.reset();
    loaded.insert(language, translator);
    return translator.get();
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
