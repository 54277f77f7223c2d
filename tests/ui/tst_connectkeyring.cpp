#include "../support/modalsteps.h"
#include "../support/testserver.h"
#include "document/roadmapdocument.h"
#include "keyring/passwordkeyring.h"
#include "mainwindow/connectdialog.h"
#include "mainwindow/mainwindow.h"
#include "seed/seedparser.h"
#include "storage/serveraddress.h"
#include "storage/serverpassword.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace jcr;

namespace {

/// A team roadmap on the tests' server and a login for it that must give its password: a
/// member of jcr_password_login (tests/support/pgserver.sh), so trust does not let it in.
class PasswordLogin
{
public:
    explicit PasswordLogin(const QString &tag)
        : m_role(QStringLiteral("jcr_%1_%2").arg(tag).arg(QCoreApplication::applicationPid()))
        , m_password(QStringLiteral("Pw-%1-ottawa-tokyo").arg(QCoreApplication::applicationPid()))
    {
        m_database = std::make_unique<test::TestDatabase>();
        auto seed = seed::loadDefault();
        auto created = RoadmapDocument::create(m_database->url(), seed.value());
        if (!created.ok())
            qFatal("no roadmap: %s", qPrintable(created.errorMessage()));
        const QString error = test::serverExec(
                QStringLiteral("DROP ROLE IF EXISTS %1; CREATE ROLE %1 LOGIN PASSWORD '%2' IN "
                               "ROLE jcr_password_login, jcroadmap_officer")
                        .arg(m_role, m_password));
        if (!error.isEmpty())
            qFatal("no login: %s", qPrintable(error));
        m_address = ServerAddress::parse(m_database->url(m_role)).value();
    }
    ~PasswordLogin()
    {
        m_database.reset();
        test::serverExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_role));
    }

    const ServerAddress &address() const { return m_address; }
    QString role() const { return m_role; }
    QString password() const { return m_password; }

private:
    std::unique_ptr<test::TestDatabase> m_database;
    QString m_role;
    QString m_password;
    ServerAddress m_address;
};

/// Fills the connect dialog with \a address (and \a password, typed, when not empty).
void fill(ConnectDialog *dialog, const ServerAddress &address, const QString &password = {})
{
    dialog->hostField()->setText(address.host);
    dialog->portField()->setValue(address.port);
    dialog->databaseField()->setText(address.database);
    dialog->userField()->setText(address.user);
    if (!password.isEmpty()) {
        dialog->passwordField()->clear();
        QTest::keyClicks(dialog->passwordField(), password);
    }
}

/// The keyring's answer for \a address, asked through QtKeychain.
std::pair<PasswordKeyring::Outcome, QString> keyringHolds(const ServerAddress &address)
{
    PasswordKeyring keyring;
    QSignalSpy spy(&keyring, &PasswordKeyring::lookedUp);
    keyring.lookup(address);
    if (!spy.wait(10000))
        return {PasswordKeyring::Outcome::Unavailable, QStringLiteral("no answer")};
    return {spy.constFirst().at(1).value<PasswordKeyring::Outcome>(),
            spy.constFirst().at(2).toString()};
}

/// The files under \a folder that contain \a text.
QStringList filesContaining(const QString &folder, const QString &text)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
            found << file.fileName();
    }
    return found;
}

} // namespace

/**
 * Issue 19's passwords, with a real desktop keyring: GNOME Keyring's Secret Service in a
 * private D-Bus session (tests/support/withkeyring.sh). A password typed once and remembered
 * opens the team roadmap next time with no typing, is never written to a file, and one the
 * server refuses may be forgotten.
 */
class TestConnectKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("jcroadmap-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectkeyring"));
        QSettings().clear();
        m_login = std::make_unique<PasswordLogin>(QStringLiteral("keyring"));
    }
    void cleanupTestCase() { m_login.reset(); }

    void init()
    {
        setServerPassword(m_login->address(), QString());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void aRememberedPasswordOpensTheRoadmapWithoutTyping()
    {
        const ServerAddress address = m_login->address();
        QCOMPARE(PasswordKeyring::keyFor(address),
                 QStringLiteral("%1@%2:5432/%3")
                         .arg(m_login->role(), address.host, address.database));

        // Typed once, with "remember" ticked: the roadmap opens and the keyring keeps it.
        test::ModalSteps steps;
        steps.then<ConnectDialog>([&](ConnectDialog *dialog) {
            QVERIFY(!dialog->rememberBox()->isChecked()); // off unless asked
            fill(dialog, address, m_login->password());
            dialog->rememberBox()->setChecked(true);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        action("connectAction")->trigger();
        QCOMPARE(steps.remaining(), 0);
        QVERIFY(m_window->document());
        QCOMPARE(m_window->document()->filePath(), address.toString());
        QTRY_COMPARE(keyringHolds(address),
                     std::make_pair(PasswordKeyring::Outcome::Found, m_login->password()));
        // In the keyring under the documented key, as another program reads it.
        QProcess secretTool;
        secretTool.start(QStringLiteral("secret-tool"),
                         {QStringLiteral("lookup"), QStringLiteral("server"),
                          QStringLiteral("jcroadmap"), QStringLiteral("user"),
                          PasswordKeyring::keyFor(address)});
        QVERIFY(secretTool.waitForFinished());
        QCOMPARE(QString::fromUtf8(secretTool.readAllStandardOutput()), m_login->password());

        // Never in the settings, nor in any file of the profile (the keyring's own file is
        // encrypted).
        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray written = settings.readAll();
        QVERIFY2(written.contains(address.toString().toUtf8()), written.constData());
        QVERIFY2(!written.contains(m_login->password().toUtf8()), written.constData());
        QVERIFY(settings.fileName().startsWith(QDir::homePath()));
        QCOMPARE(filesContaining(QDir::homePath(), m_login->password()), QStringList());

        // A new dialog for the same address fills the password from the keyring by itself.
        m_window->setDocument(nullptr);
        {
            ConnectDialog dialog;
            QCOMPARE(dialog.address().toString(), address.toString()); // the last address
            QTRY_COMPARE(dialog.passwordField()->text(), m_login->password());
            QVERIFY(dialog.passwordFromKeyring());
            QVERIFY(dialog.rememberBox()->isChecked());
            QVERIFY(!dialog.keyringNote()->isHidden());
            QVERIFY(dialog.keyringNote()->text().contains(QLatin1String("keyring")));
            // Another address: the password is not its own, and goes.
            dialog.databaseField()->setText(QStringLiteral("another_roadmap"));
            QCOMPARE(dialog.passwordField()->text(), QString());
            QVERIFY(!dialog.passwordFromKeyring());
        }

        // Connecting with no typing reaches the server with the keyring's password: the
        // process holds none any more, and this login is not trusted.
        setServerPassword(address, QString());
        steps.then<ConnectDialog>([&](ConnectDialog *dialog) {
            QVERIFY(QTest::qWaitFor([dialog] { return dialog->passwordFromKeyring(); }));
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        action("connectAction")->trigger();
        QCOMPARE(steps.remaining(), 0);
        QVERIFY(m_window->document());
        QCOMPARE(m_window->document()->filePath(), address.toString());
    }

    void aRefusedPasswordMayBeForgotten()
    {
        const ServerAddress address = m_login->address();
        {
            PasswordKeyring keyring;
            QSignalSpy stored(&keyring, &PasswordKeyring::stored);
            keyring.store(address, QStringLiteral("an old password"));
            QVERIFY(stored.wait(10000));
            QVERIFY(stored.constFirst().at(1).toBool());
        }
        QSettings().setValue(ConnectDialog::settingsKey(), address.toString());

        QString refusal;
        test::ModalSteps steps;
        steps.then<ConnectDialog>([&](ConnectDialog *dialog) {
                 QVERIFY(QTest::qWaitFor([dialog] { return dialog->passwordFromKeyring(); }));
                 QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
             })
                .then<QMessageBox>([&](QMessageBox *box) {
                    refusal = box->text();
                    auto *forget = box->findChild<QPushButton *>(QStringLiteral("forgetPassword"));
                    QVERIFY(forget);
                    QTest::mouseClick(forget, Qt::LeftButton);
                })
                .then<ConnectDialog>([&](ConnectDialog *dialog) {
                    // Offered again as it was filled in, without the refused password.
                    QCOMPARE(dialog->address().toString(), address.toString());
                    QCOMPARE(dialog->passwordField()->text(), QString());
                    dialog->reject();
                });
        action("connectAction")->trigger();
        QCOMPARE(steps.remaining(), 0);
        QVERIFY2(refusal.contains(QLatin1String("password authentication failed")),
                 qPrintable(refusal));
        QVERIFY(!m_window->document());
        QTRY_COMPARE(keyringHolds(address).first, PasswordKeyring::Outcome::NotFound);
    }

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }

    std::unique_ptr<PasswordLogin> m_login;
    std::unique_ptr<MainWindow> m_window;
};

/**
 * The same without a desktop keyring (a private D-Bus session that offers none,
 * tests/support/withkeyring.sh --no-keyring): the dialog says so and libpq's ~/.pgpass
 * (PGPASSFILE) gives the password.
 */
class TestConnectWithoutKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("jcroadmap-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectkeyring_none"));
        QSettings().clear();
        m_login = std::make_unique<PasswordLogin>(QStringLiteral("pgpass"));
        QVERIFY(m_dir.isValid());
    }
    void cleanupTestCase() { m_login.reset(); }

    void withoutAKeyringTheDialogSaysSo()
    {
        ConnectDialog dialog;
        fill(&dialog, m_login->address());
        QTRY_VERIFY(!dialog.keyringNote()->isHidden());
        QCOMPARE(dialog.keyringNote()->text(),
                 QStringLiteral("No desktop keyring: the password is taken from ~/.pgpass."));
        QVERIFY(!dialog.rememberBox()->isEnabled());
        QVERIFY(!dialog.remembersPassword());
        QCOMPARE(dialog.passwordField()->text(), QString());
        // Typing a password there still works, for the session.
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("typed"));
        QCOMPARE(dialog.password(), QStringLiteral("typed"));
    }

    void anEmptyPasswordIsTakenFromPgpass_data()
    {
        QTest::addColumn<bool>("inPgpass");
        QTest::newRow("in ~/.pgpass") << true;
        QTest::newRow("not in it") << false;
    }
    void anEmptyPasswordIsTakenFromPgpass()
    {
        QFETCH(bool, inPgpass);
        const ServerAddress address = m_login->address();
        setServerPassword(address, QString());
        const QString pgpass = m_dir.filePath(QStringLiteral("pgpass"));
        QFile file(pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (inPgpass)
            file.write(QStringLiteral("%1:%2:%3:%4:%5\n")
                               .arg(address.host)
                               .arg(address.port)
                               .arg(address.database, address.user, m_login->password())
                               .toUtf8());
        file.close();
        // libpq ignores a password file that others may read.
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        qputenv("PGPASSFILE", pgpass.toUtf8());

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList messages;
        test::ModalSteps steps;
        steps.then<ConnectDialog>([&](ConnectDialog *dialog) {
            fill(dialog, address);
            QTRY_VERIFY(dialog->keyringNote()->isVisible());
            QCOMPARE(dialog->password(), QString());
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        if (!inPgpass) {
            steps.then<QMessageBox>([&](QMessageBox *box) {
                     messages << box->text();
                     // Not from the keyring: nothing to forget there.
                     QVERIFY(!box->findChild<QPushButton *>(QStringLiteral("forgetPassword")));
                     box->close();
                 }).then<ConnectDialog>([&](ConnectDialog *dialog) {
                QCOMPARE(dialog->address().toString(), address.toString());
                dialog->reject();
            });
        }
        window.findChild<QAction *>(QStringLiteral("connectAction"))->trigger();
        QCOMPARE(steps.remaining(), 0);
        qunsetenv("PGPASSFILE");
        if (inPgpass) {
            QVERIFY(window.document());
            QCOMPARE(window.document()->filePath(), address.toString());
        } else {
            QVERIFY(!window.document());
            QCOMPARE(messages.size(), 1);
            QVERIFY2(messages.constFirst().contains(QLatin1String("no password supplied"))
                             || messages.constFirst().contains(QLatin1String("password")),
                     qPrintable(messages.constFirst()));
        }
    }

private:
    std::unique_ptr<PasswordLogin> m_login;
    QTemporaryDir m_dir;
};

// One program, two suites: "keyring" runs under a desktop keyring, "none" without one (each
// in the D-Bus session tests/support/withkeyring.sh makes).
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    const QString suite = args.size() > 1 ? args.takeAt(1) : QString();
    if (suite == QLatin1String("keyring")) {
        TestConnectKeyring test;
        return QTest::qExec(&test, args);
    }
    if (suite == QLatin1String("none")) {
        TestConnectWithoutKeyring test;
        return QTest::qExec(&test, args);
    }
    qCritical("usage: tst_connectkeyring keyring|none [Qt Test options]");
    return 2;
}

#include "tst_connectkeyring.moc"
