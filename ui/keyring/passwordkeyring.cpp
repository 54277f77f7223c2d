#include "passwordkeyring.h"

#include <qt6keychain/keychain.h>

namespace jcr {

namespace {

/// The computer's login, libpq's default user name.
QString osLogin()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("LOGNAME") : user;
}

/// Jobs have no parent and delete themselves when done: a job deleted while the keyring is
/// still answering (its owner gone with a closed dialog) would receive the answer freed.
template<typename Job> Job *newJob(const QString &key)
{
    auto *job = new Job(PasswordKeyring::service());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of the keyring
    job->setKey(key);
    return job;
}

} // namespace

QString PasswordKeyring::service()
{
    return QStringLiteral("jcroadmap");
}

QString PasswordKeyring::keyFor(const ServerAddress &address)
{
    const QString user = address.user.isEmpty() ? osLogin() : address.user;
    return QStringLiteral("%1@%2:%3/%4")
            .arg(user, address.host)
            .arg(address.port)
            .arg(address.database);
}

PasswordKeyring::PasswordKeyring(QObject *parent)
    : QObject(parent)
{ }

void PasswordKeyring::lookup(const ServerAddress &address)
{
    const QString key = keyFor(address);
    auto *job = newJob<QKeychain::ReadPasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        switch (job->error()) {
        case QKeychain::NoError:
            Q_EMIT lookedUp(key, Outcome::Found, job->textData(), QString());
            break;
        case QKeychain::EntryNotFound:
            Q_EMIT lookedUp(key, Outcome::NotFound, QString(), QString());
            break;
        default:
            Q_EMIT lookedUp(key, Outcome::Unavailable, QString(), job->errorString());
            break;
        }
    });
    job->start();
}

void PasswordKeyring::store(const ServerAddress &address, const QString &password)
{
    const QString key = keyFor(address);
    auto *job = newJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        Q_EMIT stored(key, job->error() == QKeychain::NoError, job->errorString());
    });
    job->start();
}

void PasswordKeyring::forget(const ServerAddress &address)
{
    const QString key = keyFor(address);
    auto *job = newJob<QKeychain::DeletePasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        // Nothing to forget is forgotten all the same.
        const bool ok
                = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        Q_EMIT forgotten(key, ok, job->errorString());
    });
    job->start();
}

} // namespace jcr
