#include "reportrenderer.h"
#include "i18n/datetext.h"

#include "document/history.h"

#include "pagecomposer.h"
#include "reporttimeline.h"
#include "style/palette.h"

#include "domain/clock.h"
#include "i18n/scopedlanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <memory>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ReportRenderer)
};

using Cell = PageComposer::TableCell;
using Column = PageComposer::Column;
using S = PageComposer::Style;

const QColor MutedColour(0x5b, 0x63, 0x70);
const QColor TileFill(0xf0, 0xf3, 0xf7);
const QColor TileBorder(0xc9, 0xd0, 0xda);

/// Health as text on paper: the palette's text shades.
QColor healthColour(Health h)
{
    return Palette::healthText(h);
}

QString longDate(QDate d)
{
    return DateText::day(d, QLocale(), DateText::Long);
}

QString dateText(QDate d)
{
    return DateText::day(d);
}

QString fuzzy(const FuzzyDate &d)
{
    return d.isValid() ? d.toDisplayString(QLocale()) : QString();
}

QString datesOf(const ReportItem &item)
{
    if (item.start.isValid() && item.end.isValid()) {
        if (item.start == item.end)
            return fuzzy(item.start);
        return Tr::tr("%1 – %2").arg(fuzzy(item.start), fuzzy(item.end));
    }
    if (item.end.isValid())
        return Tr::tr("by %1").arg(fuzzy(item.end));
    if (item.start.isValid())
        return fuzzy(item.start);
    return Tr::tr("not dated");
}

QString leadOf(const ReportItem &item)
{
    const QString side = enums::displayName(item.lead);
    return item.organisations.isEmpty() ? side : Tr::tr("%1: %2").arg(side, item.organisations);
}

QString areaLabel(int number, const QString &shortName)
{
    return shortName.isEmpty() ? QString::number(number)
                               : Tr::tr("%1 %2").arg(QString::number(number), shortName);
}

QString latestUpdateText(const StatusUpdate &u)
{
    // "Latest update, 6 Mar 2026 (A. Tanaka): status → Done. Signed by the ministers."
    const QString who = u.author.trimmed().isEmpty() ? QString() : Tr::tr(" (%1)").arg(u.author);
    QStringList parts;
    if (u.newStatus)
        parts << Tr::tr("status → %1").arg(enums::displayName(*u.newStatus));
    if (u.newHealth)
        parts << Tr::tr("health → %1").arg(enums::displayName(*u.newHealth));
    QString text = u.text.trimmed();
    if (!parts.isEmpty())
        text = parts.join(QStringLiteral(", "))
                + (text.isEmpty() ? QString() : Tr::tr(". ") + text);
    return Tr::tr("Latest update, %1%2: %3").arg(dateText(u.date), who, text);
}

QString areasText(const ReportModel &m)
{
    if (m.options.areaNumbers.isEmpty())
        return Tr::tr("all priority areas");
    QStringList names;
    for (const AreaSummary &s : m.summary)
        names << Tr::tr("%1. %2").arg(s.number).arg(s.name);
    return names.join(QStringLiteral("; "));
}

/// "overdue by 12 days", "start overdue by 1 day": a document says it in words, not "day(s)".
QString lateness(const ReportItem &item)
{
    const int n = item.daysOverdue;
    if (item.startOverdue)
        return n == 1 ? Tr::tr("start overdue by 1 day")
                      : Tr::tr("start overdue by %1 days").arg(n);
    return n == 1 ? Tr::tr("overdue by 1 day") : Tr::tr("overdue by %1 days").arg(n);
}

QString itemsCount(int n)
{
    return n == 1 ? Tr::tr("1 item") : Tr::tr("%1 items").arg(QLocale().toString(n));
}

/// "Off track, overdue by 12 days" — why an item is in the risk table.
QString riskReason(const ReportItem &item)
{
    QStringList why;
    if (item.health != Health::OnTrack)
        why << enums::displayName(item.health);
    if (item.overdue)
        why << lateness(item);
    return why.join(QStringLiteral(", "));
}

Cell healthCell(Health h)
{
    return {enums::displayName(h), S::CellBold, healthColour(h), {}, {}};
}

