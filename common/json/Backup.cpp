#include "json/Backup.h"

#include "json/JsonReader.h"
#include "json/JsonWriter.h"

#include <QCoreApplication>

namespace okna {

QString Backup::wireName(Status status)
{
    switch (status) {
    case Status::Running:
        return QStringLiteral("running");
    case Status::Verified:
        return QStringLiteral("verified");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<Backup::Status> Backup::parseStatus(const QString &wireName)
{
    for (const auto status : {Status::Running, Status::Verified, Status::Failed}) {
        if (Backup::wireName(status) == wireName)
            return status;
    }
    return std::nullopt;
}

QJsonObject Backup::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), wireName(status)},
        {QStringLiteral("file"), JsonWriter::value(file)},
        {QStringLiteral("size_bytes"), JsonWriter::value(sizeBytes)},
        {QStringLiteral("created_at"), JsonWriter::value(createdAt)},
        {QStringLiteral("verified_at"), JsonWriter::value(verifiedAt)},
        {QStringLiteral("orders_count"), JsonWriter::value(ordersCount)},
        {QStringLiteral("error"), JsonWriter::value(error)},
    };
}

Result<Backup> Backup::fromJson(const QJsonObject &json)
{
    Backup backup;
    QString status;
    JsonReader reader(json);
    reader.required(QStringLiteral("id"), backup.id);
    reader.required(QStringLiteral("status"), status);
    reader.nullable(QStringLiteral("file"), backup.file);
    reader.nullable(QStringLiteral("size_bytes"), backup.sizeBytes);
    reader.nullable(QStringLiteral("created_at"), backup.createdAt);
    reader.nullable(QStringLiteral("verified_at"), backup.verifiedAt);
    reader.nullable(QStringLiteral("orders_count"), backup.ordersCount);
    reader.nullable(QStringLiteral("error"), backup.error);
    if (!reader.ok())
        return reader.error();
    const auto parsed = parseStatus(status);
    if (!parsed) {
        return ApiError::badRequest(
            QCoreApplication::translate("okna::Backup", "status must be one of running, verified, failed"));
    }
    backup.status = *parsed;
    return backup;
}

} // namespace okna
