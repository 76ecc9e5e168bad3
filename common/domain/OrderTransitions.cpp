#include "domain/OrderTransitions.h"

#include <QCoreApplication>

namespace okna {

namespace {

using S = OrderStatus;
using R = Role;

// API.md, "Orders" for statuses and "Roles" for who. Reassign is Assign restricted to an assigned order.
const QList<OrderTransitions::Rule> &table()
{
    static const QList<OrderTransitions::Rule> rules{
        {OrderAction::Assign, {S::New, S::Assigned}, S::Assigned, {R::Coordinator, R::Admin}, true},
        {OrderAction::Unassign, {S::Assigned}, S::New, {R::Coordinator, R::Admin}, true},
        {OrderAction::Reassign, {S::Assigned}, S::Assigned, {R::Coordinator, R::Admin}, true},
        {OrderAction::Start, {S::Assigned}, S::InProgress, {R::Coordinator, R::Admin, R::Master}, true},
        {OrderAction::Complete, {S::InProgress}, S::Done, {R::Coordinator, R::Admin, R::Master}, true},
        {OrderAction::Refuse,
         {S::New, S::Assigned, S::InProgress},
         S::Refused,
         {R::Operator, R::Coordinator, R::Admin, R::Master},
         true},
    };
    return rules;
}

} // namespace

const QList<OrderTransitions::Rule> &OrderTransitions::rules()
{
    return table();
}

const OrderTransitions::Rule &OrderTransitions::ruleOf(OrderAction action)
{
    for (const auto &rule : table()) {
        if (rule.action == action)
            return rule;
    }
    Q_UNREACHABLE();
}

bool OrderTransitions::canRoleDo(Role role, OrderAction action)
{
    return ruleOf(action).roles.contains(role);
}

bool OrderTransitions::canRoleDo(Role role, OrderAction action, bool ownOrder)
{
    const Rule &rule = ruleOf(action);
    if (!rule.roles.contains(role))
        return false;
    return role != Role::Master || !rule.masterOwnOnly || ownOrder;
}

std::optional<OrderStatus> OrderTransitions::targetOf(OrderAction action, OrderStatus from)
{
    const Rule &rule = ruleOf(action);
    if (!rule.from.contains(from))
        return std::nullopt;
    return rule.to;
}

QList<OrderAction> OrderTransitions::actionsAvailable(Role role, OrderStatus status, bool ownOrder)
{
    QList<OrderAction> result;
    for (const auto &rule : table()) {
        if (rule.from.contains(status) && canRoleDo(role, rule.action, ownOrder))
            result.append(rule.action);
    }
    if (result.contains(OrderAction::Reassign))
        result.removeAll(OrderAction::Assign);
    return result;
}

Result<OrderStatus> OrderTransitions::apply(Role role, OrderAction action, OrderStatus from, bool ownOrder)
{
    if (!canRoleDo(role, action, ownOrder))
        return ApiError::forbidden();
    const auto target = targetOf(action, from);
    if (!target) {
        return ApiError(ErrorCode::InvalidTransition,
                        QCoreApplication::translate("okna::OrderTransitions",
                                                    "\"%1\" is not possible for an order in status \"%2\"")
                            .arg(label(action), label(from)));
    }
    return *target;
}

} // namespace okna