/// Key figures as tiles: a big number over a caption.
void drawTiles(PageComposer &c, const QList<QPair<QString, QString>> &tiles)
{
    for (const auto &t : tiles)
        c.noteText(t.first + t.second);
    const qreal gap = c.mm(3);
    const qreal height = c.lineHeight(S::Heading1) + 2 * c.lineHeight(S::Small) + c.mm(4);
    c.block(height, [&c, tiles, gap](QPainter *p, const QRectF &r) {
        const qreal w = (r.width() - gap * (tiles.size() - 1)) / tiles.size();
        for (int i = 0; i < tiles.size(); ++i) {
            const QRectF box(r.left() + i * (w + gap), r.top(), w, r.height());
            p->setPen(QPen(TileBorder, c.pt(0.5)));
            p->setBrush(TileFill);
            p->drawRect(box);
            p->setFont(c.font(S::Heading1));
            p->setPen(QColor(0x1a, 0x1f, 0x29));
            const QFontMetricsF &big = c.metrics(S::Heading1);
            p->drawText(QPointF(box.left() + c.mm(3), box.top() + c.mm(1.5) + big.ascent()),
                        tiles.at(i).first);
            p->setFont(c.font(S::Small));
            p->setPen(MutedColour);
            const QFontMetricsF &sm = c.metrics(S::Small);
            const QStringList lines = c.wrapElided(tiles.at(i).second, S::Small, w - c.mm(5), 2);
            for (int l = 0; l < lines.size(); ++l)
                p->drawText(QPointF(box.left() + c.mm(3),
                                    box.top() + c.mm(1.5) + big.lineSpacing() + l * sm.lineSpacing()
                                            + sm.ascent()),
                            lines.at(l));
        }
    });
}

QList<Column> itemColumns()
{
    return {{Tr::tr("Item"), 4.4, Qt::AlignLeft},    {Tr::tr("Status"), 1.25, Qt::AlignLeft},
            {Tr::tr("Health"), 1.05, Qt::AlignLeft}, {Tr::tr("Lead"), 1.6, Qt::AlignLeft},
            {Tr::tr("Dates"), 1.6, Qt::AlignLeft},   {Tr::tr("Progress"), 1.25, Qt::AlignRight}};
}

} // namespace

ReportRenderer::ReportRenderer(const ReportModel &model)
    : m_model(model)
{ }

ReportRenderer::~ReportRenderer() = default;

