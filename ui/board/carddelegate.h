#pragma once

#include <QStyledItemDelegate>

namespace jcr {

/**
 * Paints a board card from the item model's roles: the area's colour strip, the kind glyph,
 * the title on up to two lines (then elided; the full title is the tooltip), the lead side
 * badge, the lead organisations, the due date in its precision with an overdue mark, the
 * health and the progress. Done and cancelled cards are quieter. All sizes derive from the
 * font, so cards scale with the display.
 */
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Height of every card for \a font (cards have one height so that lists stay fast).
    static int cardHeight(const QFont &font);
    /// The short text of a lead side's badge: "JP", "CA", "Joint".
    static QString leadBadgeText(int leadSide);
    /// The colour of a health indicator.
    static QColor healthColour(int health);
};

} // namespace jcr
