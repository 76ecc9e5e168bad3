#include "locations/LocationService.h"

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "locations/LocationStore.h"
#include "users/UserService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLocations, "okna.server.locations")

namespace okna::server {

namespace {

QString targetOf(qint64 id)
{
    return QStringLiteral("location:%1").arg(id);
}

// The store's CHECK allows 1..100 characters after trimming; say so before the database does.
std::optional<ApiError> nameProblem(const QString &name)
{
    if (name.isEmpty())
        return ApiError::validation(QStringLiteral("name"),
                                    QCoreApplication::translate("LocationService", "must not be blank"));
    if (name.size() > LocationService::kMaxNameLength)
        return ApiError::validation(QStringLiteral("name"),
                                    QCoreApplication::translate("LocationService", "must be at most %1 characters")
                                        .arg(LocationService::kMaxNameLength));
    return std::nullopt;
}

} // namespace

LocationService::LocationService(Database &database)
    : m_database(database)
{}

Result<QList<Location>> LocationService::list()
{
    return m_database.transact([](pqxx::work &tx) -> Result<QList<Location>> { return LocationStore::list(tx); });
}

Result<Location> LocationService::create(const QString &name, const Actor &actor)
{
    const QString trimmed = name.trimmed();
    if (auto problem = nameProblem(trimmed))
        return *problem;
    auto created = m_database.transact([&](pqxx::work &tx) -> Result<Location> {
        const Location location = LocationStore::insert(tx, trimmed);
        AuditLog::record(tx, {actor.userId, QStringLiteral("location_created"), targetOf(location.id),
                              QJsonObject{{QStringLiteral("name"), location.name}}, actor.ip});
        return location;
    });
    if (created)
        qCInfo(lcLocations) << "location" << created->id << "created by user" << actor.userId;
    return created;
}

Result<Location> LocationService::update(qint64 id, const LocationChange &change, const Actor &actor)
{
    std::optional<QString> name;
    if (change.name) {
        name = change.name->trimmed();
        if (auto problem = nameProblem(*name))
            return *problem;
    }
    return m_database.transact([&](pqxx::work &tx) -> Result<Location> {
        const auto current = LocationStore::find(tx, id, true);
        if (!current)
            return ApiError::notFound(QCoreApplication::translate("LocationService", "Location"));
        Location updated = *current;
        QJsonArray changed;
        if (name && *name != current->name) {
            updated.name = *name;
            changed.append(QStringLiteral("name"));
        }
        if (change.active && *change.active != current->active) {
            updated.active = *change.active;
            changed.append(QStringLiteral("active"));
        }
        if (changed.isEmpty())
            return updated;
        LocationStore::update(tx, id, updated.name, updated.active);
        QJsonObject details{{QStringLiteral("changed"), changed}};
        if (updated.name != current->name)
            details.insert(QStringLiteral("old_name"), current->name);
        AuditLog::record(tx, {actor.userId, QStringLiteral("location_updated"), targetOf(id), details, actor.ip});
        return updated;
    });
}

} // namespace okna::server
