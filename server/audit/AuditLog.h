// Writes one audit_log row inside the caller's transaction, so the record commits (or rolls
// back) together with the action it describes.
#pragma once

#include <QJsonObject>
#include <QString>

#include <pqxx/transaction>

namespace okna::server {

struct AuditRecord
{
    qint64 userId = 0; // 0: no known user (e.g. a failed login for an unknown name)
    QString action;    // one of API.md's audit actions, e.g. "user_created"
    QString target;    // what it was done to, e.g. "user:17"
    QJsonObject details;
    QString ip;
};

class AuditLog
{
public:
    static void record(pqxx::work &tx, const AuditRecord &record);
};

} // namespace okna::server
