// Announces changes to every server instance through PostgreSQL NOTIFY. Called inside the
// transaction that makes the change: no client ever hears of a change that was rolled back.
//
// In a serving okna-server the events wait for that transaction's commit and then go out in
// batches (EventBatcher); elsewhere (the command-line tools) each is a NOTIFY of its own in the
// transaction, delivered at its commit.
#pragma once

#include <QtGlobal>

#include <pqxx/transaction_base>

#include <memory>
#include <string>

namespace okna::server {

class Database;
class EventBatcher;

class EventPublisher
{
public:
    // The channel every okna-server LISTENs on.
    static constexpr const char *kChannel = "okna_events";

    // While a Batching lives, the events of this process go to its batcher; after, one NOTIFY
    // each again, and the batcher sends what still waits. A serving okna-server makes it before
    // the first request and ends it after the last has been answered.
    class Batching
    {
    public:
        explicit Batching(Database &database);
        ~Batching();
        Batching(const Batching &) = delete;
        Batching &operator=(const Batching &) = delete;

    private:
        std::unique_ptr<EventBatcher> m_batcher;
    };

    // Payload {"type":"order.created"|"order.updated","id":ORDER_ID}; listeners load the whole
    // order themselves (NOTIFY payloads are capped at 8000 bytes, an order's comment alone may
    // take 8000).
    static void orderCreated(pqxx::transaction_base &tx, qint64 orderId);
    static void orderUpdated(pqxx::transaction_base &tx, qint64 orderId);
    // Payload {"type":"master.updated","id":MASTER_USER_ID}: his status, current order or shift changed.
    static void masterUpdated(pqxx::transaction_base &tx, qint64 masterId);

    // NOTIFY now, in tx, one event per element of the two PostgreSQL array literals, in order:
    // types "{order.created,master.updated}", ids "{17,4}". The payload is written here only.
    static void notifyAll(pqxx::transaction_base &tx, const std::string &types, const std::string &ids);

private:
    static void notify(pqxx::transaction_base &tx, const char *type, qint64 id);
};

} // namespace okna::server
