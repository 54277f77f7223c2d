#pragma once

#include "domain/result.h"
#include "timelineoptions.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <optional>

namespace jcr {

class TimelineRenderer;

/**
 * Writes a timeline image file: the one writer of the view's Export Image and of
 * `jcroadmap timeline`. PNG, or SVG and PDF with real text, at 96 pixels per inch.
 *
 * The file is written to a temporary file and renamed into place (QSaveFile): an existing
 * image is replaced whole or not at all, and a failed write leaves nothing behind. Images
 * taller than MaxHeight are scaled down to it rather than written as a strip no program opens.
 */
class TimelineImageWriter
{
    Q_DECLARE_TR_FUNCTIONS(jcr::TimelineImageWriter)

public:
    enum class Format { Png, Svg, Pdf };

    static constexpr int MaxHeight = 20000;
    static constexpr int Dpi = 96;

    /// The format named by \a path's suffix (.png, .svg, .pdf; any case), or nullopt.
    static std::optional<Format> formatOf(const QString &path);
    /// The height of an image \a width pixels wide: what the lanes need, at most MaxHeight.
    static int heightFor(const TimelineRenderer &renderer, const TimelineOptions &options,
                         int width);

    /// Writes \a renderer's timeline for \a options, \a width pixels wide, to \a path; returns
    /// the image's size, or the reason it could not be written (nothing is left at \a path
    /// then, and an existing file there is untouched).
    static Result<QSize> write(const TimelineRenderer &renderer, const TimelineOptions &options,
                               const QString &path, int width);
};

} // namespace jcr
