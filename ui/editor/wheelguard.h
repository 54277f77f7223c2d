#pragma once

#include <QObject>

class QWidget;

namespace jcr {

/**
 * Keeps the mouse wheel from changing fields the user is not editing: a combo box or spin box
 * under the pointer takes the wheel only when it has keyboard focus; otherwise the wheel goes
 * on to its parents and scrolls the form around it.
 */
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    explicit WheelGuard(QObject *parent = nullptr);

    /// Guards every combo box and spin box (date fields too) inside \a root, now present.
    void guardChildrenOf(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace jcr
