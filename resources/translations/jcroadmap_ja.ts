<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>jcr::AddOrganisationCommand</name>
    <message>
        <source>Add organisation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::AddStatusUpdateCommand</name>
    <message>
        <source>Add update to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was changed again by someone else; the update was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::BackgroundIntegrityCheck</name>
    <message>
        <source>The file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::BackupManager</name>
    <message>
        <source>The list of backups in %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has not passed its check yet; it is backed up once it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup was skipped: the disk of %1 has %2 MiB free, and a backup of %3 MiB must leave at least %4 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room for a temporary copy of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written by a newer version of the application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::BoardCanvas</name>
    <message numerus="yes">
        <source>%1  ·  %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::BoardColumnHeader</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of a work-in-progress limit of %2 (the limit never blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work-in-progress limit; right-click to set one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change WIP Limit (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set WIP Limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove WIP Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIP Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft limit of cards in “%1” (0 for none).
The header turns amber at the limit and red above it; moves are never blocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::BoardModel</name>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::BoardView</name>
    <message>
        <source>Swimlanes by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per priority area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide empty lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item to “%1” (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set health of %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::CardDelegate</name>
    <message>
        <source>JP</source>
        <comment>lead side badge: Japan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA</source>
        <comment>lead side badge: Canada</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint</source>
        <comment>lead side badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 % done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::CardListView</name>
    <message>
        <source>No cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ChangeLogRepository</name>
    <message>
        <source>Reading the record of change failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording who changes the roadmap failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the record of change failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ChangesView</name>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest %1 of %2 changes: choose fewer days to see the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::ConstraintCheck</name>
    <message>
        <source>The rules of table %1 could not be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row of table %1 breaks the rule %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of table %2 break the rule %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (row %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::CreateItemCommand</name>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::CsvReader</name>
    <message>
        <source>The file is not valid UTF-16 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text (it holds zero bytes): it is not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; it looks like %1. Nothing was imported: in Excel, save it as “CSV UTF-8 (Comma delimited)” and import that file.</source>
        <extracomment>%1 is the name of an encoding such as Shift_JIS or Windows-1252</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field goes on after its closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed; the file is cut off or not CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the “%1” field begins with “%2” and a spreadsheet would run it as a formula; put an apostrophe (&apos;) in front to keep it as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab or line break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::Database</name>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a roadmap file: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file is damaged: it is cut off after %n byte(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: another program is writing to the file; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a roadmap file: it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a roadmap file: it is an SQLite database of another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This roadmap file has no schema version; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was switched to write-ahead logging (WAL) by another program%1; it is not opened, to leave it untouched. Run &quot;PRAGMA journal_mode=DELETE&quot; on it in sqlite3 to make it a single complete file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and changes are pending in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: its header records %1 bytes, but the file has %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be configured (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read; it may be damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This roadmap was written by a newer version of the application (schema %1) and cannot be read by this one (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The file is not opened, to protect your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file breaks the roadmap&apos;s rules: %1. It is not opened, to protect your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer version of the application (schema %1); it is opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is being checked; editing starts when the check has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be upgraded to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read any more (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program changed the file&apos;s identity or schema version (schema %1 instead of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program changed the structure of the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is holding the roadmap file locked; your change was not saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is holding the roadmap file locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file cannot be copied onto itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy has schema %1, the file schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run to its end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(more rows refer to missing rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The references could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::DeferWriteCommand</name>
    <message>
        <source>%1 (not saved)</source>
        <extracomment>An undo step whose change another program&apos;s edit made impossible</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::DeleteItemsCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::DependencyEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item should not start before these end. Delete removes the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a predecessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find an item this one waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other item has “%1” in its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items match “%1”: choose one from the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::DocumentPropertiesDialog</name>
    <message>
        <source>Document Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::EditItemsCommand</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of “%2”</source>
        <extracomment>%1 is a list of fields, %2 the item&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted by someone else; the change cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted by someone else; the change cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed again by someone else; your earlier change was not undone, so that their change is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed by someone else in the meantime; your change was not applied, so that their change is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::EditOrganisationCommand</name>
    <message>
        <source>Change organisation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename organisation “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::EditService</name>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is holding the roadmap file; the item is added as soon as it releases it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no priority area of this roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import is incomplete; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no priority area of this roadmap; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer in this roadmap; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That priority area does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An item cannot depend on itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already depends on “%2”: the link would close a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make “%1” depend on “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a dependency of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That organisation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an organisation named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ExportTimelineDialog</name>
    <message>
        <source>Export Timeline Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roadmap-timeline.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File (PNG or SVG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name must end in .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::FileStateBanner</name>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the roadmap as shown, with the changes that wait, to a new file and continues there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change waits to be saved; it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes wait to be saved; they are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another program to release the file… </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change is not saved yet; it is saved as soon as the file is released (Undo takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes are not saved yet; they are saved as soon as the file is released (Undo takes them back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was saved but cannot be continued in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap was not reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change is waiting to be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes are waiting to be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program holds the file, or the file is no longer where it was. If you close it now, these changes are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::FileStatus</name>
    <message>
        <source>The file %1 was deleted while open. What you see is still here: save a copy to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was renamed or moved to %2 while open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was replaced by another file while open. What you see is the roadmap as it was: save a copy to keep it, or reopen to see the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 became read-only while open: changes cannot be saved there until it is writable again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::FilterBar</name>
    <message>
        <source>Priority area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::FuzzyDateEdit</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How exact the date is: the statement often names only a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as it shows (15 Aug 2027, Aug 2027, Q3 2027, 2027) or as numbers (15/8/2027, 2027-08-15). Up and Down step by one period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date of %2 precision; type it like %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::History</name>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority area added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority area deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::IcsExporter</name>
    <message>
        <source>Priority area %1: %2</source>
        <extracomment>%1 is the priority area&apos;s number, %2 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · lead: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: %1 (to the %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ImportItemsCommand</name>
    <message>
        <source>“%1” was changed or deleted by someone else in the meantime; nothing was imported, so that their change is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed or deleted by someone else since the import; the import was not undone, so that their change is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ImportPlan</name>
    <message>
        <source>%1 changed, %2 new, %3 rejected, %4 unchanged</source>
        <extracomment>the preview of an import, e.g. &quot;12 changed, 3 new, 2 rejected, 40 unchanged&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ImportPlanner</name>
    <message>
        <source>the %1 is empty (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 “%2” (one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 “%2” is not a date (write 2026-12-12, 2026-12, 2026-Q4 or 2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 precision “%2” (one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 “%2” is to the %3 but its precision column says %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of the header has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column “%1”. The columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 is also on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no item with id %1 in this roadmap (leave the id empty to add a new item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from 1 to %1, or the area&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown priority area “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a priority area is required (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the priority area is empty (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the progress “%1” is not a whole number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown organisation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation “%1” is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dependency “%1” is not the id of an item in this roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item cannot depend on itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be imported until every rejected row is corrected: an import is all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file matches the roadmap: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is one step: Edit ▸ Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change dependencies of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ImportReader</name>
    <message>
        <source>%1: import reads .csv, .xlsx and .json files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB; the limit is %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to import (the limit is %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ImportSourceDialog</name>
    <message>
        <source>Import Source Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Japan-Canada Foreign and Defence Ministers&apos; Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… where the official text is published (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official &amp;text, exactly as published (paste it, or load a UTF-8 .txt or .md file). It is never changed after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text or Markdown (*.txt *.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date must be a day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::InterchangeActions</name>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel Workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;iCalendar (Outlook)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, Excel or JSON (*.csv *.xlsx *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::InterchangeFormat</name>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::Item</name>
    <message>
        <source>A title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cited passage must name its source and may not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A priority area is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ItemEditor</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this item while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name signs the status updates you add (you can change it later in Edit ▸ Preferences):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority &amp;area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hea&amp;lth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead s&amp;ide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd / due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prede&amp;cessors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items this one waits for: it should not start before they end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. cyber, G7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passages of the source documents this item comes from, as published (Sources view: select a passage to cite it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as it signs your updates. Change it in Edit ▸ Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what is next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status / health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roadmap is open. Use File ▸ Open or File ▸ New Roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This roadmap has no items yet. Press Ctrl+N to add the first one, or use File ▸ New Roadmap for the roadmap seeded from the Joint Statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item selected. Select an item in the list, on the board or on the timeline to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (asked when you add your first update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted this item; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the version saved by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — theirs: “%2”; yours: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update is signed with your name: the update was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what happened, or choose a new status or health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ItemHistoryView</name>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status notes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every recorded change of this item with the status notes, or only the status notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ItemModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ItemTable</name>
    <message>
        <source>the source passage “%1” does not occur verbatim in any source document of this roadmap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ItemsView</name>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::JournalRecovery</name>
    <message>
        <source>it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its page size (%1) is not the file&apos;s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its copy of the first page is not of an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written for a file of another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written for another version of the file (change counter %1, the file&apos;s is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unfinished change left by a program that stopped while writing it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It must be undone before the file can be read, and the %2 is read-only here. Open it with jcroadmap where the file and its folder can be written (or make them writable), or use a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 That journal does not belong to the file: %2. Neither file was changed. Move %3 away to open the file as it is, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 There is no room beside it to undo it safely; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It could not be copied to undo it safely; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Undoing it failed (%2); neither file was changed. Move %3 away to open the file as it is, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Undoing it would not leave a sound roadmap (%2), so the journal probably belongs to another file; neither file was changed. Move %3 away to open the file as it is, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Another program changed it while it was being undone; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 There is no room beside it to keep the originals; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The repaired file could not take its place; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unfinished change left by a program that stopped while writing was undone; the file and the journal as they were are kept as %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::JsonReader</name>
    <message>
        <source>a value is a list or an object where text or a number belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON has no list of items (an &quot;items&quot; array, or a list at the top).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::MainWindow</name>
    <message>
        <source>Japan–Canada Roadmap Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Roadmap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New E&amp;mpty Roadmap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;en in New Window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doc&amp;ument Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “%1” — click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferen&amp;ces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting change was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 waiting changes were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap is now read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup could not be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this roadmap yet in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — “%2”, %3 (before a restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — “%2”, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not made by the planner: %1 (modified %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of this roadmap, newest first (kept in %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the whole roadmap with the backup of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the whole roadmap with %1? The planner did not make this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone with the file open sees the restored content. The current content is first saved as another backup, so this can be reversed; the undo history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default roadmap could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roadmap open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roadmap is open. Use File ▸ Open or File ▸ New Roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 Changes cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day to the %1 centennial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days to the %2 centennial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centennial year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Empty Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: an existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is hidden by the filter: clear the filter to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The properties were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the Japan–Canada Roadmap Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Japan–Canada Roadmap Planner %1&lt;/h3&gt;&lt;p&gt;Plans and reports on the Japan–Canada Comprehensive Strategic Roadmap established by the Joint Statement of 6 March 2026, towards the centennial of bilateral relations in 2028.&lt;/p&gt;&lt;p&gt;The roadmap is a plain SQLite file: every change is saved at once.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::OpenFileNotice</name>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::OrganisationsDialog</name>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ministry of Foreign Affairs of Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MOFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add as New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organisation with the name, short name and country above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected organisation the name, short name and country above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected organisation (its items stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved at once; Edit ▸ Undo takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1”? %n item(s) take part with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The items stay; only their link to this organisation goes. Edit ▸ Undo brings both back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::OutputGuard</name>
    <message>
        <source>No output file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the input file; it was not overwritten. Choose another output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to the database beside it; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a roadmap or another SQLite database; it was not overwritten. Choose another output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::PageComposer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::PdfPostProcessor</name>
    <message>
        <source>Could not finish the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs the status updates you add. It is kept on this computer, not in the roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::RemoveOrganisationCommand</name>
    <message>
        <source>Remove organisation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ReportActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a status report, briefing or board print before printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a status report, briefing or board print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a status report, briefing or board print as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roadmap is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ReportOptions</name>
    <message>
        <source>Status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-page briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ReportOptionsDialog</name>
    <message>
        <source>Report Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always report as of the day the report is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of &quot;completed since&quot; and &quot;changes since&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include item descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;traceability annex (sources → items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status report: each commitment sentence of the source documents with the items that track it and their status; untracked sentences are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (status portrait, others landscape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page. Empty: the document&apos;s marking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes &amp;since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices could not be remembered in the roadmap file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ReportRenderer</name>
    <message>
        <source>Status as of %1; classification %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest update, %1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all priority areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start overdue by %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification: %1 · Changes since %2 · Covers %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items in the report, %1 of them active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue; %1 at risk or off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days to the centennial (1 January %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All selected areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area is at risk when a quarter or more of its active items are at risk, off track or overdue, and off track when a quarter or more are off track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Upcoming: the next %n days (to %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing starts or falls due in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active item is overdue, at risk or off track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item was completed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change was recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority area %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 done · %2 % progress · %3 overdue · %4 at risk or off track · health: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This area has no items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item of this area is dated yet, so it has no timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing as of %1 · %2 days to the centennial · %3 items, %4 % overall progress · %5 overdue, %6 at risk or off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority areas at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the status report)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next key milestones (%n days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing falls due in the next %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Items at risk or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board as of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board as of %1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cont.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex: traceability to the source documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each sentence of the source documents that reads as a commitment, the items that track it and their status. A sentence no item tracks is marked &quot;not tracked&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap has no source document with commitment sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked by (status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::ReportTimeline</name>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centennial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No dated items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item with dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::RoadmapDocument</name>
    <message>
        <source>The file is damaged (%1). It is shown read-only; restore a backup or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be opened read-only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item cannot cite this passage: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority area of &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 To protect your data, the roadmap is no longer read or edited here; close it and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap was changed by another program but could not be re-read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported items could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of “%1” was added by someone else in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::RoadmapExporter</name>
    <message>
        <source>%1: the file name must end in .csv, .xlsx, .ics or .json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::RoadmapImporter</name>
    <message numerus="yes">
        <source>%n row(s) were rejected; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>the undo step of an import; %1 is a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::RoadmapRepository</name>
    <message>
        <source>Reading the settings failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the priority areas failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the organisations failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the items failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the item organisations failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tags failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the dependencies failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the board settings failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the item failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisations could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted by someone else in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was changed or deleted by someone else in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update was removed by someone else in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; was changed or removed by someone else in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s items failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dependency could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dependency could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column limit could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a setting failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority area &quot;%1&quot; could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed names an unknown organisation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed item &quot;%1&quot; cites a source document the seed does not define.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::SchemaValidator</name>
    <message>
        <source>The file&apos;s table of contents cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is missing from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; differs from the roadmap schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains an unexpected %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::SetWipLimitCommand</name>
    <message>
        <source>Set limit of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::SourceCoverage</name>
    <message numerus="yes">
        <source>%1 of %n commitment sentence(s) tracked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the cited source document %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cited passage is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cited passage does not occur verbatim in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::SourceImport</name>
    <message>
        <source>%1 is not a .txt or .md file: import the official text as UTF-8 plain text or Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a source document (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: save it as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is longer than 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is longer than 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::SourceRepository</name>
    <message>
        <source>Reading the source documents failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source document &quot;%1&quot; could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new source document could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the citations failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citations could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::SourceTextView</name>
    <message>
        <source>Commitment not tracked by any item: select it and choose New Item from Passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited by:
%1
(click to show the item)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::SourcesView</name>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Item from &amp;Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage of the text, then create an item that cites it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#ffefb0&apos;&gt;&amp;nbsp;cited by an item&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffc93c&apos;&gt;&amp;nbsp;cited by the selected item&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fddcdc; text-decoration: underline; color:#8a0012&apos;&gt;&amp;nbsp;commitment no item tracks&amp;nbsp;&lt;/span&gt; — click a highlight to show its item; select words, then New Item from Passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This roadmap has no source document yet. Import the official text with Import Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in this text · %2 in all sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cited passage(s) no longer occur in their source (changed outside the planner):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New Item from Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Source Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::TimelineChart</name>
    <message>
        <source>No dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>Number of items in a timeline lane</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>zoom in for labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many for labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centennial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::TimelineChartView</name>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::TimelineImageWriter</name>
    <message>
        <source>Unknown image type &quot;%1&quot;: use .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan–Canada Roadmap timeline, %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is too large for the memory available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::TimelineView</name>
    <message>
        <source>Items without dates. Drag one onto the timeline to schedule it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole Roadmap to the centennial (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline as a PNG or SVG image for slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unscheduled&lt;/b&gt; (%1)&lt;br&gt;&lt;small&gt;Drag onto the timeline to give dates.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::XlsxExporter</name>
    <message>
        <source>Item %1 (“%2”) has a text longer than Excel&apos;s %3 characters per cell; export it as CSV or JSON instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status update of item %1 is longer than Excel&apos;s %2 characters per cell; export it as CSV or JSON instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::XlsxReader</name>
    <message>
        <source>The workbook is damaged: %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is too large to import (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: %1 cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: %1 is cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings are damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx): it is not a ZIP package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a ZIP package but not an Excel workbook (it has no xl/workbook.xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: its first sheet (%1) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a value in column %1, right of the last titled column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a cell reference; the workbook is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 holds a formula (=%2); import takes values only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 refers to a missing shared string; the workbook is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 holds the error %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 holds “%2”, which is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has too many columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is damaged: %1 (line %2 of its XML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is empty: it has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::cli</name>
    <message>
        <source>--%1 &quot;%2&quot; is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes made on or after DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes made on or before DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: tsv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the roadmap&apos;s record of change, newest first: id, time (UTC), who, item, area, action, field, old value, new value. Changes made by other programs than the planner are recorded as &quot;another program&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use tsv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until is before --since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the six priority areas, no items (default: the seeded roadmap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new roadmap file. Never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The roadmap file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that FILE is a healthy roadmap of a known schema, with the same checks as opening it (identity, schema, structure, references) plus a full integrity check. Never modifies it. Exit code 0 when healthy, 1 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cited passage(s) no longer occur in their source: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: ok, schema %2, %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (upgraded to schema %1 when opened for editing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap file to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the items: id, area, kind, status, health, lead, start, end, title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a roadmap file (seeded, or --empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that a file is a healthy roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the items (tsv or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a status report, briefing or board as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render the timeline as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export to CSV, Excel, iCalendar or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import items from CSV, Excel or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the source documents, or --import one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the commitment sentences and their items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the recorded changes (tsv or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jcroadmap [FILE]
       jcroadmap COMMAND [OPTIONS] FILE

Without a command, opens FILE (or the default roadmap) in the planner window.

Commands (each has --help):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  --version  print the version
  --help     print this help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one FILE argument (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are %2 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap file to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; its extension chooses the format: .csv, .xlsx, .ics or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar: leave out events that end before this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar: leave out events that start after this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar: only this priority area (its number or name); repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the roadmap FILE: every item as CSV (UTF-8, safe to open in Excel) or as an Excel workbook, the dated items as an iCalendar file, or the whole roadmap as JSON. Never writes over FILE or another SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file given: use -o OUT.csv, .xlsx, .ics or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the output must end in .csv, .xlsx, .ics or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: “%1” is not a day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: “%1” is not a day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from, --to and --area apply to .ics exports only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--area: no priority area “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The roadmap file to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import: .csv, .xlsx or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check IN and say what would change, without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports items into the roadmap FILE: a row with an id updates that item, a row without one adds an item. All or nothing: when a row is rejected, nothing is written. Exit code 0 when imported (or, with --dry-run, importable), 1 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected FILE and IN (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing imported: %n row(s) rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a report of FILE as PDF: a multi-page status report, a one-page briefing or the board. Never modifies FILE. The output depends only on FILE and the options (the as-of date defaults to today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report type: status (default), briefing or board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of &quot;completed since&quot; and &quot;changes since&quot;, YYYY-MM-DD (default: 30 days before the report date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only priority area N (1-6); repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper: a4 or letter (default from the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page orientation: auto (default: portrait for status, landscape otherwise), portrait or landscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking printed at the top and bottom of every page (default: the file&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include item descriptions in the status report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the traceability annex to the status report: each commitment sentence of the sources, the items that track it and their status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file given: use -o OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report type &quot;%1&quot;: use status, briefing or board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --as-of date &quot;%1&quot;: use YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --since date &quot;%1&quot;: use YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since must not be after the report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot;: use a4 or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown orientation &quot;%1&quot;: use auto, portrait or landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no priority area &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date %1 is not a day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported source %1 &quot;%2&quot; into %3: %n commitment sentence(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>item %1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the official text in TEXT (a UTF-8 .txt or .md file, or - for standard input) as a new source document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the imported text (required with --import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day the text was issued, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the official text is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the source documents of FILE (id, date, place, commitment sentences tracked, title), or imports another one with --import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is only used with --import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every commitment sentence of the source documents with the items that cite it; a sentence cited by no item is uncovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders the timeline of FILE as an image: PNG, or SVG and PDF with real text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image to write (.png, .svg or .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day shown: 2026-03-06, 2026-03, 2026-Q1 or 2026 (default: from the items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day shown, same forms; a period counts up to its end (default: the end of 2028 or of the items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels (default 1600); the height follows from the lanes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority areas to show, by number: 1,3,6 (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the today line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output given: use -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown image type &quot;%1&quot;: use .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width must be a number of pixels between 200 and 20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--areas: there is no priority area &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 px, %4 – %5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::enums</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::paths</name>
    <message>
        <source>Roadmap files (*.%1 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jcr::seed</name>
    <message>
        <source>line %1: %2</source>
        <extracomment>A problem in a seed file: &quot;line 12: unknown field &apos;Foo&apos;…&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown block type %1 (expected Document, Source-Document, Area, Organisation or Item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a continuation line must follow a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, a comment, a blank line or a continuation line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field %1 in a %2 block (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 block has no %2 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second Document block (the first is on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Document field takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file name beside the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an area number (1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1 is defined twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a colour of the form #RRGGBB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid short name (no spaces or commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation %1 is defined twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation name %1 is used twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country %1 (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (use 2026-03-06, 2026-12, 2026-Q3 or 2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid item key (lowercase letters, digits and single hyphens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item key %1 is used twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an area number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind %1 (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status %1 (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown health %1 (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown lead %1 (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end (%1) is before the start (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress %1 is not a whole number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not of the form &apos;lead SHORT&apos; or &apos;supporting SHORT&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag must have 1 to %1 characters; check for stray commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty item key; check for stray commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 cannot depend on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Update has the form &apos;DATE | AUTHOR | status=KEY health=KEY | TEXT&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day such as 2026-03-06</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the author is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a change (expected status=KEY or health=KEY, each at most once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Update needs a text after the last &apos;|&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no Area block numbered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no Organisation block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no Item block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in seed roadmap is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
