#include "mainwindow/connectdialog.h"
#include "mainwindow/roadmaplocation.h"
#include "storage/serveraddress.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace jcr;

namespace {

/// The access key of a label or button text ("Pass&word" → 'W'); null without one.
QChar accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal '&'
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

} // namespace

/// Issue 19, the GUI: File ▸ Connect to Team Roadmap… builds a server address from its fields,
/// shows it, refuses an incomplete one, remembers it (never the password) and starts from it.
/// No server is needed: nothing here connects.
class TestConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithTheDefaults();
    void typedFieldsMakeTheAddress();
    void okNeedsServerAndDatabase();
    void tlsNeedsTheAuthorityCertificate();
    void browsePicksTheAuthorityCertificate();
    void everyFieldHasALabelWithItsOwnAccessKey();
    void accessKeysReachTheFields();
    void remembersTheAddressButNotThePassword();
    void startsFromTheRememberedAddress();
    void aPastedAddressFillsTheFields();
    void serverLocationsAreNamedByTheirServer();

private:
    void makeDialog();
    void typeInto(QLineEdit *edit, const QString &text);
    QString browse(const QString &choose);

    std::unique_ptr<ConnectDialog> m_dialog;
};

void TestConnectDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("jcroadmap-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectdialog"));
    qputenv("USER", "officer");
}

void TestConnectDialog::init()
{
    QSettings().remove(ConnectDialog::settingsKey());
    makeDialog();
}

void TestConnectDialog::cleanup()
{
    m_dialog.reset();
    QSettings().remove(ConnectDialog::settingsKey());
}

