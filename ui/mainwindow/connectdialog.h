#pragma once

#include "storage/serveraddress.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace jcr {

class PasswordKeyring;

/**
 * File ▸ Connect to Team Roadmap…: asks where a team roadmap lives on a PostgreSQL server
 * (server, port, database, user, TLS with the authority's certificate) and for the password,
 * and shows the resulting address so that it can be copied for the command line. It starts
 * from the address used last time (QSettings, never the password); OK stays disabled until
 * the address is complete.
 *
 * While the password field is empty it asks the desktop keyring for the address's password,
 * in the background, and fills the field with it; without a keyring it says that ~/.pgpass
 * is used. Whether a typed password is then remembered there is the caller's to do, after
 * the server accepted it (rememberPassword()).
 */
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    /// Where the last address is remembered.
    static QString settingsKey();
    /// Remembers \a address (a team roadmap opened by any way: Open Recent, the command line)
    /// as the one the dialog starts from next time.
    static void rememberAddress(const QString &address);

    explicit ConnectDialog(QWidget *parent = nullptr);

    /// The address as filled in (options the dialog does not show are kept from the one it
    /// started from).
    ServerAddress address() const;
    /// Fills the fields from \a address.
    void setAddress(const ServerAddress &address);
    /// Fills the fields from an address in text form; false (fields unchanged) when it is not
    /// a valid one.
    bool setAddressText(const QString &text);
    /// Empty: libpq looks in ~/.pgpass.
    QString password() const;
    /// True when the fields make a usable address (what enables OK).
    bool isComplete() const;
    /// Remembers address() for the next time (not the password).
    void rememberAddress() const;
    /// True when "Remember the password in the desktop keyring" is ticked (and a keyring
    /// answers).
    bool remembersPassword() const;
    /// True when the password field holds what the keyring gave for address(), untouched.
    bool passwordFromKeyring() const;
    /// Empties the password field (after the keyring's password was refused and forgotten).
    void clearPassword();
    /// The keyring the dialog asks.
    PasswordKeyring *keyring() const { return m_keyring; }

    QLineEdit *hostField() const { return m_host; }
    QSpinBox *portField() const { return m_port; }
    QLineEdit *databaseField() const { return m_database; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    /// Says where the password comes from (the keyring, or ~/.pgpass without one).
    QLabel *keyringNote() const { return m_keyringNote; }
    QCheckBox *tlsBox() const { return m_tls; }
    QLineEdit *caFileField() const { return m_caFile; }
    QLineEdit *addressField() const { return m_address; }
    QPushButton *okButton() const;

private:
    void browseCaFile();
    void refresh();
    void lookupPassword();
    void showKeyringNote(const QString &text, const QString &details = QString());

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keyringNote;
    QCheckBox *m_tls;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLineEdit *m_address;
    QDialogButtonBox *m_buttons;
    /// Options of the starting address that no field shows (connect_timeout, sslcert…).
    QMap<QString, QString> m_otherOptions;
    PasswordKeyring *m_keyring;
    /// Waits for typing to pause before asking the keyring.
    QTimer *m_lookupTimer;
    /// The keyring key whose password fills the field; empty when it was typed.
    QString m_filledKey;
    bool m_keyringAvailable = true;
};

} // namespace jcr
