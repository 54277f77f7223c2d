#include "itemwriter.h"

#include "sqlquery.h"

#include "database.h"
#include "sourcerepository.h"
#include "statement.h"

#include <QCoreApplication>

#include <algorithm>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::RoadmapRepository)
};

constexpr const char *ItemColumns = "id, area_id, title, description, kind, status, health, "
                                    "lead, start_date, start_precision, end_date, "
                                    "end_precision, progress, source, rank, title_fr, title_ja, "
                                    "description_fr, description_ja";
constexpr int ItemColumnCount = 19;
// Rows per statement: enough that a statement's set-up no longer counts, few enough that the
// bound values stay far below SQLite's limit of 32,766.
constexpr int ItemRowsPerStatement = 64;
constexpr int LinkRowsPerStatement = 200;

using sql::boundDate;
using sql::invalidItem;
using sql::text;

} // namespace

ItemWriter::ItemWriter(Database &db, TagIdFunction tagId)
    : m_db(db)
    , m_tagId(std::move(tagId))
{ }

ItemWriter::~ItemWriter() = default;

Statement &ItemWriter::multiRow(const char *table, const char *columns, int columnCount, int rows,
                                const char *verb)
{
    QByteArray sql = QByteArray(verb) + " INTO " + table + " (" + columns + ") VALUES ";
    const QByteArray row = '(' + QByteArray("?, ").repeated(columnCount - 1) + "?)";
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += ", ";
        sql += row;
    }
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, std::make_shared<Statement>(m_db.handle(), sql.constData()));
    Statement &s = **it;
    s.reset();
    return s;
}

Result<void> ItemWriter::insertItemRows(const QList<Item> &items, const QList<qint64> &ids,
                                        qsizetype from, int count)
{
    Statement &ins = multiRow("item", ItemColumns, ItemColumnCount, count);
    int p = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const Item &it = items.at(i);
        ins.bind(++p, ids.at(i));
        ins.bind(++p, it.areaId);
        ins.bind(++p, text(it.title));
        ins.bind(++p, text(it.description));
        ins.bind(++p, enums::key(it.kind));
        ins.bind(++p, enums::key(it.status));
        ins.bind(++p, enums::key(it.health));
        ins.bind(++p, enums::key(it.lead));
        const QString start = boundDate(it.start, false), end = boundDate(it.end, true);
        start.isNull() ? ins.bindNull(++p) : ins.bind(++p, start);
        ins.bind(++p, enums::key(it.start.precision()));
        end.isNull() ? ins.bindNull(++p) : ins.bind(++p, end);
        ins.bind(++p, enums::key(it.end.precision()));
        ins.bind(++p, qint64(it.progress));
        ins.bind(++p, QStringLiteral("")); // retired: see citations
        ins.bindReal(++p, it.rank);
        ins.bind(++p, text(it.titles.fr));
        ins.bind(++p, text(it.titles.ja));
        ins.bind(++p, text(it.descriptions.fr));
        ins.bind(++p, text(it.descriptions.ja));
    }
    if (!ins.step() && ins.done())
        return {};
    const Error error = ins.error(Tr::tr("The item could not be added"));
    if (count == 1)
        return invalidItem(items.at(from), error);
    // SQLite undid the whole statement: the rows again one by one name the refused one.
    for (qsizetype i = from; i < from + count; ++i) {
        if (auto r = insertItemRows(items, ids, i, 1); !r)
            return r;
    }
    return error;
}

Result<void> ItemWriter::insertLinks(const QList<Item> &items, const QList<qint64> &ids)
{
    struct Link
    {
        qint64 item, organisation;
        OrgRole role;
        int position;
    };
    QList<Link> links;
    for (qsizetype i = 0; i < items.size(); ++i) {
        int position = 0;
        for (const OrgLink &l : items.at(i).organisations)
            links.append({ids.at(i), l.organisationId, l.role, position++});
    }
    for (qsizetype from = 0; from < links.size(); from += LinkRowsPerStatement) {
        const int count = int(std::min<qsizetype>(LinkRowsPerStatement, links.size() - from));
        Statement &s = multiRow("item_organisation", "item_id, organisation_id, role, position", 4,
                                count);
        int p = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            s.bind(++p, links.at(i).item);
            s.bind(++p, links.at(i).organisation);
            s.bind(++p, enums::key(links.at(i).role));
            s.bind(++p, qint64(links.at(i).position));
        }
        if (s.step() || !s.done())
            return s.error(Tr::tr("The organisations could not be saved"));
    }
    return {};
}

Result<void> ItemWriter::insertTags(const QList<Item> &items, const QList<qint64> &ids)
{
    QList<std::pair<qint64, qint64>> pairs;
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (const QString &name : items.at(i).tags) {
            auto tid = m_tagIds.constFind(name);
            if (tid == m_tagIds.constEnd()) {
                auto created = m_tagId(name);
                if (!created)
                    return created.error();
                tid = m_tagIds.insert(name, created.value());
            }
            pairs.append({ids.at(i), *tid});
        }
    }
    for (qsizetype from = 0; from < pairs.size(); from += LinkRowsPerStatement) {
        const int count = int(std::min<qsizetype>(LinkRowsPerStatement, pairs.size() - from));
        // The same tag twice on one item is one tag.
        Statement &s = multiRow("item_tag", "item_id, tag_id", 2, count, "INSERT OR IGNORE");
        int p = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            s.bind(++p, pairs.at(i).first);
            s.bind(++p, pairs.at(i).second);
        }
        if (s.step() || !s.done())
            return s.error(Tr::tr("The tags could not be saved"));
    }
    return {};
}

Result<QList<qint64>> ItemWriter::insert(const QList<Item> &items)
{
    // New items take the ids SQLite would give them (one more than the largest), beyond any
    // id an item of this batch brings with it (an undone delete).
    qint64 next = 0;
    {
        Statement max(m_db.handle(), "SELECT coalesce(max(id), 0) FROM item");
        if (!max.step())
            return max.error(Tr::tr("The item could not be added"));
        next = max.int64(0);
    }
    for (const Item &it : items)
        next = std::max(next, it.id);
    QList<qint64> ids;
    ids.reserve(items.size());
    for (const Item &it : items)
        ids << (it.id > 0 ? it.id : ++next);

    for (qsizetype from = 0; from < items.size(); from += ItemRowsPerStatement) {
        const int count = int(std::min<qsizetype>(ItemRowsPerStatement, items.size() - from));
        if (auto r = insertItemRows(items, ids, from, count); !r)
            return r.error();
    }
    if (auto r = insertLinks(items, ids); !r)
        return r.error();
    if (auto r = insertTags(items, ids); !r)
        return r.error();
    SourceRepository sources(m_db);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).citations.isEmpty())
            continue;
        if (auto r = sources.writeCitations(ids.at(i), items.at(i).citations); !r)
            return r.error();
    }
    return ids;
}

} // namespace jcr
