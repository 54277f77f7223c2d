#pragma once

#include "domain/itemfields.h"

#include "document/baselinecomparison.h"

#include <QAbstractTableModel>

namespace jcr {

class RoadmapDocument;
struct Item;

/**
 * The roadmap items as a table, one row per item, over RoadmapDocument's picture.
 *
 * Columns serve the items view; the custom roles of roles.h serve the board, the timeline and
 * the reports. setData() and setItemData() never write themselves: they go through the
 * EditService, so every change is one undo step.
 */
class ItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        AreaColumn,
        KindColumn,
        StatusColumn,
        HealthColumn,
        LeadColumn,
        StartColumn,
        EndColumn,
        ProgressColumn,
        OrganisationsColumn,
        BaselineStartColumn, ///< empty without a chosen baseline (see setComparison())
        BaselineEndColumn,
        SlipColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// MIME type of dragged items: a list of item ids.
    static QString mimeType();

    explicit ItemModel(RoadmapDocument *document, QObject *parent = nullptr);

    RoadmapDocument *document() const { return m_document; }
    QModelIndex indexOfId(qint64 id, int column = 0) const;
    qint64 idAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool setItemData(const QModelIndex &index, const QMap<int, QVariant> &roles) override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    /// Ids carried by \a mime (empty if it is not ours).
    static QList<qint64> idsFromMime(const class QMimeData *mime);

    /// Compares every item with \a comparison's baseline (an inactive one: none): the baseline
    /// columns and roles, for every view at once.
    void setComparison(const BaselineComparison &comparison);
    const BaselineComparison &comparison() const { return m_comparison; }

    /// The roles a change of \a fields may change: every role (an empty list) when a title
    /// may have changed, otherwise every role but those of the title alone (TitleRole,
    /// PrimaryTitleRole, TitleFallbackRole, and the title column's font and tooltip). Views
    /// whose rows' sizes follow the title (the unscheduled list) lay out again only when
    /// TitleRole is named.
    static QList<int> rolesFor(ItemFields fields);

Q_SIGNALS:
    /// setComparison() was called.
    void comparisonChanged();

private:
    void onItemsChanged(const QList<qint64> &ids, ItemFields fields);
    void columnChanged(int column, const QList<int> &roles);
    QVariant displayData(const Item &item, int column) const;
    /// Applies one role's value to \a item; false if the value is not acceptable.
    bool applyRole(Item &item, int role, int column, const QVariant &value) const;

    RoadmapDocument *m_document;
    BaselineComparison m_comparison;
};

} // namespace jcr
