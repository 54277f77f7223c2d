#include "schema.h"

#include "domain/item.h"
#include "domain/textlimits.h"
#include "seed/seedparser.h"

#include <initializer_list>

namespace jcr::schema {

namespace {

// The text of each statement is stored by SQLite in sqlite_schema and compared when a file is
// opened, so a migration's statements must never change once released: add a new migration.
QStringList version1()
{
    return {
            QStringLiteral(R"(CREATE TABLE setting (
    key TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    value TEXT NOT NULL DEFAULT ''
))"),
            QStringLiteral(R"(CREATE TABLE priority_area (
    id INTEGER PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE CHECK (number BETWEEN 1 AND 99),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    short_name TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT '#808080' CHECK (colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
))"),
            QStringLiteral(R"(CREATE TABLE organisation (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    short_name TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL CHECK (country IN ('JP', 'CA', 'other')),
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
))"),
            QStringLiteral(R"(CREATE TABLE item (
    id INTEGER PRIMARY KEY,
    area_id INTEGER NOT NULL REFERENCES priority_area (id) ON DELETE RESTRICT,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 500),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 100000),
    kind TEXT NOT NULL DEFAULT 'initiative' CHECK (kind IN ('initiative', 'dialogue', 'agreement', 'visit', 'mission', 'event', 'milestone', 'governance')),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('proposed', 'planned', 'in_progress', 'done', 'on_hold', 'cancelled')),
    health TEXT NOT NULL DEFAULT 'on_track' CHECK (health IN ('on_track', 'at_risk', 'off_track')),
    lead TEXT NOT NULL DEFAULT 'joint' CHECK (lead IN ('japan', 'canada', 'joint')),
    start_date TEXT CHECK (start_date IS NULL OR (length(start_date) = 10 AND date(start_date, '+0 days') IS start_date)),
    start_precision TEXT NOT NULL DEFAULT 'day' CHECK (start_precision IN ('day', 'month', 'quarter', 'year')),
    end_date TEXT CHECK (end_date IS NULL OR (length(end_date) = 10 AND date(end_date, '+0 days') IS end_date)),
    end_precision TEXT NOT NULL DEFAULT 'day' CHECK (end_precision IN ('day', 'month', 'quarter', 'year')),
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    source TEXT NOT NULL DEFAULT '' CHECK (length(source) <= 100000),
    rank REAL NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
))"),
            QStringLiteral("CREATE INDEX item_area ON item (area_id)"),
            QStringLiteral("CREATE INDEX item_status_rank ON item (status, rank)"),
            QStringLiteral(R"(CREATE TABLE item_organisation (
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'lead' CHECK (role IN ('lead', 'supporting')),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id, organisation_id)
) WITHOUT ROWID)"),
            QStringLiteral(
                    "CREATE INDEX item_organisation_org ON item_organisation (organisation_id)"),
            QStringLiteral(R"(CREATE TABLE dependency (
    predecessor_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    successor_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    PRIMARY KEY (predecessor_id, successor_id),
    CHECK (predecessor_id <> successor_id)
) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX dependency_successor ON dependency (successor_id)"),
            QStringLiteral(R"(CREATE TABLE tag (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0 AND length(name) <= 100)
))"),
            QStringLiteral(R"(CREATE TABLE item_tag (
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, tag_id)
) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX item_tag_tag ON item_tag (tag_id)"),
            QStringLiteral(R"(CREATE TABLE status_update (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    date TEXT NOT NULL CHECK (length(date) = 10 AND date(date, '+0 days') IS date),
    author TEXT NOT NULL DEFAULT '' CHECK (length(author) <= 200),
    text TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 100000),
    new_status TEXT CHECK (new_status IS NULL OR new_status IN ('proposed', 'planned', 'in_progress', 'done', 'on_hold', 'cancelled')),
    new_health TEXT CHECK (new_health IS NULL OR new_health IN ('on_track', 'at_risk', 'off_track')),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
))"),
            QStringLiteral("CREATE INDEX status_update_item ON status_update (item_id, date)"),
            // Triggers stamp every change, including those made with sqlite3 or DB Browser, so that
            // optimistic updates (WHERE id = ? AND version = ?) notice them.
            QStringLiteral(R"(CREATE TRIGGER item_stamp AFTER UPDATE ON item FOR EACH ROW BEGIN
    UPDATE item SET version = OLD.version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END)"),
            QStringLiteral(
                    R"(CREATE TRIGGER priority_area_stamp AFTER UPDATE ON priority_area FOR EACH ROW BEGIN
    UPDATE priority_area SET version = OLD.version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END)"),
            QStringLiteral(
                    R"(CREATE TRIGGER organisation_stamp AFTER UPDATE ON organisation FOR EACH ROW BEGIN
    UPDATE organisation SET version = OLD.version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END)"),
            QStringLiteral(
                    R"(CREATE TRIGGER status_update_stamp AFTER UPDATE ON status_update FOR EACH ROW BEGIN
    UPDATE status_update SET version = OLD.version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END)"),
            // Changes to an item's organisations and tags are changes to the item.
            QStringLiteral(
                    R"(CREATE TRIGGER item_organisation_insert AFTER INSERT ON item_organisation FOR EACH ROW BEGIN
    UPDATE item SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.item_id;
END)"),
            QStringLiteral(
                    R"(CREATE TRIGGER item_organisation_delete AFTER DELETE ON item_organisation FOR EACH ROW BEGIN
    UPDATE item SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = OLD.item_id;
END)"),
            QStringLiteral(
                    R"(CREATE TRIGGER item_tag_insert AFTER INSERT ON item_tag FOR EACH ROW BEGIN
    UPDATE item SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.item_id;
END)"),
            QStringLiteral(
                    R"(CREATE TRIGGER item_tag_delete AFTER DELETE ON item_tag FOR EACH ROW BEGIN
    UPDATE item SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = OLD.item_id;
END)"),
    };
}

