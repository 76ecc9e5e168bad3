#include "blacklist/BlacklistService.h"

#include "audit/AuditLog.h"
#include "blacklist/BlacklistStore.h"
#include "db/Database.h"
#include "phone/PhoneNumber.h"
#include "settings/BusinessTimeZone.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBlacklist, "okna.server.blacklist")

namespace okna::server {

namespace {

QString targetOf(qint64 id)
{
    return QStringLiteral("blacklist:%1").arg(id);
}

} // namespace

BlacklistService::BlacklistService(Database &database, BusinessTimeZone &timeZone)
    : m_database(database)
    , m_timeZone(timeZone)
{}

Result<BlacklistCheck> BlacklistService::check(const QString &phone)
{
    const auto normalized = normalizePhone(phone);
    if (!normalized)
        return normalized.error();
    return m_database.transact([&](pqxx::work &tx) -> Result<BlacklistCheck> {
        const auto reason = BlacklistStore::reasonFor(tx, normalized.value());
        return BlacklistCheck{reason.has_value(), reason};
    });
}

Result<QList<BlacklistEntry>> BlacklistService::list()
{
    const QTimeZone zone = m_timeZone.zone();
    return m_database.transact(
        [&](pqxx::work &tx) -> Result<QList<BlacklistEntry>> { return BlacklistStore::list(tx, zone); });
}

Result<BlacklistEntry> BlacklistService::add(const QString &phone, const QString &reason, const Caller &caller,
                                             const QString &ip)
{
    const auto normalized = normalizePhone(phone);
    if (!normalized)
        return normalized.error();
    const QTimeZone zone = m_timeZone.zone();
    auto added = m_database.transact([&](pqxx::work &tx) -> Result<BlacklistEntry> {
        const auto entry = BlacklistStore::insert(tx, normalized.value(), reason, caller.userId, zone);
        if (!entry)
            return ApiError(
                ErrorCode::Conflict,
                QCoreApplication::translate("BlacklistService", "The number %1 is already blacklisted")
                    .arg(normalized.value()),
                {{QStringLiteral("phone"), QCoreApplication::translate("BlacklistService", "already blacklisted")}});
        AuditLog::record(
            tx, {caller.userId, QStringLiteral("blacklist_added"), targetOf(entry->id),
                 QJsonObject{{QStringLiteral("phone"), entry->phone}, {QStringLiteral("reason"), entry->reason}}, ip});
        return *entry;
    });
    if (added)
        qCInfo(lcBlacklist) << "blacklist entry" << added->id << "added by user" << caller.userId;
    return added;
}

Status BlacklistService::remove(qint64 id, const Caller &caller, const QString &ip)
{
    const QTimeZone zone = m_timeZone.zone();
    return m_database.transact([&](pqxx::work &tx) -> Status {
        const auto entry = BlacklistStore::remove(tx, id, zone);
        if (!entry)
            return ApiError::notFound(QCoreApplication::translate("BlacklistService", "Blacklist entry"));
        AuditLog::record(
            tx, {caller.userId, QStringLiteral("blacklist_removed"), targetOf(id),
                 QJsonObject{{QStringLiteral("phone"), entry->phone}, {QStringLiteral("reason"), entry->reason}}, ip});
        return {};
    });
}

} // namespace okna::server
