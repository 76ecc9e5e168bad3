// Locations, the districts orders belong to (API.md "Locations"): everyone reads, admins write.
#pragma once

#include "core/Result.h"
#include "json/Location.h"

#include <QList>
#include <QString>

#include <optional>

namespace okna::server {

class Database;
struct Actor;

// PATCH /locations/{id}: unset fields stay as they are.
struct LocationChange
{
    std::optional<QString> name; // trimmed, non-blank, at most kMaxNameLength
    std::optional<bool> active;
};

class LocationService
{
public:
    static constexpr int kMaxNameLength = 100;

    explicit LocationService(Database &database);

    Result<QList<Location>> list();
    Result<Location> create(const QString &name, const Actor &actor);
    Result<Location> update(qint64 id, const LocationChange &change, const Actor &actor);

private:
    Database &m_database;
};

} // namespace okna::server
