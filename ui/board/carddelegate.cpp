#include "carddelegate.h"
#include "i18n/datetext.h"

#include "domain/enums.h"
#include "kindglyph.h"
#include "models/roles.h"
#include "style/palette.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

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
    return Palette::health(Health(std::clamp(health, 0, int(Health::OffTrack))));
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {std::max(180, option.rect.width()), cardHeight(option.font)};
}

QString CardDelegate::toolTip(const QModelIndex &index)
{
    QStringList lines {index.data(TitleRole).toString()};
    const QString due = index.data(DueTextRole).toString();
    if (!due.isEmpty())
        lines << (index.data(OverdueRole).toBool() ? tr("Due %1 — overdue").arg(due)
                                                   : tr("Due %1").arg(due));
    if (index.data(SlippedRole).toBool())
        lines << tr("Slipped %1 against the baseline").arg(index.data(SlipTextRole).toString());
    lines << tr("%1 · %2 · %3 % done")
                     .arg(enums::displayName(Status(index.data(StatusRole).toInt())),
                          enums::displayName(Health(index.data(HealthRole).toInt())))
                     .arg(index.data(ProgressRole).toInt());
    QString lead = tr("Lead: %1").arg(enums::displayName(LeadSide(index.data(LeadRole).toInt())));
    const QString orgs = index.data(LeadOrganisationsRole).toString();
    if (!orgs.isEmpty())
        lead += QStringLiteral(" (%1)").arg(orgs);
    lines << lead;
    return lines.join(QLatin1Char('\n'));
}

bool CardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                             const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        QToolTip::showText(event->globalPos(), toolTip(index), view, option.rect);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

const CardDelegate::Fonts &CardDelegate::fonts(const QFont &base) const
{
    if (!m_fonts.valid || !(m_fonts.base == base)) {
        m_fonts.valid = true;
        m_fonts.base = base;
        m_fonts.title = titleFont(base);
        m_fonts.small = smallFont(base);
        m_fonts.smallBold = m_fonts.small;
        m_fonts.smallBold.setWeight(QFont::DemiBold);
        m_fonts.titleMetrics = QFontMetricsF(m_fonts.title);
        m_fonts.smallMetrics = QFontMetricsF(m_fonts.small);
        m_titleLines.clear();
        m_pixmaps.clear();
    }
    return m_fonts;
}

const QStringList &CardDelegate::titleLines(const QString &title, qreal width) const
{
    const QString key = QString::number(int(width)) + QLatin1Char('|') + title;
    auto it = m_titleLines.find(key);
    if (it == m_titleLines.end()) {
        if (m_titleLines.size() > 20000) // a bound, not a policy: titles are short
            m_titleLines.clear();
        it = m_titleLines.insert(key, twoLines(title, m_fonts.title, width));
    }
    return *it;
}

QPixmap CardDelegate::glyph(int kind, const QColor &colour, int size, qreal dpr) const
{
    const QString key
            = QStringLiteral("k%1|%2|%3|%4").arg(kind).arg(colour.rgba()).arg(size).arg(dpr);
    auto it = m_pixmaps.constFind(key);
    if (it != m_pixmaps.cend())
        return *it;
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    paintKindGlyph(&p, QRectF(0, 0, size, size), ItemKind(kind), colour);
    p.end();
    m_pixmaps.insert(key, pm);
    return pm;
}

