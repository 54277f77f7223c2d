#pragma once

#include <QDate>
#include <QFont>
#include <QSet>

namespace jcr {

/// What TimelineRenderer draws: the date range, the lanes and the decorations.
struct TimelineOptions
{
    QDate from; ///< first day shown; null: the start of the quarter of the earliest item
    QDate to; ///< last day shown; null: the end of the centennial year or of the latest item
    QSet<qint64> areaIds; ///< priority areas (lanes) to include; empty: all six
    QSet<qint64> collapsedAreaIds; ///< lanes drawn as their header only
    bool showToday = true; ///< the today line
    QDate today; ///< null: jcr::today() (honours JCR_TODAY)
    bool showDependencies = true; ///< finish → start arrows
    bool showMarkers = true; ///< Joint Statement and 2028 centennial markers
    /// Base font of labels and header; its pixel size (or point size at 96 dpi) sets the text
    /// size. Default: the application font at 12 px.
    QFont font;
    bool fontSet = false; ///< set by setFont(); otherwise the default is used
    void setFont(const QFont &f)
    {
        font = f;
        fontSet = true;
    }
};

} // namespace jcr
