#pragma once

#include "domain/result.h"
#include "tabledata.h"

#include <QCoreApplication>

namespace jcr {

/**
 * Reads the items of a JSON document — an export of this application, or a script's list of
 * items in the same shape — as a table with the CSV columns. A key left out of an item is a
 * null cell: an update keeps that field as it is.
 */
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(jcr::JsonReader)

public:
    static Result<TableData> parse(const QByteArray &bytes);
};

} // namespace jcr
