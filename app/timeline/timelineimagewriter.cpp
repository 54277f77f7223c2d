#include "timelineimagewriter.h"
#include "i18n/datetext.h"

#include "timelinerenderer.h"

#include "storage/outputguard.h"

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
                                         int width, const QStringList &inputs)
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
                                  .arg(DateText::day(from), DateText::day(to));
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
        renderer.paint(&painter, target, options);
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
            renderer.paint(&painter, target, options);
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
            renderer.paint(&painter, target, options);
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
