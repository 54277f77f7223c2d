#include "editservice.h"

#include "commands/addorganisationcommand.h"
#include "commands/addstatusupdatecommand.h"
#include "commands/createbaselinecommand.h"
#include "commands/createitemscommand.h"
#include "commands/deferwritecommand.h"
#include "commands/deletebaselinecommand.h"
#include "commands/deleteitemscommand.h"
#include "commands/editdependenciescommand.h"
#include "commands/edititemcommand.h"
#include "commands/editorganisationcommand.h"
#include "commands/importitemscommand.h"
#include "commands/removeorganisationcommand.h"
#include "commands/renamebaselinecommand.h"
#include "commands/setwiplimitcommand.h"
#include "document/roadmapdocument.h"
#include "domain/clock.h"
#include "edit/pendingwrites.h"

#include <QHash>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace jcr {

EditService::EditService(RoadmapDocument *document)
    : m_document(document)
{ }

Result<void> EditService::writable() const
{
    if (m_document->isReadOnly())
        return Error {Error::Code::ReadOnly, m_document->readOnlyReason()};
    return {};
}

Result<void> EditService::push(QUndoCommand *command)
{
    // A command that fails says so through errorOccurred and is then deleted by the stack.
    QString error;
    const auto connection = QObject::connect(m_document, &RoadmapDocument::errorOccurred,
                                             [&error](const QString &message) {
                                                 if (error.isEmpty())
                                                     error = message;
                                             });
    // Wrapped, so that the edit waits (still undoable) while another program holds the file's
    // write lock instead of failing: see DeferWriteCommand.
    m_document->undoStack()->push(new DeferWriteCommand(m_document, command));
    QObject::disconnect(connection);
    if (!error.isEmpty())
        return Error {Error::Code::Other, error};
    return {};
}

// ----- Items -----

double EditService::rankAtEndOf(Status status) const
{
    double rank = 0;
    for (const Item &it : m_document->items()) {
        if (it.status == status)
            rank = std::max(rank, it.rank);
    }
    return std::floor(rank) + 1;
}

Item EditService::draftItem(Status status, qint64 areaId) const
{
    Item item;
    item.title = tr("New item");
    item.progress = 0;
    item.setStatus(status);
    if (areaId <= 0 || !m_document->area(areaId)) {
        const PriorityArea *first = m_document->areaByNumber(1);
        areaId = first                          ? first->id
                : m_document->areas().isEmpty() ? 0
                                                : m_document->areas().constFirst().id;
    }
    item.areaId = areaId;
    item.rank = rankAtEndOf(status);
    // The repository stores a null QString as NULL, which the schema refuses for these texts.
    item.description = QStringLiteral("");
    return item;
}

Result<qint64> EditService::createItem(const Item &item)
{
    auto ids = createItems({item}, tr("Add “%1”").arg(item.title));
    if (!ids)
        return ids.error();
    if (ids->isEmpty() && !m_document->pendingWrites()->isEmpty())
        return Error {Error::Code::Busy,
                      tr("Another program is holding the roadmap file; the item is added as soon "
                         "as it releases it.")};
    if (ids->isEmpty())
        return Error {Error::Code::Other, tr("The item was not added.")};
    return ids->constFirst();
}

Result<QList<qint64>> EditService::createItems(const QList<Item> &items, const QString &text)
{
    if (auto w = writable(); !w)
        return w.error();
    if (items.isEmpty())
        return QList<qint64>();
    QList<Item> fresh = items;
    for (Item &it : fresh) {
        it.id = 0;
        if (it.description.isNull())
            it.description = QStringLiteral("");
        if (!m_document->area(it.areaId))
            return Error {Error::Code::Invalid,
                          tr("“%1” has no priority area of this roadmap.").arg(it.title)};
        if (const QStringList problems = it.validate(); !problems.isEmpty())
            return Error {Error::Code::Invalid, problems.join(QLatin1Char(' '))};
    }
    // The stack deletes a command whose redo() failed: learn the ids from the document.
    QList<qint64> ids;
    const auto connection = QObject::connect(m_document, &RoadmapDocument::itemsInserted,
                                             [this, &ids](int first, int last) {
                                                 for (int row = first; row <= last; ++row)
                                                     ids << m_document->itemAt(row).id;
                                             });
    auto pushed = push(new CreateItemsCommand(
            m_document, fresh,
            text.isEmpty() ? tr("Add %n item(s)", nullptr, int(fresh.size())) : text));
    QObject::disconnect(connection);
    if (!pushed)
        return pushed.error();
    return ids;
}

