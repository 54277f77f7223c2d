#pragma once

#include <QLabel>

namespace jcr {

class RoadmapDocument;

/**
 * The banner above the views while the server of a team roadmap cannot be reached: it says
 * why, and that the user's edits are kept and saved when the connection is back (the document
 * retries meanwhile). It goes when the connection is restored; screen readers are told when
 * it appears.
 */
class ConnectionBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    /// Follows \a document (nullptr: hides).
    void setDocument(RoadmapDocument *document);

Q_SIGNALS:
    /// The connection came back and the roadmap was read again.
    void reconnected();

private:
    void connectionChanged(bool online, const QString &reason);

    RoadmapDocument *m_document = nullptr;
};

} // namespace jcr
