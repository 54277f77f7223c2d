#include "importplanner.h"

#include "itemtable.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace jcr {

namespace {

using C = ItemTable::Column;

/// Enumeration text as a key: "In progress" and "in_progress" are the same.
QString keyText(const QString &text)
{
    QString k = text.trimmed().toLower();
    k.replace(QLatin1Char(' '), QLatin1Char('_'));
    k.replace(QLatin1Char('-'), QLatin1Char('_'));
    return k;
}

template<typename E> std::optional<E> enumFrom(const QString &text, const QList<E> &values)
{
    const QString k = keyText(text);
    for (E v : values) {
        if (k == enums::key(v) || k == keyText(enums::displayName(v)))
            return v;
    }
    return std::nullopt;
}

template<typename E> QString keyList(const QList<E> &values)
{
    QStringList keys;
    for (E v : values)
        keys << enums::key(v);
    return keys.join(QStringLiteral(", "));
}

class RowReader
{
public:
    RowReader(const QList<int> &columnOf, const TableRow &row)
        : m_columnOf(columnOf)
        , m_row(row)
    { }

    /// The cell of \a column; a null string when the file does not give it.
    QString cell(C column) const
    {
        const int index = m_columnOf.at(int(column));
        if (index < 0 || index >= m_row.cells.size())
            return QString();
        return m_row.cells.at(index);
    }
    bool given(C column) const { return !cell(column).isNull(); }

    QStringList problems;

    template<typename E>
    void readEnum(C column, E &target, const QList<E> &values, bool isNew, const char *what)
    {
        if (!given(column))
            return;
        const QString text = cell(column);
        if (text.trimmed().isEmpty()) {
            if (!isNew)
                problems << ImportPlanner::tr("the %1 is empty (one of: %2)")
                                    .arg(ImportPlanner::tr(what), keyList(values));
            return;
        }
        if (auto v = enumFrom(text, values))
            target = *v;
        else
            problems << ImportPlanner::tr("unknown %1 “%2” (one of: %3)")
                                .arg(ImportPlanner::tr(what), text.trimmed(), keyList(values));
    }

    void readDate(C column, C precisionColumn, FuzzyDate &target, const char *what)
    {
        if (!given(column))
            return;
        const QString text = cell(column).trimmed();
        const QString precisionText = cell(precisionColumn).trimmed();
        if (text.isEmpty()) {
            target = FuzzyDate();
            return;
        }
        FuzzyDate date = FuzzyDate::fromText(text);
        if (!date.isValid()) {
            problems << ImportPlanner::tr("the %1 “%2” is not a date (write 2026-12-12, 2026-12, "
                                          "2026-Q4 or 2026)")
                                .arg(ImportPlanner::tr(what), text);
            return;
        }
        if (!precisionText.isEmpty()) {
            const auto precision = enumFrom(precisionText, enums::allPrecisions());
            if (!precision) {
                problems << ImportPlanner::tr("unknown %1 precision “%2” (one of: %3)")
                                    .arg(ImportPlanner::tr(what), precisionText,
                                         keyList(enums::allPrecisions()));
                return;
            }
            if (date.precision() == DatePrecision::Day) {
                // A spreadsheet date cell is a day: its precision column says what it means.
                date = FuzzyDate(date.date(), *precision);
            } else if (date.precision() != *precision) {
                problems << ImportPlanner::tr("the %1 “%2” is to the %3 but its precision "
                                              "column says %4")
                                    .arg(ImportPlanner::tr(what), text,
                                         enums::key(date.precision()), precisionText);
                return;
            }
        }
        target = date;
    }

private:
    const QList<int> &m_columnOf;
    const TableRow &m_row;
};

} // namespace

bool ImportPlanner::sameFields(const Item &a, const Item &b)
{
    return a.areaId == b.areaId && a.title == b.title && a.description == b.description
            && a.kind == b.kind && a.status == b.status && a.health == b.health && a.lead == b.lead
            && a.start == b.start && a.end == b.end && a.progress == b.progress
            && a.citations == b.citations && a.organisations == b.organisations && a.tags == b.tags
            && a.titles == b.titles && a.descriptions == b.descriptions;
}

