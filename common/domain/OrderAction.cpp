#include "domain/OrderAction.h"

#include <QCoreApplication>

#include <array>

namespace okna {

namespace {

struct ActionInfo
{
    OrderAction action;
    const char *wire;
    const char *endpoint;
};

constexpr std::array actions{
    ActionInfo{OrderAction::Assign, "assign", "assign"},
    ActionInfo{OrderAction::Unassign, "unassign", "unassign"},
    ActionInfo{OrderAction::Reassign, "reassign", "assign"},
    ActionInfo{OrderAction::Start, "start", "start"},
    ActionInfo{OrderAction::Complete, "complete", "complete"},
    ActionInfo{OrderAction::Refuse, "refuse", "refuse"},
};

const ActionInfo &infoOf(OrderAction action)
{
    for (const auto &info : actions) {
        if (info.action == action)
            return info;
    }
    return actions.front();
}

} // namespace

QList<OrderAction> allOrderActions()
{
    QList<OrderAction> result;
    for (const auto &info : actions)
        result.append(info.action);
    return result;
}

QString wireName(OrderAction action)
{
    return QString::fromLatin1(infoOf(action).wire);
}

std::optional<OrderAction> parseOrderAction(const QString &wireName)
{
    for (const auto &info : actions) {
        if (wireName == QLatin1String(info.wire))
            return info.action;
    }
    return std::nullopt;
}

QString endpointOf(OrderAction action)
{
    return QString::fromLatin1(infoOf(action).endpoint);
}

QString label(OrderAction action)
{
    switch (action) {
    case OrderAction::Assign:
        //: Button: send a master to the order. Russian: "Назначить".
        return QCoreApplication::translate("okna::OrderAction", "Assign", "order action");
    case OrderAction::Unassign:
        //: Button: take the order back from its master. Russian: "Снять с мастера".
        return QCoreApplication::translate("okna::OrderAction", "Unassign", "order action");
    case OrderAction::Reassign:
        //: Button: give the order to another master. Russian: "Переназначить".
        return QCoreApplication::translate("okna::OrderAction", "Reassign", "order action");
    case OrderAction::Start:
        //: Button: the master starts the work. Russian: "Начать".
        return QCoreApplication::translate("okna::OrderAction", "Start", "order action");
    case OrderAction::Complete:
        //: Button: the work is done. Russian: "Завершить".
        return QCoreApplication::translate("okna::OrderAction", "Complete", "order action");
    case OrderAction::Refuse:
        //: Button: refuse the order, a reason is asked next. Russian: "Отказ".
        return QCoreApplication::translate("okna::OrderAction", "Refuse", "order action");
    }
    return {};
}

} // namespace okna
