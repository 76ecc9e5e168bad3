#include "audit/AuditLog.h"

#include <QJsonDocument>

namespace okna::server {

void AuditLog::record(pqxx::work &tx, const AuditRecord &record)
{
    const std::optional<qint64> userId = record.userId > 0 ? std::optional(record.userId) : std::nullopt;
    const std::optional<std::string> target =
        record.target.isEmpty() ? std::nullopt : std::optional(record.target.toStdString());
    const std::optional<std::string> ip = record.ip.isEmpty() ? std::nullopt : std::optional(record.ip.toStdString());
    tx.exec_params("INSERT INTO audit_log (user_id, action, target, details, ip) VALUES ($1, $2, $3, $4::jsonb, $5)",
                   userId, record.action.toStdString(), target,
                   QJsonDocument(record.details).toJson(QJsonDocument::Compact).toStdString(), ip);
}

} // namespace okna::server