// Version 2: per-column work-in-progress limits of the kanban board, stored in the document so
// that everyone who opens the file sees the same limits.
QStringList version2()
{
    return {
            QStringLiteral(R"(CREATE TABLE board_column (
    status TEXT PRIMARY KEY NOT NULL CHECK (status IN ('proposed', 'planned', 'in_progress', 'done', 'on_hold', 'cancelled')),
    wip_limit INTEGER CHECK (wip_limit IS NULL OR (typeof(wip_limit) = 'integer' AND wip_limit BETWEEN 1 AND 100000))
) WITHOUT ROWID)"),
    };
}

// Version 3: source documents (the Joint Statement, later readouts and statements) and the
// passages items cite from them. A file of version 2 kept its passages in item.source, all
// taken from the Joint Statement: the statement becomes the file's first source and each
// passage a citation of it. item.source then stays empty (SQLite cannot drop it without
// rebuilding the table); triggers refuse writes to it and any change to an imported text.
QStringList version3()
{
    QString statement = seed::statementText();
    statement.replace(QLatin1Char('\''), QStringLiteral("''"));
    return {
            QStringLiteral(R"(CREATE TABLE source_document (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 500),
    issued TEXT CHECK (issued IS NULL OR (length(issued) = 10 AND date(issued, '+0 days') IS issued)),
    place TEXT NOT NULL DEFAULT '' CHECK (length(place) <= 200),
    link TEXT NOT NULL DEFAULT '' CHECK (length(link) <= 2000),
    body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 2000000),
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
))"),
            QStringLiteral(R"(CREATE TABLE citation (
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    source_id INTEGER NOT NULL REFERENCES source_document (id) ON DELETE RESTRICT,
    passage TEXT NOT NULL CHECK (length(passage) BETWEEN 1 AND 100000),
    PRIMARY KEY (item_id, position)
) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX citation_source ON citation (source_id)"),
            QStringLiteral("INSERT INTO source_document (title, issued, place, body) SELECT "
                           "'Joint Statement on Japan-Canada Comprehensive Strategic Partnership', "
                           "'2026-03-06', 'Tokyo', '%1' WHERE EXISTS (SELECT 1 FROM item WHERE "
                           "source <> '')")
                    .arg(statement),
            QStringLiteral("INSERT INTO citation (item_id, position, source_id, passage) SELECT "
                           "id, 0, (SELECT min(id) FROM source_document), source FROM item WHERE "
                           "source <> ''"),
            QStringLiteral("UPDATE item SET source = '' WHERE source <> ''"),
            QStringLiteral(
                    R"(CREATE TRIGGER source_document_frozen BEFORE UPDATE ON source_document FOR EACH ROW BEGIN
    SELECT RAISE(ABORT, 'a source document is never altered after import');
END)"),
            QStringLiteral(
                    R"(CREATE TRIGGER item_source_retired_insert BEFORE INSERT ON item FOR EACH ROW WHEN NEW.source <> '' BEGIN
    SELECT RAISE(ABORT, 'item.source is no longer used: cite passages in the citation table');
END)"),
            QStringLiteral(
                    R"(CREATE TRIGGER item_source_retired_update BEFORE UPDATE OF source ON item FOR EACH ROW WHEN NEW.source <> '' BEGIN
    SELECT RAISE(ABORT, 'item.source is no longer used: cite passages in the citation table');
END)"),
            // Changes to an item's citations are changes to the item.
            QStringLiteral(
                    R"(CREATE TRIGGER citation_insert AFTER INSERT ON citation FOR EACH ROW BEGIN
    UPDATE item SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.item_id;
END)"),
            QStringLiteral(
                    R"(CREATE TRIGGER citation_update AFTER UPDATE ON citation FOR EACH ROW BEGIN
    UPDATE item SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.item_id;
END)"),
            QStringLiteral(
                    R"(CREATE TRIGGER citation_delete AFTER DELETE ON citation FOR EACH ROW BEGIN
    UPDATE item SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = OLD.item_id;
END)"),
    };
}