void TestConnectDialog::makeDialog()
{
    m_dialog = std::make_unique<ConnectDialog>();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestConnectDialog::typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

void TestConnectDialog::startsWithTheDefaults()
{
    QCOMPARE(m_dialog->hostField()->text(), QString());
    QCOMPARE(m_dialog->portField()->value(), 5432);
    QCOMPARE(m_dialog->portField()->minimum(), 1);
    QCOMPARE(m_dialog->portField()->maximum(), 65535);
    QCOMPARE(m_dialog->userField()->text(), QStringLiteral("officer"));
    QCOMPARE(m_dialog->passwordField()->echoMode(), QLineEdit::Password);
    QVERIFY(!m_dialog->tlsBox()->isChecked());
    QVERIFY(!m_dialog->caFileField()->isEnabled());
    QVERIFY(m_dialog->addressField()->isReadOnly());
    QVERIFY(!m_dialog->okButton()->isEnabled());
}

void TestConnectDialog::typedFieldsMakeTheAddress()
{
    typeInto(m_dialog->hostField(), QStringLiteral("db.example"));
    typeInto(m_dialog->databaseField(), QStringLiteral("roadmap"));
    typeInto(m_dialog->userField(), QStringLiteral("tanaka"));
    QCOMPARE(m_dialog->addressField()->text(),
             QStringLiteral("postgresql://tanaka@db.example/roadmap"));

    m_dialog->portField()->setFocus();
    m_dialog->portField()->selectAll();
    QTest::keyClicks(m_dialog->portField(), QStringLiteral("6543"));
    QCOMPARE(m_dialog->addressField()->text(),
             QStringLiteral("postgresql://tanaka@db.example:6543/roadmap"));

    // An empty user is libpq's default (the login), and the address says nothing.
    typeInto(m_dialog->userField(), QString());
    QCOMPARE(m_dialog->addressField()->text(),
             QStringLiteral("postgresql://db.example:6543/roadmap"));

    // The password is never part of the address.
    typeInto(m_dialog->passwordField(), QStringLiteral("s3cret"));
    QCOMPARE(m_dialog->password(), QStringLiteral("s3cret"));
    QVERIFY(!m_dialog->addressField()->text().contains(QLatin1String("s3cret")));
    QCOMPARE(m_dialog->addressField()->text(), m_dialog->address().toString());
}

void TestConnectDialog::okNeedsServerAndDatabase()
{
    QPushButton *ok = m_dialog->okButton();
    QVERIFY(!ok->isEnabled());
    typeInto(m_dialog->hostField(), QStringLiteral("db.example"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(m_dialog->addressField()->text(), QString());
    QVERIFY(!m_dialog->addressField()->placeholderText().isEmpty());
    typeInto(m_dialog->databaseField(), QStringLiteral("roadmap"));
    QVERIFY(ok->isEnabled());
    QVERIFY(m_dialog->isComplete());
    // Spaces alone are no name.
    typeInto(m_dialog->hostField(), QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    typeInto(m_dialog->hostField(), QStringLiteral("db.example"));
    typeInto(m_dialog->databaseField(), QString());
    QVERIFY(!ok->isEnabled());
    // Enter does not accept an incomplete address.
    QTest::keyClick(m_dialog->databaseField(), Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

void TestConnectDialog::tlsNeedsTheAuthorityCertificate()
{
    typeInto(m_dialog->hostField(), QStringLiteral("db.example"));
    typeInto(m_dialog->databaseField(), QStringLiteral("roadmap"));
    QVERIFY(m_dialog->okButton()->isEnabled());

    QTest::mouseClick(m_dialog->tlsBox(), Qt::LeftButton, {},
                      QPoint(8, m_dialog->tlsBox()->height() / 2));
    QVERIFY(m_dialog->tlsBox()->isChecked());
    QVERIFY(m_dialog->caFileField()->isEnabled());
    QVERIFY2(!m_dialog->okButton()->isEnabled(), "TLS without the authority's certificate");
    QCOMPARE(m_dialog->addressField()->text(), QString());

    typeInto(m_dialog->caFileField(), QStringLiteral("/etc/ssl/roadmap ca.pem"));
    QVERIFY(m_dialog->okButton()->isEnabled());
    const QString shown = m_dialog->addressField()->text();
    QVERIFY2(shown.startsWith(QLatin1String("postgresql://officer@db.example/roadmap?")),
             qPrintable(shown));
    // What is shown reads back as the same address: officers may paste it on the command line.
    const auto parsed = ServerAddress::parse(shown);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed.value().options.value(QStringLiteral("sslmode")),
             QStringLiteral("verify-full"));
    QCOMPARE(parsed.value().options.value(QStringLiteral("sslrootcert")),
             QStringLiteral("/etc/ssl/roadmap ca.pem"));

    // Off again: no TLS options, and OK no longer waits for a certificate.
    QTest::keyClick(m_dialog->tlsBox(), Qt::Key_Space);
    QVERIFY(!m_dialog->tlsBox()->isChecked());
    QVERIFY(!m_dialog->caFileField()->isEnabled());
    QVERIFY(m_dialog->okButton()->isEnabled());
    QCOMPARE(m_dialog->addressField()->text(),
             QStringLiteral("postgresql://officer@db.example/roadmap"));
}

/// Clicks Browse…, and in the file dialog it opens chooses \a choose (empty: cancels); returns
/// the folder the file dialog started in.
QString TestConnectDialog::browse(const QString &choose)
{
    QString startedIn;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!files || !files->isVisible())
            return;
        poll.stop();
        startedIn = files->directory().absolutePath();
        // As an officer would: the path typed into the file name field, then Enter.
        auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (choose.isEmpty() || !name) {
            QTest::keyClick(files, Qt::Key_Escape);
            return;
        }
        name->setFocus();
        QTest::keyClicks(name, choose);
        QTest::keyClick(name, Qt::Key_Return);
        if (files->isVisible()) // a path the dialog did not take: the test fails, not hangs
            QTest::keyClick(files, Qt::Key_Escape);
    });
    poll.start();
    QPushButton *button = m_dialog->findChild<QPushButton *>(QStringLiteral("browseCaFile"));
    if (!button || !button->isEnabled())
        return {};
    QTest::mouseClick(button, Qt::LeftButton); // returns when the file dialog has closed
    return startedIn;
}

void TestConnectDialog::browsePicksTheAuthorityCertificate()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString caFile = folder.filePath(QStringLiteral("roadmap-ca.pem"));
    QFile file(caFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    file.close();

    typeInto(m_dialog->hostField(), QStringLiteral("db.example"));
    typeInto(m_dialog->databaseField(), QStringLiteral("roadmap"));
    QTest::keyClick(m_dialog.get(), Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(m_dialog->tlsBox()->isChecked());
    QVERIFY(!m_dialog->okButton()->isEnabled());

    QVERIFY(!browse(caFile).isEmpty());
    QCOMPARE(m_dialog->caFileField()->text(), caFile);
    QVERIFY(m_dialog->okButton()->isEnabled());
    const auto parsed = ServerAddress::parse(m_dialog->addressField()->text());
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed.value().options.value(QStringLiteral("sslmode")),
             QStringLiteral("verify-full"));
    QCOMPARE(parsed.value().options.value(QStringLiteral("sslrootcert")), caFile);

    // The next Browse… starts beside the chosen certificate; cancelling keeps it.
    QCOMPARE(browse(QString()), QDir(folder.path()).absolutePath());
    QCOMPARE(m_dialog->caFileField()->text(), caFile);
}

void TestConnectDialog::everyFieldHasALabelWithItsOwnAccessKey()
{
    QHash<QChar, QString> keys;
    const auto claim = [&keys](const QString &text) {
        const QChar key = accessKey(text);
        QVERIFY2(!key.isNull(), qPrintable(QStringLiteral("“%1” has no access key").arg(text)));
        QVERIFY2(!keys.contains(key),
                 qPrintable(QStringLiteral("“%1” and “%2” share Alt+%3")
                                    .arg(keys.value(key), text, key)));
        keys.insert(key, text);
    };
    QSet<QWidget *> labelled;
    QList<QLabel *> labels = m_dialog->findChildren<QLabel *>();
    // The keyring's note labels no field.
    QVERIFY(labels.removeOne(m_dialog->keyringNote()));
    QCOMPARE(labels.size(), 7);
    for (QLabel *label : labels) {
        claim(label->text());
        QVERIFY2(label->buddy(), qPrintable(label->text()));
        QVERIFY2(label->buddy()->focusPolicy() != Qt::NoFocus, qPrintable(label->text()));
        labelled << label->buddy();
    }
    // The check box and the buttons take their keys from the same alphabet (OK and Cancel may
    // have none, depending on the desktop's style).
    claim(m_dialog->tlsBox()->text());
    claim(m_dialog->rememberBox()->text());
    for (QAbstractButton *button : m_dialog->findChildren<QPushButton *>()) {
        if (accessKey(button->text()).isNull())
            continue;
        claim(button->text());
    }
    // Every field has its label.
    for (QWidget *field : {static_cast<QWidget *>(m_dialog->hostField()),
                           static_cast<QWidget *>(m_dialog->portField()),
                           static_cast<QWidget *>(m_dialog->databaseField()),
                           static_cast<QWidget *>(m_dialog->userField()),
                           static_cast<QWidget *>(m_dialog->passwordField()),
                           static_cast<QWidget *>(m_dialog->caFileField()),
                           static_cast<QWidget *>(m_dialog->addressField())})
        QVERIFY2(labelled.contains(field), qPrintable(field->objectName()));
}

void TestConnectDialog::accessKeysReachTheFields()
{
    m_dialog->hostField()->setFocus();
    QTest::keyClick(m_dialog.get(), Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(m_dialog->databaseField()->hasFocus());
    QTest::keyClick(m_dialog.get(), Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(m_dialog->passwordField()->hasFocus());
    QTest::keyClick(m_dialog.get(), Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(m_dialog->tlsBox()->isChecked());
    QTest::keyClick(m_dialog.get(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(m_dialog->caFileField()->hasFocus());
}

void TestConnectDialog::remembersTheAddressButNotThePassword()
{
    typeInto(m_dialog->hostField(), QStringLiteral("db.example"));
    typeInto(m_dialog->databaseField(), QStringLiteral("roadmap"));
    typeInto(m_dialog->passwordField(), QStringLiteral("s3cret"));
    m_dialog->rememberAddress();
    QSettings settings;
    QCOMPARE(settings.value(ConnectDialog::settingsKey()).toString(),
             QStringLiteral("postgresql://officer@db.example/roadmap"));
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QLatin1String("s3cret")),
                 qPrintable(key));
}

void TestConnectDialog::startsFromTheRememberedAddress()
{
    const QString remembered
            = QStringLiteral("postgresql://tanaka@db.example:6543/"
                             "roadmap?sslmode=verify-full&sslrootcert=/etc/ca.pem");
    QSettings().setValue(ConnectDialog::settingsKey(), remembered);
    makeDialog();
    QCOMPARE(m_dialog->hostField()->text(), QStringLiteral("db.example"));
    QCOMPARE(m_dialog->portField()->value(), 6543);
    QCOMPARE(m_dialog->databaseField()->text(), QStringLiteral("roadmap"));
    QCOMPARE(m_dialog->userField()->text(), QStringLiteral("tanaka"));
    QCOMPARE(m_dialog->passwordField()->text(), QString());
    QVERIFY(m_dialog->tlsBox()->isChecked());
    QCOMPARE(m_dialog->caFileField()->text(), QStringLiteral("/etc/ca.pem"));
    QVERIFY(m_dialog->okButton()->isEnabled());
    QCOMPARE(m_dialog->addressField()->text(), ServerAddress::parse(remembered).value().toString());

    // A socket folder, and an option no field shows, survive the round trip.
    QSettings().setValue(
            ConnectDialog::settingsKey(),
            QStringLiteral("postgresql:///team?host=/run/postgresql&connect_timeout=9"));
    makeDialog();
    QCOMPARE(m_dialog->hostField()->text(), QStringLiteral("/run/postgresql"));
    QCOMPARE(m_dialog->databaseField()->text(), QStringLiteral("team"));
    QVERIFY(!m_dialog->tlsBox()->isChecked());
    QCOMPARE(m_dialog->address().options.value(QStringLiteral("connect_timeout")),
             QStringLiteral("9"));

    // Something that is no address is ignored: the defaults stand.
    QSettings().setValue(ConnectDialog::settingsKey(), QStringLiteral("postgresql://db.example"));
    makeDialog();
    QCOMPARE(m_dialog->hostField()->text(), QString());
    QCOMPARE(m_dialog->userField()->text(), QStringLiteral("officer"));
}

void TestConnectDialog::aPastedAddressFillsTheFields()
{
    typeInto(m_dialog->hostField(), QStringLiteral("postgresql://sato@db.example/roadmap"));
    QVERIFY(!m_dialog->okButton()->isEnabled());
    QVERIFY(!m_dialog->addressField()->placeholderText().isEmpty());
    QTest::keyClick(m_dialog->hostField(), Qt::Key_Tab);
    QCOMPARE(m_dialog->hostField()->text(), QStringLiteral("db.example"));
    QCOMPARE(m_dialog->databaseField()->text(), QStringLiteral("roadmap"));
    QCOMPARE(m_dialog->userField()->text(), QStringLiteral("sato"));
    QVERIFY(m_dialog->okButton()->isEnabled());
    QVERIFY(m_dialog->isVisible());
}

void TestConnectDialog::serverLocationsAreNamedByTheirServer()
{
    const QString address = QStringLiteral("postgresql://sato@db.example:5432/roadmap");
    QVERIFY(roadmaplocation::isServer(address));
    QCOMPARE(roadmaplocation::canonical(address),
             QStringLiteral("postgresql://sato@db.example/roadmap"));
    QCOMPARE(roadmaplocation::shortName(address), QStringLiteral("roadmap on db.example"));
    QVERIFY(!roadmaplocation::isServer(QStringLiteral("/tmp/postgresql.jcroadmap")));
    QCOMPARE(roadmaplocation::shortName(QStringLiteral("/tmp/a/b.jcroadmap")),
             QStringLiteral("b.jcroadmap"));
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
