// The reports as XLSX workbooks (libxlsxwriter): a title row naming the report and its period, a
// bold frozen header, one row per report row, a totals row; numbers are stored as numbers.
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
        QString name;
        QString title;
        QList<QString> headers;
        QList<double> widths; // per column, in characters
        QList<QList<QVariant>> rows;
        QList<QVariant> totals;
    };
    // Writes the sheet into a temporary file (libxlsxwriter only writes files) and returns its bytes.
    static Result<QByteArray> write(const Sheet &sheet);
};

} // namespace okna::server
