// RoadmapRepository, its reading half: the snapshot the views show and single items, read
// through SQLite's statement API (QSqlQuery builds a QVariant per cell, which cost large files
// most of their opening time). The writes are in roadmaprepository.cpp.

#include "roadmaprepository.h"

#include "baselinerepository.h"
#include "seed/seedparser.h"
#include "sourcerepository.h"

#include "database.h"
#include "sqlquery.h"
#include "statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <functional>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::RoadmapRepository)
};

Error readError(const Statement &s, const QString &what)
{
    return s.error(what);
}

/// Parses "YYYY-MM-DD" without QDate::fromString's format machinery (hot on large files).
QDate isoDate(QLatin1StringView s)
{
    if (s.size() != 10 || s[4] != QLatin1Char('-') || s[7] != QLatin1Char('-'))
        return {};
    auto num = [&](int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; ++i) {
            const char c = s[i].toLatin1();
            if (c < '0' || c > '9')
                return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    };
    return QDate(num(0, 4), num(5, 2), num(8, 2));
}

FuzzyDate fuzzyFrom(const Statement &s, int dateCol, int precisionCol)
{
    if (s.isNull(dateCol))
        return {};
    const auto precision = enums::precisionFromKey(QString(s.latin1(precisionCol)));
    return FuzzyDate(isoDate(s.latin1(dateCol)), precision.value_or(DatePrecision::Day));
}

using sql::dateValue;
using sql::invalidItem;
using sql::prepared;
using sql::run;
using sql::text;

/// The id the Joint Statement gets when a file older than schema 3 is read without upgrading
/// it (read-only): the upgrade gives it the same id.
constexpr qint64 LegacyStatementSourceId = 1;

/// The sources of a file older than schema 3: the Joint Statement, when any item cites it.
QList<SourceDocument> legacySources(const QList<Item> &items)
{
    for (const Item &it : items) {
        if (!it.citations.isEmpty()) {
            SourceDocument statement;
            statement.id = LegacyStatementSourceId;
            statement.title = QStringLiteral(
                    "Joint Statement on Japan-Canada Comprehensive Strategic Partnership");
            statement.date = QDate(2026, 3, 6);
            statement.place = QStringLiteral("Tokyo");
            statement.text = seed::statementText();
            return {statement};
        }
    }
    return {};
}

Item readItemRow(const Statement &s)
{
    Item it;
    it.id = s.int64(0);
    it.areaId = s.int64(1);
    it.title = s.text(2);
    it.description = s.text(3);
    it.kind = enums::kindFromKey(QString(s.latin1(4))).value_or(ItemKind::Initiative);
    it.status = enums::statusFromKey(QString(s.latin1(5))).value_or(Status::Planned);
    it.health = enums::healthFromKey(QString(s.latin1(6))).value_or(Health::OnTrack);
    it.lead = enums::leadFromKey(QString(s.latin1(7))).value_or(LeadSide::Joint);
    it.start = fuzzyFrom(s, 8, 9);
    it.end = fuzzyFrom(s, 10, 11);
    it.progress = int(s.int64(12));
    // Before schema 3 the passage lived here, always one of the Joint Statement (see
    // legacySources()); from schema 3 on the column is kept empty by the file's triggers.
    if (const QString legacy = s.text(13); !legacy.isEmpty())
        it.citations.append({LegacyStatementSourceId, legacy});
    it.rank = s.real(14);
    it.version = s.int64(15);
    it.updatedAt = s.text(16);
    return it;
}

/// The first schema with French and Japanese texts (titles, descriptions, area names).
constexpr int TranslationsSchema = 7;

/// The translations of items, by id (all items, or the one of \a id).
Result<void> readItemTranslations(sqlite3 *h, const std::function<Item *(qint64)> &itemOf,
                                  qint64 id = 0)
{
    static const QByteArray all
            = QStringLiteral("SELECT id, substr(title_fr, 1, %1), substr(title_ja, 1, %1), "
                             "substr(description_fr, 1, %2), substr(description_ja, 1, %2) FROM "
                             "item")
                      .arg(MaxTitleLength)
                      .arg(MaxTextLength)
                      .toUtf8();
    const QByteArray sql = id > 0 ? all + " WHERE id = ?" : all;
    Statement s(h, sql.constData());
    if (id > 0)
        s.bind(1, id);
    while (s.step()) {
        if (Item *it = itemOf(s.int64(0))) {
            it->titles = {s.text(1), s.text(2)};
            it->descriptions = {s.text(3), s.text(4)};
        }
    }
    if (!s.done())
        return readError(s, Tr::tr("Reading the translations failed"));
    return {};
}

constexpr const char *ItemColumns
        = "id, area_id, title, description, kind, status, health, lead, start_date, "
          "start_precision, end_date, end_precision, progress, source, rank, version, updated_at";

} // namespace

