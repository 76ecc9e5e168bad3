#include "audit/AuditService.h"

#include "db/Database.h"
#include "settings/BusinessTimeZone.h"

#include <QByteArray>

namespace okna::server {

AuditService::AuditService(Database &database, BusinessTimeZone &timeZone)
    : m_database(database)
    , m_timeZone(timeZone)
{}

QString AuditService::encodeCursor(qint64 lastId)
{
    const QByteArray raw = "id:" + QByteArray::number(lastId);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> AuditService::decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                               QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("id:"))
        return std::nullopt;
    bool ok = false;
    const qint64 id = decoded.decoded.mid(3).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

Result<Page<AuditEntry>> AuditService::list(const AuditFilter &filter)
{
    const QTimeZone zone = m_timeZone.zone();
    // One row more than asked tells whether another page follows.
    AuditFilter query = filter;
    query.limit = filter.limit + 1;
    const auto rows = m_database.transact(
        [&](pqxx::work &tx) -> Result<QList<AuditRow>> { return AuditStore::find(tx, query, zone); });
    if (!rows)
        return rows.error();
    Page<AuditEntry> page;
    const auto count = std::min<qsizetype>(rows->size(), filter.limit);
    for (qsizetype i = 0; i < count; ++i)
        page.items.append(rows->at(i).entry);
    if (rows->size() > filter.limit)
        page.nextCursor = encodeCursor(rows->at(count - 1).id);
    return page;
}

} // namespace okna::server
