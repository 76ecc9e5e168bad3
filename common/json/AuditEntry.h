// One line of the audit log (GET /audit): security-relevant actions, kept for the administrator.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace okna {

struct AuditEntry
{
    QDateTime at;
    std::optional<qint64> userId; // null e.g. for a failed login of an unknown name
    QString action;               // "login_failed", "order_refused", ...
    std::optional<QString> target;
    QJsonValue details = QJsonValue::Null; // free-form per action
    std::optional<QString> ip;

    QJsonObject toJson() const;
    static Result<AuditEntry> fromJson(const QJsonObject &json);

    bool operator==(const AuditEntry &) const = default;
};

} // namespace okna
