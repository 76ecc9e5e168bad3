#include "locations/LocationStore.h"

#include "db/DbError.h"
#include "db/SqlValue.h"

#include <QCoreApplication>

#include <pqxx/except>
#include <pqxx/result>
#include <pqxx/subtransaction>

namespace okna::server {

namespace {

Location fromRow(const pqxx::row &row)
{
    return {row[0].as<qint64>(), sql::text(row[1]), row[2].as<bool>()};
}

[[noreturn]] void throwNameTaken(const QString &name)
{
    throw DbError(
        ApiError(ErrorCode::Conflict,
                 QCoreApplication::translate("LocationStore", "A location named \"%1\" already exists").arg(name),
                 {{QStringLiteral("name"), QCoreApplication::translate("LocationStore", "already taken")}}));
}

} // namespace

QList<Location> LocationStore::list(pqxx::work &tx)
{
    QList<Location> locations;
    for (const auto &row : tx.exec("SELECT id, name, active FROM locations ORDER BY lower(name), id"))
        locations.append(fromRow(row));
    return locations;
}

std::optional<Location> LocationStore::find(pqxx::work &tx, qint64 id, bool lock)
{
    const auto rows = tx.exec_params(lock ? "SELECT id, name, active FROM locations WHERE id = $1 FOR UPDATE"
                                          : "SELECT id, name, active FROM locations WHERE id = $1",
                                     id);
    if (rows.empty())
        return std::nullopt;
    return fromRow(rows[0]);
}

Location LocationStore::insert(pqxx::work &tx, const QString &name)
{
    // ON CONFLICT keeps the transaction usable; the only unique index besides the key is the name.
    const auto rows =
        tx.exec_params("INSERT INTO locations (name) VALUES ($1) ON CONFLICT DO NOTHING RETURNING id, name, active",
                       name.toStdString());
    if (rows.empty())
        throwNameTaken(name);
    return fromRow(rows[0]);
}

void LocationStore::update(pqxx::work &tx, qint64 id, const QString &name, bool active)
{
    // UPDATE has no ON CONFLICT: a savepoint turns a duplicate name into a clean conflict and
    // leaves the outer transaction usable.
    try {
        pqxx::subtransaction savepoint(tx, "location_update");
        savepoint.exec_params("UPDATE locations SET name = $2, active = $3 WHERE id = $1", id, name.toStdString(),
                              active);
        savepoint.commit();
    } catch (const pqxx::unique_violation &) {
        throwNameTaken(name);
    }
}

} // namespace okna::server