// Version 4: every text has a length limit, so that no program can write a value the views
// cannot draw (a 17 MB document title once brought down the X11 connection). SQLite cannot add
// a CHECK to a table: each table with an unlimited text is rebuilt as SQLite documents it
// (create the new table, copy, drop the old one, rename), with its indexes and triggers made
// again word for word. A value over its limit, which only another program can have written, is
// cut to the limit; the copy made before every upgrade keeps it whole. Foreign keys are off
// while the tables are swapped (Database::migrate) and checked before the commit; the rename
// runs in legacy mode so that SQLite does not re-parse the triggers of other tables, which
// name a table that is briefly missing.
QStringList version4()
{
    const auto rebuild = [](const char *table, const char *create, const char *columns,
                            const char *select) {
        const QString t = QString::fromLatin1(table);
        return QStringList {
                QString::fromLatin1(create),
                QStringLiteral("INSERT INTO %1_v4 (%2) SELECT %3 FROM %1")
                        .arg(t, QString::fromLatin1(columns), QString::fromLatin1(select)),
                QStringLiteral("DROP TABLE %1").arg(t),
                QStringLiteral("ALTER TABLE %1_v4 RENAME TO %1").arg(t),
        };
    };
    QStringList s {QStringLiteral("PRAGMA legacy_alter_table = ON")};
    s += rebuild("setting", R"(CREATE TABLE setting_v4 (
    key TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    value TEXT NOT NULL DEFAULT '' CHECK (length(value) <= 10000)
))",
                 "key, value", "key, substr(value, 1, 10000)");
    s += rebuild("priority_area", R"(CREATE TABLE priority_area_v4 (
    id INTEGER PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE CHECK (number BETWEEN 1 AND 99),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 200),
    short_name TEXT NOT NULL DEFAULT '' CHECK (length(short_name) <= 50),
    colour TEXT NOT NULL DEFAULT '#808080' CHECK (colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) CHECK (length(updated_at) <= 40)
))",
                 "id, number, name, short_name, colour, version, updated_at",
                 "id, number, substr(name, 1, 200), substr(short_name, 1, 50), colour, version, "
                 "substr(updated_at, 1, 40)");
    s << QStringLiteral(
            R"(CREATE TRIGGER priority_area_stamp AFTER UPDATE ON priority_area FOR EACH ROW BEGIN
    UPDATE priority_area SET version = OLD.version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END)");
    s += rebuild("organisation", R"(CREATE TABLE organisation_v4 (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0 AND length(name) <= 200),
    short_name TEXT NOT NULL DEFAULT '' CHECK (length(short_name) <= 50),
    country TEXT NOT NULL CHECK (country IN ('JP', 'CA', 'other')),
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) CHECK (length(updated_at) <= 40)
))",
                 "id, name, short_name, country, version, updated_at",
                 "id, substr(name, 1, 200), substr(short_name, 1, 50), country, version, "
                 "substr(updated_at, 1, 40)");
    s << QStringLiteral(
            R"(CREATE TRIGGER organisation_stamp AFTER UPDATE ON organisation FOR EACH ROW BEGIN
    UPDATE organisation SET version = OLD.version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END)");
    s += rebuild("item", R"(CREATE TABLE item_v4 (
    id INTEGER PRIMARY KEY,
    area_id INTEGER NOT NULL REFERENCES priority_area (id) ON DELETE RESTRICT,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 500),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 100000),
    kind TEXT NOT NULL DEFAULT 'initiative' CHECK (kind IN ('initiative', 'dialogue', 'agreement', 'visit', 'mission', 'event', 'milestone', 'governance')),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('proposed', 'planned', 'in_progress', 'done', 'on_hold', 'cancelled')),
    health TEXT NOT NULL DEFAULT 'on_track' CHECK (health IN ('on_track', 'at_risk', 'off_track')),
    lead TEXT NOT NULL DEFAULT 'joint' CHECK (lead IN ('japan', 'canada', 'joint')),
    start_date TEXT CHECK (start_date IS NULL OR (length(start_date) = 10 AND date(start_date, '+0 days') IS start_date)),
    start_precision TEXT NOT NULL DEFAULT 'day' CHECK (start_precision IN ('day', 'month', 'quarter', 'year')),
    end_date TEXT CHECK (end_date IS NULL OR (length(end_date) = 10 AND date(end_date, '+0 days') IS end_date)),
    end_precision TEXT NOT NULL DEFAULT 'day' CHECK (end_precision IN ('day', 'month', 'quarter', 'year')),
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    source TEXT NOT NULL DEFAULT '' CHECK (length(source) <= 100000),
    rank REAL NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) CHECK (length(created_at) <= 40),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) CHECK (length(updated_at) <= 40),
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
))",
                 "id, area_id, title, description, kind, status, health, lead, start_date, "
                 "start_precision, end_date, end_precision, progress, source, rank, version, "
                 "created_at, updated_at",
                 "id, area_id, title, description, kind, status, health, lead, start_date, "
                 "start_precision, end_date, end_precision, progress, source, rank, version, "
                 "substr(created_at, 1, 40), substr(updated_at, 1, 40)");
    s << QStringLiteral("CREATE INDEX item_area ON item (area_id)")
      << QStringLiteral("CREATE INDEX item_status_rank ON item (status, rank)")
      << QStringLiteral(R"(CREATE TRIGGER item_stamp AFTER UPDATE ON item FOR EACH ROW BEGIN
    UPDATE item SET version = OLD.version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END)")
      << QStringLiteral(
                 R"(CREATE TRIGGER item_source_retired_insert BEFORE INSERT ON item FOR EACH ROW WHEN NEW.source <> '' BEGIN
    SELECT RAISE(ABORT, 'item.source is no longer used: cite passages in the citation table');
END)")
      << QStringLiteral(
                 R"(CREATE TRIGGER item_source_retired_update BEFORE UPDATE OF source ON item FOR EACH ROW WHEN NEW.source <> '' BEGIN
    SELECT RAISE(ABORT, 'item.source is no longer used: cite passages in the citation table');
END)");
    s += rebuild("status_update", R"(CREATE TABLE status_update_v4 (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    date TEXT NOT NULL CHECK (length(date) = 10 AND date(date, '+0 days') IS date),
    author TEXT NOT NULL DEFAULT '' CHECK (length(author) <= 200),
    text TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 100000),
    new_status TEXT CHECK (new_status IS NULL OR new_status IN ('proposed', 'planned', 'in_progress', 'done', 'on_hold', 'cancelled')),
    new_health TEXT CHECK (new_health IS NULL OR new_health IN ('on_track', 'at_risk', 'off_track')),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) CHECK (length(created_at) <= 40),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) CHECK (length(updated_at) <= 40)
))",
                 "id, item_id, date, author, text, new_status, new_health, version, created_at, "
                 "updated_at",
                 "id, item_id, date, author, text, new_status, new_health, version, "
                 "substr(created_at, 1, 40), substr(updated_at, 1, 40)");
    s << QStringLiteral("CREATE INDEX status_update_item ON status_update (item_id, date)")
      << QStringLiteral(
                 R"(CREATE TRIGGER status_update_stamp AFTER UPDATE ON status_update FOR EACH ROW BEGIN
    UPDATE status_update SET version = OLD.version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END)");
    s += rebuild("source_document", R"(CREATE TABLE source_document_v4 (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 500),
    issued TEXT CHECK (issued IS NULL OR (length(issued) = 10 AND date(issued, '+0 days') IS issued)),
    place TEXT NOT NULL DEFAULT '' CHECK (length(place) <= 200),
    link TEXT NOT NULL DEFAULT '' CHECK (length(link) <= 2000),
    body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 2000000),
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) CHECK (length(imported_at) <= 40)
))",
                 "id, title, issued, place, link, body, imported_at",
                 "id, title, issued, place, link, body, substr(imported_at, 1, 40)");
    s << QStringLiteral(
            R"(CREATE TRIGGER source_document_frozen BEFORE UPDATE ON source_document FOR EACH ROW BEGIN
    SELECT RAISE(ABORT, 'a source document is never altered after import');
END)") << QStringLiteral("PRAGMA legacy_alter_table = OFF");
    return s;
}

