#include "classificationbanneraccessible.h"

#include "classificationbanner.h"

namespace jcr {

ClassificationBannerAccessible::ClassificationBannerAccessible(ClassificationBanner *banner)
    : QAccessibleWidget(banner, QAccessible::StaticText)
{ }

QAccessibleInterface *ClassificationBannerAccessible::parent() const
{
    // The window lists the band among its children; the menu bar does not.
    return QAccessible::queryAccessibleInterface(widget()->window());
}

} // namespace jcr
