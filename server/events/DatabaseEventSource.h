// EventSource over the server's Database: one short read-only query per call, timestamps in
// the business time zone.
#pragma once

#include "events/EventSource.h"

namespace okna::server {

class BusinessTimeZone;
class Database;

class DatabaseEventSource : public EventSource
{
public:
    DatabaseEventSource(Database &database, BusinessTimeZone &timeZone);

    std::optional<QJsonObject> loadOrder(qint64 id) override;
    std::optional<QJsonObject> loadMaster(qint64 id) override;
    QList<qint64> activeOrderIdsOf(qint64 masterId) override;

private:
    Database &m_database;
    BusinessTimeZone &m_timeZone;
};

} // namespace okna::server