// Version 5: the record of change. Triggers in the file write one change_log row for every
// change to an item's fields (old and new value), its organisation links, tags, predecessors
// and citations, its status notes removed or altered, items created and deleted, and priority
// areas, whoever makes it: sqlite3 and other programs are recorded as 'another program'. The
// planner writes the user's name into change_actor inside its own write transaction and
// removes it again before COMMIT, so no other program ever sees it. Recorded rows are never
// altered (trimming old rows with DELETE is the archivist's decision, see the README).
QStringList version5()
{
    // Who made the change; the planner's name row exists only inside its own transactions.
    const QString actor = QStringLiteral(
            "coalesce((SELECT name FROM change_actor WHERE id = 1), 'another program')");
    // An item's dated fields are recorded with their precision: "2026-07-01 quarter".
    const auto dated = [](const char *row, const char *which) {
        return QStringLiteral("CASE WHEN %1.%2_date IS NULL THEN NULL ELSE %1.%2_date || ' ' || "
                              "%1.%2_precision END")
                .arg(QLatin1String(row), QLatin1String(which));
    };
    const auto link = [&](const QString &table, const QString &event, const QString &row,
                          const QString &when, const QString &field, const QString &values) {
        const QString action = event == QLatin1String("INSERT") ? QStringLiteral("insert")
                : event == QLatin1String("DELETE")              ? QStringLiteral("delete")
                                                                : QStringLiteral("update");
        return QStringLiteral("CREATE TRIGGER %1_record_%2 AFTER %3 ON %1 FOR EACH ROW%4 BEGIN\n"
                              "    INSERT INTO change_log (actor, item_id, action, field, "
                              "old_value, new_value) VALUES (%5, %6.item_id, '%2', '%7', %8);\n"
                              "END")
                .arg(table, action, event, when.isEmpty() ? QString() : QLatin1Char(' ') + when,
                     actor, row, field, values);
    };
    const QString itemExists
            = QStringLiteral("WHEN EXISTS (SELECT 1 FROM item WHERE id = OLD.item_id)");
    const auto organisation = [](const char *row) {
        return QStringLiteral("coalesce((SELECT name FROM organisation WHERE id = "
                              "%1.organisation_id), '#' || %1.organisation_id) || ' (' || "
                              "%1.role || ')'")
                .arg(QLatin1String(row));
    };
    const auto tag = [](const char *row) {
        return QStringLiteral(
                       "coalesce((SELECT name FROM tag WHERE id = %1.tag_id), '#' || %1.tag_id)")
                .arg(QLatin1String(row));
    };
    const auto predecessor = [](const char *row) {
        return QStringLiteral("coalesce((SELECT title FROM item WHERE id = %1.predecessor_id), "
                              "'#' || %1.predecessor_id)")
                .arg(QLatin1String(row));
    };
    return {
            QStringLiteral(R"(CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) CHECK (length(at) BETWEEN 1 AND 40),
    actor TEXT NOT NULL CHECK (length(actor) BETWEEN 1 AND 200),
    item_id INTEGER,
    area_id INTEGER,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    field TEXT NOT NULL DEFAULT '' CHECK (field IN ('', 'area', 'title', 'description', 'kind', 'status', 'health', 'lead', 'start', 'end', 'progress', 'organisation', 'tag', 'predecessor', 'citation', 'note', 'number', 'name', 'short_name', 'colour')),
    old_value TEXT CHECK (old_value IS NULL OR length(old_value) <= 100000),
    new_value TEXT CHECK (new_value IS NULL OR length(new_value) <= 100000),
    CHECK ((item_id IS NULL) <> (area_id IS NULL))
))"),
            QStringLiteral("CREATE INDEX change_log_item ON change_log (item_id, id)"),
            QStringLiteral("CREATE INDEX change_log_at ON change_log (at)"),
            QStringLiteral(R"(CREATE TABLE change_actor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200)
))"),
            QStringLiteral(
                    R"(CREATE TRIGGER change_log_frozen BEFORE UPDATE ON change_log FOR EACH ROW BEGIN
    SELECT RAISE(ABORT, 'a recorded change is never altered');
END)"),
            QStringLiteral("CREATE TRIGGER item_record_insert AFTER INSERT ON item FOR EACH ROW "
                           "BEGIN\n    INSERT INTO change_log (actor, item_id, action, new_value) "
                           "VALUES (%1, NEW.id, 'insert', NEW.title);\nEND")
                    .arg(actor),
            QStringLiteral("CREATE TRIGGER item_record_delete AFTER DELETE ON item FOR EACH ROW "
                           "BEGIN\n    INSERT INTO change_log (actor, item_id, action, old_value) "
                           "VALUES (%1, OLD.id, 'delete', OLD.title);\nEND")
                    .arg(actor),
            // One row per field that differs; the stamp trigger's own update changes none.
            QStringLiteral(
                    "CREATE TRIGGER item_record_update AFTER UPDATE ON item FOR EACH ROW BEGIN\n"
                    "    INSERT INTO change_log (actor, item_id, action, field, old_value, "
                    "new_value) SELECT %1, NEW.id, 'update', f, o, n FROM (\n"
                    "        SELECT 'area' AS f, OLD.area_id AS o, NEW.area_id AS n\n"
                    "        UNION ALL SELECT 'title', OLD.title, NEW.title\n"
                    "        UNION ALL SELECT 'description', OLD.description, NEW.description\n"
                    "        UNION ALL SELECT 'kind', OLD.kind, NEW.kind\n"
                    "        UNION ALL SELECT 'status', OLD.status, NEW.status\n"
                    "        UNION ALL SELECT 'health', OLD.health, NEW.health\n"
                    "        UNION ALL SELECT 'lead', OLD.lead, NEW.lead\n"
                    "        UNION ALL SELECT 'start', %2, %3\n"
                    "        UNION ALL SELECT 'end', %4, %5\n"
                    "        UNION ALL SELECT 'progress', OLD.progress, NEW.progress\n"
                    "    ) WHERE o IS NOT n;\nEND")
                    .arg(actor, dated("OLD", "start"), dated("NEW", "start"), dated("OLD", "end"),
                         dated("NEW", "end")),
            link(QStringLiteral("item_organisation"), QStringLiteral("INSERT"),
                 QStringLiteral("NEW"), {}, QStringLiteral("organisation"),
                 QStringLiteral("NULL, ") + organisation("NEW")),
            link(QStringLiteral("item_organisation"), QStringLiteral("UPDATE"),
                 QStringLiteral("NEW"), QStringLiteral("WHEN OLD.role IS NOT NEW.role"),
                 QStringLiteral("organisation"),
                 organisation("OLD") + QStringLiteral(", ") + organisation("NEW")),
            link(QStringLiteral("item_organisation"), QStringLiteral("DELETE"),
                 QStringLiteral("OLD"), itemExists, QStringLiteral("organisation"),
                 organisation("OLD") + QStringLiteral(", NULL")),
            link(QStringLiteral("item_tag"), QStringLiteral("INSERT"), QStringLiteral("NEW"), {},
                 QStringLiteral("tag"), QStringLiteral("NULL, ") + tag("NEW")),
            link(QStringLiteral("item_tag"), QStringLiteral("DELETE"), QStringLiteral("OLD"),
                 itemExists, QStringLiteral("tag"), tag("OLD") + QStringLiteral(", NULL")),
            // A dependency belongs to its successor's history.
            QStringLiteral("CREATE TRIGGER dependency_record_insert AFTER INSERT ON dependency FOR "
                           "EACH ROW BEGIN\n    INSERT INTO change_log (actor, item_id, action, "
                           "field, new_value) VALUES (%1, NEW.successor_id, 'insert', "
                           "'predecessor', %2);\nEND")
                    .arg(actor, predecessor("NEW")),
            QStringLiteral("CREATE TRIGGER dependency_record_delete AFTER DELETE ON dependency FOR "
                           "EACH ROW WHEN EXISTS (SELECT 1 FROM item WHERE id = OLD.successor_id) "
                           "BEGIN\n    INSERT INTO change_log (actor, item_id, action, field, "
                           "old_value) VALUES (%1, OLD.successor_id, 'delete', 'predecessor', "
                           "%2);\nEND")
                    .arg(actor, predecessor("OLD")),
            link(QStringLiteral("citation"), QStringLiteral("INSERT"), QStringLiteral("NEW"), {},
                 QStringLiteral("citation"), QStringLiteral("NULL, NEW.passage")),
            link(QStringLiteral("citation"), QStringLiteral("UPDATE"), QStringLiteral("NEW"),
                 QStringLiteral("WHEN OLD.passage IS NOT NEW.passage"), QStringLiteral("citation"),
                 QStringLiteral("OLD.passage, NEW.passage")),
            link(QStringLiteral("citation"), QStringLiteral("DELETE"), QStringLiteral("OLD"),
                 itemExists, QStringLiteral("citation"), QStringLiteral("OLD.passage, NULL")),
            // A status note is its own record; what is recorded is a note altered or removed.
            link(QStringLiteral("status_update"), QStringLiteral("UPDATE"), QStringLiteral("NEW"),
                 QStringLiteral("WHEN OLD.text IS NOT NEW.text"), QStringLiteral("note"),
                 QStringLiteral("OLD.text, NEW.text")),
            link(QStringLiteral("status_update"), QStringLiteral("DELETE"), QStringLiteral("OLD"),
                 itemExists, QStringLiteral("note"), QStringLiteral("OLD.text, NULL")),
            QStringLiteral("CREATE TRIGGER priority_area_record_insert AFTER INSERT ON "
                           "priority_area FOR EACH ROW BEGIN\n    INSERT INTO change_log (actor, "
                           "area_id, action, new_value) VALUES (%1, NEW.id, 'insert', "
                           "NEW.name);\nEND")
                    .arg(actor),
            QStringLiteral("CREATE TRIGGER priority_area_record_delete AFTER DELETE ON "
                           "priority_area FOR EACH ROW BEGIN\n    INSERT INTO change_log (actor, "
                           "area_id, action, old_value) VALUES (%1, OLD.id, 'delete', "
                           "OLD.name);\nEND")
                    .arg(actor),
            QStringLiteral(
                    "CREATE TRIGGER priority_area_record_update AFTER UPDATE ON priority_area FOR "
                    "EACH ROW BEGIN\n    INSERT INTO change_log (actor, area_id, action, field, "
                    "old_value, new_value) SELECT %1, NEW.id, 'update', f, o, n FROM (\n"
                    "        SELECT 'number' AS f, OLD.number AS o, NEW.number AS n\n"
                    "        UNION ALL SELECT 'name', OLD.name, NEW.name\n"
                    "        UNION ALL SELECT 'short_name', OLD.short_name, NEW.short_name\n"
                    "        UNION ALL SELECT 'colour', OLD.colour, NEW.colour\n"
                    "    ) WHERE o IS NOT n;\nEND")
                    .arg(actor),
    };
}

