// The server's one business time zone (setting `timezone`, default Europe/Moscow, or the
// --timezone / OKNA_TIMEZONE default): timestamps are rendered and periods computed in it.
// Cached for a few seconds so every request need not ask the database, yet a change made
// through another server instance is seen soon.
#pragma once

#include <QMutex>
#include <QTimeZone>

#include <chrono>

namespace okna::server {

class Database;

class BusinessTimeZone
{
public:
    static inline const QByteArray kDefaultZone = "Europe/Moscow";

    BusinessTimeZone(Database &database, QByteArray fallbackZone);

    QTimeZone zone();
    // Drops the cached value (after this instance changed the setting).
    void invalidate();

private:
    Database &m_database;
    const QByteArray m_fallback;
    QMutex m_mutex;
    QTimeZone m_zone;
    std::chrono::steady_clock::time_point m_loadedAt;
    bool m_loaded = false;
};

} // namespace okna::server