QPixmap CardDelegate::badge(int lead, const QColor &base, qreal dpr) const
{
    const QString key = QStringLiteral("b%1|%2|%3").arg(lead).arg(base.rgba()).arg(dpr);
    auto it = m_pixmaps.constFind(key);
    if (it != m_pixmaps.cend())
        return *it;
    const QString text = leadBadgeText(lead);
    const QFontMetricsF &sm = m_fonts.smallMetrics;
    const QSizeF size(std::ceil(sm.horizontalAdvance(text) + 10), std::ceil(sm.height() + 2));
    QPixmap pm((size * dpr).toSize());
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill;
    QColor ink = Qt::white;
    switch (LeadSide(lead)) {
    case LeadSide::Japan: // white with a red ring, like the flag
        fill = base;
        ink = QColor(0xbc, 0x00, 0x2d);
        break;
    case LeadSide::Canada:
        fill = QColor(0xd5, 0x2b, 0x1e);
        break;
    case LeadSide::Joint:
        fill = QColor(0x45, 0x5a, 0x64);
        break;
    }
    const QRectF r = QRectF(QPointF(0, 0), size).adjusted(0.75, 0.75, -0.75, -0.75);
    p.setPen(LeadSide(lead) == LeadSide::Japan ? QPen(ink, 1.2) : Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
    p.setFont(m_fonts.small);
    p.setPen(ink);
    p.drawText(QRectF(QPointF(0, 0), size), Qt::AlignCenter, text);
    p.end();
    m_pixmaps.insert(key, pm);
    return pm;
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
    const Fonts &f = fonts(option.font);
    const QFontMetricsF &tm = f.titleMetrics;
    const QFontMetricsF &sm = f.smallMetrics;
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);

    // Card body and frame in one path; the selection is a frame plus a tint, so the content
    // stays legible.
    QColor fill = quiet ? mix(base, pal.color(QPalette::Window), 0.6) : base;
    if (selected)
        fill = mix(fill, pal.color(QPalette::Highlight), 0.12);
    QPen frame(selected ? pal.color(QPalette::Highlight) : mix(text, base, 0.80),
               selected ? 2.0 : 1.0);
    if (focused && !selected)
        frame = QPen(pal.color(QPalette::Highlight), 1.0, Qt::DashLine);
    {
        // The rounded, antialiased frame is the dearest part of a card: paint it once per look.
        const QString key = QStringLiteral("c%1x%2|%3|%4|%5|%6|%7")
                                    .arg(option.rect.width())
                                    .arg(option.rect.height())
                                    .arg(fill.rgba())
                                    .arg(frame.color().rgba())
                                    .arg(frame.widthF())
                                    .arg(int(frame.style()))
                                    .arg(dpr);
        auto it = m_pixmaps.constFind(key);
        if (it == m_pixmaps.cend()) {
            QPixmap pm(option.rect.size() * dpr);
            pm.setDevicePixelRatio(dpr);
            pm.fill(Qt::transparent);
            QPainter bp(&pm);
            bp.setRenderHint(QPainter::Antialiasing);
            bp.setPen(frame);
            bp.setBrush(fill);
            bp.drawRoundedRect(card.translated(-option.rect.topLeft()), 5, 5);
            bp.end();
            if (m_pixmaps.size() > 200)
                m_pixmaps.clear();
            it = m_pixmaps.insert(key, pm);
        }
        p->drawPixmap(option.rect.topLeft(), *it);
    }
    p->setRenderHint(QPainter::Antialiasing, false);
    p->fillRect(QRectF(card.left() + 1.5, card.top() + 4, StripWidth, card.height() - 8),
                quiet ? mix(areaColour, fill, 0.55) : areaColour);

    if (quiet)
        p->setOpacity(0.62);

    const qreal left = card.left() + StripWidth + Padding;
    const qreal right = card.right() - Padding;
    qreal y = card.top() + Padding - 1;

    // Kind glyph, title, lead badge.
    const int glyphSize = int(std::round(tm.height() * 0.95));
    p->drawPixmap(QPointF(left, std::round(y + (tm.lineSpacing() - glyphSize) / 2)),
                  glyph(index.data(KindRole).toInt(), secondary, glyphSize, dpr));
    const QPixmap badgePm = badge(index.data(LeadRole).toInt(), base, dpr);
    const QSizeF badgeSize = badgePm.deviceIndependentSize();
    const qreal badgeLeft = std::round(right - badgeSize.width());
    p->drawPixmap(QPointF(badgeLeft, std::round(y + (tm.lineSpacing() - badgeSize.height()) / 2)),
                  badgePm);
    const qreal titleLeft = left + glyphSize + 6;
    const qreal titleWidth = std::max<qreal>(20, badgeLeft - 6 - titleLeft);
    // A title shown in its primary language for want of a translation is in italics.
    QFont titleFont = f.title;
    titleFont.setItalic(index.data(TitleFallbackRole).toBool());
    p->setFont(titleFont);
    p->setPen(text);
    const QStringList &lines = titleLines(index.data(TitleRole).toString(), titleWidth);
    for (int i = 0; i < lines.size(); ++i)
        p->drawText(QPointF(titleLeft, y + i * tm.lineSpacing() + tm.ascent()), lines.at(i));
    y += 2 * tm.lineSpacing() + 6;

    // Lead organisations on the left, due date on the right.
    const qreal smallBaseline = y + sm.ascent();
    const QString due = index.data(DueTextRole).toString();
    const bool overdue = index.data(OverdueRole).toBool();
    qreal dueLeft = right;
    const QString orgs = index.data(LeadOrganisationsRole).toString();
    if (!due.isEmpty()) {
        // "overdue" in words when there is room; the red date and the triangle say it anyway.
        const QString spelled = tr("%1 overdue").arg(due);
        const bool words = overdue
                && right - left - QFontMetricsF(f.smallBold).horizontalAdvance(spelled)
                                - sm.ascent() - 12
                        >= sm.horizontalAdvance(orgs);
        const QString dueText = words ? spelled : due;
        const QFont &dueFont = overdue ? f.smallBold : f.small;
        const qreal w = QFontMetricsF(dueFont).horizontalAdvance(dueText);
        dueLeft = right - w;
        const QColor dueColour
                = overdue ? Palette::overdueText(Palette::schemeFor(pal)) : secondary;
        if (overdue) {
            // A small warning triangle in front of the date.
            p->setRenderHint(QPainter::Antialiasing);
            const qreal t = sm.ascent() * 0.9;
            const QPointF o(dueLeft - t - 4, y + (sm.height() - t) / 2);
            const QPointF tri[3] = {o + QPointF(t / 2, 0), o + QPointF(t, t), o + QPointF(0, t)};
            p->setPen(Qt::NoPen);
            p->setBrush(dueColour);
            p->drawPolygon(tri, 3);
            p->setPen(QPen(base, 1.2));
            p->drawLine(o + QPointF(t / 2, t * 0.35), o + QPointF(t / 2, t * 0.62));
            p->drawPoint(o + QPointF(t / 2, t * 0.82));
            p->setRenderHint(QPainter::Antialiasing, false);
            dueLeft -= t + 4;
        }
        p->setFont(dueFont);
        p->setPen(dueColour);
        p->drawText(QPointF(right - w, smallBaseline), dueText);
    }
    if (index.data(SlippedRole).toBool()) {
        // Against the chosen baseline: a framed word, so that it does not rest on colour.
        const QString slipped = tr("slipped %1").arg(index.data(SlipTextRole).toString());
        const qreal w = sm.horizontalAdvance(slipped) + 8;
        const QRectF badgeBox(std::round(dueLeft - 6 - w), y - 1, w, sm.height() + 2);
        if (badgeBox.left() > left) {
            const QColor c = Palette::overdueText();
            p->setRenderHint(QPainter::Antialiasing);
            p->setPen(QPen(c, 1));
            p->setBrush(mix(c, base, 0.9));
            p->drawRoundedRect(badgeBox.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            p->setRenderHint(QPainter::Antialiasing, false);
            p->setFont(f.small);
            p->setPen(c);
            p->drawText(badgeBox, Qt::AlignCenter, slipped);
            dueLeft = badgeBox.left();
        }
    }
    p->setFont(f.small);
    const qreal orgWidth = std::max<qreal>(0, dueLeft - 8 - left);
    if (!orgs.isEmpty() && orgWidth > 0) {
        p->setPen(secondary);
        p->drawText(QPointF(left, smallBaseline),
                    sm.horizontalAdvance(orgs) <= orgWidth
                            ? orgs
                            : sm.elidedText(orgs, Qt::ElideRight, orgWidth));
    }
    y += sm.height() + 6;

    // Health dot and name, progress bar, percentage.
    const int health = index.data(HealthRole).toInt();
    const QColor hc = healthColour(health);
    const qreal dot = std::round(sm.ascent() * 0.7);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(hc);
    p->drawEllipse(QRectF(left, y + (sm.height() - dot) / 2, dot, dot));
    p->setRenderHint(QPainter::Antialiasing, false);
    const QString healthText = enums::displayName(Health(health));
    // The health's name in a colour that reads as text (the amber of the dot gave 2.6:1).
    p->setPen(health == int(Health::OnTrack)
                      ? secondary
                      : Palette::readable(
                              Palette::healthText(Health(health), Palette::schemeFor(pal)), base));
    p->drawText(QPointF(left + dot + 4, y + sm.ascent()), healthText);
    const qreal healthW = sm.horizontalAdvance(healthText);
    const int progress = std::clamp(index.data(ProgressRole).toInt(), 0, 100);
    const QString pct = DateText::percent(progress);
    const qreal pctW = sm.horizontalAdvance(DateText::percent(100));
    p->setPen(secondary);
    p->drawText(QPointF(right - sm.horizontalAdvance(pct), y + sm.ascent()), pct);
    const qreal barLeft = std::round(left + dot + 4 + healthW + 10);
    const qreal barRight = std::round(right - pctW - 6);
    if (barRight - barLeft > 16) {
        const qreal barH = std::max<qreal>(4, std::round(sm.height() * 0.3));
        const QRectF bar(barLeft, std::round(y + (sm.height() - barH) / 2), barRight - barLeft,
                         barH);
        p->fillRect(bar, mix(text, base, 0.88));
        if (progress > 0)
            p->fillRect(
                    QRectF(bar.left(), bar.top(), std::round(bar.width() * progress / 100.0), barH),
                    quiet ? secondary : mix(areaColour, text, 0.15));
    }
    p->restore();
}

} // namespace jcr
