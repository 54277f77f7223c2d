#pragma once

#include "domain/result.h"

#include <QObject>

#include <optional>

class QWidget;

namespace jcr {

class ConnectDialog;
class PasswordKeyring;
struct ServerAddress;

/**
 * File ▸ Connect to Team Roadmap… up to the moment the window opens the roadmap: the connect
 * dialog; then a probe of the server on a worker thread behind "Connecting to …" with Cancel,
 * so that the window keeps answering while libpq waits; the keyring's part (a password the
 * server accepted is remembered when asked, one it refused may be forgotten); and after a
 * failure or Cancel the dialog again, as it was filled in.
 */
class TeamRoadmapConnector : public QObject
{
    Q_OBJECT

public:
    explicit TeamRoadmapConnector(QWidget *window);

    /// Runs the whole exchange; the address to open once the server answered, or empty when
    /// the officer gave up.
    QString run();
    /// Asks the server at \a address on a worker thread, with "Connecting to …" and Cancel
    /// when it does not answer at once (File ▸ Open Recent and the command line use it too);
    /// nothing when cancelled.
    std::optional<Result<void>> probe(const ServerAddress &address);

Q_SIGNALS:
    /// A short message for the status bar (the keyring could not keep a password).
    void messageShown(const QString &message);

private:
    /// Tells why connecting failed; offers to forget a refused password from the keyring.
    void showFailure(ConnectDialog &dialog, const Error &error);

    QWidget *m_window;
    PasswordKeyring *m_keyring;
};

} // namespace jcr
