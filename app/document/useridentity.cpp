#include "useridentity.h"

#include <QSettings>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace jcr {

namespace {
const QString NameKey = QStringLiteral("user/name");

/// recordedName() as last read or set; null until then.
QString &cachedRecordedName()
{
    static QString name;
    return name;
}
} // namespace

QString UserIdentity::name()
{
    return QSettings().value(NameKey).toString().trimmed();
}

void UserIdentity::setName(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(NameKey);
    else
        settings.setValue(NameKey, name.trimmed());
    cachedRecordedName() = QString();
}

QString UserIdentity::recordedName()
{
    QString &cached = cachedRecordedName();
    if (cached.isNull()) {
        cached = name();
        if (cached.isEmpty())
            cached = accountName().trimmed();
        if (cached.isEmpty())
            cached = QStringLiteral("jcroadmap");
        // The file's rule: at most 200 characters.
        cached = cached.left(200);
    }
    return cached;
}

QString UserIdentity::accountName()
{
#if defined(Q_OS_UNIX)
    // The GECOS field: "Full Name,room,phone,…"; the full name is its first part.
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_gecos) {
        const QString full = QString::fromLocal8Bit(pw->pw_gecos).section(QLatin1Char(','), 0, 0);
        if (!full.trimmed().isEmpty())
            return full.trimmed();
    }
#endif
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    return login;
}

} // namespace jcr
