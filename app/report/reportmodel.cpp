#include "reportmodel.h"
#include "i18n/language.h"
#include "i18n/scopedlanguage.h"

#include "sources/emphasismarkup.h"
#include "sources/sourcecoverage.h"

#include "document/baselinecomparison.h"
#include "document/history.h"
#include "document/roadmapdocument.h"
#include "domain/clock.h"
#include "storage/roadmapstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ReportModel)
};

/// Sort key for "by due date, undated last, then title".
bool dueBefore(const ReportItem &a, const ReportItem &b)
{
    const QDate da = a.due().isValid() ? a.due().last() : QDate();
    const QDate db = b.due().isValid() ? b.due().last() : QDate();
    if (da != db) {
        if (!da.isValid())
            return false;
        if (!db.isValid())
            return true;
        return da < db;
    }
    return a.id < b.id;
}

/// The date an item counts as upcoming on: its start if that lies ahead, else its due date.
QDate upcomingDate(const ReportItem &item, QDate asOf, QDate until)
{
    if (item.start.isValid() && item.start.first() > asOf && item.start.first() <= until)
        return item.start.first();
    const FuzzyDate due = item.due();
    if (due.isValid() && due.last() > asOf && due.last() <= until)
        return due.last();
    return {};
}

/// The recorded changes a Director asks about — status and health, dates moved, items added
/// and removed — of the report's period into m.changesSince. A status or health change that a
/// status note of the same day already reports is not repeated. Many items added or removed by
/// one person on one day become one counted line.
void addRecordedChanges(ReportModel &m, const QList<ChangeRecord> &recorded,
                        const QSet<qint64> &existing, const QHash<qint64, QString> &titles,
                        const QHash<qint64, int> &areaOfItem, const QList<StatusUpdate> &history)
{
    static const QStringList fields {QStringLiteral("status"), QStringLiteral("health"),
                                     QStringLiteral("start"), QStringLiteral("end")};
    QSet<QString> noted; // "item/date/field/new value" reported by a note
    for (const StatusUpdate &u : history) {
        const QString day = u.date.toString(Qt::ISODate);
        if (u.newStatus)
            noted.insert(QStringLiteral("%1/%2/status/%3")
                                 .arg(QString::number(u.itemId), day, enums::key(*u.newStatus)));
        if (u.newHealth)
            noted.insert(QStringLiteral("%1/%2/health/%3")
                                 .arg(QString::number(u.itemId), day, enums::key(*u.newHealth)));
    }
    QHash<QString, QList<ReportChange>> bulk; // "date/actor/action" → items added or removed
    QStringList bulkOrder;
    for (const ChangeRecord &c : recorded) {
        if (!c.itemId)
            continue;
        const bool addedOrRemoved = c.field.isEmpty();
        if (!addedOrRemoved && !fields.contains(c.field))
            continue;
        const QDate day = c.at.toLocalTime().date();
        if (day < m.since || day > m.asOf)
            continue;
        // Items of areas the report leaves out; a removed item's area is no longer known.
        const bool shown = titles.contains(c.itemId);
        if (existing.contains(c.itemId) ? !shown : !m.options.areaNumbers.isEmpty())
            continue;
        if (!addedOrRemoved
            && noted.contains(QStringLiteral("%1/%2/%3/%4")
                                      .arg(QString::number(c.itemId), day.toString(Qt::ISODate),
                                           c.field, c.newValue.value_or(QString()))))
            continue;
        ReportChange r;
        r.recorded = c;
        r.date = day;
        r.author = History::actorText(c);
        r.areaNumber = areaOfItem.value(c.itemId);
        r.itemTitle = shown ? titles.value(c.itemId)
                            : c.oldValue.value_or(c.newValue.value_or(QString()));
        if (addedOrRemoved) {
            const QString key
                    = QStringLiteral("%1/%2/%3")
                              .arg(day.toString(Qt::ISODate), c.actor,
                                   c.action == ChangeRecord::Action::Insert ? QStringLiteral("+")
                                                                            : QStringLiteral("-"));
            if (!bulk.contains(key))
                bulkOrder << key;
            bulk[key].append(r);
            continue;
        }
        m.changesSince.append(r);
    }
    for (const QString &key : std::as_const(bulkOrder)) {
        const QList<ReportChange> &group = bulk[key];
        if (group.size() <= ReportModel::BulkChanges) {
            m.changesSince.append(group);
            continue;
        }
        ReportChange counted = group.constFirst();
        counted.count = int(group.size());
        counted.itemTitle.clear();
        counted.areaNumber = 0;
        m.changesSince.append(counted);
    }
}

} // namespace

