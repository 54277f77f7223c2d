#include "interchangeactions.h"

#include "document/dialogfolders.h"
#include "document/roadmapdocument.h"
#include "edit/editservice.h"
#include "importpreviewdialog.h"
#include "interchange/roadmapexporter.h"
#include "interchange/roadmapimporter.h"
#include "storage/serveraddress.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace jcr {

InterchangeActions::InterchangeActions(QWidget *window, DocumentGetter document)
    : QObject(window)
    , m_window(window)
    , m_document(std::move(document))
    , m_exportMenu(new QMenu(tr("E&xport"), window))
{
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    const struct
    {
        InterchangeFormat::Format format;
        QString text;
    } entries[] = {
            {InterchangeFormat::Csv, tr("&CSV…")},
            {InterchangeFormat::Xlsx, tr("&Excel Workbook…")},
            {InterchangeFormat::ICalendar, tr("&iCalendar (Outlook)…")},
            {InterchangeFormat::Json, tr("&JSON…")},
    };
    for (const auto &e : entries) {
        QAction *a = m_exportMenu->addAction(e.text, this, [this, f = e.format] { exportAs(f); });
        a->setObjectName(QStringLiteral("export") + InterchangeFormat::extension(e.format));
        m_exportActions << a;
    }
    m_import = new QAction(tr("Impor&t…"), this);
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    connect(m_import, &QAction::triggered, this, &InterchangeActions::import);
}

void InterchangeActions::exportAs(InterchangeFormat::Format format)
{
    RoadmapDocument *doc = m_document();
    if (!doc)
        return;
    // Beside a roadmap file, named after it; a team roadmap's export goes to the usual folder,
    // named after its database.
    const QFileInfo roadmap(doc->filePath());
    const auto server = ServerAddress::parse(doc->filePath());
    const QString proposed = (server ? DialogFolders::start(DialogFolders::Kind::Roadmap, {})
                                     : roadmap.absolutePath())
            + QLatin1Char('/') + (server ? server.value().database : roadmap.completeBaseName())
            + QLatin1Char('.') + InterchangeFormat::extension(format);
    QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export as %1").arg(InterchangeFormat::displayName(format)), proposed,
            InterchangeFormat::fileFilter(format));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + InterchangeFormat::extension(format);
    exportTo(path);
}

bool InterchangeActions::exportTo(const QString &path)
{
    RoadmapDocument *doc = m_document();
    if (!doc)
        return false;
    auto done = RoadmapExporter::exportTo(*doc, path);
    if (!done) {
        QMessageBox::warning(m_window, tr("Export"), done.errorMessage());
        return false;
    }
    Q_EMIT messageShown(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void InterchangeActions::import()
{
    RoadmapDocument *doc = m_document();
    if (!doc)
        return;
    const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Import Items"),
            ServerAddress::isAddress(doc->filePath())
                    ? DialogFolders::start(DialogFolders::Kind::Roadmap, {})
                    : QFileInfo(doc->filePath()).absolutePath(),
            tr("CSV, Excel or JSON (*.csv *.xlsx *.json)"));
    if (!path.isEmpty())
        importFile(path);
}

bool InterchangeActions::importFile(const QString &path)
{
    RoadmapDocument *doc = m_document();
    if (!doc)
        return false;
    if (doc->isReadOnly()) {
        QMessageBox::warning(m_window, tr("Import"), doc->readOnlyReason());
        return false;
    }
    auto plan = RoadmapImporter::plan(*doc, path);
    if (!plan) {
        QMessageBox::warning(m_window, tr("Import"), plan.errorMessage());
        return false;
    }
    ImportPreviewDialog preview(plan.value(), path, m_window);
    if (preview.exec() != QDialog::Accepted || !plan->canApply())
        return false;
    // As every edit: through the edit service, one transaction and one undo step. A refusal
    // while writing (someone else's change) is shown by the main window already.
    bool reported = false;
    const auto connection
            = connect(doc, &RoadmapDocument::errorOccurred, this, [&reported] { reported = true; });
    auto done = EditService(doc).importItems(plan.value(), RoadmapImporter::stepName(path));
    disconnect(connection);
    if (!done) {
        if (!reported)
            QMessageBox::warning(m_window, tr("Import"), done.errorMessage());
        return false;
    }
    Q_EMIT messageShown(tr("Imported %1: %2").arg(QFileInfo(path).fileName(), plan->summary()));
    return true;
}

} // namespace jcr