// Version 6: baselines. A baseline is a named snapshot (name, the day it was taken, a note) of
// every item's dates with their precision, status, health and progress, kept so that "what has
// slipped since the Leaders' meeting?" can be answered later. Its rows hold no reference to
// item: a baseline keeps the items deleted since (with their title), as a record should.
QStringList version6()
{
    return {
            QStringLiteral(R"(CREATE TABLE baseline (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 200),
    taken_on TEXT NOT NULL CHECK (length(taken_on) = 10 AND date(taken_on, '+0 days') IS taken_on),
    note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 10000),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
))"),
            QStringLiteral(R"(CREATE TABLE baseline_item (
    baseline_id INTEGER NOT NULL REFERENCES baseline (id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL,
    title TEXT NOT NULL CHECK (length(title) <= 500),
    status TEXT NOT NULL CHECK (status IN ('proposed', 'planned', 'in_progress', 'done', 'on_hold', 'cancelled')),
    health TEXT NOT NULL CHECK (health IN ('on_track', 'at_risk', 'off_track')),
    start_date TEXT CHECK (start_date IS NULL OR (length(start_date) = 10 AND date(start_date, '+0 days') IS start_date)),
    start_precision TEXT NOT NULL DEFAULT 'day' CHECK (start_precision IN ('day', 'month', 'quarter', 'year')),
    end_date TEXT CHECK (end_date IS NULL OR (length(end_date) = 10 AND date(end_date, '+0 days') IS end_date)),
    end_precision TEXT NOT NULL DEFAULT 'day' CHECK (end_precision IN ('day', 'month', 'quarter', 'year')),
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    PRIMARY KEY (baseline_id, item_id)
) WITHOUT ROWID)"),
            // ON DELETE CASCADE acts only with foreign keys on, which sqlite3 leaves off.
            QStringLiteral(
                    R"(CREATE TRIGGER baseline_forget AFTER DELETE ON baseline FOR EACH ROW BEGIN
    DELETE FROM baseline_item WHERE baseline_id = OLD.id;
END)"),
    };
}

