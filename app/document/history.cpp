#include "history.h"
#include "i18n/datetext.h"

#include "document/roadmapdocument.h"
#include "domain/fuzzydate.h"
#include "storage/roadmapstore.h"

#include <algorithm>

namespace jcr {

namespace {

QString shortened(const QString &text, int max)
{
    QString flat = text.simplified();
    if (max > 1 && flat.size() > max)
        flat = flat.left(max - 1) + QChar(0x2026);
    return flat;
}

} // namespace

Result<QList<HistoryEntry>> History::ofItem(RoadmapDocument &document, qint64 itemId)
{
    auto notes = document.statusUpdates(itemId);
    if (!notes)
        return notes.error();
    auto changes = document.store().itemChanges(itemId);
    if (!changes)
        return changes.error();
    return merge(notes.value(), changes.value());
}

Result<QList<ChangeRecord>> History::between(RoadmapDocument &document, QDate since, QDate until,
                                             int limit)
{
    const QDateTime from = since.isValid() ? since.startOfDay() : QDateTime();
    const QDateTime to = until.isValid() ? until.addDays(1).startOfDay() : QDateTime();
    return document.store().changesBetween(from, to, limit);
}

Result<qint64> History::countBetween(RoadmapDocument &document, QDate since, QDate until)
{
    const QDateTime from = since.isValid() ? since.startOfDay() : QDateTime();
    const QDateTime to = until.isValid() ? until.addDays(1).startOfDay() : QDateTime();
    return document.store().countChangesBetween(from, to);
}

QList<HistoryEntry> History::merge(const QList<StatusUpdate> &notes,
                                   const QList<ChangeRecord> &changes)
{
    QList<HistoryEntry> out;
    out.reserve(notes.size() + changes.size());
    for (const StatusUpdate &n : notes) {
        HistoryEntry e;
        e.kind = HistoryEntry::Kind::Note;
        e.when = n.date.endOfDay();
        e.sortKey = e.when.toMSecsSinceEpoch();
        e.note = n;
        out.append(std::move(e));
    }
    for (const ChangeRecord &c : changes) {
        HistoryEntry e;
        e.kind = HistoryEntry::Kind::Change;
        e.when = c.at;
        e.sortKey = c.at.toMSecsSinceEpoch();
        e.change = c;
        out.append(std::move(e));
    }
    // Both lists come newest first; a stable sort keeps that order among equal times.
    std::stable_sort(out.begin(), out.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.when > b.when; });
    return out;
}

QString History::actorText(const ChangeRecord &change)
{
    return change.isByAnotherProgram() ? tr("another program") : change.actor;
}

