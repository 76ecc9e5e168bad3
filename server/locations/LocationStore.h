// SQL for the locations table (districts).
#pragma once

#include "json/Location.h"

#include <QList>

#include <pqxx/transaction>

#include <optional>

namespace okna::server {

class LocationStore
{
public:
    // Ordered by name (case-insensitive), then id.
    static QList<Location> list(pqxx::work &tx);
    // FOR UPDATE when lock is true: serialises concurrent edits of one location.
    static std::optional<Location> find(pqxx::work &tx, qint64 id, bool lock = false);

    // Both throw DbError(conflict) when another location has the name (case-insensitive).
    static Location insert(pqxx::work &tx, const QString &name);
    static void update(pqxx::work &tx, qint64 id, const QString &name, bool active);
};

} // namespace okna::server
