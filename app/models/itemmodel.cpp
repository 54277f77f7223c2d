#include "itemmodel.h"
#include "i18n/language.h"

#include "i18n/datetext.h"
#include <QFont>

#include "sources/emphasismarkup.h"

#include "document/roadmapdocument.h"
#include "domain/clock.h"
#include "edit/editservice.h"
#include "roles.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

#include <algorithm>

namespace jcr {

QString ItemModel::mimeType()
{
    return QStringLiteral("application/x-jcroadmap-item-ids");
}

ItemModel::ItemModel(RoadmapDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &RoadmapDocument::itemsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(document, &RoadmapDocument::itemsInserted, this, [this] { endInsertRows(); });
    connect(document, &RoadmapDocument::itemsAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(document, &RoadmapDocument::itemsRemoved, this, [this] { endRemoveRows(); });
    // Rows far apart (a multi-selection deleted): one layout change instead of hundreds of
    // removals, each of which costs a proxy and a header view a pass over every row.
    // Persistent indexes (selection, current row) follow their rows; those removed become
    // invalid.
    connect(document, &RoadmapDocument::itemsAboutToBeRemovedScattered, this,
            [this] { Q_EMIT layoutAboutToBeChanged(); });
    connect(document, &RoadmapDocument::itemsRemovedScattered, this,
            [this](const QList<int> &rows) {
                const QModelIndexList from = persistentIndexList();
                QModelIndexList to;
                to.reserve(from.size());
                for (const QModelIndex &i : from) {
                    const auto at = std::lower_bound(rows.cbegin(), rows.cend(), i.row());
                    if (at != rows.cend() && *at == i.row())
                        to << QModelIndex();
                    else
                        to << index(i.row() - int(at - rows.cbegin()), i.column());
                }
                changePersistentIndexList(from, to);
                Q_EMIT layoutChanged();
            });
    connect(document, &RoadmapDocument::itemsChanged, this, &ItemModel::onItemsChanged);
    connect(document, &RoadmapDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &RoadmapDocument::resetDone, this, [this] { endResetModel(); });
    // Area names and colours, organisation names: shown in every row, in one column.
    connect(document, &RoadmapDocument::areasChanged, this, [this] {
        columnChanged(AreaColumn,
                      {Qt::DisplayRole, Qt::DecorationRole, AreaNumberRole, AreaColourRole,
                       AreaNameRole});
    });
    connect(document, &RoadmapDocument::organisationsChanged, this, [this] {
        columnChanged(OrganisationsColumn, {Qt::DisplayRole, LeadOrganisationsRole});
    });
    // What is overdue changes with the date.
    connect(&Clock::instance(), &Clock::dayChanged, this,
            [this] { columnChanged(TitleColumn, {OverdueRole}); });
}

void ItemModel::columnChanged(int column, const QList<int> &roles)
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column), roles);
}

QList<int> ItemModel::rolesFor(ItemFields fields)
{
    if (fields == ItemField::None || (fields & (ItemField::Title | ItemField::Translations)))
        return {};
    QList<int> roles {Qt::DisplayRole, Qt::EditRole, Qt::DecorationRole, Qt::TextAlignmentRole};
    for (int role = IdRole; role < ItemRoleEnd; ++role) {
        if (role != TitleRole && role != TitleFallbackRole && role != PrimaryTitleRole)
            roles << role;
    }
    return roles;
}

void ItemModel::onItemsChanged(const QList<qint64> &ids, ItemFields fields)
{
    const QList<int> roles = rolesFor(fields);
    // One signal per block of consecutive rows.
    QList<int> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        const int row = m_document->rowOf(id);
        if (row >= 0)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(j), ColumnCount - 1), roles);
        i = j + 1;
    }
}

QModelIndex ItemModel::indexOfId(qint64 id, int column) const
{
    const int row = m_document->rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

qint64 ItemModel::idAt(const QModelIndex &idx) const
{
    return idx.isValid() && idx.model() == this ? m_document->itemAt(idx.row()).id : 0;
}

int ItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->itemCount();
}

int ItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemModel::displayData(const Item &it, int column) const
{
    switch (column) {
    case TitleColumn:
        return it.titleIn(Language::current());
    case AreaColumn: {
        const PriorityArea *a = m_document->area(it.areaId);
        return a ? QStringLiteral("%1 %2").arg(a->number).arg(a->shortNameIn(Language::current()))
                 : QString();
    }
    case KindColumn:
        return enums::displayName(it.kind);
    case StatusColumn:
        return enums::displayName(it.status);
    case HealthColumn:
        return enums::displayName(it.health);
    case LeadColumn:
        return enums::displayName(it.lead);
    case StartColumn:
        return it.start.toDisplayString();
    case EndColumn:
        return it.end.toDisplayString();
    case ProgressColumn:
        return DateText::percent(it.progress);
    case OrganisationsColumn:
        return m_document->leadOrganisationNames(it);
    case BaselineStartColumn:
        if (const BaselineItem *b = m_comparison.then(it.id))
            return b->start.toDisplayString();
        return QString();
    case BaselineEndColumn:
        if (const BaselineItem *b = m_comparison.then(it.id))
            return b->end.toDisplayString();
        return QString();
    case SlipColumn:
        if (const auto c = m_comparison.compare(it))
            return c->due.shortText();
        return m_comparison.isActive() ? tr("new") : QString();
    }
    return {};
}

QVariant ItemModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &it = m_document->itemAt(idx.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(it, idx.column());
    case Qt::EditRole:
        switch (idx.column()) {
        case TitleColumn:
            return it.title;
        case StatusColumn:
            return int(it.status);
        case HealthColumn:
            return int(it.health);
        case ProgressColumn:
            return it.progress;
        default:
            return displayData(it, idx.column());
        }
    case Qt::ToolTipRole:
        if (idx.column() == TitleColumn) {
            bool fellBack = false;
            const QString shown = it.titleIn(Language::current(), &fellBack);
            if (!fellBack)
                return shown;
            //: %1: the language of the interface, in itself ("Français"); %2: the title
            return tr("No title in %1 yet: the primary title is shown.\n%2")
                    .arg(Language::nativeName(Language::current()), shown);
        }
        return {};
    case Qt::FontRole:
        if (idx.column() == TitleColumn) {
            bool fellBack = false;
            it.titleIn(Language::current(), &fellBack);
            if (fellBack) {
                QFont italic;
                italic.setItalic(true);
                return italic;
            }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (idx.column() == ProgressColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (idx.column() == AreaColumn) {
            if (const PriorityArea *a = m_document->area(it.areaId))
                return a->colour;
        }
        return {};
    case IdRole:
        return it.id;
    case AreaIdRole:
        return it.areaId;
    case AreaNumberRole: {
        const PriorityArea *a = m_document->area(it.areaId);
        return a ? a->number : 0;
    }
    case AreaColourRole: {
        const PriorityArea *a = m_document->area(it.areaId);
        return a ? a->colour : QColor(Qt::gray);
    }
    case AreaNameRole: {
        const PriorityArea *a = m_document->area(it.areaId);
        return a ? a->shortNameIn(Language::current()) : QString();
    }
    case TitleRole:
        return it.titleIn(Language::current());
    case TitleFallbackRole: {
        bool fellBack = false;
        it.titleIn(Language::current(), &fellBack);
        return fellBack;
    }
    case PrimaryTitleRole:
        return it.title;
    case DescriptionRole:
        return it.descriptionIn(Language::current());
    case KindRole:
        return int(it.kind);
    case StatusRole:
        return int(it.status);
    case HealthRole:
        return int(it.health);
    case LeadRole:
        return int(it.lead);
    case StartDateRole:
        return it.start.first();
    case StartPrecisionRole:
        return int(it.start.precision());
    case EndDateRole:
        return it.end.last();
    case EndPrecisionRole:
        return int(it.end.precision());
    case BaselineStartDateRole:
        if (const BaselineItem *b = m_comparison.then(it.id))
            return (b->start.isValid() ? b->start : b->end).first();
        return QDate();
    case BaselineEndDateRole:
        if (const BaselineItem *b = m_comparison.then(it.id))
            return (b->end.isValid() ? b->end : b->start).last();
        return QDate();
    case SlipTextRole:
        if (const auto c = m_comparison.compare(it))
            return c->due.shortText();
        return QString();
    case SlippedRole:
        return m_comparison.isSlipped(it);
    case DueDateRole:
        return it.due().last();
    case DueTextRole:
        return it.due().toDisplayString();
    case OverdueRole:
        return it.isOverdue(today());
    case ProgressRole:
        return it.progress;
    case RankRole:
        return it.rank;
    case LeadOrganisationsRole:
        return m_document->leadOrganisationNames(it);
    case OrganisationIdsRole: {
        QList<qint64> ids;
        for (const OrgLink &l : it.organisations)
            ids << l.organisationId;
        return QVariant::fromValue(ids);
    }
    case TagsRole:
        return it.tags;
    case SourceRole: {
        QStringList passages;
        for (const Citation &c : it.citations)
            passages.append(EmphasisMarkup::plain(c.passage));
        return passages.join(QStringLiteral("\n\n"));
    }
    case VersionRole:
        return it.version;
    }
    return {};
}

QVariant ItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ComparisonActiveRole)
        return m_comparison.isActive();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case AreaColumn:
        return tr("Priority area");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case HealthColumn:
        return tr("Health");
    case LeadColumn:
        return tr("Lead");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case ProgressColumn:
        return tr("Progress");
    case OrganisationsColumn:
        return tr("Lead organisations");
    case BaselineStartColumn:
        return tr("Baseline start");
    case BaselineEndColumn:
        return tr("Baseline end");
    case SlipColumn:
        return tr("Slip");
    }
    return {};
}

