#include "flowlayout.h"

#include <QWidget>

#include <algorithm>

namespace jcr {

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
    , m_spacing(spacing)
{ }

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest single item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? m_spacing : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    // Rows first, then place each row: the first item may grow into the room its row leaves.
    QList<QList<QLayoutItem *>> rows(1);
    int x = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int w = std::min(item->sizeHint().width(), area.width());
        if (!rows.last().isEmpty() && x + m_spacing + w > area.width()) {
            rows.append(QList<QLayoutItem *>());
            x = 0;
        }
        x += (rows.last().isEmpty() ? 0 : m_spacing) + w;
        rows.last().append(item);
    }
    int y = area.top();
    for (const QList<QLayoutItem *> &row : std::as_const(rows)) {
        if (row.isEmpty())
            continue;
        int used = 0;
        int height = 0;
        for (QLayoutItem *item : row) {
            used += std::min(item->sizeHint().width(), area.width());
            height = std::max(height, item->sizeHint().height());
        }
        used += m_spacing * int(row.size() - 1);
        int left = area.left();
        for (QLayoutItem *item : row) {
            int w = std::min(item->sizeHint().width(), area.width());
            if (item == m_items.constFirst() && area.width() > used)
                w = std::min(w + area.width() - used,
                             int(item->sizeHint().width() * m_firstStretch));
            w = std::max(w, std::min(item->minimumSize().width(), area.width()));
            if (apply)
                item->setGeometry(QRect(left, y + (height - item->sizeHint().height()) / 2, w,
                                        item->sizeHint().height()));
            left += w + m_spacing;
        }
        y += height + m_spacing;
    }
    const QMargins m = contentsMargins();
    return std::max(0, y - m_spacing - area.top()) + m.top() + m.bottom();
}

} // namespace jcr
