// SQL for the blacklist: phones (E.164) orders are not taken from without an override.
#pragma once

#include "json/BlacklistEntry.h"

#include <QList>
#include <QTimeZone>

#include <pqxx/transaction>

#include <optional>

namespace okna::server {

class BlacklistStore
{
public:
    // Newest first.
    static QList<BlacklistEntry> list(pqxx::work &tx, const QTimeZone &zone);
    // The reason a phone (E.164) is blacklisted, or nullopt.
    static std::optional<QString> reasonFor(pqxx::work &tx, const QString &phone);
    // nullopt when the phone is already listed.
    static std::optional<BlacklistEntry> insert(pqxx::work &tx, const QString &phone, const QString &reason,
                                                qint64 createdBy, const QTimeZone &zone);
    // The removed entry, or nullopt when there was none.
    static std::optional<BlacklistEntry> remove(pqxx::work &tx, qint64 id, const QTimeZone &zone);
};

} // namespace okna::server
