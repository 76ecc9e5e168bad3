#include "db/DbError.h"

namespace okna::server {

DbError::DbError(ApiError error)
    : std::runtime_error(error.message().toStdString())
    , m_error(std::move(error))
{}

} // namespace okna::server
