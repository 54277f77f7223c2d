#pragma once

#include <QLabel>
#include <QPointer>

namespace jcr {

class RoadmapDocument;

/**
 * The band at the right end of the main window's menu bar that shows the open roadmap's
 * classification marking, in the marking's colour and always in words ("PROTECTED B / PROTÉGÉ B"),
 * so an officer sees at a glance how the screen must be handled. Follows File ▸ Document
 * Properties.
 */
class ClassificationBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ClassificationBanner(QWidget *parent = nullptr);

    /// Shows \a document's marking and follows its changes; nullptr hides the band.
    void setDocument(RoadmapDocument *document);

private:
    void refresh();

    QPointer<RoadmapDocument> m_document;
    QMetaObject::Connection m_connection;
};

} // namespace jcr
