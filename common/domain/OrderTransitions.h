// The order workflow of API.md as ONE table: which action moves which status where, and who may.
// Server (to answer 403/409) and client (to enable buttons) both ask this class, so they agree.
#pragma once

#include "core/Result.h"
#include "domain/OrderAction.h"
#include "domain/OrderStatus.h"
#include "domain/Role.h"

#include <QList>

#include <optional>

namespace okna {

class OrderTransitions
{
public:
    // One row of the table.
    struct Rule
    {
        OrderAction action;
        QList<OrderStatus> from; // statuses the action is allowed in
        OrderStatus to;
        QList<Role> roles;         // roles that may do it at all
        bool masterOwnOnly = true; // a master may do it only on an order assigned to him
    };

    static const QList<Rule> &rules();
    static const Rule &ruleOf(OrderAction action);

    // Whether the role may ever do the action (a master: on his own orders).
    static bool canRoleDo(Role role, OrderAction action);
    // Whether the role may do it on this order; ownOrder = the order's master_id is the caller.
    static bool canRoleDo(Role role, OrderAction action, bool ownOrder);

    // The status after the action, or nullopt when the contract answers 409 invalid_transition.
    static std::optional<OrderStatus> targetOf(OrderAction action, OrderStatus from);

    // What the client offers as buttons for this user on this order, in table order. Assign is left out
    // where Reassign applies: both go to the same endpoint and one button is enough.
    static QList<OrderAction> actionsAvailable(Role role, OrderStatus status, bool ownOrder);

    // The server's check, in the order of the contract: 403 forbidden before 409 invalid_transition.
    static Result<OrderStatus> apply(Role role, OrderAction action, OrderStatus from, bool ownOrder);
};

} // namespace okna
