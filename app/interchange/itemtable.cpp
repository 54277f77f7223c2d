#include "itemtable.h"

#include <algorithm>
#include <array>

namespace jcr {

namespace {

constexpr std::array<const char *, ItemTable::ColumnCount> headerNames {"id",
                                                                        "area",
                                                                        "kind",
                                                                        "status",
                                                                        "health",
                                                                        "lead",
                                                                        "title",
                                                                        "start",
                                                                        "start_precision",
                                                                        "end",
                                                                        "end_precision",
                                                                        "progress",
                                                                        "organisations",
                                                                        "tags",
                                                                        "dependencies",
                                                                        "description",
                                                                        "source",
                                                                        "title_fr",
                                                                        "title_ja",
                                                                        "description_fr",
                                                                        "description_ja"};

QString nameKey(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    return key;
}

} // namespace

ItemTable::ItemTable(const Snapshot &snapshot)
    : m_snapshot(snapshot)
{
    for (const PriorityArea &a : snapshot.areas)
        m_areas.insert(a.id, &a);
    for (const Organisation &o : snapshot.organisations) {
        m_organisations.insert(o.id, &o);
        m_organisationsByName.insert(o.name.toCaseFolded(), &o);
    }
    // Short names win over full names when both could match.
    for (const Organisation &o : snapshot.organisations) {
        if (!o.shortName.isEmpty())
            m_organisationsByName.insert(o.shortName.toCaseFolded(), &o);
    }
    for (const Dependency &d : snapshot.dependencies)
        m_predecessors[d.successorId].append(d.predecessorId);
    for (auto &list : m_predecessors)
        std::sort(list.begin(), list.end());
}

QStringList ItemTable::headers()
{
    QStringList out;
    out.reserve(ColumnCount);
    for (const char *h : headerNames)
        out << QString::fromLatin1(h);
    return out;
}

QString ItemTable::header(Column column)
{
    return QString::fromLatin1(headerNames.at(int(column)));
}

std::optional<ItemTable::Column> ItemTable::columnNamed(QStringView name)
{
    const QString key = nameKey(name);
    for (int i = 0; i < ColumnCount; ++i) {
        if (key == QLatin1String(headerNames.at(i)))
            return Column(i);
    }
    return std::nullopt;
}

QString ItemTable::listText(const QStringList &values)
{
    return values.join(QStringLiteral("; "));
}

QStringList ItemTable::splitList(QStringView text)
{
    QStringList out;
    for (QStringView part : text.split(QLatin1Char(';'))) {
        part = part.trimmed();
        if (!part.isEmpty())
            out << part.toString();
    }
    return out;
}

QString ItemTable::supportingSuffix()
{
    return QStringLiteral(" (supporting)");
}

QString ItemTable::organisationsText(const Item &item) const
{
    QStringList parts;
    for (const OrgLink &link : item.organisations) {
        const Organisation *o = organisation(link.organisationId);
        if (!o)
            continue;
        QString name = o->shortName.isEmpty() ? o->name : o->shortName;
        if (link.role == OrgRole::Supporting)
            name += supportingSuffix();
        parts << name;
    }
    return listText(parts);
}

QStringList ItemTable::cells(const Item &it) const
{
    QStringList c;
    c.reserve(ColumnCount);
    const PriorityArea *a = area(it.areaId);
    c << QString::number(it.id) << (a ? QString::number(a->number) : QString())
      << enums::key(it.kind) << enums::key(it.status) << enums::key(it.health)
      << enums::key(it.lead) << it.title << it.start.toText()
      << (it.start.isValid() ? enums::key(it.start.precision()) : QString()) << it.end.toText()
      << (it.end.isValid() ? enums::key(it.end.precision()) : QString())
      << QString::number(it.progress) << organisationsText(it) << listText(it.tags);
    QStringList deps;
    const auto preds = m_predecessors.constFind(it.id);
    if (preds != m_predecessors.constEnd()) {
        for (qint64 id : *preds)
            deps << QString::number(id);
    }
    c << listText(deps) << it.description << citationsText(it) << it.titles.fr << it.titles.ja
      << it.descriptions.fr << it.descriptions.ja;
    return c;
}

const PriorityArea *ItemTable::areaNamed(QStringView text) const
{
    const QStringView t = text.trimmed();
    bool isNumber = false;
    const int number = t.toInt(&isNumber);
    for (const PriorityArea &a : m_snapshot.areas) {
        if (isNumber ? a.number == number
                     : (t.compare(a.name, Qt::CaseInsensitive) == 0
                        || (!a.shortName.isEmpty()
                            && t.compare(a.shortName, Qt::CaseInsensitive) == 0)))
            return &a;
    }
    return nullptr;
}

const Organisation *ItemTable::organisationNamed(QStringView text) const
{
    return m_organisationsByName.value(text.trimmed().toString().toCaseFolded());
}

QString ItemTable::citationsText(const Item &item)
{
    QStringList passages;
    passages.reserve(item.citations.size());
    for (const Citation &c : item.citations)
        passages << c.passage;
    return passages.join(QStringLiteral("\n\n"));
}

QList<Citation> ItemTable::citationsFromText(QStringView text, const Item &item,
                                             QStringList *problems) const
{
    // Spreadsheets write line breaks as \r\n or \r; a passage is a run of non-blank lines.
    QString normalised = text.toString();
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QList<Citation> citations;
    const QStringList parts = normalised.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString passage = part.trimmed();
        if (passage.isEmpty())
            continue;
        qint64 sourceId = 0;
        for (const Citation &existing : item.citations) {
            if (existing.passage == passage) {
                sourceId = existing.sourceId;
                break;
            }
        }
        if (sourceId == 0) {
            for (const SourceDocument &source : m_snapshot.sources) {
                if (source.text.contains(passage)) {
                    sourceId = source.id;
                    break;
                }
            }
        }
        if (sourceId == 0) {
            problems->append(
                    tr("the source passage “%1” does not occur verbatim in any source "
                       "document of this roadmap")
                            .arg(passage.size() > 60 ? passage.left(60) + QChar(0x2026) : passage));
            continue;
        }
        const bool repeated = std::any_of(citations.cbegin(), citations.cend(),
                                          [&](const Citation &c) { return c.passage == passage; });
        if (!repeated)
            citations.append(Citation {sourceId, passage});
    }
    return citations;
}

} // namespace jcr
