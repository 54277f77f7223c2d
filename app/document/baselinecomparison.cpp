#include "baselinecomparison.h"

#include "document/history.h"
#include "document/roadmapdocument.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace jcr {

namespace {

/// A dated field as the record of change stores it: "2026-07-01 quarter"; NULL for none.
FuzzyDate recordedDate(const std::optional<QString> &value)
{
    if (!value)
        return {};
    const qsizetype space = value->indexOf(QLatin1Char(' '));
    const QDate date
            = QDate::fromString(value->left(space < 0 ? value->size() : space), Qt::ISODate);
    if (!date.isValid())
        return {};
    std::optional<DatePrecision> precision;
    if (space >= 0)
        precision = enums::precisionFromKey(QStringView(*value).mid(space + 1));
    return FuzzyDate(date, precision.value_or(DatePrecision::Day));
}

} // namespace

BaselineComparison::BaselineComparison(Baseline baseline)
    : m_baseline(std::move(baseline))
    , m_active(true)
{
    m_rowOf.reserve(m_baseline.items.size());
    for (qsizetype i = 0; i < m_baseline.items.size(); ++i)
        m_rowOf.insert(m_baseline.items.at(i).itemId, i);
}

const BaselineItem *BaselineComparison::then(qint64 itemId) const
{
    const auto it = m_rowOf.constFind(itemId);
    return it == m_rowOf.constEnd() ? nullptr : &m_baseline.items.at(*it);
}

BaselineItem BaselineComparison::record(const Item &item)
{
    BaselineItem b;
    b.itemId = item.id;
    b.title = item.title;
    b.status = item.status;
    b.health = item.health;
    b.start = item.start;
    b.end = item.end;
    b.progress = item.progress;
    return b;
}

std::optional<ItemComparison> BaselineComparison::compare(const Item &now) const
{
    const BaselineItem *was = then(now.id);
    if (!was)
        return std::nullopt;
    ItemComparison c;
    c.itemId = now.id;
    c.then = *was;
    c.start = Slip::between(was->start, now.start);
    c.end = Slip::between(was->end, now.end);
    // The same "due" as Item::due(): the end, or the start of an item without an end.
    c.due = Slip::between(was->end.isValid() ? was->end : was->start, now.due());
    c.statusChanged = was->status != now.status;
    c.healthChanged = was->health != now.health;
    return c;
}

bool BaselineComparison::isSlipped(const Item &now) const
{
    const auto c = compare(now);
    return c && c->due.isLater();
}

QList<ItemComparison> BaselineComparison::slipped(const QList<Item> &items) const
{
    QList<ItemComparison> out;
    for (const Item &it : items) {
        if (auto c = compare(it); c && c->due.isLater())
            out.append(*c);
    }
    std::stable_sort(out.begin(), out.end(), [](const ItemComparison &a, const ItemComparison &b) {
        const int ua = Slip::precisionRank(a.due.unit);
        const int ub = Slip::precisionRank(b.due.unit);
        if (ua != ub)
            return ua > ub;
        if (a.due.periods != b.due.periods)
            return a.due.periods > b.due.periods;
        return a.itemId < b.itemId;
    });
    return out;
}

QList<BaselineItem> BaselineComparison::removedSince(const QList<Item> &items) const
{
    QSet<qint64> present;
    present.reserve(items.size());
    for (const Item &it : items)
        present.insert(it.id);
    QList<BaselineItem> out;
    for (const BaselineItem &b : m_baseline.items) {
        if (!present.contains(b.itemId))
            out.append(b);
    }
    return out;
}

QList<qint64> BaselineComparison::addedSince(const QList<Item> &items) const
{
    QList<qint64> out;
    for (const Item &it : items) {
        if (!m_rowOf.contains(it.id))
            out.append(it.id);
    }
    return out;
}

Baseline BaselineComparison::replay(const QList<Item> &now, const QList<ChangeRecord> &changesAfter,
                                    QDate day)
{
    QHash<qint64, BaselineItem> state;
    state.reserve(now.size());
    for (const Item &it : now)
        state.insert(it.id, record(it));
    // Whether an item created or deleted after the day existed at its end: the oldest such
    // event decides (a creation: not yet; a deletion: it did). Read newest first, the last
    // write wins.
    QHash<qint64, bool> existedThen;
    // Newest first: each change undone gives the value the field had before it, so that after
    // the oldest change after the day, every field is as it was at that day's end.
    for (const ChangeRecord &c : changesAfter) {
        if (c.itemId == 0)
            continue;
        if (c.action != ChangeRecord::Action::Update && c.field.isEmpty()) {
            existedThen.insert(c.itemId, c.action == ChangeRecord::Action::Delete);
            continue;
        }
        if (c.action != ChangeRecord::Action::Update)
            continue;
        const auto found = state.find(c.itemId);
        if (found == state.end())
            continue;
        BaselineItem &b = *found;
        const QString old = c.oldValue.value_or(QString());
        if (c.field == QLatin1String("start")) {
            b.start = recordedDate(c.oldValue);
        } else if (c.field == QLatin1String("end")) {
            b.end = recordedDate(c.oldValue);
        } else if (c.field == QLatin1String("status")) {
            b.status = enums::statusFromKey(old).value_or(b.status);
        } else if (c.field == QLatin1String("health")) {
            b.health = enums::healthFromKey(old).value_or(b.health);
        } else if (c.field == QLatin1String("progress")) {
            bool ok = false;
            const int p = old.toInt(&ok);
            if (ok)
                b.progress = p;
        } else if (c.field == QLatin1String("title") && c.oldValue) {
            b.title = old;
        }
    }
    // An item created after the day did not exist then. One deleted and restored since (undo
    // records a creation) did, and keeps the values undone above.
    for (auto e = existedThen.cbegin(); e != existedThen.cend(); ++e) {
        if (!e.value())
            state.remove(e.key());
    }
    Baseline out;
    out.name = tr("State on %1").arg(QLocale().toString(day, QLocale::ShortFormat));
    out.takenOn = day;
    out.items = state.values();
    std::sort(out.items.begin(), out.items.end(),
              [](const BaselineItem &a, const BaselineItem &b) { return a.itemId < b.itemId; });
    return out;
}

Result<Baseline> BaselineComparison::stateOn(RoadmapDocument &document, QDate day)
{
    if (!day.isValid())
        return Error {Error::Code::Invalid, tr("No day was given to compare with.")};
    auto changes = History::between(document, day.addDays(1), QDate());
    if (!changes)
        return changes.error();
    return replay(document.items(), changes.value(), day);
}

} // namespace jcr