Health ReportModel::areaHealth(int active, int offTrack, int atRiskOrOverdue)
{
    if (active <= 0)
        return Health::OnTrack;
    if (offTrack * 4 >= active)
        return Health::OffTrack;
    if (atRiskOrOverdue * 4 >= active)
        return Health::AtRisk;
    return Health::OnTrack;
}

Result<ReportModel> ReportModel::build(RoadmapDocument &document, const ReportOptions &options)
{
    // Names and labels taken now are in the report's language.
    const ScopedLanguage language(options.language);
    // The whole history in one query: per-item queries would cost a round trip per item.
    auto history = document.store().statusUpdatesSince(QDate(1, 1, 1));
    if (!history)
        return history.error();
    QList<ReportItem> items;
    items.reserve(document.itemCount());
    for (const Item &it : document.items()) {
        ReportItem r;
        r.id = it.id;
        // The report's language, else the primary text (a report has no italics to mark it).
        r.title = it.titleIn(Language::current());
        r.description = it.descriptionIn(Language::current());
        r.kind = it.kind;
        r.status = it.status;
        r.health = it.health;
        r.lead = it.lead;
        r.organisations = document.leadOrganisationNames(it);
        r.start = it.start;
        r.end = it.end;
        r.progress = it.progress;
        r.rank = it.rank;
        if (const PriorityArea *a = document.area(it.areaId)) {
            r.areaNumber = a->number;
            r.areaShortName = a->shortNameIn(Language::current());
            r.areaColour = a->colour;
        }
        items.append(r);
    }
    // The baseline to report slippage against: the one rule of BaselineComparison.
    QDate baselineDate;
    QString baselineName;
    if (!options.baseline.trimmed().isEmpty()) {
        const Baseline *b = document.baselineNamed(options.baseline);
        if (!b)
            return Error {Error::Code::NotFound,
                          Tr::tr("There is no baseline named “%1” in this roadmap.")
                                  .arg(options.baseline.trimmed())};
        auto whole = document.loadBaseline(b->id);
        if (!whole)
            return whole.error();
        baselineName = whole->name;
        baselineDate = whole->takenOn;
        const BaselineComparison comparison(whole.value());
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (const auto c = comparison.compare(document.items().at(i))) {
                items[i].slip = c->due;
                items[i].baselineDue = c->then.end.isValid() ? c->then.end : c->then.start;
            }
        }
    }
    // The record of change of the report's period ("changes since").
    const QDate asOf = options.effectiveAsOf();
    auto recorded = History::between(document, std::min(options.effectiveSince(), asOf), asOf);
    if (!recorded)
        return recorded.error();
    ReportModel model = build(document.settings(), document.areas(), items, history.value(),
                              options, recorded.value());
    model.baselineName = baselineName;
    model.baselineDate = baselineDate;
    if (options.includeTraceability && options.type == ReportType::Status) {
        const CoverageReport coverage
                = SourceCoverage::compute(document.sources(), document.items());
        model.traceabilitySummary = coverage.summary();
        for (const CommitmentSentence &c : coverage.sentences) {
            TraceabilityRow row;
            if (const SourceDocument *s = document.source(c.sourceId))
                row.sourceTitle = s->title;
            row.sentence = EmphasisMarkup::parse(c.text.simplified());
            for (qint64 id : c.itemIds) {
                if (const Item *it = document.item(id))
                    row.items.append({it->title, it->status});
            }
            model.traceability.append(row);
        }
    }
    return model;
}

