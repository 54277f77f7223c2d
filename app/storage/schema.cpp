#include "schema.h"

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

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all {
            {1, version1()},
            {2, version2()},
    };
    return all;
}

int currentVersion()
{
    return migrations().constLast().toVersion;
}

} // namespace jcr::schema
