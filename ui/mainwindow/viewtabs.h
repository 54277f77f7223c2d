#pragma once

#include <QTabWidget>

namespace jcr {

/**
 * The tabs of the views (Items, Board, Timeline, Sources). A QTabWidget whose pages wrap text
 * asks, at a given width, for the height every page would like (a board or a text view asks
 * for 24 lines of text): as the least the window may have, that made the window taller than a
 * laptop's screen. These tabs ask for the height their pages cannot do without.
 */
class ViewTabs : public QTabWidget
{
    Q_OBJECT

public:
    using QTabWidget::QTabWidget;

    int heightForWidth(int width) const override;
};

} // namespace jcr
