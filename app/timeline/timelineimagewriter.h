#pragma once

#include "domain/result.h"
#include "timelineoptions.h"

#include <QCoreApplication>
#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace jcr {

class TimelineRenderer;
struct DocumentSettings;

/**
 * Writes a timeline image file: the one writer of the view's Export Image and of
 * `jcroadmap timeline`. PNG, or SVG and PDF with real text, at 96 pixels per inch.
 *
 * The image is drawn in memory and written in one step through OutputGuard: never over one of
 * the inputs, a roadmap or another SQLite database; a regular file is written to a temporary
 * file and renamed into place, so an existing image is replaced whole or not at all and a
 * failed write (a full disk included) leaves nothing behind. Images taller than MaxHeight are
 * scaled down to it rather than written as a strip no program opens.
 */
class TimelineImageWriter
{
    Q_DECLARE_TR_FUNCTIONS(jcr::TimelineImageWriter)

public:
    enum class Format { Png, Svg, Pdf };

    static constexpr int MaxHeight = 20000;
    static constexpr int Dpi = 96;

    /// What an image says around the chart: the roadmap's classification marking in a band
    /// at its top and bottom, with the roadmap's title and the date under the top band, so an
    /// image pasted into a deck or e-mailed alone still carries its marking. Empty: the chart
    /// alone.
    struct Marking
    {
        QString classification;
        QString title;
        QDate date;
        bool isEmpty() const { return classification.isEmpty() && title.isEmpty(); }
    };
    /// The marking of a roadmap with \a settings, dated \a date.
    static Marking markingOf(const DocumentSettings &settings, QDate date);

    /// The format named by \a path's suffix (.png, .svg, .pdf; any case), or nullopt.
    static std::optional<Format> formatOf(const QString &path);
    /// The height of an image \a width pixels wide: what the lanes need and the marking's
    /// bands, at most MaxHeight.
    static int heightFor(const TimelineRenderer &renderer, const TimelineOptions &options,
                         int width, const Marking &marking = {});

    /// Writes \a renderer's timeline for \a options, \a width pixels wide, to \a path; returns
    /// the image's size, or the reason it could not be written (nothing is left at \a path
    /// then, and an existing file there is untouched). \a inputs are the files the image is
    /// drawn from (the roadmap): \a path is refused if it is one of them.
    static Result<QSize> write(const TimelineRenderer &renderer, const TimelineOptions &options,
                               const QString &path, int width, const QStringList &inputs = {},
                               const Marking &marking = {});
};

} // namespace jcr
