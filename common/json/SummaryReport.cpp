#include "json/SummaryReport.h"

#include "json/JsonList.h"
#include "json/JsonReader.h"
#include "json/JsonWriter.h"

namespace okna {

QJsonObject SummaryReport::toJson() const
{
    return {
        {QStringLiteral("from"), JsonWriter::value(from)},
        {QStringLiteral("to"), JsonWriter::value(to)},
        {QStringLiteral("rows"), listToJson(rows)},
        {QStringLiteral("totals"), totals.toJson()},
    };
}

Result<SummaryReport> SummaryReport::fromJson(const QJsonObject &json)
{
    SummaryReport report;
    QJsonArray rows;
    QJsonObject totals;
    JsonReader reader(json);
    reader.required(QStringLiteral("from"), report.from);
    reader.required(QStringLiteral("to"), report.to);
    reader.required(QStringLiteral("rows"), rows);
    reader.required(QStringLiteral("totals"), totals);
    if (!reader.ok())
        return reader.error();
    auto parsedRows = listFromJson<SummaryRow>(rows, QStringLiteral("rows"));
    if (!parsedRows)
        return parsedRows.error();
    auto parsedTotals = SummaryCounters::fromJson(totals);
    if (!parsedTotals)
        return JsonReader::nested(QStringLiteral("totals"), parsedTotals.error());
    report.rows = std::move(parsedRows).value();
    report.totals = *parsedTotals;
    return report;
}

} // namespace okna
