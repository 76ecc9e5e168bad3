// A database backup (POST/GET /backups); "verified" only after a test restore matched the counts.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace okna {

struct Backup
{
    enum class Status
    {
        Running,  // "running"
        Verified, // "verified": restored into a scratch database and the row counts matched
        Failed,   // "failed": see error
    };
    static QString wireName(Status status);
    static std::optional<Status> parseStatus(const QString &wireName);

    qint64 id = 0;
    Status status = Status::Running;
    // POST /backups answers only {"id","status"}, so everything below may be missing.
    std::optional<QString> file;
    std::optional<qint64> sizeBytes;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> verifiedAt;
    std::optional<qint64> ordersCount;
    std::optional<QString> error;

    QJsonObject toJson() const;
    static Result<Backup> fromJson(const QJsonObject &json);

    bool operator==(const Backup &) const = default;
};

} // namespace okna