Result<void> EditService::importItems(const ItemImport &changes, const QString &text)
{
    if (auto w = writable(); !w)
        return w.error();
    if (changes.before.size() != changes.after.size()
        || changes.addedPredecessors.size() > changes.added.size())
        return Error {Error::Code::Invalid, tr("The import is incomplete; nothing was imported.")};
    if (!changes.hasChanges())
        return {};
    // The same rules as every other edit, checked before anything is written.
    const auto check = [this](const Item &it) -> Result<void> {
        if (!m_document->area(it.areaId))
            return Error {Error::Code::Invalid,
                          tr("“%1” has no priority area of this roadmap; nothing was imported.")
                                  .arg(it.title)};
        if (const QStringList problems = it.validate(); !problems.isEmpty())
            return Error {Error::Code::Invalid,
                          tr("“%1”: %2 Nothing was imported.")
                                  .arg(it.title, problems.join(QLatin1Char(' ')))};
        return {};
    };
    for (const Item &it : changes.after) {
        if (!m_document->item(it.id))
            return Error {
                    Error::Code::Invalid,
                    tr("“%1” is no longer in this roadmap; nothing was imported.").arg(it.title)};
        if (auto ok = check(it); !ok)
            return ok;
    }
    for (const Item &it : changes.added) {
        if (auto ok = check(it); !ok)
            return ok;
    }
    return push(new ImportItemsCommand(m_document, changes,
                                       text.isEmpty()
                                               ? tr("Import %n item(s)", nullptr,
                                                    changes.changedCount() + changes.addedCount())
                                               : text));
}

Result<void> EditService::editItem(const Item &before, const Item &after, const QString &text)
{
    return editItems(QList<ItemChange> {{before, after}},
                     text.isEmpty() ? EditItemsCommand::describe(before, after) : text);
}

Result<void> EditService::editItem(qint64 id, const std::function<void(Item &)> &change,
                                   const QString &text)
{
    const Item *current = m_document->item(id);
    if (!current)
        return Error {Error::Code::NotFound, tr("The item no longer exists.")};
    Item after = *current;
    change(after);
    return editItem(*current, after, text);
}

Result<void> EditService::editItems(const QList<ItemChange> &changes, const QString &text)
{
    if (auto w = writable(); !w)
        return w.error();
    QList<ItemChange> real;
    real.reserve(changes.size());
    for (const ItemChange &c : changes) {
        if (c.before.id != c.after.id || !m_document->item(c.before.id))
            return Error {Error::Code::NotFound, tr("The item no longer exists.")};
        if (const QStringList problems = c.after.validate(); !problems.isEmpty())
            return Error {Error::Code::Invalid, problems.join(QLatin1Char(' '))};
        if (c.after.areaId != c.before.areaId && !m_document->area(c.after.areaId))
            return Error {Error::Code::Invalid, tr("That priority area does not exist.")};
        if (!EditItemsCommand::fieldsUnchanged(c.before, c.before, c.after))
            real << c;
    }
    if (real.isEmpty())
        return {}; // nothing differs: no undo step
    if (real.size() == 1)
        return push(new EditItemCommand(m_document, real.constFirst().before,
                                        real.constFirst().after, text));
    return push(new EditItemsCommand(m_document, real, text));
}

Result<void> EditService::editItems(const QList<qint64> &ids,
                                    const std::function<void(Item &)> &change, const QString &text)
{
    QList<ItemChange> changes;
    changes.reserve(ids.size());
    for (qint64 id : ids) {
        const Item *current = m_document->item(id);
        if (!current)
            return Error {Error::Code::NotFound, tr("The item no longer exists.")};
        ItemChange c {*current, *current};
        change(c.after);
        changes << c;
    }
    return editItems(changes, text);
}

Result<void> EditService::deleteItems(const QList<qint64> &ids)
{
    if (auto w = writable(); !w)
        return w.error();
    QList<qint64> unique;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (!m_document->item(id))
            return Error {Error::Code::NotFound, tr("The item no longer exists.")};
        if (!seen.contains(id)) {
            seen.insert(id);
            unique << id;
        }
    }
    if (unique.isEmpty())
        return {};
    return push(new DeleteItemsCommand(m_document, unique));
}

