// Announces changes to every server instance through PostgreSQL NOTIFY. Called inside the
// transaction that makes the change: NOTIFY is delivered only when that transaction commits,
// so no client ever hears of a change that was rolled back.
#pragma once

#include <QtGlobal>

#include <pqxx/transaction>

namespace okna::server {

class EventPublisher
{
public:
    // The channel every okna-server LISTENs on.
    static constexpr const char *kChannel = "okna_events";

    // Payload {"type":"order.created"|"order.updated","id":ORDER_ID}; listeners load the whole
    // order themselves (NOTIFY payloads are capped at 8000 bytes, an order's comment alone may
    // take 8000). order.created is sent by the creating statement itself (OrderStore::insert).
    static void orderUpdated(pqxx::work &tx, qint64 orderId);
    // Payload {"type":"master.updated","id":MASTER_USER_ID}: his status, current order or shift changed.
    static void masterUpdated(pqxx::work &tx, qint64 masterId);

private:
    static void notify(pqxx::work &tx, const char *type, qint64 id);
};

} // namespace okna::server
