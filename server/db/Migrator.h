// Applies the numbered SQL migrations shipped in the binary (:/migrations/NNN_name.sql).
#pragma once

#include "core/Result.h"

namespace okna::server {

class Database;

class Migrator
{
public:
    explicit Migrator(Database &database);

    // All pending migrations in one transaction under an advisory lock, so servers that
    // start together apply each migration exactly once. Returns how many were applied.
    Result<int> migrate();

private:
    Database &m_database;
};

} // namespace okna::server
