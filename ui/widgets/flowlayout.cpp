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

namespace {

/// Rows of \a items, greedily, each item counted \a widthOf wide, in \a width.
template<typename WidthOf>
QList<QList<QLayoutItem *>> breakRows(const QList<QLayoutItem *> &items, int width, int spacing,
                                      WidthOf widthOf)
{
    QList<QList<QLayoutItem *>> rows(1);
    int x = 0;
    for (QLayoutItem *item : items) {
        const int w = std::min(widthOf(item), width);
        if (!rows.last().isEmpty() && x + spacing + w > width) {
            rows.append(QList<QLayoutItem *>());
            x = 0;
        }
        x += (rows.last().isEmpty() ? 0 : spacing) + w;
        rows.last().append(item);
    }
    return rows;
}

} // namespace

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int width = std::max(0, area.width());
    QList<QLayoutItem *> items;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            items.append(item);
    }
    const auto hintOf = [width](const QLayoutItem *item) {
        return std::min(item->sizeHint().width(), width);
    };
    const auto minimumOf = [width, &hintOf](const QLayoutItem *item) {
        return std::min(item->minimumSize().width(), hintOf(item));
    };
    // Items give up some of their preferred width before the layout takes another row: a
    // filter bar that wraps for the last few pixels wastes a row of the screen. When shrinking
    // saves no row, every item keeps its preferred width.
    QList<QList<QLayoutItem *>> rows = breakRows(items, width, m_spacing, hintOf);
    const QList<QList<QLayoutItem *>> tight = breakRows(items, width, m_spacing, minimumOf);
    if (tight.size() < rows.size())
        rows = tight;

    int y = area.top();
    for (const QList<QLayoutItem *> &row : std::as_const(rows)) {
        if (row.isEmpty())
            continue;
        int hints = 0;
        int minimums = 0;
        for (QLayoutItem *item : row) {
            hints += hintOf(item);
            minimums += minimumOf(item);
        }
        const int room = width - m_spacing * int(row.size() - 1);
        // Short of room, each item shrinks in proportion to what it can give up; with room to
        // spare, the first item takes it (up to its stretch factor).
        const int give = std::max(0, hints - std::max(room, minimums));
        const int canGive = hints - minimums;
        qint64 canGiveBefore = 0; // rounded as a running total: the row ends at the edge
        QList<QSize> sizes;
        int height = 0;
        for (QLayoutItem *item : row) {
            int w = hintOf(item);
            if (give > 0) {
                const qint64 before = give * canGiveBefore / canGive;
                canGiveBefore += w - minimumOf(item);
                w -= int(give * canGiveBefore / canGive - before);
            } else if (item == m_items.constFirst() && room > hints) {
                w = std::min(w + room - hints, int(item->sizeHint().width() * m_firstStretch));
            }
            // Wrapped text is as high as it needs at the width it gets.
            const int h = item->hasHeightForWidth()
                    ? std::max(item->heightForWidth(w), item->minimumSize().height())
                    : item->sizeHint().height();
            sizes.append(QSize(w, h));
            height = std::max(height, h);
        }
        int left = area.left();
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (apply)
                row.at(i)->setGeometry(
                        QRect(QPoint(left, y + (height - sizes.at(i).height()) / 2), sizes.at(i)));
            left += sizes.at(i).width() + m_spacing;
        }
        y += height + m_spacing;
    }
    const QMargins m = contentsMargins();
    return std::max(0, y - m_spacing - area.top()) + m.top() + m.bottom();
}

} // namespace jcr