Result<Snapshot> RoadmapRepository::loadSnapshot()
{
    sqlite3 *h = m_db.handle();
    // One read transaction for a consistent picture; ended before returning so that no lock
    // is held while the application is idle. Inside a write transaction (the re-read after a
    // bulk insert) that transaction already gives the picture and must stay open.
    const bool ownTransaction = sqlite3_get_autocommit(h) != 0;
    if (ownTransaction && sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error {Error::Code::Other, QString::fromUtf8(sqlite3_errmsg(h))};
    struct EndRead
    {
        sqlite3 *h;
        bool own;
        ~EndRead()
        {
            if (own && !sqlite3_get_autocommit(h))
                sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
        }
    } endRead {h, ownTransaction};

    Snapshot snap;
    {
        // Texts are read no longer than schema 4 allows: a file of an older schema opened
        // read-only (never upgraded) or a newer one may hold any length, and the views must
        // survive it (a 17 MB title once broke the X11 connection).
        static const QByteArray sql = QStringLiteral("SELECT key, substr(value, 1, %1) FROM "
                                                     "setting")
                                              .arg(MaxSettingLength)
                                              .toUtf8();
        Statement s(h, sql.constData());
        while (s.step()) {
            const QString key = s.text(0);
            if (key == QLatin1String("title"))
                snap.settings.title = s.text(1);
            else if (key == QLatin1String("classification"))
                snap.settings.classification = s.text(1);
            else if (key == QLatin1String("author"))
                snap.settings.author = s.text(1);
            else if (key == QLatin1String("office"))
                snap.settings.office = s.text(1);
            else if (key == QLatin1String("briefing.drafter"))
                snap.settings.drafter = s.text(1);
            else if (key == QLatin1String("briefing.approver"))
                snap.settings.approver = s.text(1);
            else if (key == QLatin1String("briefing.fileNumber"))
                snap.settings.fileNumber = s.text(1);
            else if (key == QLatin1String("briefing.purpose"))
                snap.settings.purpose = s.text(1);
            else if (key == QLatin1String("briefing.keyMessages"))
                snap.settings.keyMessages = s.text(1);
            else if (key == QLatin1String("briefing.nextSteps"))
                snap.settings.nextSteps = s.text(1);
        }
        if (!s.done())
            return readError(s, Tr::tr("Reading the settings failed"));
    }
    {
        static const QByteArray sql
                = QStringLiteral("SELECT id, number, substr(name, 1, %1), substr(short_name, 1, "
                                 "%2), colour FROM priority_area ORDER BY number")
                          .arg(MaxNameLength)
                          .arg(MaxShortNameLength)
                          .toUtf8();
        Statement s(h, sql.constData());
        while (s.step())
            snap.areas.append(
                    {s.int64(0), int(s.int64(1)), s.text(2), s.text(3), QColor(s.text(4)), {}, {}});
        if (!s.done())
            return readError(s, Tr::tr("Reading the priority areas failed"));
    }
    if (m_db.schemaVersion() >= TranslationsSchema) {
        static const QByteArray sql
                = QStringLiteral("SELECT id, substr(name_fr, 1, %1), substr(name_ja, 1, %1), "
                                 "substr(short_name_fr, 1, %2), substr(short_name_ja, 1, %2) "
                                 "FROM priority_area")
                          .arg(MaxNameLength)
                          .arg(MaxShortNameLength)
                          .toUtf8();
        Statement s(h, sql.constData());
        while (s.step()) {
            for (PriorityArea &a : snap.areas) {
                if (a.id == s.int64(0)) {
                    a.names = {s.text(1), s.text(2)};
                    a.shortNames = {s.text(3), s.text(4)};
                }
            }
        }
        if (!s.done())
            return readError(s, Tr::tr("Reading the priority areas failed"));
    }
    {
        static const QByteArray sql
                = QStringLiteral("SELECT id, substr(name, 1, %1), substr(short_name, 1, %2), "
                                 "country FROM organisation ORDER BY name")
                          .arg(MaxNameLength)
                          .arg(MaxShortNameLength)
                          .toUtf8();
        Statement s(h, sql.constData());
        while (s.step())
            snap.organisations.append({s.int64(0), s.text(1), s.text(2),
                                       enums::countryFromKey(s.text(3)).value_or(Country::Other)});
        if (!s.done())
            return readError(s, Tr::tr("Reading the organisations failed"));
    }
    QHash<qint64, int> rowOf;
    {
        const QByteArray sql = QByteArray("SELECT ") + ItemColumns + " FROM item ORDER BY id";
        Statement s(h, sql.constData());
        while (s.step()) {
            rowOf.insert(s.int64(0), snap.items.size());
            snap.items.append(readItemRow(s));
        }
        if (!s.done())
            return readError(s, Tr::tr("Reading the items failed"));
    }
    if (m_db.schemaVersion() >= TranslationsSchema) {
        auto read = readItemTranslations(h, [&](qint64 id) -> Item * {
            const auto row = rowOf.constFind(id);
            return row == rowOf.constEnd() ? nullptr : &snap.items[*row];
        });
        if (!read)
            return read.error();
    }
    {
        Statement s(h,
                    "SELECT item_id, organisation_id, role FROM item_organisation "
                    "ORDER BY item_id, position, organisation_id");
        while (s.step()) {
            const auto row = rowOf.constFind(s.int64(0));
            if (row != rowOf.constEnd())
                snap.items[*row].organisations.append(
                        {s.int64(1),
                         enums::orgRoleFromKey(s.text(2)).value_or(OrgRole::Supporting)});
        }
        if (!s.done())
            return readError(s, Tr::tr("Reading the item organisations failed"));
    }
    {
        Statement s(h,
                    "SELECT it.item_id, t.name FROM item_tag it JOIN tag t ON t.id = it.tag_id "
                    "ORDER BY it.item_id, t.name");
        while (s.step()) {
            const auto row = rowOf.constFind(s.int64(0));
            if (row != rowOf.constEnd())
                snap.items[*row].tags.append(s.text(1));
        }
        if (!s.done())
            return readError(s, Tr::tr("Reading the tags failed"));
    }
    {
        Statement s(h, "SELECT predecessor_id, successor_id FROM dependency ORDER BY 1, 2");
        while (s.step())
            snap.dependencies.append({s.int64(0), s.int64(1)});
        if (!s.done())
            return readError(s, Tr::tr("Reading the dependencies failed"));
    }
    if (m_db.schemaVersion() >= 3) {
        SourceRepository sources(m_db);
        auto docs = sources.sources();
        if (!docs)
            return docs.error();
        snap.sources = docs.value();
        auto citations = sources.allCitations();
        if (!citations)
            return citations.error();
        for (auto c = citations->cbegin(); c != citations->cend(); ++c) {
            const auto row = rowOf.constFind(c.key());
            if (row != rowOf.constEnd())
                snap.items[*row].citations = c.value();
        }
    } else {
        snap.sources = legacySources(snap.items);
    }
    if (m_db.schemaVersion() >= 2) {
        Statement s(h, "SELECT status, wip_limit FROM board_column WHERE wip_limit IS NOT NULL");
        while (s.step()) {
            if (const auto status = enums::statusFromKey(s.text(0)))
                snap.wipLimits.insert(*status, int(s.int64(1)));
        }
        if (!s.done())
            return readError(s, Tr::tr("Reading the board settings failed"));
    }
    auto baselines = BaselineRepository(m_db).baselines();
    if (!baselines)
        return baselines.error();
    snap.baselines = std::move(baselines.value());
    return snap;
}

Result<Item> RoadmapRepository::loadItem(qint64 id)
{
    sqlite3 *h = m_db.handle();
    Item item;
    {
        const QByteArray sql = QByteArray("SELECT ") + ItemColumns + " FROM item WHERE id = ?";
        Statement s(h, sql.constData());
        s.bind(1, id);
        if (!s.step()) {
            if (s.done())
                return Error {Error::Code::NotFound, Tr::tr("The item no longer exists.")};
            return readError(s, Tr::tr("Reading the item failed"));
        }
        item = readItemRow(s);
    }
    if (m_db.schemaVersion() >= TranslationsSchema) {
        auto read = readItemTranslations(
                h, [&](qint64 found) { return found == id ? &item : nullptr; }, id);
        if (!read)
            return read.error();
    }
    {
        Statement s(h,
                    "SELECT organisation_id, role FROM item_organisation WHERE item_id = ? "
                    "ORDER BY position, organisation_id");
        s.bind(1, id);
        while (s.step())
            item.organisations.append(
                    {s.int64(0), enums::orgRoleFromKey(s.text(1)).value_or(OrgRole::Supporting)});
        if (!s.done())
            return readError(s, Tr::tr("Reading the item failed"));
    }
    {
        Statement s(h,
                    "SELECT t.name FROM item_tag it JOIN tag t ON t.id = it.tag_id "
                    "WHERE it.item_id = ? ORDER BY t.name");
        s.bind(1, id);
        while (s.step())
            item.tags.append(s.text(0));
        if (!s.done())
            return readError(s, Tr::tr("Reading the item failed"));
    }
    if (m_db.schemaVersion() >= 3) {
        auto citations = SourceRepository(m_db).citations(id);
        if (!citations)
            return citations.error();
        item.citations = citations.value();
    }
    return item;
}

Result<QList<StatusUpdate>> RoadmapRepository::statusUpdatesSince(QDate since)
{
    // Reports and exports read every update of a large roadmap: the raw statement, without a
    // QVariant per cell (100,000 updates in half the time).
    Statement s(m_db.handle(),
                "SELECT id, item_id, date, author, text, new_status, new_health FROM status_update "
                "WHERE date >= ? ORDER BY date DESC, id DESC");
    s.bind(1, since.toString(Qt::ISODate));
    QList<StatusUpdate> out;
    while (s.step()) {
        StatusUpdate u;
        u.id = s.int64(0);
        u.itemId = s.int64(1);
        u.date = isoDate(s.latin1(2));
        u.author = s.text(3);
        u.text = s.text(4);
        if (!s.isNull(5))
            u.newStatus = enums::statusFromKey(s.text(5));
        if (!s.isNull(6))
            u.newHealth = enums::healthFromKey(s.text(6));
        out.append(std::move(u));
    }
    if (!s.done())
        return readError(s, Tr::tr("Reading the history failed"));
    return out;
}

} // namespace jcr
