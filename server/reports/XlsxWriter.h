// The reports as XLSX workbooks (libxlsxwriter): row 1 is the bold, frozen header (API.md: "a header
// row, one row per table row, a totals row"), so spreadsheet imports, Power Query, pandas and 1C
// loaders take it for the column names; numbers are stored as numbers. The title naming the report
// and its period is for people: the workbook's title property, the printed page's header, and the
// sheet's name carries the period.
#pragma once

#include "core/Result.h"
#include "json/MastersReport.h"
#include "json/SummaryReport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace okna::server {

class XlsxWriter
{
public:
    static constexpr const char *kContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static Result<QByteArray> summary(const SummaryReport &report);
    static Result<QByteArray> masters(const MastersReport &report);

    // One sheet: cells are QString, qint64 or double; a null QVariant leaves the cell empty.
    struct Sheet
    {
        QString name;  // the sheet's; at most 31 characters, none of []:*?/\ (Excel's rule)
        QString title; // the workbook's title and the printed header
        QList<QString> headers;
        QList<double> widths; // per column, in characters
        QList<QList<QVariant>> rows;
        QList<QVariant> totals;
    };
    // Writes the sheet into a temporary file (libxlsxwriter only writes files) and returns its bytes.
    static Result<QByteArray> write(const Sheet &sheet);
};

} // namespace okna::server