QString History::fieldName(const QString &field)
{
    static const QHash<QString, const char *> names {
            {QStringLiteral("area"), QT_TR_NOOP("Priority area")},
            {QStringLiteral("title"), QT_TR_NOOP("Title")},
            {QStringLiteral("description"), QT_TR_NOOP("Description")},
            {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
            {QStringLiteral("status"), QT_TR_NOOP("Status")},
            {QStringLiteral("health"), QT_TR_NOOP("Health")},
            {QStringLiteral("lead"), QT_TR_NOOP("Lead side")},
            {QStringLiteral("start"), QT_TR_NOOP("Start")},
            {QStringLiteral("end"), QT_TR_NOOP("End")},
            {QStringLiteral("progress"), QT_TR_NOOP("Progress")},
            {QStringLiteral("organisation"), QT_TR_NOOP("Organisation")},
            {QStringLiteral("tag"), QT_TR_NOOP("Tag")},
            {QStringLiteral("predecessor"), QT_TR_NOOP("Predecessor")},
            {QStringLiteral("citation"), QT_TR_NOOP("Source passage")},
            {QStringLiteral("note"), QT_TR_NOOP("Status note")},
            {QStringLiteral("number"), QT_TR_NOOP("Number")},
            {QStringLiteral("name"), QT_TR_NOOP("Name")},
            {QStringLiteral("short_name"), QT_TR_NOOP("Short name")},
            {QStringLiteral("colour"), QT_TR_NOOP("Colour")},
            {QStringLiteral("title_fr"), QT_TR_NOOP("Title in French")},
            {QStringLiteral("title_ja"), QT_TR_NOOP("Title in Japanese")},
            {QStringLiteral("description_fr"), QT_TR_NOOP("Description in French")},
            {QStringLiteral("description_ja"), QT_TR_NOOP("Description in Japanese")},
            {QStringLiteral("name_fr"), QT_TR_NOOP("Name in French")},
            {QStringLiteral("name_ja"), QT_TR_NOOP("Name in Japanese")},
            {QStringLiteral("short_name_fr"), QT_TR_NOOP("Short name in French")},
            {QStringLiteral("short_name_ja"), QT_TR_NOOP("Short name in Japanese")},
    };
    const char *name = names.value(field);
    return name ? tr(name) : field;
}

QString History::valueText(const QString &field, const std::optional<QString> &value,
                           const RoadmapDocument *document, const QLocale &locale)
{
    if (!value || value->isEmpty())
        return QStringLiteral("—");
    const QString &v = *value;
    if (field == QLatin1String("kind")) {
        if (auto k = enums::kindFromKey(v))
            return enums::displayName(*k);
    } else if (field == QLatin1String("status")) {
        if (auto s = enums::statusFromKey(v))
            return enums::displayName(*s);
    } else if (field == QLatin1String("health")) {
        if (auto h = enums::healthFromKey(v))
            return enums::displayName(*h);
    } else if (field == QLatin1String("lead")) {
        if (auto l = enums::leadFromKey(v))
            return enums::displayName(*l);
    } else if (field == QLatin1String("start") || field == QLatin1String("end")) {
        // "2026-07-01 quarter", as the triggers record a date with its precision.
        const QDate d = QDate::fromString(v.section(QLatin1Char(' '), 0, 0), Qt::ISODate);
        const auto p = enums::precisionFromKey(v.section(QLatin1Char(' '), 1, 1));
        if (d.isValid() && p)
            return FuzzyDate(d, *p).toDisplayString(locale);
    } else if (field == QLatin1String("progress")) {
        bool ok = false;
        const int percent = v.toInt(&ok);
        if (ok)
            return DateText::percent(percent, locale);
    } else if (field == QLatin1String("area") && document) {
        if (const PriorityArea *a = document->area(v.toLongLong()))
            return a->name;
    }
    return v;
}

QString History::summary(const ChangeRecord &c)
{
    const bool area = c.areaId != 0;
    if (c.field.isEmpty()) {
        if (c.action == ChangeRecord::Action::Insert)
            return area ? tr("Priority area added") : tr("Item created");
        return area ? tr("Priority area deleted") : tr("Item deleted");
    }
    const QString name = fieldName(c.field);
    switch (c.action) {
    case ChangeRecord::Action::Insert:
        return tr("%1 added").arg(name);
    case ChangeRecord::Action::Delete:
        return tr("%1 removed").arg(name);
    case ChangeRecord::Action::Update:
        break;
    }
    return name;
}

QString History::detail(const ChangeRecord &c, const RoadmapDocument *document,
                        const QLocale &locale, int maxValue)
{
    const auto value = [&](const std::optional<QString> &v) {
        return shortened(valueText(c.field, v, document, locale), maxValue);
    };
    switch (c.action) {
    case ChangeRecord::Action::Insert:
        return value(c.newValue);
    case ChangeRecord::Action::Delete:
        return value(c.oldValue);
    case ChangeRecord::Action::Update:
        break;
    }
    return tr("%1 → %2").arg(value(c.oldValue), value(c.newValue));
}

QString History::describe(const ChangeRecord &c, const RoadmapDocument *document,
                          const QLocale &locale, int maxValue)
{
    return tr("%1: %2").arg(summary(c), detail(c, document, locale, maxValue));
}

void History::connectRecordedChanges(RoadmapDocument *document, QObject *receiver,
                                     const std::function<void()> &changed)
{
    const auto call = [changed] {
        changed();
    };
    QObject::connect(document, &RoadmapDocument::itemsInserted, receiver, call);
    QObject::connect(document, &RoadmapDocument::itemsRemoved, receiver, call);
    // (Also: item titles shown in the lists follow renames.)
    QObject::connect(document, &RoadmapDocument::itemsChanged, receiver, call);
    QObject::connect(document, &RoadmapDocument::dependenciesChanged, receiver, call);
    QObject::connect(document, &RoadmapDocument::areasChanged, receiver, call);
    QObject::connect(document, &RoadmapDocument::resetDone, receiver, call);
    QObject::connect(document, &RoadmapDocument::reloadedFromDisk, receiver, call);
}

} // namespace jcr
