// POST /backups and GET /backups (API.md "Administration"): a backup runs on its own thread,
// one at a time across every server instance, and is listed with its outcome.
#pragma once

#include "backups/BackupRunner.h"
#include "core/Result.h"
#include "json/Backup.h"

#include <QList>
#include <QThreadPool>

namespace okna::server {

class BusinessTimeZone;
class Database;
struct Actor;

class BackupService
{
public:
    BackupService(Database &database, BusinessTimeZone &timeZone, BackupOptions options);
    // Waits for a running backup: its scratch database and lock are cleaned up, not abandoned.
    ~BackupService();

    // {"id","status":"running"} at once; 409 conflict while another backup runs.
    Result<Backup> start(const Actor &actor);
    // Newest first; rows of backups whose process died are marked failed on the way.
    Result<QList<Backup>> list();

private:
    Database &m_database;
    BusinessTimeZone &m_timeZone;
    BackupRunner m_runner;
    QThreadPool m_worker; // one thread: never a request thread
};

} // namespace okna::server