QPageLayout ReportRenderer::pageLayout(const ReportOptions &options)
{
    return QPageLayout(
            QPageSize(options.paper == PaperSize::A4 ? QPageSize::A4 : QPageSize::Letter),
            options.isLandscape() ? QPageLayout::Landscape : QPageLayout::Portrait,
            QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

QString ReportRenderer::documentTitle(const ReportModel &model)
{
    const ScopedLanguage language(model.options.language);
    const QString title = model.title.isEmpty() ? Tr::tr("Roadmap") : model.title;
    return Tr::tr("%1 — %2").arg(ReportOptions::displayName(model.options.type), title);
}

Result<int> ReportRenderer::render(QPagedPaintDevice *device)
{
    // Headings, dates and "Page n of m" in the report's language, not the interface's.
    const ScopedLanguage language(m_model.options.language);
    const QPageLayout layout = device->pageLayout();
    const QRectF page(QPointF(0, 0), layout.fullRectPixels(device->logicalDpiX()).size());
    // Wider inner margin for binding; landscape pages are bound at the top.
    const bool landscape = layout.orientation() == QPageLayout::Landscape;
    const QMarginsF margins = landscape ? QMarginsF(15, 14, 15, 10) : QMarginsF(24, 10, 16, 10);
    PageComposer::Frame frame;
    frame.classification = m_model.classification;
    frame.headerLeft = m_model.title;
    frame.headerRight = m_model.office;
    if (m_model.options.type == ReportType::Briefing) {
        // A ministry briefing note's header: file number, drafter and approver.
        const DocumentSettings &n = m_model.settings;
        QStringList note;
        if (!n.fileNumber.isEmpty())
            note << Tr::tr("File %1").arg(n.fileNumber);
        if (!n.drafter.isEmpty())
            note << Tr::tr("Drafted by %1").arg(n.drafter);
        if (!n.approver.isEmpty())
            note << Tr::tr("Approved by %1").arg(n.approver);
        if (!note.isEmpty()) {
            if (!frame.headerRight.isEmpty())
                note.prepend(frame.headerRight);
            frame.headerRight = note.join(QStringLiteral(" · "));
        }
    }
    frame.footerLeft = Tr::tr("%1 · as of %2")
                               .arg(ReportOptions::displayName(m_model.options.type),
                                    dateText(m_model.asOf));
    PageComposer composer(device, page, margins, frame);
    switch (m_model.options.type) {
    case ReportType::Status:
        composeStatus(composer);
        break;
    case ReportType::Briefing:
        composeBriefing(composer);
        break;
    case ReportType::Board:
        composeBoard(composer);
        break;
    }
    QPainter painter;
    if (!painter.begin(device))
        return Error {Error::Code::Other, Tr::tr("Could not start printing.")};
    for (int i = 0; i < composer.pageCount(); ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return Error {Error::Code::Other, Tr::tr("Could not start a new page.")};
        }
        composer.paintPage(&painter, i);
    }
    if (!painter.end())
        return Error {Error::Code::Other, Tr::tr("Could not finish printing.")};
    m_used = composer.usedCharacters();
    return composer.pageCount();
}

/// The cover block: title, date, office and author, what the report covers.
void ReportRenderer::composeCover(PageComposer &c) const
{
    const ReportModel &m = m_model;
    c.paragraph(m.title.isEmpty() ? Tr::tr("Roadmap") : m.title, S::Title);
    c.paragraph(Tr::tr("Status as of %1").arg(longDate(m.asOf)), S::Subtitle);
    QStringList who;
    if (!m.office.isEmpty())
        who << m.office;
    if (!m.author.isEmpty())
        who << m.author;
    if (!who.isEmpty())
        c.paragraph(who.join(QStringLiteral(" · ")), S::Body);
    c.paragraph(Tr::tr("Classification: %1 · Changes since %2 · Covers %3")
                        .arg(m.classification, longDate(m.since), areasText(m)),
                S::Small, MutedColour);
    c.space(c.mm(3));
}

/// The executive summary: four figures and the table of areas by status.
void ReportRenderer::composeSummary(PageComposer &c) const
{
    const ReportModel &m = m_model;
    c.heading(Tr::tr("Executive summary"));
    const int active = m.overall.total - m.overall.countByStatus[size_t(Status::Done)]
            - m.overall.countByStatus[size_t(Status::Cancelled)];
    drawTiles(c,
              {{QLocale().toString(m.overall.total),
                Tr::tr("items in the report, %1 of them active").arg(QLocale().toString(active))},
               {DateText::percent(m.overall.progress), Tr::tr("overall progress")},
               {QLocale().toString(m.overall.overdue),
                Tr::tr("overdue; %1 at risk or off track").arg(m.overall.atRisk)},
               {QLocale().toString(std::max(0, m.daysToCentennial)),
                Tr::tr("days to the centennial (1 January %1)").arg(CentennialYear)}});
    QList<Column> cols {{Tr::tr("Priority area"), 3.1, Qt::AlignLeft}};
    for (Status s : enums::allStatuses())
        cols.append({enums::displayName(s), s == Status::Cancelled ? 1.45 : 1.3, Qt::AlignRight});
    cols.append({Tr::tr("Total"), 1, Qt::AlignRight});
    cols.append({Tr::tr("Progress"), 1.45, Qt::AlignRight});
    cols.append({Tr::tr("Health"), 1.6, Qt::AlignLeft});
    QList<QList<Cell>> rows;
    const auto countCells = [&](const AreaSummary &a, QList<Cell> &row, S style) {
        for (Status s : enums::allStatuses()) {
            const int n = a.countByStatus[size_t(s)];
            row.append({n ? QLocale().toString(n) : QStringLiteral("–"),
                        style,
                        n ? QColor() : MutedColour,
                        {},
                        {}});
        }
        row.append({QLocale().toString(a.total), S::CellBold, {}, {}, {}});
        row.append({DateText::percent(a.progress), style, {}, {}, {}});
        row.append(healthCell(a.health));
    };
    for (const AreaSummary &a : m.summary) {
        QList<Cell> row {{Tr::tr("%1. %2").arg(a.number).arg(a.name), S::Cell, {}, {}, {}}};
        countCells(a, row, S::Cell);
        rows.append(row);
    }
    QList<Cell> total {{Tr::tr("All selected areas"), S::CellBold, {}, {}, {}}};
    countCells(m.overall, total, S::CellBold);
    c.table(cols, rows, total);
    c.paragraph(Tr::tr("An area is at risk when a quarter or more of its active items are at risk, "
                       "off track or overdue, and off track when a quarter or more are off track."),
                S::Detail, MutedColour);
    if (!m.baselineName.isEmpty()) {
        c.paragraph(Tr::tr("%n item(s) slipped against the baseline “%1” of %2 (see Slippage).",
                           nullptr, m.overall.slipped)
                            .arg(m.baselineName, longDate(m.baselineDate)),
                    S::BodyBold);
    }
}

/// What starts or falls due in the coming weeks.
void ReportRenderer::composeUpcoming(PageComposer &c) const
{
    const ReportModel &m = m_model;
    c.heading(Tr::tr("Upcoming: the next %n days (to %1)", nullptr, ReportModel::UpcomingDays)
                      .arg(dateText(m.upcomingUntil)));
    if (m.upcoming.isEmpty()) {
        c.paragraph(Tr::tr("Nothing starts or falls due in this period."), S::Body, MutedColour);
    } else {
        QList<QList<Cell>> up;
        for (const ReportItem &i : m.upcoming) {
            up.append({{i.title, S::CellBold, {}, {}, {enums::displayName(i.kind)}},
                       {areaLabel(i.areaNumber, i.areaShortName), S::Cell, {}, {}, {}},
                       {enums::displayName(i.status), S::Cell, {}, {}, {}},
                       {leadOf(i), S::Cell, {}, {}, {}},
                       {datesOf(i), S::Cell, {}, {}, {}}});
        }
        c.table({{Tr::tr("Item"), 4.6, Qt::AlignLeft},
                 {Tr::tr("Area"), 1.5, Qt::AlignLeft},
                 {Tr::tr("Status"), 1.2, Qt::AlignLeft},
                 {Tr::tr("Lead"), 1.8, Qt::AlignLeft},
                 {Tr::tr("Dates"), 1.7, Qt::AlignLeft}},
                up);
    }
}

/// Active items overdue, at risk or off track, each with why and its latest update.
void ReportRenderer::composeAttention(PageComposer &c) const
{
    const ReportModel &m = m_model;
    c.heading(Tr::tr("Overdue and at risk"));
    if (m.overdueOrAtRisk.isEmpty()) {
        c.paragraph(Tr::tr("No active item is overdue, at risk or off track."), S::Body,
                    MutedColour);
    } else {
        QList<QList<Cell>> risk;
        for (const ReportItem &i : m.overdueOrAtRisk) {
            QStringList details;
            if (i.latestUpdate)
                details << latestUpdateText(*i.latestUpdate);
            risk.append({{i.title, S::CellBold, {}, {}, details},
                         {areaLabel(i.areaNumber, i.areaShortName), S::Cell, {}, {}, {}},
                         {riskReason(i),
                          S::CellBold,
                          healthColour(i.health == Health::OnTrack ? Health::AtRisk : i.health),
                          {},
                          {}},
                         {leadOf(i), S::Cell, {}, {}, {}},
                         {datesOf(i), S::Cell, {}, {}, {}}});
        }
        c.table({{Tr::tr("Item"), 4.6, Qt::AlignLeft},
                 {Tr::tr("Area"), 1.5, Qt::AlignLeft},
                 {Tr::tr("Why"), 1.6, Qt::AlignLeft},
                 {Tr::tr("Lead"), 1.6, Qt::AlignLeft},
                 {Tr::tr("Dates"), 1.6, Qt::AlignLeft}},
                risk);
    }
}

/// Items completed since the report's "since" date.
void ReportRenderer::composeCompleted(PageComposer &c) const
{
    const ReportModel &m = m_model;
    c.heading(Tr::tr("Completed since %1").arg(dateText(m.since)));
    if (m.completedSince.isEmpty()) {
        c.paragraph(Tr::tr("No item was completed in this period."), S::Body, MutedColour);
    } else {
        QList<QList<Cell>> done;
        for (const ReportItem &i : m.completedSince) {
            done.append({{i.title, S::CellBold, {}, {}, {}},
                         {areaLabel(i.areaNumber, i.areaShortName), S::Cell, {}, {}, {}},
                         {leadOf(i), S::Cell, {}, {}, {}},
                         {datesOf(i), S::Cell, {}, {}, {}}});
        }
        c.table({{Tr::tr("Item"), 5.2, Qt::AlignLeft},
                 {Tr::tr("Area"), 1.5, Qt::AlignLeft},
                 {Tr::tr("Lead"), 2, Qt::AlignLeft},
                 {Tr::tr("Dates"), 1.8, Qt::AlignLeft}},
                done);
    }
}

/// The record of change since the "since" date, and status updates.
void ReportRenderer::composeChanges(PageComposer &c) const
{
    const ReportModel &m = m_model;
    c.heading(Tr::tr("Changes since %1").arg(dateText(m.since)));
    if (m.changesSince.isEmpty()) {
        c.paragraph(Tr::tr("No change was recorded in this period."), S::Body, MutedColour);
    } else {
        QList<QList<Cell>> changes;
        for (const ReportChange &ch : m.changesSince) {
            QString what;
            QStringList details;
            if (ch.recorded) {
                // From the file's record of change: status, health, dates, items added/removed.
                const ChangeRecord &r = *ch.recorded;
                const bool added = r.action == ChangeRecord::Action::Insert;
                if (ch.count > 1)
                    what = added ? Tr::tr("%1 items added").arg(QLocale().toString(ch.count))
                                 : Tr::tr("%1 items removed").arg(QLocale().toString(ch.count));
                else if (r.field.isEmpty())
                    what = added ? Tr::tr("Item added") : Tr::tr("Item removed");
                else
                    what = History::describe(r, nullptr);
            } else {
                QStringList parts;
                if (ch.update.newStatus)
                    parts << Tr::tr("Status → %1").arg(enums::displayName(*ch.update.newStatus));
                if (ch.update.newHealth)
                    parts << Tr::tr("Health → %1").arg(enums::displayName(*ch.update.newHealth));
                what = parts.isEmpty() ? Tr::tr("Note") : parts.join(QStringLiteral("; "));
                if (!ch.update.text.trimmed().isEmpty())
                    details << ch.update.text.trimmed();
            }
            changes.append({{dateText(ch.date), S::Cell, {}, {}, {}},
                            {ch.itemTitle, S::CellBold, {}, {}, {}},
                            {what, S::Cell, {}, {}, details},
                            {ch.author, S::Cell, {}, {}, {}}});
        }
        c.table({{Tr::tr("Date"), 1.3, Qt::AlignLeft},
                 {Tr::tr("Item"), 3.6, Qt::AlignLeft},
                 {Tr::tr("Change"), 4, Qt::AlignLeft},
                 {Tr::tr("By"), 1.5, Qt::AlignLeft}},
                changes);
    }
}

void ReportRenderer::composeStatus(PageComposer &c) const
{
    composeCover(c);
    composeSummary(c);
    composeUpcoming(c);
    composeAttention(c);
    composeCompleted(c);
    composeChanges(c);
    composeSlippage(c);
    for (const AreaSection &section : m_model.sections)
        composeAreaSection(c, section);
    if (m_model.options.includeTraceability)
        composeTraceabilityAnnex(c);
}

void ReportRenderer::composeAreaSection(PageComposer &c, const AreaSection &section) const
{
    const ReportModel &m = m_model;
    const AreaSummary &a = section.summary;
    // An area starts on a new page unless most of the page is still free.
    c.breakIfLessThan(c.body().height() * 0.4);
    c.heading(Tr::tr("Priority area %1: %2").arg(a.number).arg(a.name));
    c.paragraph(
            itemsCount(a.total)
                    + Tr::tr(" · %1 done · %2 % progress · %3 overdue · %4 at risk or off track · "
                             "health: %5")
                              .arg(a.countByStatus[size_t(Status::Done)])
                              .arg(a.progress)
                              .arg(a.overdue)
                              .arg(a.atRisk)
                              .arg(enums::displayName(a.health)),
            S::Small, MutedColour);
    if (section.items.isEmpty()) {
        c.paragraph(Tr::tr("This area has no items yet."), S::Body, MutedColour);
        return;
    }
    const bool anyDated = std::any_of(section.items.cbegin(), section.items.cend(),
                                      [](const ReportItem &i) { return i.due().isValid(); });
    if (anyDated) {
        auto timeline = std::make_shared<ReportTimeline>(c, QDate(statementDate().year(), 1, 1),
                                                         QDate(CentennialYear, 12, 31), m.asOf);
        const qreal h = timeline->layout(
                {{a.shortName.isEmpty() ? QString::number(a.number) : a.shortName, a.colour,
                  section.items}},
                c.body().width(), c.body().height() * 0.45);
        c.noteText(timeline->texts());
        c.block(h, [timeline](QPainter *p, const QRectF &r) { timeline->paint(p, r); });
    } else {
        c.paragraph(Tr::tr("No item of this area is dated yet, so it has no timeline."), S::Small,
                    MutedColour);
    }

    QList<QList<Cell>> rows;
    rows.reserve(section.items.size());
    for (const ReportItem &i : section.items) {
        QStringList details;
        QString kind = enums::displayName(i.kind);
        if (i.overdue)
            kind += Tr::tr(" · %1").arg(lateness(i));
        details << kind;
        if (m.options.includeDescriptions && !i.description.trimmed().isEmpty())
            details << i.description.trimmed();
        if (i.latestUpdate)
            details << latestUpdateText(*i.latestUpdate);
        rows.append(
                {{i.title, S::CellBold, {}, {}, details},
                 {enums::displayName(i.status), S::Cell, {}, {}, {}},
                 healthCell(i.health),
                 {leadOf(i), S::Cell, {}, {}, {}},
                 {datesOf(i), S::Cell, {}, {}, {}},
                 {i.status == Status::Done ? DateText::percent(100) : DateText::percent(i.progress),
                  S::Cell,
                  {},
                  {},
                  {}}});
    }
    c.table(itemColumns(), rows);
}

void ReportRenderer::composeBriefing(PageComposer &c) const
{
    const ReportModel &m = m_model;
    const QRectF body = c.body();
    qreal y = body.top();
    y += c.placeLines(c.wrapElided(m.title.isEmpty() ? Tr::tr("Roadmap") : m.title, S::Heading1,
                                   body.width(), 2),
                      S::Heading1, QRectF(body.left(), y, body.width(), body.height()));
    const QString sub = Tr::tr("Briefing as of %1 · %2 days to the centennial · %3 items, %4 % "
                               "overall progress · %5 overdue, %6 at risk or off track")
                                .arg(longDate(m.asOf))
                                .arg(std::max(0, m.daysToCentennial))
                                .arg(m.overall.total)
                                .arg(m.overall.progress)
                                .arg(m.overall.overdue)
                                .arg(m.overall.atRisk);
    y += c.placeLines(c.wrapElided(sub, S::Body, body.width(), 2), S::Body,
                      QRectF(body.left(), y, body.width(), body.height()), MutedColour);
    y = composeBriefingNote(c, y);
    y += c.mm(3);

    const qreal gap = c.mm(6);
    const bool landscape = body.width() > body.height();
    QRectF timelineRect, sideRect;
    if (landscape) {
        const qreal tw = body.width() * 0.64;
        timelineRect = QRectF(body.left(), y, tw, body.bottom() - y);
        sideRect = QRectF(body.left() + tw + gap, y, body.width() - tw - gap, body.bottom() - y);
    } else {
        const qreal th = (body.bottom() - y) * 0.55;
        timelineRect = QRectF(body.left(), y, body.width(), th);
        sideRect = QRectF(body.left(), y + th + gap, body.width(), body.bottom() - y - th - gap);
    }

    QList<ReportTimeline::Lane> lanes;
    for (const AreaSection &s : m.sections)
        lanes.append({areaLabel(s.summary.number, s.summary.shortName), s.summary.colour, s.items});
    auto timeline = std::make_shared<ReportTimeline>(c, QDate(statementDate().year(), 1, 1),
                                                     QDate(CentennialYear, 12, 31), m.asOf);
    const qreal th = timeline->layout(lanes, timelineRect.width(), timelineRect.height(), true);
    c.noteText(timeline->texts());
    c.place(QRectF(timelineRect.topLeft(), QSizeF(timelineRect.width(), th)),
            [timeline](QPainter *p, const QRectF &r) { timeline->paint(p, r); });

    // Under the timeline, when the page has room: the areas at a glance.
    const qreal rowHeight = c.lineHeight(S::Small) + c.pt(3);
    const qreal tableTop = timelineRect.top() + th + c.mm(5);
    const qreal tableHeight = (m.summary.size() + 2) * rowHeight + c.lineHeight(S::Heading2);
    if (tableTop + tableHeight <= timelineRect.bottom()) {
        const qreal w = timelineRect.width();
        const QList<qreal> share {0.40, 0.09, 0.09, 0.11, 0.11, 0.10, 0.10};
        const QStringList heads {Tr::tr("Priority area"), Tr::tr("Items"),   Tr::tr("Done"),
                                 Tr::tr("Overdue"),       Tr::tr("At risk"), Tr::tr("Progress"),
                                 Tr::tr("Health")};
        qreal ty = tableTop;
        ty += c.placeLines({Tr::tr("Priority areas at a glance")}, S::Heading2,
                           QRectF(timelineRect.left(), ty, w, c.lineHeight(S::Heading2)));
        const auto row = [&](const QStringList &cells, S style, const QList<QColor> &colours,
                             const QColor &fill) {
            if (fill.isValid())
                c.placeRect(QRectF(timelineRect.left(), ty, w, rowHeight), fill);
            qreal x = timelineRect.left();
            for (int i = 0; i < cells.size(); ++i) {
                const qreal cw = w * share.at(i);
                const QRectF cell(x + c.pt(3), ty + c.pt(1.5), cw - c.pt(6), rowHeight);
                c.placeLines(c.wrapElided(cells.at(i), style, cell.width(), 1), style, cell,
                             colours.value(i), i == 0 ? Qt::AlignLeft : Qt::AlignRight);
                x += cw;
            }
            ty += rowHeight;
            c.placeLine({timelineRect.left(), ty}, {timelineRect.right(), ty},
                        QColor(0xb8, 0xbe, 0xc8), c.pt(0.4));
        };
        row(heads, S::SmallBold, {}, QColor(0xe4, 0xe8, 0xee));
        const auto cellsOf = [&](const AreaSummary &a, const QString &name) {
            return QStringList {name,
                                QLocale().toString(a.total),
                                QLocale().toString(a.countByStatus[size_t(Status::Done)]),
                                QLocale().toString(a.overdue),
                                QLocale().toString(a.atRisk),
                                DateText::percent(a.progress),
                                enums::displayName(a.health)};
        };
        for (const AreaSummary &a : m.summary)
            row(cellsOf(a, areaLabel(a.number, a.shortName)), S::Small,
                {{}, {}, {}, {}, {}, {}, healthColour(a.health)}, {});
        row(cellsOf(m.overall, Tr::tr("All")), S::SmallBold,
            {{}, {}, {}, {}, {}, {}, healthColour(m.overall.health)}, QColor(0xf5, 0xf6, 0xf8));
    }

    // The side column: next key milestones, then the items at risk, each with half the room.
    // Milestones, visits, agreements and events first: they are what a Minister attends.
    QList<ReportItem> keyMilestones;
    QList<ReportItem> others;
    for (const ReportItem &i : m.upcoming) {
        const bool key = i.kind == ItemKind::Milestone || i.kind == ItemKind::Visit
                || i.kind == ItemKind::Agreement || i.kind == ItemKind::Event;
        (key ? keyMilestones : others).append(i);
    }
    keyMilestones.append(others);
    const auto list = [&](const QString &title, const QList<ReportItem> &items, QRectF area,
                          bool risk, const QString &emptyText) -> qreal {
        qreal yy = area.top();
        yy += c.placeLines({title}, S::Heading2,
                           QRectF(area.left(), yy, area.width(), area.height()));
        c.placeLine({area.left(), yy + c.pt(1)}, {area.right(), yy + c.pt(1)},
                    QColor(0xb8, 0xbe, 0xc8), c.pt(0.6));
        yy += c.pt(4);
        if (items.isEmpty()) {
            yy += c.placeLines({emptyText}, S::Small,
                               QRectF(area.left(), yy, area.width(), area.height()), MutedColour);
            return yy - area.top();
        }
        const qreal moreHeight = c.lineHeight(S::Small) + c.pt(2);
        for (int k = 0; k < items.size(); ++k) {
            const ReportItem &i = items.at(k);
            const QString meta = risk
                    ? Tr::tr("%1 · %2 · %3")
                              .arg(riskReason(i), areaLabel(i.areaNumber, i.areaShortName),
                                   datesOf(i))
                    // A slip first, where the two lines cannot cut it off.
                    : (i.slip && i.slip->isLater()
                               ? Tr::tr("slipped %1 · ").arg(i.slip->shortText())
                               : QString())
                            + Tr::tr("%1 · %2 · %3")
                                      .arg(datesOf(i), areaLabel(i.areaNumber, i.areaShortName),
                                           leadOf(i));
            const QStringList titleLines = c.wrapElided(i.title, S::SmallBold, area.width(), 2);
            const QStringList metaLines = c.wrapElided(meta, S::Detail, area.width(), 2);
            const qreal need = titleLines.size() * c.lineHeight(S::SmallBold)
                    + metaLines.size() * c.lineHeight(S::Detail) + c.pt(3);
            const bool last = k == items.size() - 1;
            if (yy + need + (last ? 0 : moreHeight) > area.bottom()) {
                c.placeLines({Tr::tr("… and %n more (see the status report)", nullptr,
                                     int(items.size() - k))},
                             S::Small, QRectF(area.left(), yy, area.width(), moreHeight),
                             MutedColour);
                return yy + moreHeight - area.top();
            }
            yy += c.placeLines(titleLines, S::SmallBold,
                               QRectF(area.left(), yy, area.width(), need));
            yy += c.placeLines(
                    metaLines, S::Detail, QRectF(area.left(), yy, area.width(), need),
                    risk ? healthColour(i.health == Health::OnTrack ? Health::AtRisk : i.health)
                         : MutedColour);
            yy += c.pt(3);
        }
        return yy - area.top();
    };
    // Milestones take at most half of the column; the risks get the rest.
    const qreal half = (sideRect.height() - c.mm(5)) / 2;
    const qreal used = list(
            Tr::tr("Next key milestones (%n days)", nullptr, ReportModel::UpcomingDays),
            keyMilestones, QRectF(sideRect.left(), sideRect.top(), sideRect.width(), half), false,
            Tr::tr("Nothing falls due in the next %n days.", nullptr, ReportModel::UpcomingDays));
    const qreal riskTop = sideRect.top() + used + c.mm(5);
    list(Tr::tr("Items at risk or overdue"), m.overdueOrAtRisk,
         QRectF(sideRect.left(), riskTop, sideRect.width(), sideRect.bottom() - riskTop), true,
         Tr::tr("No active item is overdue, at risk or off track."));
}

void ReportRenderer::composeBoard(PageComposer &c) const
{
    const ReportModel &m = m_model;
    const QList<Status> statuses = enums::allStatuses();
    QList<QList<ReportItem>> columns(statuses.size());
    for (const ReportItem &i : m.allItems)
        columns[int(i.status)].append(i);
    for (QList<ReportItem> &col : columns) {
        std::stable_sort(col.begin(), col.end(),
                         [](const ReportItem &a, const ReportItem &b) { return a.rank < b.rank; });
    }
    const QRectF body = c.body();
    const qreal gap = c.mm(3);
    const qreal colWidth = (body.width() - gap * (statuses.size() - 1)) / statuses.size();
    const qreal pad = c.pt(4);
    const qreal textWidth = colWidth - 4 * pad - c.pt(3);

    struct Card
    {
        QStringList title;
        QStringList meta;
        QColor stripe;
        Health health;
        bool active;
        qreal height;
    };
    QList<QList<Card>> cards(statuses.size());
    for (int s = 0; s < statuses.size(); ++s) {
        for (const ReportItem &i : columns.at(s)) {
            Card card;
            card.title = c.wrap(i.title, S::SmallBold, textWidth);
            QString meta
                    = Tr::tr("%1 · %2").arg(areaLabel(i.areaNumber, i.areaShortName), datesOf(i));
            meta += QLatin1Char('\n') + leadOf(i);
            if (i.isActive() && (i.health != Health::OnTrack || i.overdue))
                meta += QLatin1Char('\n') + riskReason(i);
            card.meta = c.wrap(meta, S::Detail, textWidth);
            card.stripe = i.areaColour.isValid() ? i.areaColour : MutedColour;
            card.health = i.overdue && i.health == Health::OnTrack ? Health::AtRisk : i.health;
            card.active = i.isActive();
            card.height = card.title.size() * c.lineHeight(S::SmallBold)
                    + card.meta.size() * c.lineHeight(S::Detail) + 2 * pad;
            cards[s].append(card);
        }
    }

    QList<int> next(statuses.size(), 0);
    const qreal headerHeight = c.lineHeight(S::BodyBold) + 2 * pad;
    bool first = true;
    while (first || std::any_of(next.begin(), next.end(), [&, s = 0](int n) mutable {
               return n < cards.at(s++).size();
           })) {
        if (!first)
            c.newPage();
        qreal top = body.top();
        const QString title = first
                ? Tr::tr("Board as of %1 · %2").arg(longDate(m.asOf), areasText(m))
                : Tr::tr("Board as of %1 (continued)").arg(longDate(m.asOf));
        top += c.placeLines(c.wrapElided(title, S::Heading2, body.width(), 1), S::Heading2,
                            QRectF(body.left(), top, body.width(), body.height()));
        top += c.mm(2);
        for (int s = 0; s < statuses.size(); ++s) {
            const qreal x = body.left() + s * (colWidth + gap);
            c.placeRect(QRectF(x, top, colWidth, body.bottom() - top), QColor(0xf4, 0xf5, 0xf7));
            c.placeRect(QRectF(x, top, colWidth, headerHeight), QColor(0xe0, 0xe4, 0xea));
            const bool continued = !first && next.at(s) > 0;
            // The count on the column's first page; "cont." after it (both would not fit).
            const QString head = continued
                    ? Tr::tr("%1, cont.").arg(enums::displayName(statuses.at(s)))
                    : Tr::tr("%1 (%2)")
                              .arg(enums::displayName(statuses.at(s)))
                              .arg(cards.at(s).size());
            c.placeLines(c.wrapElided(head, S::BodyBold, colWidth - 2 * pad, 1), S::BodyBold,
                         QRectF(x + pad, top + pad, colWidth - 2 * pad, headerHeight));
            qreal y = top + headerHeight + pad;
            while (next.at(s) < cards.at(s).size()) {
                const Card &card = cards.at(s).at(next.at(s));
                if (y + card.height > body.bottom() - pad && y > top + headerHeight + pad)
                    break;
                const QRectF box(x + pad, y, colWidth - 2 * pad, card.height);
                const QColor border = card.active && card.health != Health::OnTrack
                        ? healthColour(card.health)
                        : QColor(0xc9, 0xd0, 0xda);
                c.placeRect(box, card.active ? QColor(Qt::white) : QColor(0xf9, 0xfa, 0xfb),
                            border);
                c.placeRect(QRectF(box.left(), box.top(), c.pt(3), box.height()), card.stripe);
                qreal ty = box.top() + pad;
                const qreal tx = box.left() + c.pt(3) + pad;
                ty += c.placeLines(card.title, S::SmallBold,
                                   QRectF(tx, ty, textWidth, box.bottom() - ty),
                                   card.active ? QColor() : MutedColour);
                c.placeLines(card.meta, S::Detail, QRectF(tx, ty, textWidth, box.bottom() - ty + 1),
                             MutedColour);
                y += card.height + pad;
                ++next[s];
            }
        }
        first = false;
    }
}

} // namespace jcr
