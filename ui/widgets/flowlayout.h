#pragma once

#include <QLayout>
#include <QList>

namespace jcr {

/**
 * Lays its widgets out left to right and starts a new row when the next one does not fit, like
 * words in a paragraph. The filter bar uses it: on a wide screen it is one row, on a small or
 * magnified screen (QT_SCALE_FACTOR=2 on a laptop) it wraps instead of making the window wider
 * than the screen. Before it takes another row, the items of a row shrink from their preferred
 * towards their minimum widths; with room to spare, the first item stretches to fill its row.
 */
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    /// The first item takes the room left in its row, up to \a factor times its size hint.
    void setFirstItemStretch(double factor) { m_firstStretch = factor; }

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Places the items in \a rect (only measures when \a apply is false); returns the height.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
    double m_firstStretch = 1.0;
};

} // namespace jcr
