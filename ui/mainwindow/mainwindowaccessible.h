#pragma once

#include <QAccessibleWidget>

namespace jcr {

class ClassificationBanner;

/**
 * What a screen reader sees of the main window: Qt's children (menu bar, views, docks, status
 * bar) and, last, the classification marking's band.
 *
 * The band sits in the menu bar's corner, but Qt's interface of a menu bar lists its menus
 * only: without this the marking was on screen and nowhere in the accessible tree (found by
 * atspi_screenreader). The band's own interface (ClassificationBannerAccessible) names this
 * window as its parent, so that the tree reads the same both ways.
 */
class MainWindowAccessible : public QAccessibleWidget
{
public:
    explicit MainWindowAccessible(QWidget *window);

    /// For QAccessible::installFactory(): the interfaces of jcr::MainWindow and of
    /// jcr::ClassificationBanner, else null.
    static QAccessibleInterface *factory(const QString &className, QObject *object);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;

private:
    ClassificationBanner *banner() const;
};

} // namespace jcr
