#pragma once

#include "storage/snapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace jcr {

/**
 * The flat, one-row-per-item form of a roadmap shared by the CSV and Excel formats: the
 * columns, their stable header names and the text of every cell, plus the look-ups an import
 * needs to turn text back into ids (areas, organisations).
 *
 * Cell texts are canonical: enumeration keys ("in_progress"), dates as "2026-12-12", "2026-12",
 * "2026-Q4" or "2026", organisations as "MOFA; GAC; JETRO (supporting)", tags and dependencies
 * separated by "; ".
 */
class ItemTable
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ItemTable)

public:
    enum class Column {
        Id,
        Area,
        Kind,
        Status,
        Health,
        Lead,
        Title,
        Start,
        StartPrecision,
        End,
        EndPrecision,
        Progress,
        Organisations,
        Tags,
        Dependencies,
        Description,
        Source,
        // The French and Japanese texts beside the primary ones (schema 7); empty: none.
        TitleFr,
        TitleJa,
        DescriptionFr,
        DescriptionJa,
    };
    static constexpr int ColumnCount = int(Column::DescriptionJa) + 1;

    explicit ItemTable(const Snapshot &snapshot);

    /// The header names, in column order ("id", "area", …, "source", "title_fr", …).
    static QStringList headers();
    static QString header(Column column);
    /// The column named \a name (case-insensitive, spaces as underscores), or nothing.
    static std::optional<Column> columnNamed(QStringView name);

    /// The cells of one item, in column order.
    QStringList cells(const Item &item) const;

    const Snapshot &snapshot() const { return m_snapshot; }
    const PriorityArea *area(qint64 id) const { return m_areas.value(id); }
    /// The area named by its number, name or short name.
    const PriorityArea *areaNamed(QStringView text) const;
    const Organisation *organisation(qint64 id) const { return m_organisations.value(id); }
    /// The organisation named by its short name or its name (case-insensitive).
    const Organisation *organisationNamed(QStringView text) const;
    /// The items \a id depends on, in ascending order.
    QList<qint64> predecessorsOf(qint64 id) const { return m_predecessors.value(id); }

    QString organisationsText(const Item &item) const;
    static QString listText(const QStringList &values);
    /// Splits a "; "-separated list, dropping empty entries.
    static QStringList splitList(QStringView text);
    /// The suffix that marks a supporting organisation, " (supporting)".
    static QString supportingSuffix();

    /// The passages \a item cites, one after the other with a blank line between them.
    static QString citationsText(const Item &item);
    /**
     * The citations that \a text (passages separated by blank lines) names for \a item. Each
     * passage must occur verbatim in a source document of the roadmap: the source \a item already
     * cites it from, or else the first one that contains it. Passages that occur nowhere are
     * described in \a problems.
     */
    QList<Citation> citationsFromText(QStringView text, const Item &item,
                                      QStringList *problems) const;

private:
    const Snapshot &m_snapshot;
    QHash<qint64, const PriorityArea *> m_areas;
    QHash<qint64, const Organisation *> m_organisations;
    QHash<QString, const Organisation *> m_organisationsByName;
    QHash<qint64, QList<qint64>> m_predecessors;
};

} // namespace jcr
