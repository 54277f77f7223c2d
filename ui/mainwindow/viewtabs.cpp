#include "viewtabs.h"

#include <QLayout>

#include <algorithm>

namespace jcr {

int ViewTabs::heightForWidth(int width) const
{
    // The pages are as wide as the tabs less their frame (none in document mode).
    const int frame = currentWidget() && currentWidget()->width() > 0
            ? std::max(0, this->width() - currentWidget()->width())
            : 0;
    const int pageWidth = std::max(0, width - frame);
    int pagesMinimum = 0; // what QTabWidget counts in its minimum size
    int needed = 0;
    for (int i = 0; i < count(); ++i) {
        const QWidget *page = widget(i);
        const int minimum = page->minimumSizeHint().expandedTo(page->minimumSize()).height();
        pagesMinimum = std::max(pagesMinimum, minimum);
        int height = minimum;
        if (page->hasHeightForWidth())
            height = std::max(height,
                              page->layout() ? page->layout()->totalMinimumHeightForWidth(pageWidth)
                                             : page->heightForWidth(pageWidth));
        needed = std::max(needed, height);
    }
    return minimumSizeHint().height() - pagesMinimum + needed;
}

} // namespace jcr
