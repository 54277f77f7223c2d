#pragma once

#include "storage/serveraddress.h"

#include <QObject>

namespace jcr {

/**
 * The desktop keyring (the Secret Service of GNOME Keyring or KeePassXC, KWallet… through
 * QtKeychain) as the place where team-roadmap passwords are remembered, one per login and
 * server: service "jcroadmap", key "user@host:port/database" (keyFor()). Every operation is
 * asynchronous, so a keyring that asks to be unlocked, or a session without one, never blocks
 * the window; its answer comes as a signal. Nothing is ever written anywhere else: QtKeychain's
 * plain-text fallback stays off.
 */
class PasswordKeyring : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Found, ///< the keyring holds a password for the key
        NotFound, ///< the keyring answered and holds none
        Unavailable, ///< no keyring answered (none running, locked and not opened, refused)
    };
    Q_ENUM(Outcome)

    /// The keyring's service name for the planner's passwords.
    static QString service();
    /// The key of \a address's password: "user@host:port/database", without any option or
    /// password (the user is the computer's login when the address names none).
    static QString keyFor(const ServerAddress &address);

    explicit PasswordKeyring(QObject *parent = nullptr);

    /// Asks for the password of \a address: lookedUp() follows.
    void lookup(const ServerAddress &address);
    /// Remembers \a password for \a address: stored() follows.
    void store(const ServerAddress &address, const QString &password);
    /// Forgets the password of \a address: forgotten() follows.
    void forget(const ServerAddress &address);

Q_SIGNALS:
    /// \a password is empty unless \a outcome is Found; \a reason says why when Unavailable.
    void lookedUp(const QString &key, jcr::PasswordKeyring::Outcome outcome,
                  const QString &password, const QString &reason);
    void stored(const QString &key, bool ok, const QString &reason);
    void forgotten(const QString &key, bool ok, const QString &reason);
};

} // namespace jcr
