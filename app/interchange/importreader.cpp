#include "importreader.h"

#include "csvreader.h"
#include "interchangeformat.h"
#include "jsonreader.h"
#include "xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace jcr {

Result<TableData> ImportReader::read(const QString &path)
{
    const auto format = InterchangeFormat::fromPath(path);
    if (!format || !InterchangeFormat::canImport(*format))
        return Error {Error::Code::Invalid,
                      tr("%1: import reads .csv, .xlsx and .json files.")
                              .arg(QDir::toNativeSeparators(path))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Code::NotFound,
                      tr("%1 cannot be read: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString())};
    if (file.size() > MaxFileSize)
        return Error {Error::Code::Invalid,
                      tr("%1 is too large to import (%2 MB; the limit is %3 MB).")
                              .arg(QDir::toNativeSeparators(path))
                              .arg(file.size() / (1024 * 1024))
                              .arg(MaxFileSize / (1024 * 1024))};
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize)
        return Error {Error::Code::Invalid,
                      tr("%1 is too large to import (the limit is %2 MB).")
                              .arg(QDir::toNativeSeparators(path))
                              .arg(MaxFileSize / (1024 * 1024))};
    Result<TableData> table = Error {};
    switch (*format) {
    case InterchangeFormat::Csv:
        table = CsvReader::parse(bytes);
        break;
    case InterchangeFormat::Xlsx:
        table = XlsxReader::parse(bytes);
        break;
    case InterchangeFormat::Json:
        table = JsonReader::parse(bytes);
        break;
    case InterchangeFormat::ICalendar:
        break;
    }
    if (!table)
        return Error {
                table.error().code,
                QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), table.errorMessage())};
    return table;
}

} // namespace jcr
