#include "connectdialog.h"

#include "keyring/passwordkeyring.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>

namespace jcr {

namespace {

const QString SslMode = QStringLiteral("sslmode");
const QString SslRootCert = QStringLiteral("sslrootcert");

/// The operating system's login, libpq's default user name.
QString osLogin()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("LOGNAME") : user;
}

bool verifies(const QString &sslmode)
{
    return sslmode == QLatin1String("verify-full") || sslmode == QLatin1String("verify-ca");
}

} // namespace

QString ConnectDialog::settingsKey()
{
    return QStringLiteral("connect/lastAddress");
}

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the desktop &keyring"), this))
    , m_keyringNote(new QLabel(this))
    , m_tls(new QCheckBox(tr("Use &TLS (verify the server's certificate)"), this))
    , m_caFile(new QLineEdit(this))
    , m_browse(new QPushButton(tr("B&rowse…"), this))
    , m_address(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_keyring(new PasswordKeyring(this))
    , m_lookupTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Team Roadmap"));

    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("db.example.org, or a socket folder such as /run/postgresql"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("roadmap"));
    m_user->setObjectName(QStringLiteral("user"));
    // Empty: the server sees this computer's login.
    m_user->setPlaceholderText(osLogin().isEmpty() ? tr("Your login on this computer") : osLogin());
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: taken from ~/.pgpass"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setToolTip(tr("Once the server accepts the password, it is kept in your "
                              "desktop keyring for this login and server, never in a file of "
                              "the planner."));
    m_keyringNote->setObjectName(QStringLiteral("keyringNote"));
    // One line: a wrapped label appearing in a dialog already shown gets the height of one
    // line only (its height depends on a width the layout settles later), and the notes are
    // short.
    m_keyringNote->setWordWrap(false);
    m_keyringNote->setVisible(false);
    m_tls->setObjectName(QStringLiteral("tls"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("From your IT service, e.g. ca.pem"));
    m_browse->setObjectName(QStringLiteral("browseCaFile"));
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setReadOnly(true);
    m_address->setToolTip(tr("The same address works on the command line, for example in "
                             "“jcroadmap report ADDRESS”. It never holds the password."));
    // Room for a whole address with a certificate path, in any font.
    m_address->setMinimumWidth(m_address->fontMetrics().averageCharWidth() * 70);

    auto *form = new QFormLayout(this);
    // The names grow with the dialog; the port keeps the width of its five digits.
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto addRow = [this, form](const QString &text, QWidget *field, QWidget *row) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, row ? row : field);
    };
    addRow(tr("&Server:"), m_host, nullptr);
    addRow(tr("&Port:"), m_port, nullptr);
    addRow(tr("&Database:"), m_database, nullptr);
    addRow(tr("&User:"), m_user, nullptr);
    addRow(tr("Pass&word:"), m_password, nullptr);
    form->addRow(static_cast<QWidget *>(nullptr), m_remember);
    form->addRow(static_cast<QWidget *>(nullptr), m_keyringNote);
    form->addRow(static_cast<QWidget *>(nullptr), m_tls); // under the fields, not the labels
    auto *caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_browse);
    addRow(tr("C&A certificate:"), m_caFile, caRow);
    addRow(tr("Addr&ess:"), m_address, nullptr);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ConnectDialog::browseCaFile);
    for (QLineEdit *edit : {m_host, m_database, m_user, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::refresh);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::refresh);
    connect(m_tls, &QCheckBox::toggled, this, &ConnectDialog::refresh);
    // An address handed over whole (by e-mail, from the command line) may be pasted into the
    // server field: on leaving it (Tab; Enter also connects) it fills every field.
    connect(m_host, &QLineEdit::editingFinished, this, [this] {
        if (ServerAddress::isAddress(m_host->text().trimmed()))
            setAddressText(m_host->text().trimmed());
    });

    // The keyring is asked once typing pauses, not for every letter of a host name.
    m_lookupTimer->setSingleShot(true);
    m_lookupTimer->setInterval(250);
    connect(m_lookupTimer, &QTimer::timeout, this, &ConnectDialog::lookupPassword);
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        m_filledKey.clear(); // typed: no longer the keyring's
        if (m_keyringAvailable)
            showKeyringNote(QString());
    });
    connect(m_keyring, &PasswordKeyring::lookedUp, this,
            [this](const QString &key, PasswordKeyring::Outcome outcome, const QString &password,
                   const QString &reason) {
                // An answer for an address the fields no longer show is dropped.
                if (key != PasswordKeyring::keyFor(address()))
                    return;
                switch (outcome) {
                case PasswordKeyring::Outcome::Found:
                    if (!m_password->text().isEmpty())
                        return; // typed meanwhile: the officer's wins
                    m_password->setText(password);
                    m_filledKey = key;
                    m_remember->setChecked(true);
                    showKeyringNote(tr("The password is taken from the desktop keyring."));
                    break;
                case PasswordKeyring::Outcome::NotFound:
                    m_keyringAvailable = true;
                    m_remember->setEnabled(true);
                    showKeyringNote(QString());
                    break;
                case PasswordKeyring::Outcome::Unavailable:
                    // Not an error: many desktops have no keyring, and ~/.pgpass serves.
                    m_keyringAvailable = false;
                    m_remember->setChecked(false);
                    m_remember->setEnabled(false);
                    showKeyringNote(tr("No desktop keyring: the password is taken from "
                                       "~/.pgpass."),
                                    reason);
                    break;
                }
            });

    m_user->setText(osLogin());
    setAddressText(QSettings().value(settingsKey()).toString());
    refresh();
}

