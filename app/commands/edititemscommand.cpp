#include "edititemscommand.h"

#include "document/roadmapdocument.h"

#include <QCoreApplication>

namespace jcr {

namespace {

/// Visits every user-editable field of two items (id, version and stamps are not fields).
template<typename F> void forEachField(Item &target, const Item &a, const Item &b, F &&f)
{
    f(target.areaId, a.areaId, b.areaId);
    f(target.title, a.title, b.title);
    f(target.description, a.description, b.description);
    f(target.titles, a.titles, b.titles);
    f(target.descriptions, a.descriptions, b.descriptions);
    f(target.kind, a.kind, b.kind);
    f(target.status, a.status, b.status);
    f(target.health, a.health, b.health);
    f(target.lead, a.lead, b.lead);
    f(target.start, a.start, b.start);
    f(target.end, a.end, b.end);
    f(target.progress, a.progress, b.progress);
    f(target.citations, a.citations, b.citations);
    f(target.rank, a.rank, b.rank);
    f(target.organisations, a.organisations, b.organisations);
    f(target.tags, a.tags, b.tags);
}

} // namespace

EditItemsCommand::EditItemsCommand(RoadmapDocument *document, const QList<ItemChange> &changes,
                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_changes(changes)
{ }

Item EditItemsCommand::applyDifferences(Item target, const Item &from, const Item &to)
{
    forEachField(target, from, to, [](auto &t, const auto &f, const auto &v) {
        if (!(f == v))
            t = v;
    });
    return target;
}

bool EditItemsCommand::fieldsUnchanged(const Item &current, const Item &from, const Item &expected)
{
    bool same = true;
    Item scratch = current;
    forEachField(scratch, from, expected, [&](auto &c, const auto &f, const auto &e) {
        if (!(f == e) && !(c == e))
            same = false;
    });
    return same;
}

bool EditItemsCommand::conflicts(const Item &current, const Item &from, const Item &to)
{
    bool conflict = false;
    Item scratch = current;
    forEachField(scratch, from, to, [&](auto &c, const auto &f, const auto &t) {
        if (!(f == t) && !(c == f) && !(c == t))
            conflict = true;
    });
    return conflict;
}

QString EditItemsCommand::describe(const Item &before, const Item &after)
{
    QStringList changed;
    const auto note = [&](bool differs, const char *name) {
        if (differs)
            changed << tr(name);
    };
    note(before.title != after.title, QT_TRANSLATE_NOOP("jcr::EditItemsCommand", "title"));
    note(before.description != after.description,
         QT_TRANSLATE_NOOP("jcr::EditItemsCommand", "description"));
    note(before.titles != after.titles || before.descriptions != after.descriptions,
         QT_TRANSLATE_NOOP("jcr::EditItemsCommand", "translations"));
    note(before.areaId != after.areaId,
         QT_TRANSLATE_NOOP("jcr::EditItemsCommand", "priority area"));
    note(before.kind != after.kind, QT_TRANSLATE_NOOP("jcr::EditItemsCommand", "kind"));
    note(before.status != after.status, QT_TRANSLATE_NOOP("jcr::EditItemsCommand", "status"));
    note(before.health != after.health, QT_TRANSLATE_NOOP("jcr::EditItemsCommand", "health"));
    note(before.lead != after.lead, QT_TRANSLATE_NOOP("jcr::EditItemsCommand", "lead side"));
    note(!(before.start == after.start) || !(before.end == after.end),
         QT_TRANSLATE_NOOP("jcr::EditItemsCommand", "dates"));
    note(before.progress != after.progress, QT_TRANSLATE_NOOP("jcr::EditItemsCommand", "progress"));
    note(before.citations != after.citations, QT_TRANSLATE_NOOP("jcr::EditItemsCommand", "source"));
    note(before.rank != after.rank && before.status == after.status,
         QT_TRANSLATE_NOOP("jcr::EditItemsCommand", "position"));
    note(before.organisations != after.organisations,
         QT_TRANSLATE_NOOP("jcr::EditItemsCommand", "organisations"));
    note(before.tags != after.tags, QT_TRANSLATE_NOOP("jcr::EditItemsCommand", "tags"));
    //: %1 is a list of fields, %2 the item's title
    return tr("Change %1 of “%2”").arg(changed.join(QStringLiteral(", ")), after.title);
}

void EditItemsCommand::showUnsaved(bool undoing) const
{
    QList<Item> shown;
    for (const ItemChange &change : m_changes) {
        const Item &from = undoing ? change.after : change.before;
        const Item &to = undoing ? change.before : change.after;
        const Item *current = m_document->item(change.before.id);
        if (current && !conflicts(*current, from, to))
            shown << applyDifferences(*current, from, to);
    }
    m_document->showUnsaved(shown);
}

void EditItemsCommand::redo()
{
    apply(false);
}

void EditItemsCommand::undo()
{
    apply(true);
}

void EditItemsCommand::apply(bool undoing)
{
    m_succeeded = false;
    m_conflicted = false;
    // The picture may be up to one poll interval old: see the file as it is now before
    // deciding whether this change still applies.
    m_document->checkForOutsideChanges();
    QList<Item> targets;
    targets.reserve(m_changes.size());
    for (const ItemChange &change : std::as_const(m_changes)) {
        const Item &from = undoing ? change.after : change.before;
        const Item &to = undoing ? change.before : change.after;
        const Item *current = m_document->item(change.before.id);
        if (!current) {
            m_document->reportError(
                    undoing ? tr("“%1” was deleted by someone else; the change cannot be undone.")
                                      .arg(change.before.title)
                            : tr("“%1” was deleted by someone else; the change cannot be made.")
                                      .arg(change.before.title));
            m_conflicted = true;
            setObsolete(true);
            return;
        }
        if (conflicts(*current, from, to)) {
            m_document->reportError(
                    undoing ? tr("“%1” was changed again by someone else; your earlier change was "
                                 "not undone, so that their change is kept.")
                                      .arg(current->title)
                            : tr("“%1” was changed by someone else in the meantime; your change "
                                 "was not applied, so that their change is kept.")
                                      .arg(current->title));
            m_conflicted = true;
            setObsolete(true);
            return;
        }
        targets << applyDifferences(*current, from, to);
    }
    auto r = m_document->applyUpdateItems(targets);
    if (!r) {
        m_conflicted = r.error().code == Error::Code::Conflict;
        m_document->reportError(r.errorMessage());
        setObsolete(true);
        return;
    }
    m_succeeded = true;
}

} // namespace jcr
