#include "unscheduledlistview.h"

#include "models/roles.h"

#include <QEvent>
#include <QHash>
#include <QStyledItemDelegate>

namespace jcr {

namespace {

/// Remembers each row's measured height by what it depends on (the title, its font's
/// italics, the width it wraps in): rows are measured again after every insertion or removal,
/// and wrapping a title is the costly part.
class SizeCachingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString text = index.data(Qt::DisplayRole).toString();
        const bool italic = index.data(Qt::FontRole).value<QFont>().italic();
        QString key = QString::number(option.rect.width()) + (italic ? u'i' : u'r') + text;
        if (const auto it = m_sizes.constFind(key); it != m_sizes.cend())
            return *it;
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (m_sizes.size() > MaxEntries)
            m_sizes.clear();
        m_sizes.insert(std::move(key), size);
        return size;
    }
    void forget() { m_sizes.clear(); }

private:
    static constexpr qsizetype MaxEntries = 200000;
    mutable QHash<QString, QSize> m_sizes;
};

} // namespace

UnscheduledListView::UnscheduledListView(QWidget *parent)
    : QListView(parent)
{
    setItemDelegate(new SizeCachingDelegate(this));
}

void UnscheduledListView::changeEvent(QEvent *event)
{
    // Measured in another font or style: measure again.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        if (auto *sizes = dynamic_cast<SizeCachingDelegate *>(itemDelegate()))
            sizes->forget();
    QListView::changeEvent(event);
}

bool UnscheduledListView::changesRowHeights(const QList<int> &roles)
{
    return roles.isEmpty() || roles.contains(TitleRole) || roles.contains(Qt::FontRole)
            || roles.contains(Qt::SizeHintRole);
}

void UnscheduledListView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                      const QList<int> &roles)
{
    if (changesRowHeights(roles))
        QListView::dataChanged(topLeft, bottomRight, roles);
    else
        QAbstractItemView::dataChanged(topLeft, bottomRight, roles); // a repaint
}

} // namespace jcr
