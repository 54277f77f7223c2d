#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace jcr {

/// An empty cell that the file gives (a null QString means "not given": a JSON key left out).
inline QString emptyCell()
{
    return QStringLiteral("");
}

/// One data row of an imported table, as text, with where it came from.
struct TableRow
{
    int line = 0; ///< line (CSV), row (Excel) or item number (JSON), counted from 1
    QStringList cells;
    /// Set by the reader when the row cannot be read at all (ragged, formula, error cell).
    QString problem;
};

/// A table read from a CSV file, an Excel sheet or a JSON document, before interpretation.
struct TableData
{
    /// How rows are numbered, for messages: "line 12", "row 12", "item 12".
    enum class Unit { Line, Row, Item };
    Unit unit = Unit::Line;
    QStringList header;
    QList<TableRow> rows;
};

} // namespace jcr
