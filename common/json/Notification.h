// One message of the Telegram outbox (GET /notifications).
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace okna {

struct Notification
{
    enum class Status
    {
        Pending, // "pending": waiting for its (next) attempt
        Sent,    // "sent": Telegram acknowledged it; never sent again
        Failed,  // "failed": gave up after the configured attempts; an admin may retry
    };
    static QString wireName(Status status);
    static std::optional<Status> parseStatus(const QString &wireName);

    qint64 id = 0;
    // A string even when sent as a JSON integer. Empty: not known yet (null on the wire), a new-order
    // message written while no chat for new orders was set; it goes to the chat that is set later.
    QString chatId;
    QString text;
    Status status = Status::Pending;
    int attempts = 0;
    std::optional<QString> lastError;
    QDateTime createdAt;
    std::optional<QDateTime> sentAt;

    QJsonObject toJson() const;
    static Result<Notification> fromJson(const QJsonObject &json);

    bool operator==(const Notification &) const = default;
};

} // namespace okna