ServerAddress ConnectDialog::address() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.options = m_otherOptions;
    if (m_tls->isChecked()) {
        a.options.insert(SslMode, QStringLiteral("verify-full"));
        a.options.insert(SslRootCert, m_caFile->text().trimmed());
    }
    return a;
}

void ConnectDialog::setAddress(const ServerAddress &address)
{
    m_otherOptions = address.options;
    const bool tls = verifies(m_otherOptions.value(SslMode));
    // The check box stands for a verified connection: its sslmode and certificate are the
    // dialog's; any other sslmode (require, disable…) is kept as it was.
    if (tls)
        m_otherOptions.remove(SslMode);
    m_otherOptions.remove(SslRootCert);
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_tls->setChecked(tls);
    m_caFile->setText(address.options.value(SslRootCert));
    refresh();
}

bool ConnectDialog::setAddressText(const QString &text)
{
    if (text.isEmpty())
        return false;
    const auto parsed = ServerAddress::parse(text);
    if (!parsed)
        return false;
    setAddress(parsed.value());
    return true;
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

bool ConnectDialog::isComplete() const
{
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty())
        return false;
    if (m_tls->isChecked() && m_caFile->text().trimmed().isEmpty())
        return false;
    // A whole address typed into the server field is read on leaving it, not sent as a name.
    if (ServerAddress::isAddress(m_host->text().trimmed()))
        return false;
    return ServerAddress::parse(address().toString()).ok();
}

void ConnectDialog::rememberAddress() const
{
    rememberAddress(address().toString());
}

void ConnectDialog::rememberAddress(const QString &address)
{
    QSettings().setValue(settingsKey(), address);
}

bool ConnectDialog::remembersPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

bool ConnectDialog::passwordFromKeyring() const
{
    return !m_filledKey.isEmpty() && m_filledKey == PasswordKeyring::keyFor(address())
            && !m_password->text().isEmpty();
}

void ConnectDialog::clearPassword()
{
    m_password->clear();
    m_filledKey.clear();
    m_remember->setChecked(false);
    showKeyringNote(QString());
}

QPushButton *ConnectDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ConnectDialog::browseCaFile()
{
    const QString current = m_caFile->text().trimmed();
    const QString start = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString path
            = QFileDialog::getOpenFileName(this, tr("Certificate of the Authority"), start,
                                           tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(path));
}

void ConnectDialog::refresh()
{
    m_caFile->setEnabled(m_tls->isChecked());
    m_browse->setEnabled(m_tls->isChecked());
    const bool complete = isComplete();
    okButton()->setEnabled(complete);
    m_address->setText(complete ? address().toString() : QString());
    m_address->setCursorPosition(0); // the address reads from its start
    // Says what is still missing where the address will appear.
    QString missing;
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty())
        missing = tr("Fill in the server and the database.");
    else if (m_tls->isChecked() && m_caFile->text().trimmed().isEmpty())
        missing = tr("Choose the certificate of the authority that signed the server's.");
    else if (ServerAddress::isAddress(m_host->text().trimmed()))
        missing = tr("Press Tab to fill in the fields from this address.");
    else if (!complete)
        missing = ServerAddress::parse(address().toString()).errorMessage();
    m_address->setPlaceholderText(missing);
    m_address->setAccessibleDescription(missing);

    // A password the keyring gave for another address is not this one's.
    if (!m_filledKey.isEmpty() && m_filledKey != PasswordKeyring::keyFor(address())) {
        m_password->clear();
        m_filledKey.clear();
        m_remember->setChecked(false);
        if (m_keyringAvailable)
            showKeyringNote(QString());
    }
    if (complete && m_password->text().isEmpty())
        m_lookupTimer->start();
}

void ConnectDialog::lookupPassword()
{
    if (m_password->text().isEmpty() && isComplete())
        m_keyring->lookup(address());
}

void ConnectDialog::showKeyringNote(const QString &text, const QString &details)
{
    m_keyringNote->setText(text);
    m_keyringNote->setToolTip(details);
    m_keyringNote->setVisible(!text.isEmpty());
}

} // namespace jcr
