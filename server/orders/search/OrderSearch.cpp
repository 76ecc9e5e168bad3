#include "orders/search/OrderSearch.h"

#include "orders/search/OrderSearchStore.h"
#include "orders/search/OrderSearchText.h"

#include "db/Database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcOrderSearch, "okna.server.orders.search")

namespace okna::server {

OrderSearch::OrderSearch(Database &database)
    : OrderSearch(database, Options())
{}

OrderSearch::OrderSearch(Database &database, Options options)
    : m_database(database)
    , m_options(options)
{}

OrderSearch::~OrderSearch()
{
    stop();
}

void OrderSearch::start()
{
    if (m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_wakeMutex);
        m_stopping = false;
    }
    m_started = true;
    m_thread = std::thread([this] { run(); });
}

QString OrderSearch::stateName() const
{
    if (m_ready)
        return QStringLiteral("ready");
    return m_started ? QStringLiteral("loading") : QStringLiteral("off");
}

void OrderSearch::stop()
{
    {
        std::lock_guard lock(m_wakeMutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_ready = false;
    m_started = false;
}

void OrderSearch::requestLoad()
{
    {
        std::lock_guard lock(m_wakeMutex);
        m_loadWanted = true;
    }
    m_wake.notify_all();
}

void OrderSearch::run()
{
    // After a failed load (the database away), the next try waits longer each time, up to a minute.
    int waitMs = m_options.idleCatchUpMs;
    for (;;) {
        bool loadNow = false;
        {
            std::lock_guard lock(m_wakeMutex);
            if (m_stopping)
                return;
            loadNow = m_loadWanted || !m_ready;
            m_loadWanted = false;
        }
        if (!loadNow) {
            catchUp(++m_arrivals);
            waitMs = m_options.idleCatchUpMs;
        } else if (load()) {
            waitMs = m_options.idleCatchUpMs;
        } else {
            waitMs = std::min(waitMs * 2, 60000);
        }
        std::unique_lock lock(m_wakeMutex);
        m_wake.wait_for(lock, std::chrono::milliseconds(waitMs), [this] { return m_stopping || m_loadWanted; });
    }
}

bool OrderSearch::load()
{
    QElapsedTimer clock;
    clock.start();
    // Searches that arrived so far are covered by the snapshot taken after this.
    const quint64 covers = m_arrivals.load();
    std::unique_ptr<OrderSearchIndex> fresh;
    SearchHorizon horizon;
    bool cancelled = false;
    const Status loaded = m_database.transact([&](pqxx::work &tx) -> Status {
        fresh = std::make_unique<OrderSearchIndex>(); // a retried attempt starts over
        tx.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        horizon = OrderSearchStore::horizon(tx);
        OrderSearchStore::loadAll(tx, m_options.loadChunk, [&](const std::vector<OrderSearchIndex::Row> &rows) {
            for (const auto &row : rows)
                fresh->upsert(row);
            std::lock_guard lock(m_wakeMutex);
            cancelled = m_stopping;
            return !cancelled;
        });
        return {};
    });
    if (cancelled)
        return false;
    if (!loaded.ok()) {
        qCWarning(lcOrderSearch).noquote()
            << "cannot load the search index, searching in PostgreSQL meanwhile:" << loaded.error().message();
        return false;
    }
    fresh->compact();
    const qsizetype rows = fresh->rowCount();
    const std::size_t bytes = fresh->memoryBytes();
    {
        std::lock_guard catchUpLock(m_catchUpMutex);
        std::unique_lock indexLock(m_indexMutex);
        m_index = std::move(fresh);
        m_horizon = horizon;
        m_caughtUpTo = covers;
        m_ready = true;
    }
    qCInfo(lcOrderSearch).noquote() << QStringLiteral("search index loaded: %1 orders, %2 MiB, in %3 ms")
                                           .arg(rows)
                                           .arg(double(bytes) / (1024 * 1024), 0, 'f', 1)
                                           .arg(clock.elapsed());
    return true;
}

bool OrderSearch::catchUp(quint64 arrival)
{
    std::lock_guard lock(m_catchUpMutex);
    if (!m_ready)
        return false;
    if (m_caughtUpTo >= arrival)
        return true; // a catch-up that began after this search arrived has finished
    const quint64 covers = m_arrivals.load();
    const auto changes = m_database.autocommit(
        Database::Replay::Safe, [&](pqxx::nontransaction &tx) -> Result<OrderSearchStore::Changes> {
            return OrderSearchStore::changesSince(tx, m_horizon, m_options.catchUpLimit);
        });
    if (!changes.ok())
        return false;
    if (changes->overflow || changes->horizon.table != m_horizon.table) {
        if (changes->overflow)
            qCInfo(lcOrderSearch) << "more than" << m_options.catchUpLimit
                                  << "orders changed at once; loading the search index anew";
        else
            qCInfo(lcOrderSearch) << "the orders table was replaced (a restore); loading the search index anew";
        m_ready = false;
        requestLoad();
        return false;
    }
    {
        std::unique_lock indexLock(m_indexMutex);
        for (const auto &row : changes->rows)
            m_index->upsert(row);
        m_horizon = changes->horizon;
        if (m_index->lateSlots() > m_options.lateSlotsLimit)
            requestLoad(); // answers stay right meanwhile, only slower
    }
    m_caughtUpTo = covers;
    return true;
}

bool OrderSearch::answersFromMemory(const OrderQuery &query)
{
    return query.text && !query.text->isEmpty() && !query.masterId && !query.phone;
}

std::optional<OrderSearch::Answer> OrderSearch::findAsItStands(const OrderQuery &query) const
{
    if (!answersFromMemory(query) || !m_ready)
        return std::nullopt;
    return findNow(query);
}

std::optional<OrderSearch::Answer> OrderSearch::findCaughtUp(const OrderQuery &query)
{
    if (!answersFromMemory(query) || !m_ready || !catchUp(++m_arrivals))
        return std::nullopt;
    return findNow(query);
}

void OrderSearch::forget(const std::vector<qint64> &ids)
{
    if (ids.empty())
        return;
    qCInfo(lcOrderSearch) << ids.size() << "order(s) found in the search index are no longer in the database";
    std::unique_lock indexLock(m_indexMutex);
    if (!m_index)
        return;
    for (qint64 id : ids)
        m_index->forget(id);
    if (m_index->lateSlots() > m_options.lateSlotsLimit)
        requestLoad();
}

std::optional<OrderSearch::Answer> OrderSearch::findNow(const OrderQuery &query) const
{
    OrderSearchIndex::Request request;
    request.needle = searchNeedle(*query.text);
    for (OrderStatus status : query.statuses)
        request.statusMask |= 1u << static_cast<int>(status);
    request.locationId = query.locationId;
    if (query.from)
        request.fromMicros = query.from->toMSecsSinceEpoch() * 1000;
    if (query.to)
        request.toMicros = query.to->toMSecsSinceEpoch() * 1000;
    if (query.after)
        request.before.emplace(query.after->createdAtMicros, query.after->id);
    request.count = query.limit + 1;

    std::shared_lock lock(m_indexMutex);
    if (!m_index || !m_ready)
        return std::nullopt;
    return Answer{m_index->find(request), m_horizon};
}

} // namespace okna::server