Result<void> EditService::moveItems(const QList<ItemMove> &moves, const QString &text)
{
    QList<ItemChange> changes;
    changes.reserve(moves.size());
    for (const ItemMove &m : moves) {
        const Item *current = m_document->item(m.id);
        if (!current)
            return Error {Error::Code::NotFound, tr("The item no longer exists.")};
        ItemChange c {*current, *current};
        c.after.setStatus(m.status);
        c.after.rank = m.rank;
        if (m.areaId > 0)
            c.after.areaId = m.areaId;
        changes << c;
    }
    QString name = text;
    if (name.isEmpty()) {
        name = changes.size() == 1 ? tr("Move “%1”").arg(changes.constFirst().before.title)
                                   : tr("Move %n item(s)", nullptr, int(changes.size()));
    }
    return editItems(changes, name);
}

// ----- Links -----

Result<void> EditService::addDependency(qint64 predecessorId, qint64 successorId)
{
    if (auto w = writable(); !w)
        return w.error();
    const Item *before = m_document->item(predecessorId);
    const Item *after = m_document->item(successorId);
    if (!before || !after)
        return Error {Error::Code::NotFound, tr("The item no longer exists.")};
    if (predecessorId == successorId)
        return Error {Error::Code::Invalid, tr("An item cannot depend on itself.")};
    const Dependency d {predecessorId, successorId};
    if (m_document->dependencies().contains(d))
        return {};
    // Refuse a loop: is the predecessor reachable from the successor already?
    QHash<qint64, QList<qint64>> next;
    for (const Dependency &e : m_document->dependencies())
        next[e.predecessorId] << e.successorId;
    QList<qint64> todo {successorId};
    QSet<qint64> seen;
    while (!todo.isEmpty()) {
        const qint64 id = todo.takeLast();
        if (id == predecessorId)
            return Error {Error::Code::Invalid,
                          tr("“%1” already depends on “%2”: the link would close a loop.")
                                  .arg(before->title, after->title)};
        if (seen.contains(id))
            continue;
        seen.insert(id);
        todo << next.value(id);
    }
    return push(new EditDependenciesCommand(
            m_document, {d}, {}, tr("Make “%1” depend on “%2”").arg(after->title, before->title)));
}

Result<void> EditService::removeDependency(qint64 predecessorId, qint64 successorId)
{
    if (auto w = writable(); !w)
        return w.error();
    const Dependency d {predecessorId, successorId};
    if (!m_document->dependencies().contains(d))
        return {};
    const Item *after = m_document->item(successorId);
    return push(new EditDependenciesCommand(
            m_document, {}, {d},
            tr("Remove a dependency of “%1”").arg(after ? after->title : QString())));
}

Result<void> EditService::linkOrganisation(qint64 itemId, qint64 organisationId, OrgRole role)
{
    if (!m_document->organisation(organisationId))
        return Error {Error::Code::NotFound, tr("That organisation does not exist.")};
    return editItem(itemId, [=](Item &it) {
        for (OrgLink &link : it.organisations) {
            if (link.organisationId == organisationId) {
                link.role = role;
                return;
            }
        }
        it.organisations.append({organisationId, role});
    });
}

Result<void> EditService::unlinkOrganisation(qint64 itemId, qint64 organisationId)
{
    return editItem(itemId, [organisationId](Item &it) {
        it.organisations.removeIf(
                [organisationId](const OrgLink &l) { return l.organisationId == organisationId; });
    });
}

// ----- Organisations -----

Result<void> EditService::checkOrganisation(const Organisation &organisation) const
{
    const QString name = organisation.name.trimmed();
    if (name.isEmpty())
        return Error {Error::Code::Invalid, tr("An organisation needs a name.")};
    if (name.size() > MaxNameLength)
        return Error {Error::Code::Invalid,
                      tr("The name is longer than %1 characters.").arg(MaxNameLength)};
    if (organisation.shortName.trimmed().size() > MaxShortNameLength)
        return Error {Error::Code::Invalid,
                      tr("The short name is longer than %1 characters.").arg(MaxShortNameLength)};
    for (const Organisation &o : m_document->organisations()) {
        if (o.id != organisation.id && o.name.compare(name, Qt::CaseInsensitive) == 0)
            return Error {Error::Code::Invalid,
                          tr("There is already an organisation named “%1”.").arg(o.name)};
    }
    return {};
}

