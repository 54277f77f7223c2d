// The status report's traceability annex: a part of ReportRenderer kept in its own file.
#include "pagecomposer.h"
#include "reportrenderer.h"

#include "domain/enums.h"

#include <QCoreApplication>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ReportRenderer)
};

const QColor MutedColour(0x5b, 0x63, 0x70);
const QColor UntrackedColour(0xc6, 0x28, 0x28);
const QColor UntrackedFill(0xfd, 0xec, 0xec);

} // namespace

void ReportRenderer::composeTraceabilityAnnex(PageComposer &c) const
{
    using S = PageComposer;
    const ReportModel &m = m_model;
    c.newPage();
    c.heading(Tr::tr("Annex: traceability to the source documents"));
    c.paragraph(
            Tr::tr("Each sentence of the source documents that reads as a commitment, the items "
                   "that track it and their status. A sentence no item tracks is marked "
                   "\"not tracked\"."),
            S::Small, MutedColour);
    if (m.traceability.isEmpty()) {
        c.paragraph(Tr::tr("The roadmap has no source document with commitment sentences."),
                    S::Body, MutedColour);
        return;
    }
    c.paragraph(m.traceabilitySummary, S::BodyBold);
    QString currentSource;
    QList<QList<S::TableCell>> rows;
    const auto flush = [&] {
        if (rows.isEmpty())
            return;
        c.heading(currentSource, S::Heading2);
        c.table({{Tr::tr("Commitment"), 5.5, Qt::AlignLeft},
                 {Tr::tr("Tracked by (status)"), 4.5, Qt::AlignLeft}},
                rows);
        rows.clear();
    };
    // The sentences keep the source's emphasis as bold and italic runs, never as asterisks.
    for (const TraceabilityRow &row : m.traceability) {
        if (row.sourceTitle != currentSource) {
            flush();
            currentSource = row.sourceTitle;
        }
        if (row.items.isEmpty()) {
            rows.append({{{}, S::Cell, {}, UntrackedFill, {}, row.sentence},
                         {Tr::tr("not tracked"), S::CellBold, UntrackedColour, UntrackedFill, {}}});
            continue;
        }
        QStringList lines;
        for (const auto &[title, status] : row.items)
            lines.append(Tr::tr("%1 (%2)").arg(title, enums::displayName(status)));
        rows.append({{{}, S::Cell, {}, {}, {}, row.sentence},
                     {lines.constFirst(), S::Cell, {}, {}, lines.mid(1)}});
    }
    flush();
}

} // namespace jcr
