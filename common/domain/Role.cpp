#include "domain/Role.h"

#include <QCoreApplication>

#include <array>

namespace okna {

namespace {

struct RoleInfo
{
    Role role;
    const char *wire;
};

constexpr std::array roles{
    RoleInfo{Role::Operator, "operator"},
    RoleInfo{Role::Coordinator, "coordinator"},
    RoleInfo{Role::Master, "master"},
    RoleInfo{Role::Admin, "admin"},
};

} // namespace

QList<Role> allRoles()
{
    QList<Role> result;
    for (const auto &info : roles)
        result.append(info.role);
    return result;
}

QString wireName(Role role)
{
    for (const auto &info : roles) {
        if (info.role == role)
            return QString::fromLatin1(info.wire);
    }
    return {};
}

std::optional<Role> parseRole(const QString &wireName)
{
    for (const auto &info : roles) {
        if (wireName == QLatin1String(info.wire))
            return info.role;
    }
    return std::nullopt;
}

QString label(Role role)
{
    switch (role) {
    case Role::Operator:
        //: User role: answers the phone and creates orders. Russian: "Оператор".
        return QCoreApplication::translate("okna::Role", "Operator", "user role");
    case Role::Coordinator:
        //: User role: dispatches masters to orders. Russian: "Координатор".
        return QCoreApplication::translate("okna::Role", "Coordinator", "user role");
    case Role::Master:
        //: User role: the repair technician. Russian: "Мастер".
        return QCoreApplication::translate("okna::Role", "Master", "user role");
    case Role::Admin:
        //: User role. Russian: "Администратор".
        return QCoreApplication::translate("okna::Role", "Administrator", "user role");
    }
    return {};
}

} // namespace okna