Result<qint64> EditService::addOrganisation(const Organisation &organisation)
{
    if (auto w = writable(); !w)
        return w.error();
    Organisation o = organisation;
    o.id = 0;
    o.name = o.name.trimmed();
    o.shortName = o.shortName.trimmed();
    if (auto c = checkOrganisation(o); !c)
        return c.error();
    if (auto pushed = push(new AddOrganisationCommand(m_document, o)); !pushed)
        return pushed.error();
    // Names are unique: the new one is found by its name.
    for (const Organisation &stored : m_document->organisations()) {
        if (stored.name == o.name)
            return stored.id;
    }
    return Error {Error::Code::Other, tr("The organisation was not added.")};
}

Result<void> EditService::editOrganisation(const Organisation &after)
{
    if (auto w = writable(); !w)
        return w.error();
    const Organisation *before = m_document->organisation(after.id);
    if (!before)
        return Error {Error::Code::NotFound, tr("That organisation does not exist.")};
    Organisation o = after;
    o.name = o.name.trimmed();
    o.shortName = o.shortName.trimmed();
    if (auto c = checkOrganisation(o); !c)
        return c.error();
    if (o == *before)
        return {};
    return push(new EditOrganisationCommand(m_document, *before, o));
}

Result<void> EditService::removeOrganisation(qint64 id)
{
    if (auto w = writable(); !w)
        return w.error();
    const Organisation *o = m_document->organisation(id);
    if (!o)
        return Error {Error::Code::NotFound, tr("That organisation does not exist.")};
    return push(new RemoveOrganisationCommand(m_document, *o));
}

// ----- Board and history -----

Result<void> EditService::setWipLimit(Status status, int limit)
{
    if (auto w = writable(); !w)
        return w.error();
    if (limit < 0)
        return Error {Error::Code::Invalid, tr("A limit cannot be negative.")};
    if (limit == m_document->wipLimit(status))
        return {};
    return push(new SetWipLimitCommand(m_document, status, limit));
}

Result<void> EditService::addStatusUpdate(const StatusUpdate &update)
{
    if (auto w = writable(); !w)
        return w.error();
    if (!m_document->item(update.itemId))
        return Error {Error::Code::NotFound, tr("The item no longer exists.")};
    return push(new AddStatusUpdateCommand(m_document, update));
}

// ----- Baselines -----

Result<void> EditService::checkBaselineName(const QString &name, qint64 id) const
{
    if (name.isEmpty())
        return Error {Error::Code::Invalid, tr("A baseline needs a name.")};
    if (name.size() > MaxBaselineNameLength)
        return Error {Error::Code::Invalid,
                      tr("A baseline name has at most %1 characters (this one has %2).")
                              .arg(MaxBaselineNameLength)
                              .arg(name.size())};
    if (const Baseline *other = m_document->baselineNamed(name); other && other->id != id)
        return Error {Error::Code::Invalid,
                      tr("There is already a baseline named “%1”.").arg(other->name)};
    return {};
}

Result<qint64> EditService::createBaseline(const QString &name, const QString &note)
{
    if (auto w = writable(); !w)
        return w.error();
    const QString trimmed = name.trimmed();
    if (auto c = checkBaselineName(trimmed); !c)
        return c.error();
    if (note.size() > MaxBaselineNoteLength)
        return Error {Error::Code::Invalid,
                      tr("A baseline note has at most %1 characters (this one has %2).")
                              .arg(MaxBaselineNoteLength)
                              .arg(note.size())};
    if (auto pushed
        = push(new CreateBaselineCommand(m_document, trimmed, Clock::instance().today(), note));
        !pushed)
        return pushed.error();
    if (const Baseline *stored = m_document->baselineNamed(trimmed))
        return stored->id;
    return Error {Error::Code::Busy, tr("The baseline will be taken when the file is free.")};
}

Result<void> EditService::renameBaseline(qint64 id, const QString &name)
{
    if (auto w = writable(); !w)
        return w.error();
    const Baseline *before = m_document->baseline(id);
    if (!before)
        return Error {Error::Code::NotFound, tr("That baseline does not exist.")};
    const QString trimmed = name.trimmed();
    if (trimmed == before->name)
        return {};
    if (auto c = checkBaselineName(trimmed, id); !c)
        return c.error();
    return push(new RenameBaselineCommand(m_document, id, before->name, trimmed));
}

Result<void> EditService::deleteBaseline(qint64 id)
{
    if (auto w = writable(); !w)
        return w.error();
    const Baseline *before = m_document->baseline(id);
    if (!before)
        return Error {Error::Code::NotFound, tr("That baseline does not exist.")};
    return push(new DeleteBaselineCommand(m_document, id, before->name));
}

} // namespace jcr