Result<ImportPlan> ImportPlanner::plan(const TableData &data, const Snapshot &roadmap)
{
    const ItemTable table(roadmap);
    // Which file column holds each of our columns (-1: absent).
    QList<int> columnOf(ItemTable::ColumnCount, -1);
    for (int i = 0; i < data.header.size(); ++i) {
        const QString &name = data.header.at(i);
        if (name.isEmpty())
            return Error {Error::Code::Invalid,
                          tr("Column %1 of the header has no name.").arg(i + 1)};
        const auto column = ItemTable::columnNamed(name);
        if (!column)
            return Error {Error::Code::Invalid,
                          tr("Unknown column “%1”. The columns are: %2.")
                                  .arg(name, ItemTable::headers().join(QStringLiteral(", ")))};
        if (columnOf.at(int(*column)) >= 0)
            return Error {Error::Code::Invalid, tr("The column “%1” appears twice.").arg(name)};
        columnOf[int(*column)] = i;
    }

    ImportPlan plan;
    plan.unit = data.unit;
    QHash<qint64, int> rowOfId;
    rowOfId.reserve(roadmap.items.size());
    for (int i = 0; i < roadmap.items.size(); ++i)
        rowOfId.insert(roadmap.items.at(i).id, i);
    double nextRank = 0;
    for (const Item &it : roadmap.items)
        nextRank = std::max(nextRank, it.rank);
    QHash<qint64, int> lineOfId; // ids seen in the file, for duplicates

    for (const TableRow &row : data.rows) {
        if (!row.problem.isEmpty()) {
            plan.rejected << ImportRejection {row.line, row.problem};
            continue;
        }
        RowReader r(columnOf, row);
        Item item;
        bool isNew = true;
        const QString idText = r.cell(C::Id).trimmed();
        if (!idText.isEmpty()) {
            bool ok = false;
            const qint64 id = idText.toLongLong(&ok);
            if (!ok || id <= 0) {
                plan.rejected << ImportRejection {row.line,
                                                  tr("“%1” is not an item id").arg(idText)};
                continue;
            }
            if (const int seen = lineOfId.value(id, -1); seen >= 0) {
                plan.rejected << ImportRejection {
                        row.line, tr("id %1 is also on %2").arg(id).arg(plan.where(seen))};
                continue;
            }
            lineOfId.insert(id, row.line);
            const int index = rowOfId.value(id, -1);
            if (index < 0) {
                plan.rejected << ImportRejection {
                        row.line,
                        tr("there is no item with id %1 in this roadmap (leave the id "
                           "empty to add a new item)")
                                .arg(id)};
                continue;
            }
            item = roadmap.items.at(index);
            isNew = false;
        }

        // The area is said once: a row refused for its area is checked further against a
        // stand-in area, so that Item::validate() does not repeat "a priority area is required".
        const QString areaText = r.cell(C::Area).trimmed();
        const QString areaHint
                = tr("a number from 1 to %1, or the area's name").arg(roadmap.areas.size());
        bool areaRefused = false;
        if (!areaText.isEmpty()) {
            if (const PriorityArea *a = table.areaNamed(areaText))
                item.areaId = a->id;
            else {
                r.problems << tr("unknown priority area “%1” (%2)").arg(areaText, areaHint);
                areaRefused = true;
            }
        } else if (isNew) {
            r.problems << tr("a priority area is required (%1)").arg(areaHint);
            areaRefused = true;
        } else if (r.given(C::Area)) {
            r.problems << tr("the priority area is empty (%1)").arg(areaHint);
            areaRefused = true;
        }
        const qint64 areaId = item.areaId;
        if (areaRefused && item.areaId <= 0 && !roadmap.areas.isEmpty())
            item.areaId = roadmap.areas.constFirst().id;
        r.readEnum(C::Kind, item.kind, enums::allKinds(), isNew, QT_TR_NOOP("kind"));
        r.readEnum(C::Status, item.status, enums::allStatuses(), isNew, QT_TR_NOOP("status"));
        r.readEnum(C::Health, item.health, enums::allHealths(), isNew, QT_TR_NOOP("health"));
        r.readEnum(C::Lead, item.lead, enums::allLeadSides(), isNew, QT_TR_NOOP("lead"));
        if (r.given(C::Title))
            item.title = r.cell(C::Title);
        r.readDate(C::Start, C::StartPrecision, item.start, QT_TR_NOOP("start"));
        r.readDate(C::End, C::EndPrecision, item.end, QT_TR_NOOP("end"));
        if (r.given(C::Progress)) {
            QString text = r.cell(C::Progress).trimmed();
            if (text.endsWith(QLatin1Char('%')))
                text.chop(1);
            bool ok = text.isEmpty();
            const int progress = text.isEmpty() ? 0 : text.toInt(&ok);
            if (!ok)
                r.problems << tr("the progress “%1” is not a whole number from 0 to 100")
                                      .arg(r.cell(C::Progress));
            else
                item.progress = progress;
        }
        if (r.given(C::Organisations)) {
            QList<OrgLink> links;
            for (QString name : ItemTable::splitList(r.cell(C::Organisations))) {
                OrgLink link;
                if (name.endsWith(ItemTable::supportingSuffix().trimmed(), Qt::CaseInsensitive)) {
                    name.chop(ItemTable::supportingSuffix().trimmed().size());
                    link.role = OrgRole::Supporting;
                }
                const Organisation *o = table.organisationNamed(name);
                if (!o) {
                    r.problems << tr("unknown organisation “%1”").arg(name.trimmed());
                    continue;
                }
                link.organisationId = o->id;
                const bool repeated
                        = std::any_of(links.cbegin(), links.cend(),
                                      [&](const OrgLink &l) { return l.organisationId == o->id; });
                if (repeated)
                    r.problems << tr("the organisation “%1” is listed twice").arg(name.trimmed());
                else
                    links << link;
            }
            item.organisations = links;
        }
        if (r.given(C::Tags)) {
            QStringList tags = ItemTable::splitList(r.cell(C::Tags));
            tags.removeDuplicates();
            item.tags = tags;
        }
        if (r.given(C::Description))
            item.description = r.cell(C::Description);
        if (r.given(C::TitleFr))
            item.titles.fr = r.cell(C::TitleFr);
        if (r.given(C::TitleJa))
            item.titles.ja = r.cell(C::TitleJa);
        if (r.given(C::DescriptionFr))
            item.descriptions.fr = r.cell(C::DescriptionFr);
        if (r.given(C::DescriptionJa))
            item.descriptions.ja = r.cell(C::DescriptionJa);
        if (r.given(C::Source))
            item.citations = table.citationsFromText(r.cell(C::Source), item, &r.problems);

        QList<qint64> predecessors = isNew ? QList<qint64>() : table.predecessorsOf(item.id);
        if (r.given(C::Dependencies)) {
            predecessors.clear();
            for (const QString &text : ItemTable::splitList(r.cell(C::Dependencies))) {
                bool ok = false;
                const qint64 id = text.toLongLong(&ok);
                if (!ok || !rowOfId.contains(id))
                    r.problems << tr("the dependency “%1” is not the id of an item in this roadmap")
                                          .arg(text);
                else if (id == item.id)
                    r.problems << tr("an item cannot depend on itself");
                else if (!predecessors.contains(id))
                    predecessors << id;
            }
            std::sort(predecessors.begin(), predecessors.end());
        }

        // The item's own rules, phrased like the rest of the row's problems ("line 3: unknown
        // kind “x” (…); a title is required").
        for (QString problem : item.validate()) {
            if (problem.size() > 1 && !problem.at(1).isUpper())
                problem[0] = problem.at(0).toLower();
            if (problem.endsWith(QLatin1Char('.')))
                problem.chop(1);
            r.problems << problem;
        }
        item.areaId = areaId;
        if (!r.problems.isEmpty()) {
            plan.rejected << ImportRejection {row.line, r.problems.join(QStringLiteral("; "))};
            continue;
        }
        if (isNew) {
            item.id = 0;
            item.version = 0;
            item.rank = ++nextRank;
            plan.added << item;
            plan.addedPredecessors << predecessors;
            continue;
        }
        const QList<qint64> oldPredecessors = table.predecessorsOf(item.id);
        const Item &current = roadmap.items.at(rowOfId.value(item.id));
        if (sameFields(current, item) && oldPredecessors == predecessors) {
            ++plan.unchanged;
            continue;
        }
        for (qint64 p : predecessors) {
            if (!oldPredecessors.contains(p))
                plan.addedDependencies << Dependency {p, item.id};
        }
        for (qint64 p : oldPredecessors) {
            if (!predecessors.contains(p))
                plan.removedDependencies << Dependency {p, item.id};
        }
        plan.before << current;
        plan.after << item;
    }
    return plan;
}

} // namespace jcr
