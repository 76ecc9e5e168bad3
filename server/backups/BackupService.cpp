#include "backups/BackupService.h"

#include "backups/BackupStore.h"
#include "db/Database.h"
#include "settings/BusinessTimeZone.h"
#include "users/UserService.h"

#include <algorithm>
#include <memory>

namespace okna::server {

BackupService::BackupService(Database &database, BusinessTimeZone &timeZone, BackupOptions options)
    : m_database(database)
    , m_timeZone(timeZone)
    , m_runner(database, std::move(options))
{
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
}

BackupService::~BackupService()
{
    m_worker.waitForDone();
}

Result<Backup> BackupService::start(const Actor &actor)
{
    auto prepared = m_runner.prepare(actor.userId);
    if (!prepared)
        return prepared.error();
    Backup backup;
    backup.id = prepared->id;
    backup.status = Backup::Status::Running;
    // QThreadPool takes a copyable callable; the session (the lock) moves along with it.
    auto shared = std::make_shared<PreparedBackup>(std::move(prepared).value());
    const qint64 userId = actor.userId;
    const QString ip = actor.ip;
    m_worker.start([this, shared, userId, ip] { m_runner.run(std::move(*shared), userId, ip); });
    return backup;
}

Result<QList<Backup>> BackupService::list()
{
    const QTimeZone zone = m_timeZone.zone();
    const auto read = [&] {
        return m_database.transact(
            [&](pqxx::work &tx) -> Result<QList<Backup>> { return BackupStore::list(tx, zone); });
    };
    auto backups = read();
    // A backup whose process died (a crash, a kill -9 of `okna-server backup`) would otherwise show
    // `running` until the next backup starts.
    const auto running = [](const Backup &backup) { return backup.status == Backup::Status::Running; };
    if (backups && std::any_of(backups->cbegin(), backups->cend(), running) && m_runner.failInterruptedIfIdle())
        backups = read();
    return backups;
}

} // namespace okna::server
