#include "domain/OrderHistory.h"

#include <QCoreApplication>

#include <array>

namespace okna {

namespace {

struct ActionInfo
{
    OrderHistoryAction action;
    const char *wire;
};

constexpr std::array actions{
    ActionInfo{OrderHistoryAction::Created, "created"},       ActionInfo{OrderHistoryAction::Updated, "updated"},
    ActionInfo{OrderHistoryAction::Assigned, "assigned"},     ActionInfo{OrderHistoryAction::Reassigned, "reassigned"},
    ActionInfo{OrderHistoryAction::Unassigned, "unassigned"}, ActionInfo{OrderHistoryAction::Started, "started"},
    ActionInfo{OrderHistoryAction::Completed, "completed"},   ActionInfo{OrderHistoryAction::Refused, "refused"},
};

struct FieldLabel
{
    const char *field;
    struct
    {
        const char *source;
        const char *comment;
    } text; // QT_TRANSLATE_NOOP3: its source text and disambiguation, context okna::OrderHistory
};
// In the order the order form shows them, the workflow's last (orderFieldRank).
constexpr std::array fieldLabels{
    //: Order field in its history. Russian: "Статус".
    FieldLabel{"status", QT_TRANSLATE_NOOP3("okna::OrderHistory", "Status", "order field")},
    //: Order field in its history. Russian: "Клиент".
    FieldLabel{"client_name", QT_TRANSLATE_NOOP3("okna::OrderHistory", "Client", "order field")},
    //: Order field in its history. Russian: "Телефон".
    FieldLabel{"phone", QT_TRANSLATE_NOOP3("okna::OrderHistory", "Phone", "order field")},
    //: Order field in its history. Russian: "Адрес".
    FieldLabel{"address", QT_TRANSLATE_NOOP3("okna::OrderHistory", "Address", "order field")},
    //: Order field in its history. Russian: "Район".
    FieldLabel{"location_id", QT_TRANSLATE_NOOP3("okna::OrderHistory", "District", "order field")},
    //: Order field in its history. Russian: "Комментарий".
    FieldLabel{"comment", QT_TRANSLATE_NOOP3("okna::OrderHistory", "Comment", "order field")},
    //: Order field in its history. Russian: "Мастер".
    FieldLabel{"master_id", QT_TRANSLATE_NOOP3("okna::OrderHistory", "Master", "order field")},
    //: Order field in its history. Russian: "Причина отказа".
    FieldLabel{"refuse_reason", QT_TRANSLATE_NOOP3("okna::OrderHistory", "Reason for refusal", "order field")},
};

} // namespace

QString wireName(OrderHistoryAction action)
{
    for (const auto &info : actions) {
        if (info.action == action)
            return QString::fromLatin1(info.wire);
    }
    return {};
}

std::optional<OrderHistoryAction> parseOrderHistoryAction(const QString &wireName)
{
    for (const auto &info : actions) {
        if (wireName == QLatin1String(info.wire))
            return info.action;
    }
    return std::nullopt;
}

OrderHistoryAction historyActionOf(OrderAction action)
{
    switch (action) {
    case OrderAction::Assign:
        return OrderHistoryAction::Assigned;
    case OrderAction::Reassign:
        return OrderHistoryAction::Reassigned;
    case OrderAction::Unassign:
        return OrderHistoryAction::Unassigned;
    case OrderAction::Start:
        return OrderHistoryAction::Started;
    case OrderAction::Complete:
        return OrderHistoryAction::Completed;
    case OrderAction::Refuse:
        return OrderHistoryAction::Refused;
    }
    return OrderHistoryAction::Updated;
}

QString label(OrderHistoryAction action)
{
    // Each says what happened to the order ("заявка", feminine in Russian).
    switch (action) {
    case OrderHistoryAction::Created:
        //: Order history: the order was taken. Russian: "Создана".
        return QCoreApplication::translate("okna::OrderHistory", "Created", "order history");
    case OrderHistoryAction::Updated:
        //: Order history: its client, phone, address, district or comment changed. Russian: "Изменена".
        return QCoreApplication::translate("okna::OrderHistory", "Edited", "order history");
    case OrderHistoryAction::Assigned:
        //: Order history: given to a master. Russian: "Назначена".
        return QCoreApplication::translate("okna::OrderHistory", "Assigned", "order history");
    case OrderHistoryAction::Reassigned:
        //: Order history: given to another master. Russian: "Переназначена".
        return QCoreApplication::translate("okna::OrderHistory", "Reassigned", "order history");
    case OrderHistoryAction::Unassigned:
        //: Order history: taken back from its master. Russian: "Снята с мастера".
        return QCoreApplication::translate("okna::OrderHistory", "Unassigned", "order history");
    case OrderHistoryAction::Started:
        //: Order history: the master started the work. Russian: "Начата".
        return QCoreApplication::translate("okna::OrderHistory", "Started", "order history");
    case OrderHistoryAction::Completed:
        //: Order history: the work is done. Russian: "Исполнена".
        return QCoreApplication::translate("okna::OrderHistory", "Completed", "order history");
    case OrderHistoryAction::Refused:
        //: Order history: refused, with a reason. Russian: "Отказ".
        return QCoreApplication::translate("okna::OrderHistory", "Refused", "order history");
    }
    return wireName(action);
}

QString orderFieldLabel(const QString &field)
{
    for (const FieldLabel &label : fieldLabels) {
        if (field == QLatin1String(label.field))
            return QCoreApplication::translate("okna::OrderHistory", label.text.source, label.text.comment);
    }
    return field;
}

int orderFieldRank(const QString &field)
{
    for (std::size_t rank = 0; rank < fieldLabels.size(); ++rank) {
        if (field == QLatin1String(fieldLabels[rank].field))
            return int(rank);
    }
    return int(fieldLabels.size());
}

} // namespace okna
