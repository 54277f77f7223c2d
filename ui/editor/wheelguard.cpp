#include "wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace jcr {

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{ }

void WheelGuard::guardChildrenOf(QWidget *root)
{
    QList<QWidget *> fields;
    for (QComboBox *combo : root->findChildren<QComboBox *>())
        fields << combo;
    for (QAbstractSpinBox *spin : root->findChildren<QAbstractSpinBox *>())
        fields << spin;
    for (QWidget *field : std::as_const(fields)) {
        // Qt::WheelFocus would let the wheel give focus and then change the value.
        if (field->focusPolicy() == Qt::WheelFocus)
            field->setFocusPolicy(Qt::StrongFocus);
        field->installEventFilter(this);
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *field = qobject_cast<QWidget *>(watched);
        if (field && !field->hasFocus()) {
            // Ignored and filtered: QApplication hands a spontaneous wheel event to the
            // parents, up to the scroll area, which scrolls.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace jcr
