#pragma once

#include "roadmapdata.h"

#include <QCoreApplication>

namespace jcr {

/**
 * Writes an Excel workbook through libxlsxwriter: an "Items" sheet with the same columns as
 * the CSV (frozen header, autofilter, dates as real dates with a precision column, fitted
 * widths, each area cell in the area's colour) and a "Status updates" sheet.
 *
 * Cells are written as strings, numbers and dates, never as formulas, so no text can run as one.
 * Excel holds at most 32,767 characters per cell: a longer text refuses the export rather than
 * cutting it.
 */
class XlsxExporter
{
    Q_DECLARE_TR_FUNCTIONS(jcr::XlsxExporter)

public:
    /// Excel's limit on the length of a cell's text.
    static constexpr int MaxCellLength = 32767;

    /// The workbook's bytes, for OutputGuard::writeFile(). libxlsxwriter can only write to a
    /// file: it writes one in a private temporary folder, removed again in any case.
    static Result<QByteArray> toXlsx(const RoadmapData &data);
};

} // namespace jcr
