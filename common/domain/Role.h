// The four user roles of API.md, their wire names and labels.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace okna {

enum class Role
{
    Operator,    // "operator": takes calls, creates orders
    Coordinator, // "coordinator": dispatches masters
    Master,      // "master": the technician on site
    Admin,       // "admin": may do everything
};

QList<Role> allRoles();

QString wireName(Role role);
std::optional<Role> parseRole(const QString &wireName);

// Translated label for the UI (Russian: Оператор, Координатор, Мастер, Администратор).
QString label(Role role);

} // namespace okna
