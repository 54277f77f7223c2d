#include "reportactions.h"

#include "reportoptionsdialog.h"

#include "document/dialogfolders.h"
#include "document/roadmapdocument.h"
#include "report/reportmodel.h"
#include "report/reportrenderer.h"
#include "storage/outputguard.h"
#include "storage/serveraddress.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace jcr {

ReportActions::ReportActions(QWidget *window, DocumentGetter document)
    : QObject(window)
    , m_window(window)
    , m_document(std::move(document))
{
    m_preview = new QAction(tr("Print Pre&view…"), this);
    m_preview->setStatusTip(tr("See a status report, briefing or board print before printing."));
    m_print = new QAction(tr("&Print…"), this);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print a status report, briefing or board print."));
    m_export = new QAction(tr("Export P&DF…"), this);
    m_export->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_export->setStatusTip(tr("Save a status report, briefing or board print as PDF."));
    connect(m_preview, &QAction::triggered, this, &ReportActions::printPreview);
    connect(m_print, &QAction::triggered, this, &ReportActions::print);
    connect(m_export, &QAction::triggered, this, &ReportActions::exportPdf);
}

bool ReportActions::askOptions(ReportOptions *options)
{
    ReportOptionsDialog dialog(m_document(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *options = dialog.options();
    return true;
}

void ReportActions::setUpPrinter(QPrinter *printer, const ReportOptions &options,
                                 const QString &title)
{
    printer->setFullPage(true);
    printer->setPageLayout(ReportRenderer::pageLayout(options));
    printer->setDocName(title);
    printer->setCreator(QStringLiteral("jcroadmap"));
}

Result<int> ReportActions::printReport(RoadmapDocument *document, const ReportOptions &options,
                                       QPrinter *printer)
{
    if (!document)
        return Error {Error::Code::Other, tr("No roadmap is open.")};
    // "Print to File" writes straight to the chosen file: never over a roadmap or a database.
    if (printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty()) {
        if (auto guard = OutputGuard::check(printer->outputFileName(), {document->filePath()});
            !guard)
            return guard.error();
    }
    auto model = ReportModel::build(*document, options);
    if (!model)
        return model.error();
    ReportRenderer renderer(model.value());
    auto printed = renderer.render(printer);
    if (!printed)
        return printed;
    // "Print to File" in the print dialog: Qt's PDF as is would have the broken text layer
    // that Export PDF repairs (Japanese ideographs read back as radicals); repair it the same way.
    if (printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty()) {
        if (auto finished = ReportRenderer::finishPdfFile(model.value(), renderer.usedCharacters(),
                                                          printer->outputFileName());
            !finished)
            return finished.error();
    }
    return printed;
}

Result<int> ReportActions::exportReport(RoadmapDocument *document, const ReportOptions &options,
                                        const QString &path)
{
    if (!document)
        return Error {Error::Code::Other, tr("No roadmap is open.")};
    if (auto guard = OutputGuard::check(path, {document->filePath()}); !guard)
        return guard.error();
    auto model = ReportModel::build(*document, options);
    if (!model)
        return model.error();
    return ReportRenderer::writePdf(model.value(), path);
}

QString ReportActions::suggestedFileName(RoadmapDocument *document, const ReportOptions &options)
{
    // A team roadmap's reports are named after its database, a file's after the file.
    QString base = QStringLiteral("roadmap");
    if (document) {
        const auto server = ServerAddress::parse(document->filePath());
        base = server ? server.value().database
                      : QFileInfo(document->filePath()).completeBaseName();
    }
    const QString kind = options.type == ReportType::Status ? tr("status")
            : options.type == ReportType::Briefing          ? tr("briefing")
                                                            : tr("board");
    return QStringLiteral("%1 %2 %3.pdf")
            .arg(base, kind, options.effectiveAsOf().toString(Qt::ISODate));
}

void ReportActions::printPreview()
{
    RoadmapDocument *doc = m_document();
    ReportOptions options;
    if (!doc || !askOptions(&options))
        return;
    auto model = ReportModel::build(*doc, options);
    if (!model) {
        QMessageBox::warning(m_window, tr("Print Preview"), model.errorMessage());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer, options, ReportRenderer::documentTitle(model.value()));
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(ReportRenderer::documentTitle(model.value()));
    const ReportModel &m = model.value();
    // The preview repaints on every page-setup change: the renderer follows the printer's
    // paper and orientation.
    connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&m](QPrinter *p) {
        ReportRenderer renderer(m);
        if (auto r = renderer.render(p); !r)
            qWarning("report preview: %s", qPrintable(r.errorMessage()));
    });
    preview.resize(m_window ? m_window->size() * 0.9 : QSize(1000, 800));
    preview.exec();
}

void ReportActions::print()
{
    RoadmapDocument *doc = m_document();
    ReportOptions options;
    if (!doc || !askOptions(&options))
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer, options, ReportOptions::displayName(options.type));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print %1").arg(ReportOptions::displayName(options.type)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto printed = printReport(doc, options, &printer);
    QApplication::restoreOverrideCursor();
    if (!printed)
        QMessageBox::warning(m_window, tr("Print"), printed.errorMessage());
}

void ReportActions::exportPdf()
{
    RoadmapDocument *doc = m_document();
    ReportOptions options;
    if (!doc || !askOptions(&options))
        return;
    // Documents the first time, then the folder of the last export.
    const QString dir = DialogFolders::start(DialogFolders::Kind::Pdf);
    const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export PDF"), QDir(dir).filePath(suggestedFileName(doc, options)),
            tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = exportReport(doc, options, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(m_window, tr("Export PDF"), written.errorMessage());
        return;
    }
    DialogFolders::remember(DialogFolders::Kind::Pdf, path);
    Q_EMIT pdfExported(path);
}

} // namespace jcr
