#include "json/SummaryCounters.h"

#include "json/JsonReader.h"
#include "json/JsonWriter.h"

namespace okna {

void SummaryCounters::writeTo(QJsonObject &json) const
{
    json.insert(QStringLiteral("total"), total);
    json.insert(QStringLiteral("new"), newCount);
    json.insert(QStringLiteral("assigned"), assigned);
    json.insert(QStringLiteral("in_progress"), inProgress);
    json.insert(QStringLiteral("done"), done);
    json.insert(QStringLiteral("refused"), refused);
    json.insert(QStringLiteral("avg_completion_minutes"), JsonWriter::value(avgCompletionMinutes));
}

QJsonObject SummaryCounters::toJson() const
{
    QJsonObject json;
    writeTo(json);
    return json;
}

Result<SummaryCounters> SummaryCounters::fromJson(const QJsonObject &json)
{
    SummaryCounters counters;
    JsonReader reader(json);
    reader.required(QStringLiteral("total"), counters.total);
    reader.required(QStringLiteral("new"), counters.newCount);
    reader.required(QStringLiteral("assigned"), counters.assigned);
    reader.required(QStringLiteral("in_progress"), counters.inProgress);
    reader.required(QStringLiteral("done"), counters.done);
    reader.required(QStringLiteral("refused"), counters.refused);
    reader.nullable(QStringLiteral("avg_completion_minutes"), counters.avgCompletionMinutes);
    if (!reader.ok())
        return reader.error();
    return counters;
}

} // namespace okna
