#include "jsonreader.h"

#include "itemtable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace jcr {

namespace {

/// A scalar as cell text; sets \a problem for values that cannot be one.
QString scalarText(const QJsonValue &v, QString *problem)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("");
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        *problem = JsonReader::tr("a value is a list or an object where text or a number belongs");
        return QString();
    }
}

} // namespace

Result<TableData> JsonReader::parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset as a line number: people look for lines.
        const int line = int(bytes.left(error.offset).count('\n')) + 1;
        return Error {Error::Code::Invalid,
                      tr("The file is not valid JSON: %1 on line %2.")
                              .arg(error.errorString())
                              .arg(line)};
    }
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (doc.isObject() && doc.object().value(QStringLiteral("items")).isArray())
        items = doc.object().value(QStringLiteral("items")).toArray();
    else
        return Error {Error::Code::Invalid,
                      tr("The JSON has no list of items (an \"items\" array, or a list at the "
                         "top).")};

    TableData table;
    table.unit = TableData::Unit::Item;
    table.header = ItemTable::headers();
    using C = ItemTable::Column;
    for (qsizetype i = 0; i < items.size(); ++i) {
        TableRow row;
        row.line = int(i + 1);
        row.cells = QList<QString>(ItemTable::ColumnCount); // null: not given
        if (!items.at(i).isObject()) {
            row.problem = tr("it is not an object");
            table.rows << row;
            continue;
        }
        const QJsonObject o = items.at(i).toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.key() == QLatin1String("citations")) {
                // The passages an item cites; each is found again in the roadmap's sources.
                QStringList passages;
                for (const QJsonValue &v : it.value().toArray())
                    passages
                            << (v.isString()
                                        ? v.toString()
                                        : v.toObject().value(QStringLiteral("passage")).toString());
                row.cells[int(C::Source)] = passages.join(QStringLiteral("\n\n"));
                continue;
            }
            const auto column = ItemTable::columnNamed(it.key());
            if (!column)
                continue; // rank, version, statusUpdates…: read-only in an import
            const int c = int(*column);
            QString problem;
            if (*column == C::Organisations && it.value().isArray()) {
                QStringList names;
                for (const QJsonValue &v : it.value().toArray()) {
                    const QJsonObject link = v.toObject();
                    QString name = v.isString() ? v.toString()
                                                : link.value(QStringLiteral("name")).toString();
                    if (link.value(QStringLiteral("role")).toString()
                        == QLatin1String("supporting"))
                        name += ItemTable::supportingSuffix();
                    names << name;
                }
                row.cells[c] = ItemTable::listText(names);
            } else if ((*column == C::Tags || *column == C::Dependencies) && it.value().isArray()) {
                QStringList values;
                for (const QJsonValue &v : it.value().toArray())
                    values << scalarText(v, &problem);
                row.cells[c] = ItemTable::listText(values);
            } else {
                row.cells[c] = scalarText(it.value(), &problem);
            }
            if (!problem.isEmpty() && row.problem.isEmpty())
                row.problem = QStringLiteral("“%1”: %2").arg(it.key(), problem);
        }
        table.rows << row;
    }
    return table;
}

} // namespace jcr
