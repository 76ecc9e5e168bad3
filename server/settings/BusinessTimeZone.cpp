#include "settings/BusinessTimeZone.h"

#include "db/Database.h"
#include "settings/SettingsStore.h"

namespace okna::server {

namespace {
constexpr auto kCacheFor = std::chrono::seconds(5);
}

BusinessTimeZone::BusinessTimeZone(Database &database, QByteArray fallbackZone)
    : m_database(database)
    , m_fallback(fallbackZone.isEmpty() ? kDefaultZone : std::move(fallbackZone))
{}

QTimeZone BusinessTimeZone::zone()
{
    QMutexLocker lock(&m_mutex);
    const auto now = std::chrono::steady_clock::now();
    if (m_loaded && now - m_loadedAt < kCacheFor)
        return m_zone;
    const auto stored = m_database.transact([](pqxx::work &tx) -> Result<QString> {
        return SettingsStore::value(tx, SettingsStore::kTimezone).value_or(QString());
    });
    QByteArray id = m_fallback;
    if (stored.ok() && !stored.value().isEmpty())
        id = stored.value().toUtf8();
    QTimeZone zone(id);
    if (!zone.isValid())
        zone = QTimeZone(kDefaultZone);
    if (stored.ok() || !m_loaded) {
        m_zone = zone;
        m_loadedAt = now;
        m_loaded = true;
    }
    return m_zone;
}

void BusinessTimeZone::invalidate()
{
    QMutexLocker lock(&m_mutex);
    m_loaded = false;
}

} // namespace okna::server
