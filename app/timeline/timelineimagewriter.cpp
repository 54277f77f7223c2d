#include "timelineimagewriter.h"

#include "timelinerenderer.h"

#include "domain/classificationmarking.h"
#include "domain/documentsettings.h"
#include "storage/outputguard.h"
#include "style/palette.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace jcr {

namespace {

/// The marking's text size: the chart's label size.
double markingPixelSize(const TimelineOptions &options)
{
    if (!options.fontSet)
        return 12;
    const QFont &f = options.font;
    return f.pixelSize() > 0 ? f.pixelSize() : f.pointSizeF() * TimelineImageWriter::Dpi / 72.0;
}

/// Height of one band (the marking at the top or bottom, or the title line).
int bandHeight(const TimelineOptions &options)
{
    return int(std::ceil(markingPixelSize(options) * 2));
}

QFont markingFont(const TimelineOptions &options, bool bold)
{
    QFont f = options.fontSet ? options.font : QFont();
    f.setPixelSize(std::max(1, int(std::lround(markingPixelSize(options)))));
    f.setBold(bold);
    return f;
}

void paintBand(QPainter *painter, const QRectF &rect, const QString &marking,
               const TimelineOptions &options)
{
    const auto level = ClassificationMarking::levelOf(marking);
    painter->fillRect(rect, Palette::markingBand(level));
    painter->setFont(markingFont(options, true));
    painter->setPen(Palette::markingText(level));
    const QString text
            = painter->fontMetrics().elidedText(marking, Qt::ElideRight, int(rect.width()) - 16);
    painter->drawText(rect, Qt::AlignCenter, text);
}

/// The chart in \a target, framed by the marking's bands when there is one.
void paintFramed(QPainter *painter, const TimelineRenderer &renderer,
                 const TimelineOptions &options, const QRectF &target,
                 const TimelineImageWriter::Marking &marking)
{
    if (marking.isEmpty()) {
        renderer.paint(painter, target, options);
        return;
    }
    const double band = bandHeight(options);
    const QRectF top(target.left(), target.top(), target.width(), band);
    const QRectF info(target.left(), top.bottom(), target.width(), band);
    const QRectF bottom(target.left(), target.bottom() - band, target.width(), band);
    const QRectF chart(target.left(), info.bottom(), target.width(), bottom.top() - info.bottom());
    painter->save();
    paintBand(painter, top, marking.classification, options);
    painter->fillRect(info, Qt::white);
    painter->setFont(markingFont(options, false));
    painter->setPen(QColor(0x33, 0x33, 0x33));
    const QRectF text = info.adjusted(8, 0, -8, 0);
    const QString date = QLocale().toString(marking.date, QLocale::LongFormat);
    const int dateWidth = painter->fontMetrics().horizontalAdvance(date);
    painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, date);
    painter->drawText(text.adjusted(0, 0, -dateWidth - 16, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(marking.title, Qt::ElideRight,
                                                        int(text.width()) - dateWidth - 16));
    paintBand(painter, bottom, marking.classification, options);
    painter->restore();
    renderer.paint(painter, chart, options);
}

} // namespace

TimelineImageWriter::Marking TimelineImageWriter::markingOf(const DocumentSettings &settings,
                                                            QDate date)
{
    return {settings.classification, settings.title, date};
}

std::optional<TimelineImageWriter::Format> TimelineImageWriter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

int TimelineImageWriter::heightFor(const TimelineRenderer &renderer, const TimelineOptions &options,
                                   int width, const Marking &marking)
{
    const int bands = marking.isEmpty() ? 0 : 3 * bandHeight(options);
    return std::clamp(int(std::ceil(renderer.heightForWidth(width, options))) + bands, 1 + bands,
                      MaxHeight);
}

Result<QSize> TimelineImageWriter::write(const TimelineRenderer &renderer,
                                         const TimelineOptions &options, const QString &path,
                                         int width, const QStringList &inputs,
                                         const Marking &marking)
{
    const auto format = formatOf(path);
    if (!format)
        return Error {Error::Code::Invalid,
                      tr("Unknown image type \"%1\": use .png, .svg or .pdf.")
                              .arg(QFileInfo(path).suffix())};
    const int height = heightFor(renderer, options, width, marking);
    const QRectF target(0, 0, width, height);
    const auto [from, to] = renderer.effectiveRange(options);
    const QString title = tr("Japan–Canada Roadmap timeline, %1 – %2")
                                  .arg(QLocale().toString(from, QLocale::ShortFormat),
                                       QLocale().toString(to, QLocale::ShortFormat));
    const auto failed = [&](const QString &reason) {
        return Error {Error::Code::Other,
                      tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason)};
    };

    // Refused before anything is drawn: never over the roadmap or another database.
    if (auto guard = OutputGuard::check(path, inputs); !guard)
        return guard.error();
    // Drawn in memory, then written in one guarded step (a temporary file renamed into place):
    // an existing image is replaced whole or not at all, and a full disk is an error.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return failed(buffer.errorString());
    bool painted = false;
    if (*format == Format::Png) {
        QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return failed(tr("the image is too large for the memory available"));
        image.setDotsPerMeterX(int(std::lround(Dpi / 0.0254)));
        image.setDotsPerMeterY(int(std::lround(Dpi / 0.0254)));
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paintFramed(&painter, renderer, options, target, marking);
        painter.end();
        QImageWriter writer(&buffer, "png");
        painted = writer.write(image);
        if (!painted)
            return failed(writer.errorString());
    } else if (*format == Format::Svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(width, height));
        generator.setViewBox(target);
        generator.setResolution(Dpi);
        generator.setTitle(title);
        QPainter painter;
        if (painter.begin(&generator)) {
            painter.fillRect(target, Qt::white);
            paintFramed(&painter, renderer, options, target, marking);
            painted = painter.end();
        }
    } else {
        QPdfWriter writer(&buffer);
        writer.setResolution(Dpi);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("jcroadmap"));
        const QSizeF points(width * 72.0 / Dpi, height * 72.0 / Dpi);
        writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point), QPageLayout::Portrait,
                                         QMarginsF()));
        QPainter painter;
        if (painter.begin(&writer)) {
            paintFramed(&painter, renderer, options, target, marking);
            painted = painter.end();
        }
    }
    buffer.close();
    if (!painted || bytes.isEmpty())
        return failed(tr("the image could not be drawn"));
    if (auto written = OutputGuard::writeFile(path, bytes, inputs); !written)
        return written.error();
    return QSize(width, height);
}

} // namespace jcr
