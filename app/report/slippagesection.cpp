// The status report's "Slippage against BASELINE": a part of ReportRenderer in its own file.
#include "pagecomposer.h"
#include "reportrenderer.h"

#include <QCoreApplication>
#include <QLocale>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ReportRenderer)
};

const QColor MutedColour(0x5b, 0x63, 0x70);
const QColor SlipColour(0xb0, 0x3a, 0x2e);

QString dateOf(const FuzzyDate &d)
{
    return d.isValid() ? d.toDisplayString(QLocale()) : Tr::tr("not dated");
}

} // namespace

void ReportRenderer::composeSlippage(PageComposer &c) const
{
    using S = PageComposer::Style;
    const ReportModel &m = m_model;
    if (m.baselineName.isEmpty())
        return;
    c.heading(Tr::tr("Slippage against %1").arg(m.baselineName));
    c.paragraph(Tr::tr("Items whose due date (the end; without one, the start) lies in a later "
                       "period than in the baseline of %1. Slip is counted in the precision of "
                       "the vaguer of the two dates: Q3 to Q4 is one quarter, and a date that "
                       "only became more exact within its period has not slipped.")
                        .arg(QLocale().toString(m.baselineDate, QStringLiteral("d MMMM yyyy"))),
                S::Small, MutedColour);
    if (m.slipped.isEmpty()) {
        c.paragraph(Tr::tr("No item has slipped against this baseline."), S::Body, MutedColour);
        return;
    }
    QList<QList<PageComposer::TableCell>> rows;
    for (const ReportItem &i : m.slipped) {
        const QString area = i.areaShortName.isEmpty()
                ? QString::number(i.areaNumber)
                : Tr::tr("%1 %2").arg(i.areaNumber).arg(i.areaShortName);
        rows.append({{i.title, S::CellBold, {}, {}, {enums::displayName(i.status)}},
                     {area, S::Cell, {}, {}, {}},
                     {dateOf(i.baselineDue), S::Cell, {}, {}, {}},
                     {dateOf(i.due()), S::Cell, {}, {}, {}},
                     {i.slip->text(), S::CellBold, SlipColour, {}, {}}});
    }
    c.table({{Tr::tr("Item"), 4.4, Qt::AlignLeft},
             {Tr::tr("Area"), 1.5, Qt::AlignLeft},
             {Tr::tr("Baseline"), 1.6, Qt::AlignLeft},
             {Tr::tr("Now"), 1.6, Qt::AlignLeft},
             {Tr::tr("Slip"), 1.8, Qt::AlignLeft}},
            rows);
}

qreal ReportRenderer::composeBriefingNote(PageComposer &c, qreal y) const
{
    using S = PageComposer::Style;
    const DocumentSettings &n = m_model.settings;
    const QRectF body = c.body();
    const std::pair<QString, QString> blocks[] = {
            {Tr::tr("Purpose"), n.purpose},
            {Tr::tr("Key messages"), n.keyMessages},
            {Tr::tr("Next steps"), n.nextSteps},
    };
    // Each block as a short labelled paragraph, at most three lines: the page is one page.
    for (const auto &[label, text] : blocks) {
        if (text.trimmed().isEmpty())
            continue;
        y += c.mm(1.5);
        y += c.placeLines({label}, S::SmallBold,
                          QRectF(body.left(), y, body.width(), c.lineHeight(S::SmallBold)));
        y += c.placeLines(c.wrapElided(text.trimmed(), S::Small, body.width(), 3), S::Small,
                          QRectF(body.left(), y, body.width(), body.bottom() - y));
    }
    return y;
}

} // namespace jcr
