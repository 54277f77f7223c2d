#include "mainwindowaccessible.h"

#include "classificationbanner.h"
#include "classificationbanneraccessible.h"

namespace jcr {

MainWindowAccessible::MainWindowAccessible(QWidget *window)
    : QAccessibleWidget(window, QAccessible::Window)
{ }

QAccessibleInterface *MainWindowAccessible::factory(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    if (className == QLatin1String("jcr::MainWindow"))
        return new MainWindowAccessible(static_cast<QWidget *>(object));
    if (className == QLatin1String("jcr::ClassificationBanner"))
        return new ClassificationBannerAccessible(static_cast<ClassificationBanner *>(object));
    return nullptr;
}

ClassificationBanner *MainWindowAccessible::banner() const
{
    return widget()->findChild<ClassificationBanner *>();
}

int MainWindowAccessible::childCount() const
{
    return QAccessibleWidget::childCount() + (banner() ? 1 : 0);
}

QAccessibleInterface *MainWindowAccessible::child(int index) const
{
    const int own = QAccessibleWidget::childCount();
    if (index == own) {
        ClassificationBanner *b = banner();
        return b ? QAccessible::queryAccessibleInterface(b) : nullptr;
    }
    return QAccessibleWidget::child(index);
}

int MainWindowAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (child && child->object() && child->object() == banner())
        return QAccessibleWidget::childCount();
    return QAccessibleWidget::indexOfChild(child);
}

} // namespace jcr
