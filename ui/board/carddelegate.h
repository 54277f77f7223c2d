#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace jcr {

/**
 * Paints a board card from the item model's roles: the area's colour strip, the kind glyph,
 * the title on up to two lines (then elided; the full title is the tooltip), the lead side
 * badge, the lead organisations, the due date in its precision with an overdue mark, the
 * health and the progress. Done and cancelled cards are quieter. All sizes derive from the
 * font, so cards scale with the display.
 *
 * Painting is on the scrolling path of columns of thousands of cards, so fonts, wrapped titles,
 * kind glyphs and badges are computed once and cached.
 */
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /// The card's tooltip: the full title, then due date (and whether it is overdue), health,
    /// lead and lead organisations — what the card abbreviates.
    static QString toolTip(const QModelIndex &index);

    /// Height of every card for \a font (cards have one height so that lists stay fast).
    static int cardHeight(const QFont &font);
    /// The short text of a lead side's badge: "JP", "CA", "Joint".
    static QString leadBadgeText(int leadSide);
    /// The colour of a health indicator.
    static QColor healthColour(int health);

private:
    struct Fonts
    {
        bool valid = false;
        QFont base;
        QFont title;
        QFont small;
        QFont smallBold;
        QFontMetricsF titleMetrics {QFont()};
        QFontMetricsF smallMetrics {QFont()};
    };
    const Fonts &fonts(const QFont &base) const;
    /// The title on at most two lines of \a width, the second elided.
    const QStringList &titleLines(const QString &title, qreal width) const;
    /// A cached pixmap of a kind glyph or a lead badge.
    QPixmap glyph(int kind, const QColor &colour, int size, qreal dpr) const;
    QPixmap badge(int leadSide, const QColor &base, qreal dpr) const;

    mutable Fonts m_fonts;
    mutable QHash<QString, QStringList> m_titleLines;
    mutable QHash<QString, QPixmap> m_pixmaps;
};

} // namespace jcr
