// Thrown inside the database layer to abort a transaction with a contract error;
// Database::transact() catches it at the layer's edge and returns the ApiError.
#pragma once

#include "core/ApiError.h"

#include <stdexcept>

namespace okna::server {

class DbError : public std::runtime_error
{
public:
    explicit DbError(ApiError error);
    const ApiError &error() const { return m_error; }

private:
    ApiError m_error;
};

} // namespace okna::server
