// The in-memory order search alone (server/orders/search/OrderSearchIndex), on the orders of an
// existing database: loads them as okna-server does, then times find() for the needle kinds of
// the orders benchmark, one thread, no HTTP and no PostgreSQL in between. For working on the
// index; the orders benchmark measures the search as users get it.
//
// Usage: okna-search-index-bench --db-url postgresql://... [--rounds N]

#include "SearchNeedles.h"

#include "orders/search/OrderSearchIndex.h"
#include "orders/search/OrderSearchStore.h"
#include "orders/search/OrderSearchText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>
#include <QTextStream>

#include <pqxx/connection>
#include <pqxx/transaction>

#include <algorithm>
#include <vector>

using okna::server::OrderSearchIndex;

namespace {

QTextStream out(stdout);

struct NeedleKind
{
    QString name;
    QStringList needles;
};

// What the orders bench sends as "order number": any number of the filled range.
QStringList randomNumbers()
{
    QStringList numbers;
    for (int i = 0; i < 200; ++i)
        numbers << QString::number(1001 + QRandomGenerator::global()->bounded(1000000));
    return numbers;
}

// The needles of the orders bench, plus fixed digit needles.
QList<NeedleKind> needleKinds()
{
    return {
        {QStringLiteral("surname"), okna::bench::kSurnames},
        {QStringLiteral("street and house"), okna::bench::kStreets},
        {QStringLiteral("phone digits"),
         {QStringLiteral("1234567"), QStringLiteral("9051234"), QStringLiteral("7654321"), QStringLiteral("2200881")}},
        {QStringLiteral("order number"),
         {QStringLiteral("123456"), QStringLiteral("500001"), QStringLiteral("999999"), QStringLiteral("77777")}},
        {QStringLiteral("random order numbers"), randomNumbers()},
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db-url"), QStringLiteral("The database to load."), QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("rounds"), QStringLiteral("Finds per needle."), QStringLiteral("n"), QStringLiteral("200")});
    parser.process(app);
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();

    OrderSearchIndex index;
    QElapsedTimer clock;
    clock.start();
    pqxx::connection connection(parser.value(QStringLiteral("db-url")).toStdString());
    pqxx::work tx(connection);
    tx.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    okna::server::OrderSearchStore::loadAll(tx, 10000, [&](const std::vector<OrderSearchIndex::Row> &rows) {
        for (const auto &row : rows)
            index.upsert(row);
        return true;
    });
    index.compact();
    out << "loaded " << index.rowCount() << " orders, " << index.memoryBytes() / (1 << 20) << " MiB, in "
        << clock.elapsed() << " ms\n";

    const auto percentile = [](std::vector<double> &micros, int percent) {
        std::sort(micros.begin(), micros.end());
        return micros[micros.size() * percent / 100];
    };
    for (const NeedleKind &kind : needleKinds()) {
        std::vector<double> all;
        for (const QString &needle : kind.needles) {
            OrderSearchIndex::Request request;
            request.needle = okna::server::searchNeedle(needle);
            request.count = 51; // a page of 50 and whether there is more, as the API asks
            std::vector<double> micros;
            std::size_t hits = 0;
            for (int round = 0; round < rounds; ++round) {
                clock.start();
                hits = index.find(request).size();
                micros.push_back(clock.nsecsElapsed() / 1000.0);
            }
            all.insert(all.end(), micros.begin(), micros.end());
            if (kind.needles.size() <= 10)
                out << "  " << needle << ": p50 " << percentile(micros, 50) << " µs, " << hits << " hits\n";
            else if (percentile(micros, 50) > 200)
                out << "  slow: " << needle << ": p50 " << percentile(micros, 50) << " µs, " << hits << " hits\n";
        }
        out << kind.name << ": p50 " << percentile(all, 50) << " µs, p99 " << percentile(all, 99) << " µs\n";
    }
    return 0;
}
