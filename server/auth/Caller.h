// Who is making an authenticated request: the user behind the bearer token.
#pragma once

#include "domain/Role.h"

#include <QString>

namespace okna::server {

struct Caller
{
    qint64 userId = 0;
    QString login;
    QString fullName;
    Role role = Role::Operator;
    qint64 sessionId = 0;
};

} // namespace okna::server