/// A trigger that records, one row per field that differs, an update of the French and
/// Japanese texts of \a fields of \a table (schema 5's triggers record the primary texts).
QString translationRecord(const char *table, const char *key,
                          std::initializer_list<const char *> fields)
{
    QStringList columns, rows;
    for (const char *field : fields) {
        for (const char *language : {"fr", "ja"}) {
            const QString column
                    = QStringLiteral("%1_%2").arg(QLatin1String(field), QLatin1String(language));
            columns.append(column);
            rows.append(
                    rows.isEmpty()
                            ? QStringLiteral("SELECT '%1' AS f, OLD.%1 AS o, NEW.%1 AS n")
                                      .arg(column)
                            : QStringLiteral("UNION ALL SELECT '%1', OLD.%1, NEW.%1").arg(column));
        }
    }
    return QStringLiteral("CREATE TRIGGER %1_record_translation AFTER UPDATE OF %2 ON %1 FOR EACH "
                          "ROW BEGIN\n    INSERT INTO change_log (actor, %3, action, field, "
                          "old_value, new_value) SELECT coalesce((SELECT name FROM change_actor "
                          "WHERE id = 1), 'another program'), NEW.id, 'update', f, o, n FROM (\n"
                          "        %4\n    ) WHERE o IS NOT n;\nEND")
            .arg(QLatin1String(table), columns.join(QStringLiteral(", ")), QLatin1String(key),
                 rows.join(QStringLiteral("\n        ")));
}

