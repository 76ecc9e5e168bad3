#include "domain/OrderStatus.h"

#include <QCoreApplication>

#include <array>

namespace okna {

namespace {

struct StatusInfo
{
    OrderStatus status;
    const char *wire;
    quint32 rgb;
};

// One row per status so wire name and colour cannot drift apart.
constexpr std::array statuses{
    StatusInfo{OrderStatus::New, "new", 0xFFE53935},
    StatusInfo{OrderStatus::Assigned, "assigned", 0xFFFFB300},
    StatusInfo{OrderStatus::InProgress, "in_progress", 0xFF1E88E5},
    StatusInfo{OrderStatus::Done, "done", 0xFF43A047},
    StatusInfo{OrderStatus::Refused, "refused", 0xFF757575},
};

const StatusInfo &infoOf(OrderStatus status)
{
    for (const auto &info : statuses) {
        if (info.status == status)
            return info;
    }
    return statuses.front();
}

} // namespace

QList<OrderStatus> allOrderStatuses()
{
    QList<OrderStatus> result;
    for (const auto &info : statuses)
        result.append(info.status);
    return result;
}

QString wireName(OrderStatus status)
{
    return QString::fromLatin1(infoOf(status).wire);
}

std::optional<OrderStatus> parseOrderStatus(const QString &wireName)
{
    for (const auto &info : statuses) {
        if (wireName == QLatin1String(info.wire))
            return info.status;
    }
    return std::nullopt;
}

QString label(OrderStatus status)
{
    // The labels describe an order ("заявка", feminine in Russian), hence the disambiguation.
    switch (status) {
    case OrderStatus::New:
        //: Order status: nobody assigned yet. Russian: "Не назначена".
        return QCoreApplication::translate("okna::OrderStatus", "Unassigned", "order status");
    case OrderStatus::Assigned:
        //: Order status: a master is assigned. Russian: "Назначена".
        return QCoreApplication::translate("okna::OrderStatus", "Assigned", "order status");
    case OrderStatus::InProgress:
        //: Order status: the master is working on it. Russian: "В работе".
        return QCoreApplication::translate("okna::OrderStatus", "In progress", "order status");
    case OrderStatus::Done:
        //: Order status: completed. Russian: "Исполнена".
        return QCoreApplication::translate("okna::OrderStatus", "Done", "order status");
    case OrderStatus::Refused:
        //: Order status: the client or master refused. Russian: "Отказ".
        return QCoreApplication::translate("okna::OrderStatus", "Refused", "order status");
    }
    return {};
}

QString colorName(OrderStatus status)
{
    return QStringLiteral("#%1").arg(infoOf(status).rgb & 0xFFFFFF, 6, 16, QLatin1Char('0')).toUpper();
}

quint32 colorRgb(OrderStatus status)
{
    return infoOf(status).rgb;
}

bool isFinal(OrderStatus status)
{
    return status == OrderStatus::Done || status == OrderStatus::Refused;
}

bool isActive(OrderStatus status)
{
    return status == OrderStatus::Assigned || status == OrderStatus::InProgress;
}

} // namespace okna
