// The Telegram outbox as the administrator sees it (GET /notifications, POST .../retry).
#pragma once

#include "core/Result.h"
#include "json/Notification.h"

#include <QList>

#include <optional>

namespace okna::server {

class BusinessTimeZone;
class Database;
struct Actor;

class NotificationService
{
public:
    static constexpr int kListLimit = 1000;

    NotificationService(Database &database, BusinessTimeZone &timeZone);

    // Newest first, at most kListLimit.
    Result<QList<Notification>> list(std::optional<Notification::Status> status);
    // failed -> pending (404 unknown, 409 conflict when not failed), audited `notification_retried`.
    Result<Notification> retry(qint64 id, const Actor &actor);

private:
    Database &m_database;
    BusinessTimeZone &m_timeZone;
};

} // namespace okna::server
