// A user a test created through the API, with the password it was given and a logged-in token.
#pragma once

#include <QString>

namespace okna::test {

struct TestUser
{
    qint64 id = -1;
    QString login;
    QString password;
    QString fullName;
    QString role;
    QString token;
    QString error; // why it could not be created or log in

    bool isValid() const { return id >= 0 && !token.isEmpty(); }
};

} // namespace okna::test
