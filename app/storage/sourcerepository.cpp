#include "sourcerepository.h"

#include "database.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::SourceRepository)
};

using sql::prepared;
using sql::run;
using sql::text;

} // namespace

SourceRepository::SourceRepository(Database &db)
    : m_db(db)
{ }

Result<QList<SourceDocument>> SourceRepository::sources()
{
    QSqlQuery q
            = prepared(m_db,
                       QStringLiteral("SELECT id, title, issued, place, link, body, imported_at "
                                      "FROM source_document ORDER BY id"));
    if (auto r = run(q, Tr::tr("Reading the source documents failed")); !r)
        return r.error();
    QList<SourceDocument> out;
    while (q.next()) {
        SourceDocument s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        s.place = q.value(3).toString();
        s.link = q.value(4).toString();
        s.text = q.value(5).toString();
        s.importedAt = q.value(6).toString();
        out.append(s);
    }
    q.finish();
    return out;
}

Result<SourceDocument> SourceRepository::insertSource(const SourceDocument &source)
{
    QSqlQuery q
            = prepared(m_db,
                       QStringLiteral("INSERT INTO source_document (title, issued, place, link, "
                                      "body) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(text(source.title));
    q.addBindValue(source.date.isValid() ? QVariant(source.date.toString(Qt::ISODate))
                                         : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(text(source.place));
    q.addBindValue(text(source.link));
    q.addBindValue(text(source.text));
    if (auto r = run(q, Tr::tr("The source document \"%1\" could not be added").arg(source.title));
        !r)
        return r.error();
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    auto all = sources();
    if (!all)
        return all.error();
    for (const SourceDocument &s : all.value()) {
        if (s.id == id)
            return s;
    }
    return Error {Error::Code::NotFound, Tr::tr("The new source document could not be read back.")};
}

Result<QHash<qint64, QList<Citation>>> SourceRepository::allCitations()
{
    QSqlQuery q = prepared(m_db,
                           QStringLiteral("SELECT item_id, source_id, passage FROM citation "
                                          "ORDER BY item_id, position"));
    if (auto r = run(q, Tr::tr("Reading the citations failed")); !r)
        return r.error();
    QHash<qint64, QList<Citation>> out;
    while (q.next())
        out[q.value(0).toLongLong()].append({q.value(1).toLongLong(), q.value(2).toString()});
    q.finish();
    return out;
}

Result<QList<Citation>> SourceRepository::citations(qint64 itemId)
{
    QSqlQuery q
            = prepared(m_db,
                       QStringLiteral("SELECT source_id, passage FROM citation WHERE item_id = ? "
                                      "ORDER BY position"));
    q.addBindValue(itemId);
    if (auto r = run(q, Tr::tr("Reading the citations failed")); !r)
        return r.error();
    QList<Citation> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    return out;
}

Result<void> SourceRepository::writeCitations(qint64 itemId, const QList<Citation> &citations)
{
    QSqlQuery del = prepared(m_db, QStringLiteral("DELETE FROM citation WHERE item_id = ?"));
    del.addBindValue(itemId);
    if (auto r = run(del, Tr::tr("The citations could not be saved")); !r)
        return r;
    del.finish();
    QSqlQuery ins = prepared(m_db,
                             QStringLiteral("INSERT INTO citation (item_id, position, source_id, "
                                            "passage) VALUES (?, ?, ?, ?)"));
    int position = 0;
    for (const Citation &c : citations) {
        ins.bindValue(0, itemId);
        ins.bindValue(1, position++);
        ins.bindValue(2, c.sourceId);
        ins.bindValue(3, text(c.passage));
        if (auto r = run(ins, Tr::tr("The citations could not be saved")); !r)
            return r;
    }
    ins.finish();
    return {};
}

} // namespace jcr