Qt::ItemFlags ItemModel::flags(const QModelIndex &idx) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(idx);
    if (!idx.isValid())
        return f;
    f |= Qt::ItemIsDragEnabled;
    if (!m_document->isReadOnly() && idx.column() == TitleColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ItemModel::applyRole(Item &it, int role, int column, const QVariant &value) const
{
    bool ok = true;
    if (role == Qt::EditRole) {
        switch (column) {
        case TitleColumn:
            role = TitleRole;
            break;
        case StatusColumn:
            role = StatusRole;
            break;
        case HealthColumn:
            role = HealthRole;
            break;
        case ProgressColumn:
            role = ProgressRole;
            break;
        default:
            return false;
        }
    }
    switch (role) {
    case TitleRole:
        it.title = value.toString().trimmed();
        return !it.title.isEmpty();
    case StatusRole: {
        const int v = value.toInt(&ok);
        if (!ok || v < 0 || v > int(Status::Cancelled))
            return false;
        it.setStatus(Status(v));
        return true;
    }
    case HealthRole: {
        const int v = value.toInt(&ok);
        if (!ok || v < 0 || v > int(Health::OffTrack))
            return false;
        it.health = Health(v);
        return true;
    }
    case ProgressRole: {
        const int v = value.toInt(&ok);
        if (!ok || v < 0 || v > 100)
            return false;
        it.progress = v;
        return true;
    }
    case RankRole:
        it.rank = value.toDouble(&ok);
        return ok;
    case AreaIdRole: {
        const qint64 v = value.toLongLong(&ok);
        if (!ok || !m_document->area(v))
            return false;
        it.areaId = v;
        return true;
    }
    }
    return false;
}

bool ItemModel::setData(const QModelIndex &idx, const QVariant &value, int role)
{
    return setItemData(idx, {{role, value}});
}

bool ItemModel::setItemData(const QModelIndex &idx, const QMap<int, QVariant> &roles)
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || m_document->isReadOnly())
        return false;
    const Item before = m_document->itemAt(idx.row());
    Item after = before;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        if (!applyRole(after, it.key(), idx.column(), it.value()))
            return false;
    }
    if (!after.validate().isEmpty())
        return false;
    if (!EditService(m_document).editItem(before, after))
        return false;
    const Item *now = m_document->item(before.id);
    return now && EditItemsCommand::fieldsUnchanged(*now, before, after);
}

QHash<int, QByteArray> ItemModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({
            {IdRole, "itemId"},
            {AreaIdRole, "areaId"},
            {TitleRole, "title"},
            {StatusRole, "status"},
            {HealthRole, "health"},
            {StartDateRole, "startDate"},
            {EndDateRole, "endDate"},
            {ProgressRole, "progress"},
            {RankRole, "rank"},
    });
    return names;
}

QStringList ItemModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *ItemModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &idx : indexes) {
        const qint64 id = idAt(idx);
        if (id > 0 && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), bytes);
    return mime;
}

QList<qint64> ItemModel::idsFromMime(const QMimeData *mime)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(mimeType()))
        return ids;
    QDataStream in(mime->data(mimeType()));
    in >> ids;
    if (in.status() != QDataStream::Ok)
        return {};
    return ids;
}

Qt::DropActions ItemModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

void ItemModel::setComparison(const BaselineComparison &comparison)
{
    m_comparison = comparison;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, BaselineStartDateRole, BaselineEndDateRole,
                            SlipTextRole, SlippedRole});
    }
    Q_EMIT comparisonChanged();
}

} // namespace jcr
