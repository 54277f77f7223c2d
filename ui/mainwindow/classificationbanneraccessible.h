#pragma once

#include <QAccessibleWidget>

namespace jcr {

class ClassificationBanner;

/**
 * The classification marking's band as a screen reader sees it: static text named
 * "Classification marking: SECRET", described by its level, a child of the main window (see
 * MainWindowAccessible) rather than of the menu bar whose corner it sits in.
 */
class ClassificationBannerAccessible : public QAccessibleWidget
{
public:
    explicit ClassificationBannerAccessible(ClassificationBanner *banner);

    QAccessibleInterface *parent() const override;
};

} // namespace jcr
