#include "timelineimagewriter.h"

#include "timelinerenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace jcr {

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
                                   int width)
{
    return std::clamp(int(std::ceil(renderer.heightForWidth(width, options))), 1, MaxHeight);
}

Result<QSize> TimelineImageWriter::write(const TimelineRenderer &renderer,
                                         const TimelineOptions &options, const QString &path,
                                         int width)
{
    const auto format = formatOf(path);
    if (!format)
        return Error {Error::Code::Invalid,
                      tr("Unknown image type \"%1\": use .png, .svg or .pdf.")
                              .arg(QFileInfo(path).suffix())};
    const int height = heightFor(renderer, options, width);
    const QRectF target(0, 0, width, height);
    const auto [from, to] = renderer.effectiveRange(options);
    const QString title = tr("Japan–Canada Roadmap timeline, %1 – %2")
                                  .arg(QLocale().toString(from, QLocale::ShortFormat),
                                       QLocale().toString(to, QLocale::ShortFormat));
    const auto failed = [&](const QString &reason) {
        return Error {Error::Code::Other,
                      tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason)};
    };

    // Written to a temporary file and renamed: an existing image is replaced whole or not at all.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
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
        renderer.paint(&painter, target, options);
        painter.end();
        QImageWriter writer(&file, "png");
        painted = writer.write(image);
        if (!painted && file.error() == QFileDevice::NoError)
            return failed(writer.errorString());
    } else if (*format == Format::Svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(QSize(width, height));
        generator.setViewBox(target);
        generator.setResolution(Dpi);
        generator.setTitle(title);
        QPainter painter;
        if (painter.begin(&generator)) {
            painter.fillRect(target, Qt::white);
            renderer.paint(&painter, target, options);
            painted = painter.end();
        }
    } else {
        QPdfWriter writer(&file);
        writer.setResolution(Dpi);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("jcroadmap"));
        const QSizeF points(width * 72.0 / Dpi, height * 72.0 / Dpi);
        writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point), QPageLayout::Portrait,
                                         QMarginsF()));
        QPainter painter;
        if (painter.begin(&writer)) {
            renderer.paint(&painter, target, options);
            painted = painter.end();
        }
    }
    if (!painted || file.error() != QFileDevice::NoError) {
        const QString reason = file.error() != QFileDevice::NoError
                ? file.errorString()
                : tr("the image could not be drawn");
        file.cancelWriting();
        return failed(reason);
    }
    if (!file.commit())
        return failed(file.errorString());
    return QSize(width, height);
}

} // namespace jcr
