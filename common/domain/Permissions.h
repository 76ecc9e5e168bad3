// Who may do what outside the order workflow: the role table of API.md. Admin has every capability.
#pragma once

#include "domain/Capability.h"
#include "domain/OrderStatus.h"
#include "domain/Role.h"

#include <QList>

namespace okna {

class Permissions
{
public:
    static bool roleHas(Role role, Capability capability);
    static QList<Capability> capabilitiesOf(Role role);

    // Client fields (client_name, phone, address, location_id, comment) change only before the work
    // starts; the role must also have EditOrderClientFields.
    static bool clientFieldsEditable(OrderStatus status);
    static bool canEditClientFields(Role role, OrderStatus status);
};

// Shorthand for Permissions::roleHas, reads better at call sites.
bool roleHas(Role role, Capability capability);

} // namespace okna
