#include "notifications/NotificationService.h"

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "notifications/OutboxStore.h"
#include "settings/BusinessTimeZone.h"
#include "users/UserService.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotifications, "okna.server.notifications")

namespace okna::server {

NotificationService::NotificationService(Database &database, BusinessTimeZone &timeZone)
    : m_database(database)
    , m_timeZone(timeZone)
{}

Result<QList<Notification>> NotificationService::list(std::optional<Notification::Status> status)
{
    const QTimeZone zone = m_timeZone.zone();
    return m_database.transact(
        [&](pqxx::work &tx) -> Result<QList<Notification>> { return OutboxStore::list(tx, status, kListLimit, zone); });
}

Result<Notification> NotificationService::retry(qint64 id, const Actor &actor)
{
    const QTimeZone zone = m_timeZone.zone();
    auto result = m_database.transact([&](pqxx::work &tx) -> Result<Notification> {
        const auto current = OutboxStore::find(tx, id, zone);
        if (!current)
            // A whole sentence, not ApiError::notFound's "%1 not found": Russian needs the noun's gender.
            return ApiError(ErrorCode::NotFound,
                            QCoreApplication::translate("NotificationService", "Notification not found"));
        if (!OutboxStore::retry(tx, id)) {
            return ApiError::conflict(
                QCoreApplication::translate("NotificationService",
                                            "Only a failed notification can be retried (this one is \"%1\")")
                    .arg(Notification::wireName(current->status)));
        }
        AuditLog::record(tx, {actor.userId, QStringLiteral("notification_retried"),
                              QStringLiteral("notification:%1").arg(id),
                              QJsonObject{{QStringLiteral("attempts"), current->attempts},
                                          {QStringLiteral("last_error"), current->lastError.value_or(QString())}},
                              actor.ip});
        return *OutboxStore::find(tx, id, zone);
    });
    if (result)
        qCInfo(lcNotifications) << "notification" << id << "put back to pending by user" << actor.userId;
    return result;
}

} // namespace okna::server
