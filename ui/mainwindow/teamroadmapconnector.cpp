#include "teamroadmapconnector.h"

#include "connectdialog.h"
#include "keyring/passwordkeyring.h"
#include "storage/serveraddress.h"
#include "storage/serverpassword.h"
#include "storage/serverprobe.h"

#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>

namespace jcr {

TeamRoadmapConnector::TeamRoadmapConnector(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_keyring(new PasswordKeyring(this))
{
    connect(m_keyring, &PasswordKeyring::stored, this,
            [this](const QString &, bool ok, const QString &reason) {
                if (!ok)
                    Q_EMIT messageShown(
                            tr("The desktop keyring did not keep the password: %1").arg(reason));
            });
}

QString TeamRoadmapConnector::run()
{
    ConnectDialog dialog(m_window);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return {};
        const ServerAddress address = dialog.address();
        // Kept even when connecting fails: the next attempt starts from what was typed.
        dialog.rememberAddress();
        // An empty password leaves any given earlier in place (other windows may still use
        // it); libpq otherwise looks in ~/.pgpass.
        if (!dialog.password().isEmpty())
            setServerPassword(address, dialog.password());
        const std::optional<Result<void>> probed = probe(address);
        if (!probed)
            continue; // cancelled: perhaps a wrong server name, which the dialog shows again
        if (!probed->ok()) {
            showFailure(dialog, probed->error());
            continue;
        }
        // Only a password the server accepted is worth remembering.
        if (dialog.remembersPassword() && !dialog.password().isEmpty()
            && !dialog.passwordFromKeyring())
            m_keyring->store(address, dialog.password());
        else if (!dialog.remembersPassword() && dialog.passwordFromKeyring())
            m_keyring->forget(address);
        return address.toString();
    }
}

std::optional<Result<void>> TeamRoadmapConnector::probe(const ServerAddress &address)
{
    // Deleted before returning, which abandons an attempt still running: its worker ends
    // within the connect timeout, unseen.
    ServerProbe probe(address);
    QProgressDialog progress(tr("Connecting to %1…").arg(address.displayName()), tr("Cancel"), 0, 0,
                             m_window);
    progress.setObjectName(QStringLiteral("connectProgress"));
    progress.setWindowTitle(tr("Connect to Team Roadmap"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    // A server nearby answers at once: the progress dialog appears only if it does not, rather
    // than flashing for every connection.
    progress.setMinimumDuration(0x7fffffff);
    QTimer::singleShot(300, &progress, [&progress] { progress.show(); });

    QEventLoop loop;
    bool cancelled = false;
    connect(&probe, &ServerProbe::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        loop.quit();
    });
    probe.start();
    loop.exec();
    progress.hide();
    if (cancelled)
        return std::nullopt;
    return probe.result();
}

void TeamRoadmapConnector::showFailure(ConnectDialog &dialog, const Error &error)
{
    const ServerAddress address = dialog.address();
    if (error.code != Error::Code::Forbidden) {
        QMessageBox::warning(m_window, tr("Connect to Team Roadmap"), error.message);
        return;
    }
    // A refused password stays out of the next attempt, whichever way it came.
    setServerPassword(address, QString());
    if (!dialog.passwordFromKeyring()) {
        QMessageBox::warning(m_window, tr("Connect to Team Roadmap"), error.message);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Connect to Team Roadmap"), error.message,
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("forgetPasswordBox"));
    box.setInformativeText(tr("The password came from the desktop keyring. Forget it there, "
                              "so that you can type the new one?"));
    QPushButton *forget = box.addButton(tr("&Forget the Password"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("forgetPassword"));
    box.addButton(tr("&Keep It"), QMessageBox::RejectRole);
    box.setDefaultButton(forget);
    box.exec();
    if (box.clickedButton() == forget) {
        m_keyring->forget(address);
        dialog.clearPassword();
    }
}

} // namespace jcr
