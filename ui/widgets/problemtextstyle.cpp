#include "problemtextstyle.h"

#include "style/palette.h"

#include <QEvent>
#include <QLabel>

namespace jcr {

ProblemTextStyle::ProblemTextStyle(QLabel *label)
    : QObject(label)
    , m_label(label)
{
    label->installEventFilter(this);
    update();
}

void ProblemTextStyle::apply(QLabel *label)
{
    new ProblemTextStyle(label);
}

bool ProblemTextStyle::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_label && event->type() == QEvent::PaletteChange)
        update();
    return QObject::eventFilter(watched, event);
}

void ProblemTextStyle::update()
{
    QPalette p = m_label->palette();
    const QColor wanted = Palette::errorText(p.color(m_label->backgroundRole()));
    // Setting the palette sends another PaletteChange: only when the colour differs.
    if (p.color(QPalette::WindowText) != wanted) {
        p.setColor(QPalette::WindowText, wanted);
        m_label->setPalette(p);
    }
}

} // namespace jcr
