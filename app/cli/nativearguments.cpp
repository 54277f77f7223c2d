#include "nativearguments.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <sys/stat.h>
#include <unistd.h>

namespace jcr::cli {

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

bool exists(const QByteArray &path)
{
    struct stat st
    {
    };
    return ::lstat(path.constData(), &st) == 0;
}

} // namespace

NativeArguments::NativeArguments(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray raw(argv[i]);
        if (raw.isEmpty() || isValidUtf8(raw) || !exists(raw))
            continue;
        if (!m_dir) {
            m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                    + QStringLiteral("/jcroadmap-XXXXXX"));
            if (!m_dir->isValid())
                return;
        }
        const QString decoded = QString::fromLocal8Bit(raw);
        if (m_aliasByDecoded.contains(decoded))
            continue;
        // The alias keeps the name's readable part and its extension.
        QString name = QDir(QString::fromLocal8Bit(raw)).dirName();
        name.replace(QChar::ReplacementCharacter, QLatin1Char('_'));
        const QString folder = m_dir->filePath(QString::number(i));
        QDir().mkpath(folder);
        const QString alias = QDir(folder).filePath(name.isEmpty() ? QStringLiteral("file") : name);
        // An absolute target: the link does not depend on the working directory.
        QByteArray target = raw;
        if (!target.startsWith('/'))
            target = QFile::encodeName(QDir::currentPath()) + '/' + raw;
        if (::symlink(target.constData(), QFile::encodeName(alias).constData()) != 0)
            continue;
        for (const char *suffix : {"-journal", "-wal"}) {
            const QByteArray side = target + suffix;
            if (exists(side))
                (void)::symlink(side.constData(),
                                QFile::encodeName(alias + QLatin1String(suffix)).constData());
        }
        m_aliasByDecoded.insert(decoded, alias);
    }
}

NativeArguments::~NativeArguments() = default;

QString NativeArguments::resolve(const QString &argument) const
{
    return m_aliasByDecoded.value(argument, argument);
}

QHash<QString, QString> NativeArguments::displayNames() const
{
    QHash<QString, QString> out;
    for (auto it = m_aliasByDecoded.cbegin(); it != m_aliasByDecoded.cend(); ++it)
        out.insert(it.value(), it.key());
    return out;
}

} // namespace jcr::cli
