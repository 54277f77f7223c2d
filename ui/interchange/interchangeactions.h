#pragma once

#include "interchange/interchangeformat.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace jcr {

class RoadmapDocument;

/**
 * File ▸ Export ▸ CSV / Excel / iCalendar / JSON and File ▸ Import…: each asks for a file name
 * and hands it to the core (RoadmapExporter, RoadmapImporter). An import shows its preview
 * (ImportPreviewDialog) and writes nothing unless the user confirms it.
 */
class InterchangeActions : public QObject
{
    Q_OBJECT

public:
    using DocumentGetter = std::function<RoadmapDocument *()>;

    InterchangeActions(QWidget *window, DocumentGetter document);

    /// The File ▸ Export submenu.
    QMenu *exportMenu() const { return m_exportMenu; }
    QList<QAction *> exportActions() const { return m_exportActions; }
    QAction *importAction() const { return m_import; }

    /// Exports the document to \a path (no file dialog); shows an error and returns false.
    bool exportTo(const QString &path);
    /// Previews the import of \a path and, when confirmed, writes it (no file dialog).
    bool importFile(const QString &path);

Q_SIGNALS:
    /// A status-bar message after an export or import.
    void messageShown(const QString &message);

private:
    void exportAs(InterchangeFormat::Format format);
    void import();

    QWidget *m_window;
    DocumentGetter m_document;
    QMenu *m_exportMenu;
    QList<QAction *> m_exportActions;
    QAction *m_import;
};

} // namespace jcr
