// ReportRenderer's PDF output: rendering into a QPdfWriter, then repairing the text layer and
// setting the metadata with PdfPostProcessor. Kept apart from the page composition.

#include "i18n/scopedlanguage.h"
#include "reportrenderer.h"

#include "pdfpostprocessor.h"
#include "storage/outputguard.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QPdfWriter>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ReportRenderer)
};

/// Writes \a bytes to \a path so that the file appears complete or not at all, never over
/// a roadmap or another SQLite file.
Result<void> writeWhole(const QString &path, const QByteArray &bytes)
{
    return OutputGuard::writeFile(path, bytes);
}

} // namespace

QList<QRawFont> ReportRenderer::rawFonts()
{
    QList<QRawFont> fonts;
    for (const QString &family :
         {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP")}) {
        // Every face a report draws with: regular, bold, and the italics of emphasis.
        for (int variant = 0; variant < 4; ++variant) {
            QFont f(family);
            f.setBold(variant & 1);
            f.setItalic(variant & 2);
            f.setPointSize(10);
            fonts << QRawFont::fromFont(f);
        }
    }
    return fonts;
}

Result<QByteArray> ReportRenderer::pdf(const ReportModel &model, int *pageCount)
{
    QByteArray raw;
    QBuffer buffer(&raw);
    buffer.open(QIODevice::WriteOnly);
    ReportRenderer renderer(model);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setPageLayout(pageLayout(model.options));
        writer.setTitle(documentTitle(model));
        writer.setCreator(QStringLiteral("jcroadmap %1").arg(QStringLiteral(JCR_VERSION_STRING)));
        auto rendered = renderer.render(&writer);
        if (!rendered)
            return rendered.error();
        pages = rendered.value();
    }
    buffer.close();
    auto finished = PdfPostProcessor::process(
            raw, PdfPostProcessor::lookalikeReplacements(renderer.usedCharacters(), rawFonts()),
            metadataOf(model));
    if (finished && pageCount)
        *pageCount = pages;
    return finished;
}

PdfPostProcessor::Metadata ReportRenderer::metadataOf(const ReportModel &model)
{
    const ScopedLanguage language(model.options.language);
    PdfPostProcessor::Metadata meta;
    meta.title = documentTitle(model);
    meta.author = model.author.isEmpty() ? model.office : model.author;
    meta.subject = Tr::tr("Status as of %1; classification %2")
                           .arg(model.asOf.toString(Qt::ISODate), model.classification);
    meta.date = model.asOf;
    return meta;
}

Result<void> ReportRenderer::finishPdfFile(const ReportModel &model,
                                           const QSet<char32_t> &usedCharacters,
                                           const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error {Error::Code::Other,
                      Tr::tr("Could not read %1: %2").arg(path, in.errorString())};
    const QByteArray raw = in.readAll();
    in.close();
    auto finished = PdfPostProcessor::process(
            raw, PdfPostProcessor::lookalikeReplacements(usedCharacters, rawFonts()),
            metadataOf(model));
    if (!finished)
        return finished.error();
    return writeWhole(path, finished.value());
}

Result<int> ReportRenderer::writePdf(const ReportModel &model, const QString &path)
{
    int pages = 0;
    auto bytes = pdf(model, &pages);
    if (!bytes)
        return bytes.error();
    if (auto written = writeWhole(path, bytes.value()); !written)
        return written.error();
    return pages;
}

} // namespace jcr
