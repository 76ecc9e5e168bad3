#include "domain/Permissions.h"

#include <array>

namespace okna {

namespace {

struct Grant
{
    Capability capability;
    bool operatorHas;
    bool coordinatorHas;
    bool masterHas;
};

// Columns of the API.md table (operator, coordinator, master); admin is not a column because it
// has everything.
constexpr std::array grants{
    Grant{Capability::CreateOrder, true, true, false},
    Grant{Capability::EditOrderClientFields, true, true, false},
    Grant{Capability::OverrideBlacklist, false, true, false},
    Grant{Capability::ReadOrders, true, true, true},
    Grant{Capability::ReadAllOrders, true, true, false},
    Grant{Capability::ListMasters, true, true, false},
    Grant{Capability::CheckInOut, false, false, true},
    Grant{Capability::ReadAllShifts, false, true, false},
    Grant{Capability::BlacklistCheck, true, true, false},
    Grant{Capability::BlacklistWrite, false, true, false},
    Grant{Capability::Reports, false, true, false},
    Grant{Capability::ReadLocations, true, true, true},
    Grant{Capability::Administer, false, false, false},
};

} // namespace

bool Permissions::roleHas(Role role, Capability capability)
{
    for (const auto &grant : grants) {
        if (grant.capability != capability)
            continue;
        switch (role) {
        case Role::Operator:
            return grant.operatorHas;
        case Role::Coordinator:
            return grant.coordinatorHas;
        case Role::Master:
            return grant.masterHas;
        case Role::Admin:
            return true;
        }
    }
    return false; // unknown capability: deny, never grant by accident
}

QList<Capability> Permissions::capabilitiesOf(Role role)
{
    QList<Capability> result;
    for (const auto &grant : grants) {
        if (roleHas(role, grant.capability))
            result.append(grant.capability);
    }
    return result;
}

bool Permissions::clientFieldsEditable(OrderStatus status)
{
    return status == OrderStatus::New || status == OrderStatus::Assigned;
}

bool Permissions::canEditClientFields(Role role, OrderStatus status)
{
    return roleHas(role, Capability::EditOrderClientFields) && clientFieldsEditable(status);
}

bool roleHas(Role role, Capability capability)
{
    return Permissions::roleHas(role, capability);
}

} // namespace okna
