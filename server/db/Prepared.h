// Statements sent on every request, prepared once per connection: PostgreSQL parses and plans
// them once instead of on every call.
#pragma once

#include <pqxx/transaction_base>

#include <string>
#include <utility>

namespace okna::server::sql {

// libpqxx registers the definition cheaply (a no-op when already known) and prepares it on the
// server at its first use on a connection, again after a reconnect. `name` must be unique to
// `statement`.
template <typename... Args>
pqxx::result execPrepared(pqxx::transaction_base &tx, const std::string &name, const std::string &statement,
                          Args &&...args)
{
    tx.conn().prepare(name, statement);
    return tx.exec_prepared(name, std::forward<Args>(args)...);
}

} // namespace okna::server::sql