// Version 7 (issue 15): an item's title and description, and an area's names, in French and
// Japanese beside the primary text, which stays as it was. Empty: no translation (the views
// then show the primary text, marked). Same limits as the primary texts (version 4). The
// record of change learns the new fields.
QStringList version7()
{
    const auto column = [](const char *table, const char *name, int limit) {
        return QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT NOT NULL DEFAULT '' CHECK "
                              "(length(%2) <= %3)")
                .arg(QLatin1String(table), QLatin1String(name))
                .arg(limit);
    };
    return {
            column("item", "title_fr", MaxTitleLength),
            column("item", "title_ja", MaxTitleLength),
            column("item", "description_fr", MaxTextLength),
            column("item", "description_ja", MaxTextLength),
            column("priority_area", "name_fr", MaxNameLength),
            column("priority_area", "name_ja", MaxNameLength),
            column("priority_area", "short_name_fr", MaxShortNameLength),
            column("priority_area", "short_name_ja", MaxShortNameLength),
            // The record of change keeps the translations too. Its CHECK lists the fields it
            // knows, and SQLite cannot alter a CHECK: the table is copied into one that knows
            // them, every row and id kept (as schema 4 did for its tables). The triggers of
            // other tables name change_log only when they run, hence the legacy rename.
            QStringLiteral(R"(CREATE TABLE change_log_v7 (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) CHECK (length(at) BETWEEN 1 AND 40),
    actor TEXT NOT NULL CHECK (length(actor) BETWEEN 1 AND 200),
    item_id INTEGER,
    area_id INTEGER,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    field TEXT NOT NULL DEFAULT '' CHECK (field IN ('', 'area', 'title', 'description', 'kind', 'status', 'health', 'lead', 'start', 'end', 'progress', 'organisation', 'tag', 'predecessor', 'citation', 'note', 'number', 'name', 'short_name', 'colour', 'title_fr', 'title_ja', 'description_fr', 'description_ja', 'name_fr', 'name_ja', 'short_name_fr', 'short_name_ja')),
    old_value TEXT CHECK (old_value IS NULL OR length(old_value) <= 100000),
    new_value TEXT CHECK (new_value IS NULL OR length(new_value) <= 100000),
    CHECK ((item_id IS NULL) <> (area_id IS NULL))
))"),
            QStringLiteral("INSERT INTO change_log_v7 (id, at, actor, item_id, area_id, action, "
                           "field, old_value, new_value) SELECT id, at, actor, item_id, area_id, "
                           "action, field, old_value, new_value FROM change_log"),
            QStringLiteral("DROP TABLE change_log"),
            QStringLiteral("PRAGMA legacy_alter_table = ON"),
            QStringLiteral("ALTER TABLE change_log_v7 RENAME TO change_log"),
            QStringLiteral("PRAGMA legacy_alter_table = OFF"),
            QStringLiteral("CREATE INDEX change_log_item ON change_log (item_id, id)"),
            QStringLiteral("CREATE INDEX change_log_at ON change_log (at)"),
            QStringLiteral(
                    R"(CREATE TRIGGER change_log_frozen BEFORE UPDATE ON change_log FOR EACH ROW BEGIN
    SELECT RAISE(ABORT, 'a recorded change is never altered');
END)"),
            translationRecord("item", "item_id", {"title", "description"}),
            translationRecord("priority_area", "area_id", {"name", "short_name"}),
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all {
            {1, version1()}, {2, version2()}, {3, version3()}, {4, version4()},
            {5, version5()}, {6, version6()}, {7, version7()},
    };
    return all;
}

int currentVersion()
{
    return migrations().constLast().toVersion;
}

} // namespace jcr::schema
