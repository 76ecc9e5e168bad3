// The in-memory text search behind GET /orders?q=..., exactly as current as PostgreSQL.
//
// A background thread loads every order into an OrderSearchIndex, then keeps it current: it
// reads the orders written since its last look (OrderSearchStore::changesSince, one indexed
// statement) every second, and whenever a search needs it. A search takes the index's answer as
// it stands and reads the page's orders in one statement that also checks that no order was
// written since the index's last look (OrderStore::listFound); only if one was, the index
// catches up first and answers again. So a search sees what a query in PostgreSQL would see,
// whichever instance, command or hand-typed SQL made the change, and costs one statement while
// nothing changes; searches that need a catch-up at once share it. A delete by hand leaves no
// changed row behind: the page's read shows it (an order the index found is not there while
// nothing changed) and the index forgets that order. Nothing is held here that
// PostgreSQL does not hold: every instance builds its own index.
//
// The finds say nullopt when the index cannot answer, and OrderStore's SQL search answers
// instead: while the index loads, when more rows changed at once than a catch-up takes (a bulk
// import: the index is then loaded anew), and for the filters it does not hold (master, phone:
// they narrow a search to a few orders that PostgreSQL finds fast by their own indexes).
#pragma once

#include "orders/OrderQuery.h"
#include "orders/search/OrderSearchIndex.h"
#include "orders/search/SearchHorizon.h"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <thread>
#include <vector>

namespace okna::server {

class Database;

class OrderSearch
{
public:
    struct Options
    {
        // Changes one catch-up takes; beyond it the index is loaded anew.
        int catchUpLimit = 20000;
        // How often the idle index looks for changes by itself, so that a search seldom waits
        // for more than a few.
        int idleCatchUpMs = 1000;
        // Slots that came in out of order (OrderSearchIndex::lateSlots) beyond which the index is
        // loaded anew: a walk may have to look at each of them.
        int lateSlotsLimit = 50000;
        int loadChunk = 20000;
    };

    explicit OrderSearch(Database &database);
    OrderSearch(Database &database, Options options);
    ~OrderSearch();
    OrderSearch(const OrderSearch &) = delete;
    OrderSearch &operator=(const OrderSearch &) = delete;

    // Loads the index in the background and keeps it current until stop().
    void start();
    // Joins the background thread; call before the database goes away. Also done by the destructor.
    void stop();
    // "ready", "loading" (started, not ready) or "off" (not started): GET /health's search_index.
    QString stateName() const;

    struct Answer
    {
        // The newest `limit + 1` orders that match the query (only the first `limit` make the
        // page; the last tells whether another page follows), newest first.
        std::vector<OrderSearchIndex::Hit> hits;
        // The index holds every change committed before this horizon.
        SearchHorizon horizon;
    };
    // The index's answer as it stands: exact if no order was written at or after its horizon,
    // which OrderStore::listFound checks in the very statement that reads the page, so that a
    // search costs one statement while nothing changes. nullopt: ask PostgreSQL.
    std::optional<Answer> findAsItStands(const OrderQuery &query) const;
    // The index's answer after it caught up with every change committed before the call: exact.
    std::optional<Answer> findCaughtUp(const OrderQuery &query);
    // The orders of ids are gone from the database although the index holds them, as found by
    // a page read that saw no change since the index's horizon: deleted by hand, which leaves
    // no changed_xid behind to catch up with. The index drops them.
    void forget(const std::vector<qint64> &ids);

private:
    void run();
    bool load();
    // Brings the index up to every change committed before the caller arrived; false when it
    // could not (the database is away, or too much changed: a load is then requested).
    bool catchUp(quint64 arrival);
    void requestLoad();
    static bool answersFromMemory(const OrderQuery &query);
    std::optional<Answer> findNow(const OrderQuery &query) const;

    Database &m_database;
    const Options m_options;

    mutable std::shared_mutex m_indexMutex; // guards m_index and m_horizon
    std::unique_ptr<OrderSearchIndex> m_index;
    SearchHorizon m_horizon; // written with m_catchUpMutex held too
    std::atomic<bool> m_ready{false};
    std::atomic<bool> m_started{false};

    std::mutex m_catchUpMutex; // one catch-up at a time; guards the two below
    quint64 m_caughtUpTo = 0;  // every search that arrived up to this number is covered
    std::atomic<quint64> m_arrivals{0};

    std::mutex m_wakeMutex; // guards the two below
    bool m_stopping = false;
    bool m_loadWanted = false;
    std::condition_variable m_wake;
    std::thread m_thread;
};

} // namespace okna::server
