#pragma once

#include "pdfpostprocessor.h"
#include "reportmodel.h"

#include "domain/result.h"

#include <QByteArray>
#include <QPageLayout>
#include <QRawFont>
#include <QSet>

class QPagedPaintDevice;

namespace jcr {

class PageComposer;

/**
 * Lays out and paints a report on any paged device: the QPdfWriter of the PDF export and of
 * the command line, the QPrinter of the print dialog and of the print preview. One pipeline;
 * the devices differ only in where the pages go.
 *
 * The device must use pageLayout(): the paper of the options with zero margins (QPrinter
 * additionally with setFullPage(true)); the renderer keeps its own margins, wide enough for
 * binding.
 */
class ReportRenderer
{
public:
    explicit ReportRenderer(const ReportModel &model);
    ~ReportRenderer();

    /// The page layout the device must use for \a options.
    static QPageLayout pageLayout(const ReportOptions &options);

    /// Lays the report out for \a device and paints every page; returns the page count.
    Result<int> render(QPagedPaintDevice *device);

    /// Every character drawn by the last render().
    QSet<char32_t> usedCharacters() const { return m_used; }

    /// The fonts reports are set in, as raw fonts (for the ToUnicode repair).
    static QList<QRawFont> rawFonts();

    /// The finished PDF of \a model: rendered, text layer repaired, metadata set.
    static Result<QByteArray> pdf(const ReportModel &model, int *pageCount = nullptr);
    /// Writes pdf() to \a path (atomically: the file appears complete or not at all).
    static Result<int> writePdf(const ReportModel &model, const QString &path);

    /// "Status report — TITLE" as used for the PDF title and window titles.
    static QString documentTitle(const ReportModel &model);

    /// Repairs the text layer and sets the metadata of a PDF that a QPrinter wrote to \a path
    /// ("Print to File"), as pdf() does for its own output. \a usedCharacters: from render().
    static Result<void> finishPdfFile(const ReportModel &model,
                                      const QSet<char32_t> &usedCharacters, const QString &path);

private:
    static PdfPostProcessor::Metadata metadataOf(const ReportModel &model);
    void composeStatus(PageComposer &c) const;
    void composeCover(PageComposer &c) const;
    void composeSummary(PageComposer &c) const;
    void composeUpcoming(PageComposer &c) const;
    void composeAttention(PageComposer &c) const;
    void composeCompleted(PageComposer &c) const;
    void composeChanges(PageComposer &c) const;
    void composeBriefing(PageComposer &c) const;
    void composeBoard(PageComposer &c) const;
    void composeAreaSection(PageComposer &c, const AreaSection &section) const;
    /// The traceability annex (traceabilityannex.cpp).
    void composeTraceabilityAnnex(PageComposer &c) const;
    /// "Slippage against BASELINE" (slippagesection.cpp); nothing without a baseline.
    void composeSlippage(PageComposer &c) const;
    /// The briefing note's file line and blocks under the briefing's title, from \a y; returns
    /// where the page goes on (slippagesection.cpp).
    qreal composeBriefingNote(PageComposer &c, qreal y) const;

    const ReportModel &m_model;
    QSet<char32_t> m_used;
};

} // namespace jcr
