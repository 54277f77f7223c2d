#pragma once

#include "domain/result.h"
#include "report/reportoptions.h"

#include <QObject>

#include <functional>

class QAction;
class QPrinter;
class QWidget;

namespace jcr {

class RoadmapDocument;

/**
 * File ▸ Print Preview, Print and Export PDF: each asks for the report options, builds the
 * report model from the open document and hands it to the one ReportRenderer — on a
 * QPrinter for the preview and the printer, through ReportRenderer::writePdf for the PDF.
 */
class ReportActions : public QObject
{
    Q_OBJECT

public:
    using DocumentGetter = std::function<RoadmapDocument *()>;

    ReportActions(QWidget *window, DocumentGetter document);

    QAction *printPreviewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_export; }
    QList<QAction *> actions() const { return {m_preview, m_print, m_export}; }

    void printPreview();
    void print();
    void exportPdf();

    /// Prepares \a printer for \a options (paper, orientation, full page, title).
    static void setUpPrinter(QPrinter *printer, const ReportOptions &options, const QString &title);
    /// Renders the report of \a document for \a options on \a printer.
    static Result<int> printReport(RoadmapDocument *document, const ReportOptions &options,
                                   QPrinter *printer);
    /// Writes the report of \a document for \a options to the PDF file \a path.
    static Result<int> exportReport(RoadmapDocument *document, const ReportOptions &options,
                                    const QString &path);
    /// "Roadmap status 2026-11-26.pdf" — the file name Export PDF proposes.
    static QString suggestedFileName(RoadmapDocument *document, const ReportOptions &options);

Q_SIGNALS:
    /// Export PDF wrote \a path (the main window offers to open it).
    void pdfExported(const QString &path);

private:
    bool askOptions(ReportOptions *options);

    QWidget *m_window;
    DocumentGetter m_document;
    QAction *m_preview;
    QAction *m_print;
    QAction *m_export;
};

} // namespace jcr