ReportModel ReportModel::build(const DocumentSettings &settings, const QList<PriorityArea> &areas,
                               const QList<ReportItem> &allItems,
                               const QList<StatusUpdate> &history, const ReportOptions &options,
                               const QList<ChangeRecord> &recorded)
{
    ReportModel m;
    m.options = options;
    m.asOf = options.effectiveAsOf();
    m.since = std::min(options.effectiveSince(), m.asOf);
    m.upcomingUntil = m.asOf.addDays(UpcomingDays);
    m.title = settings.title;
    m.office = settings.office;
    m.settings = settings;
    m.author = settings.author;
    m.classification
            = options.classification.isEmpty() ? settings.classification : options.classification;
    if (m.classification.trimmed().isEmpty())
        m.classification = QStringLiteral("UNCLASSIFIED");
    m.daysToCentennial = jcr::daysToCentennial(m.asOf);

    QList<PriorityArea> selectedAreas;
    for (const PriorityArea &a : areas) {
        if (options.areaNumbers.isEmpty() || options.areaNumbers.contains(a.number))
            selectedAreas.append(a);
    }
    std::sort(selectedAreas.begin(), selectedAreas.end(),
              [](const PriorityArea &a, const PriorityArea &b) { return a.number < b.number; });

    // The history as of the report date: later entries do not exist yet for this report.
    QHash<qint64, const StatusUpdate *> latest;
    QHash<qint64, QDate> doneOn;
    for (const StatusUpdate &u : history) {
        if (u.date > m.asOf)
            continue;
        const StatusUpdate *&l = latest[u.itemId];
        if (!l || u.date > l->date || (u.date == l->date && u.id > l->id))
            l = &u;
        if (u.newStatus == Status::Done) {
            QDate &d = doneOn[u.itemId];
            if (!d.isValid() || u.date > d)
                d = u.date;
        }
    }

    QHash<qint64, int> areaIndex; // area number -> index in sections
    for (const PriorityArea &a : selectedAreas) {
        AreaSection s;
        s.summary.number = a.number;
        s.summary.name = a.nameIn(Language::current());
        s.summary.shortName = a.shortNameIn(Language::current());
        s.summary.colour = a.colour;
        areaIndex.insert(a.number, int(m.sections.size()));
        m.sections.append(s);
    }

    QHash<qint64, QString> titles;
    QHash<qint64, int> areaOfItem;
    for (ReportItem item : allItems) {
        auto idx = areaIndex.constFind(item.areaNumber);
        if (idx == areaIndex.constEnd())
            continue;
        titles.insert(item.id, item.title);
        areaOfItem.insert(item.id, item.areaNumber);
        if (const StatusUpdate *u = latest.value(item.id))
            item.latestUpdate = *u;
        if (item.isActive()) {
            // An ongoing item with a start and no end is not late: it has no deadline.
            const QDate late = Item::deadlineOf(item.kind, item.status, item.start, item.end);
            item.startOverdue
                    = !item.end.isValid() && late.isValid() && item.kind != ItemKind::Milestone;
            item.overdue = late.isValid() && late < m.asOf;
            item.daysOverdue = item.overdue ? int(late.daysTo(m.asOf)) : 0;
            if (!item.overdue)
                item.startOverdue = false;
        }
        m.sections[*idx].items.append(item);
    }

    for (AreaSection &s : m.sections) {
        std::sort(s.items.begin(), s.items.end(), dueBefore);
        AreaSummary &sum = s.summary;
        int active = 0, offTrack = 0, troubled = 0, progressCount = 0;
        qint64 progressSum = 0;
        for (const ReportItem &item : std::as_const(s.items)) {
            ++sum.countByStatus[size_t(item.status)];
            ++sum.total;
            if (item.status != Status::Cancelled) {
                progressSum += item.status == Status::Done ? 100 : item.progress;
                ++progressCount;
            }
            if (!item.isActive())
                continue;
            ++active;
            if (item.health == Health::OffTrack)
                ++offTrack;
            if (item.health != Health::OnTrack)
                ++sum.atRisk;
            if (item.overdue)
                ++sum.overdue;
            if (item.health != Health::OnTrack || item.overdue)
                ++troubled;
        }
        for (const ReportItem &item : std::as_const(s.items)) {
            if (item.slip && item.slip->isLater())
                ++sum.slipped;
        }
        sum.progress = progressCount ? int((progressSum + progressCount / 2) / progressCount) : 0;
        sum.health = areaHealth(active, offTrack, troubled);
        m.summary.append(sum);

        AreaSummary &all = m.overall;
        for (size_t i = 0; i < all.countByStatus.size(); ++i)
            all.countByStatus[i] += sum.countByStatus[i];
        all.total += sum.total;
        all.atRisk += sum.atRisk;
        all.overdue += sum.overdue;
        all.slipped += sum.slipped;
        m.allItems.append(s.items);
    }
    // Most slip first: years before quarters, months and days, then the most periods.
    for (const ReportItem &item : std::as_const(m.allItems)) {
        if (item.slip && item.slip->isLater())
            m.slipped.append(item);
    }
    std::stable_sort(m.slipped.begin(), m.slipped.end(),
                     [](const ReportItem &a, const ReportItem &b) {
                         if (a.slip->unit != b.slip->unit)
                             return int(a.slip->unit) > int(b.slip->unit);
                         return a.slip->periods > b.slip->periods;
                     });
    {
        int active = 0, offTrack = 0, troubled = 0, progressCount = 0;
        qint64 progressSum = 0;
        for (const ReportItem &item : std::as_const(m.allItems)) {
            if (item.status != Status::Cancelled) {
                progressSum += item.status == Status::Done ? 100 : item.progress;
                ++progressCount;
            }
            if (!item.isActive())
                continue;
            ++active;
            offTrack += item.health == Health::OffTrack;
            troubled += item.health != Health::OnTrack || item.overdue;
        }
        m.overall.progress
                = progressCount ? int((progressSum + progressCount / 2) / progressCount) : 0;
        m.overall.health = areaHealth(active, offTrack, troubled);
    }

    QList<QPair<QDate, ReportItem>> upcoming;
    QList<QPair<QDate, ReportItem>> completed;
    for (const ReportItem &item : std::as_const(m.allItems)) {
        if (item.isActive()) {
            const QDate when = upcomingDate(item, m.asOf, m.upcomingUntil);
            if (when.isValid())
                upcoming.append({when, item});
            if (item.overdue || item.health != Health::OnTrack)
                m.overdueOrAtRisk.append(item);
        } else if (item.status == Status::Done) {
            // Done "since": the history says when; without history, the item's end date.
            QDate done = doneOn.value(item.id);
            if (!done.isValid() && item.end.isValid())
                done = item.end.last();
            if (done.isValid() && done >= m.since && done <= m.asOf)
                completed.append({done, item});
        }
    }
    std::stable_sort(upcoming.begin(), upcoming.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &u : std::as_const(upcoming))
        m.upcoming.append(u.second);
    std::stable_sort(completed.begin(), completed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &d : std::as_const(completed))
        m.completedSince.append(d.second);
    // Off track first, then at risk, then merely overdue; each by due date.
    const auto severity = [](const ReportItem &i) {
        return i.health == Health::OffTrack ? 0 : i.health == Health::AtRisk ? 1 : 2;
    };
    std::stable_sort(m.overdueOrAtRisk.begin(), m.overdueOrAtRisk.end(),
                     [&](const ReportItem &a, const ReportItem &b) {
                         if (severity(a) != severity(b))
                             return severity(a) < severity(b);
                         return dueBefore(a, b);
                     });

    for (const StatusUpdate &u : history) {
        if (u.date < m.since || u.date > m.asOf || !titles.contains(u.itemId))
            continue;
        ReportChange c;
        c.update = u;
        c.itemTitle = titles.value(u.itemId);
        c.areaNumber = areaOfItem.value(u.itemId);
        c.date = u.date;
        c.author = u.author;
        m.changesSince.append(c);
    }
    QSet<qint64> existing;
    for (const ReportItem &item : allItems)
        existing.insert(item.id);
    addRecordedChanges(m, recorded, existing, titles, areaOfItem, history);
    std::stable_sort(m.changesSince.begin(), m.changesSince.end(),
                     [](const ReportChange &a, const ReportChange &b) {
                         if (a.date != b.date)
                             return a.date > b.date;
                         // A note (what people wrote) before the recorded changes of its day.
                         if (a.recorded.has_value() != b.recorded.has_value())
                             return !a.recorded.has_value();
                         if (a.recorded)
                             return a.recorded->id > b.recorded->id;
                         return a.update.id > b.update.id;
                     });
    return m;
}

} // namespace jcr
