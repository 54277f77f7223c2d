#pragma once

#include "storage/serveraddress.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace jcr {

/**
 * File ▸ Connect to Team Roadmap…: asks where a team roadmap lives on a PostgreSQL server
 * (server, port, database, user, TLS with the authority's certificate) and for the password,
 * and shows the resulting address so that it can be copied for the command line. It starts
 * from the address used last time (QSettings, never the password); OK stays disabled until
 * the address is complete.
 */
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    /// Where the last address is remembered.
    static QString settingsKey();

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

    QLineEdit *hostField() const { return m_host; }
    QSpinBox *portField() const { return m_port; }
    QLineEdit *databaseField() const { return m_database; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *tlsBox() const { return m_tls; }
    QLineEdit *caFileField() const { return m_caFile; }
    QLineEdit *addressField() const { return m_address; }
    QPushButton *okButton() const;

private:
    void browseCaFile();
    void refresh();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_tls;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLineEdit *m_address;
    QDialogButtonBox *m_buttons;
    /// Options of the starting address that no field shows (connect_timeout, sslcert…).
    QMap<QString, QString> m_otherOptions;
};

} // namespace jcr
