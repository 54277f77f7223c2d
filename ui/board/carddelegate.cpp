#include "carddelegate.h"

#include "domain/enums.h"
#include "kindglyph.h"
#include "models/roles.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace jcr {

namespace {

constexpr int Padding = 8;
constexpr int StripWidth = 5;

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.88);
    else
        f.setPixelSize(std::max(8, f.pixelSize() * 88 / 100));
    return f;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

/// Lays \a text out on at most two lines of \a width; the second is elided. Returns the lines.
QStringList twoLines(const QString &text, const QFont &font, qreal width)
{
    QStringList lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    if (!first.isValid()) {
        layout.endLayout();
        return lines;
    }
    first.setLineWidth(width);
    lines << text.mid(first.textStart(), first.textLength()).trimmed();
    QTextLine second = layout.createLine();
    if (second.isValid()) {
        second.setLineWidth(width);
        const QString rest = text.mid(second.textStart()).simplified();
        lines << QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width);
    }
    layout.endLayout();
    return lines;
}

} // namespace

CardDelegate::CardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

int CardDelegate::cardHeight(const QFont &font)
{
    const QFontMetrics title(titleFont(font));
    const QFontMetrics small(smallFont(font));
    return Padding + 2 * title.lineSpacing() + 6 + small.height() + 6 + small.height() + Padding;
}

QString CardDelegate::leadBadgeText(int leadSide)
{
    switch (LeadSide(leadSide)) {
    case LeadSide::Japan:
        return tr("JP", "lead side badge: Japan");
    case LeadSide::Canada:
        return tr("CA", "lead side badge: Canada");
    case LeadSide::Joint:
        break;
    }
    return tr("Joint", "lead side badge");
}

QColor CardDelegate::healthColour(int health)
{
    switch (Health(health)) {
    case Health::OnTrack:
        return QColor(0x2e, 0x7d, 0x32);
    case Health::AtRisk:
        return QColor(0xe0, 0x8e, 0x00);
    case Health::OffTrack:
        break;
    }
    return QColor(0xc6, 0x28, 0x28);
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {std::max(180, option.rect.width()), cardHeight(option.font)};
}

void CardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const int status = index.data(StatusRole).toInt();
    const bool quiet = status == int(Status::Done) || status == int(Status::Cancelled);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QColor secondary = mix(text, base, 0.40);
    const QColor areaColour = index.data(AreaColourRole).value<QColor>();

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);
    QPainterPath shape;
    shape.addRoundedRect(card, 5, 5);

    // Card body and frame; the selection is a frame plus a tint, so the content stays legible.
    QColor fill = quiet ? mix(base, pal.color(QPalette::Window), 0.6) : base;
    if (selected)
        fill = mix(fill, pal.color(QPalette::Highlight), 0.12);
    p->fillPath(shape, fill);
    p->save();
    p->setClipPath(shape);
    p->fillRect(QRectF(card.left(), card.top(), StripWidth, card.height()),
                quiet ? mix(areaColour, fill, 0.55) : areaColour);
    p->restore();
    QPen frame(selected ? pal.color(QPalette::Highlight) : mix(text, base, 0.80),
               selected ? 2.0 : 1.0);
    if (focused && !selected)
        frame = QPen(pal.color(QPalette::Highlight), 1.0, Qt::DashLine);
    p->setPen(frame);
    p->drawPath(shape);

    if (quiet)
        p->setOpacity(0.62);

    const QFont tFont = titleFont(option.font);
    const QFont sFont = smallFont(option.font);
    const QFontMetricsF tm(tFont);
    const QFontMetricsF sm(sFont);
    const qreal left = card.left() + StripWidth + Padding - 1;
    const qreal right = card.right() - Padding;
    qreal y = card.top() + Padding - 1;

    // Kind glyph, title, lead badge.
    const qreal glyph = std::round(tm.height() * 0.95);
    paintKindGlyph(p, QRectF(left, y + (tm.lineSpacing() - glyph) / 2, glyph, glyph),
                   ItemKind(index.data(KindRole).toInt()), secondary);
    const int lead = index.data(LeadRole).toInt();
    const QString badge = leadBadgeText(lead);
    const qreal badgeW = sm.horizontalAdvance(badge) + 10;
    const QRectF badgeRect(right - badgeW, y + (tm.lineSpacing() - sm.height() - 2) / 2, badgeW,
                           sm.height() + 2);
    {
        QColor badgeFill;
        QColor badgeText = Qt::white;
        switch (LeadSide(lead)) {
        case LeadSide::Japan:
            badgeFill = base;
            badgeText = QColor(0xbc, 0x00, 0x2d);
            break;
        case LeadSide::Canada:
            badgeFill = QColor(0xd5, 0x2b, 0x1e);
            break;
        case LeadSide::Joint:
            badgeFill = QColor(0x45, 0x5a, 0x64);
            break;
        }
        p->setPen(LeadSide(lead) == LeadSide::Japan ? QPen(badgeText, 1.2) : Qt::NoPen);
        p->setBrush(badgeFill);
        p->drawRoundedRect(badgeRect.adjusted(0.5, 0.5, -0.5, -0.5), badgeRect.height() / 2,
                           badgeRect.height() / 2);
        p->setFont(sFont);
        p->setPen(badgeText);
        p->drawText(badgeRect, Qt::AlignCenter, badge);
    }
    const qreal titleLeft = left + glyph + 6;
    const qreal titleWidth = std::max<qreal>(20, badgeRect.left() - 6 - titleLeft);
    p->setFont(tFont);
    p->setPen(text);
    const QStringList lines = twoLines(index.data(TitleRole).toString(), tFont, titleWidth);
    for (int i = 0; i < lines.size(); ++i)
        p->drawText(QPointF(titleLeft, y + i * tm.lineSpacing() + tm.ascent()), lines.at(i));
    y += 2 * tm.lineSpacing() + 6;

    // Lead organisations on the left, due date on the right.
    p->setFont(sFont);
    const QString due = index.data(DueTextRole).toString();
    const bool overdue = index.data(OverdueRole).toBool();
    qreal dueLeft = right;
    if (!due.isEmpty()) {
        const QString dueText = overdue ? tr("%1 overdue").arg(due) : due;
        const qreal w = sm.horizontalAdvance(dueText);
        dueLeft = right - w;
        const QColor dueColour = overdue ? QColor(0xc6, 0x28, 0x28) : secondary;
        if (overdue) {
            // A small warning triangle in front of the date.
            const qreal t = sm.ascent() * 0.9;
            const QPointF o(dueLeft - t - 4, y + (sm.height() - t) / 2);
            QPainterPath tri;
            tri.moveTo(o + QPointF(t / 2, 0));
            tri.lineTo(o + QPointF(t, t));
            tri.lineTo(o + QPointF(0, t));
            tri.closeSubpath();
            p->fillPath(tri, dueColour);
            p->setPen(QPen(base, 1.2));
            p->drawLine(o + QPointF(t / 2, t * 0.35), o + QPointF(t / 2, t * 0.65));
            p->drawPoint(o + QPointF(t / 2, t * 0.82));
            dueLeft -= t + 4;
            QFont bold = sFont;
            bold.setWeight(QFont::DemiBold);
            p->setFont(bold);
        }
        p->setPen(dueColour);
        p->drawText(QRectF(right - w - 2, y, w + 2, sm.height()), Qt::AlignRight | Qt::AlignVCenter,
                    dueText);
        p->setFont(sFont);
    }
    const QString orgs = index.data(LeadOrganisationsRole).toString();
    p->setPen(secondary);
    p->drawText(QRectF(left, y, std::max<qreal>(0, dueLeft - 8 - left), sm.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                sm.elidedText(orgs, Qt::ElideRight, std::max<qreal>(0, dueLeft - 8 - left)));
    y += sm.height() + 6;

    // Health dot and name, progress bar, percentage.
    const int health = index.data(HealthRole).toInt();
    const QColor hc = healthColour(health);
    const qreal dot = sm.ascent() * 0.7;
    p->setPen(Qt::NoPen);
    p->setBrush(hc);
    p->drawEllipse(QRectF(left, y + (sm.height() - dot) / 2, dot, dot));
    const QString healthText = enums::displayName(Health(health));
    p->setPen(health == int(Health::OnTrack) ? secondary : hc.darker(115));
    const qreal healthW = sm.horizontalAdvance(healthText);
    p->drawText(QRectF(left + dot + 4, y, healthW + 2, sm.height()),
                Qt::AlignLeft | Qt::AlignVCenter, healthText);
    const int progress = index.data(ProgressRole).toInt();
    const QString pct = QLocale().toString(progress) + QStringLiteral(" %");
    const qreal pctW = sm.horizontalAdvance(QStringLiteral("100 %"));
    p->setPen(secondary);
    p->drawText(QRectF(right - pctW, y, pctW, sm.height()), Qt::AlignRight | Qt::AlignVCenter, pct);
    const qreal barLeft = left + dot + 4 + healthW + 10;
    const qreal barRight = right - pctW - 6;
    if (barRight - barLeft > 16) {
        const qreal barH = std::max<qreal>(4, std::round(sm.height() * 0.3));
        const QRectF bar(barLeft, y + (sm.height() - barH) / 2, barRight - barLeft, barH);
        p->setPen(Qt::NoPen);
        p->setBrush(mix(text, base, 0.88));
        p->drawRoundedRect(bar, barH / 2, barH / 2);
        if (progress > 0) {
            QRectF done = bar;
            done.setWidth(bar.width() * std::clamp(progress, 0, 100) / 100.0);
            p->setBrush(quiet ? secondary : mix(areaColour, text, 0.15));
            p->drawRoundedRect(done, barH / 2, barH / 2);
        }
    }
    p->restore();
}

} // namespace jcr
