#include "useridentity.h"

#include <QSettings>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace jcr {

namespace {
const QString NameKey = QStringLiteral("user/name");
}

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
