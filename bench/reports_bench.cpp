// Reports benchmark (not a test): a million orders in a fresh PostgreSQL (bench/fill_orders.sql,
// two years of them), then GET /reports/summary and /reports/masters, JSON and XLSX, for a day,
// a week, this month, a whole past month and a whole year, one request at a time over a kept-alive
// TLS connection. Prints the client-side and server-side (request log) latencies and the plan of
// the month's aggregate, and writes the "Reports" section of docs/performance.md.
// Usage: okna-reports-bench [--orders N] [--repeat R] [--report FILE]
#include "ServerFixture.h"
#include "reports/ReportStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <vector>

using namespace okna::test;

namespace {

QTextStream out(stdout);

struct Scenario
{
    QString name;
    QString path; // with the query
    QString loggedPath;
    qint64 orders = 0; // in the period
};

struct Figures
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
    double serverP50 = -1; // from the request log, whole milliseconds
    double serverMax = -1;
    int errors = 0;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * double(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

// "GET /reports/summary 200 37 ms": what the server measured from request to response.
std::vector<double> serverTimes(const QByteArray &log, qsizetype from, const QString &path)
{
    std::vector<double> times;
    const QRegularExpression line(QStringLiteral("GET %1 200 (\\d+) ms").arg(QRegularExpression::escape(path)));
    auto it = line.globalMatch(QString::fromUtf8(log.mid(from)));
    while (it.hasNext())
        times.push_back(it.next().captured(1).toDouble());
    return times;
}

Figures measure(ServerFixture &fx, ApiClient &api, const Scenario &scenario, int repeat)
{
    Figures figures;
    for (int i = 0; i < 3; ++i) // warm-up: caches, connection
        api.get(scenario.path);
    const qsizetype logMark = fx.server().log().size();
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer clock;
        clock.start();
        const auto response = api.get(scenario.path);
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
        if (response.status != 200)
            ++figures.errors;
    }
    figures.p50 = percentile(times, 0.5);
    figures.p95 = percentile(times, 0.95);
    figures.max = *std::max_element(times.begin(), times.end());
    QThread::msleep(200); // the log is a file the server appends to
    // The request log names the whole path.
    const auto server = serverTimes(fx.server().log(), logMark, QStringLiteral("/api/v1") + scenario.loggedPath);
    if (!server.empty()) {
        figures.serverP50 = percentile(server, 0.5);
        figures.serverMax = *std::max_element(server.begin(), server.end());
    }
    return figures;
}

QString instant(const QDateTime &time)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(time.toString(Qt::ISODate)));
}

// EXPLAIN ANALYZE of the query; `summaryOnly`: just JIT's part and the totals.
QString planGist(ServerFixture &fx, const QString &settings, const QString &query, bool summaryOnly = false)
{
    const auto plan = fx.sql(settings + QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ") + query);
    QStringList lines;
    bool jit = false;
    for (const QStringList &row : plan.rows) {
        const QString line = row.value(0);
        jit = jit || line.startsWith(QLatin1String("JIT"));
        if (!summaryOnly || jit || line.startsWith(QLatin1String("Execution")))
            lines << line;
    }
    if (!plan.ok)
        lines << plan.error;
    return lines.join(QLatin1Char('\n'));
}

bool writeReport(const QString &path, const QString &section)
{
    QFile file(path);
    QString text;
    if (file.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(file.readAll());
    file.close();
    if (text.isEmpty())
        text = QStringLiteral("# Performance\n\nMeasured by the programs in `bench/`; each section is rewritten by its "
                              "benchmark.\n");
    static const QRegularExpression existing(QStringLiteral("(?ms)^## Reports\\n.*?(?=^## |\\z)"));
    const auto match = existing.match(text);
    if (match.hasMatch())
        text.replace(match.capturedStart(), match.capturedLength(), section);
    else
        text += QLatin1Char('\n') + section;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(text.toUtf8());
    return true;
}

QString ms(double value)
{
    return value < 0 ? QStringLiteral("–") : QString::number(value, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("orders"), QStringLiteral("Orders to fill."), QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Requests per scenario."), QStringLiteral("r"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("report"), QStringLiteral("Markdown file to write."), QStringLiteral("file"),
                      QStringLiteral(OKNA_BENCH_REPORT)});
    parser.process(app);
    const qint64 orderCount = parser.value(QStringLiteral("orders")).toLongLong();
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    if (qEnvironmentVariableIsEmpty("OKNA_SERVER_BINARY"))
        qputenv("OKNA_SERVER_BINARY", OKNA_BENCH_SERVER_BINARY);

    ServerFixture fx;
    ServerFixture::Options options;
    options.databaseName = QStringLiteral("okna_reports_bench");
    if (!fx.start(options)) {
        out << "could not start: " << fx.errorString() << '\n';
        return 1;
    }
    const QString token = fx.adminToken();
    if (token.isEmpty()) {
        out << "admin login failed: " << fx.errorString() << '\n';
        return 1;
    }

    QFile fill(QStringLiteral(OKNA_BENCH_FILL_SQL));
    if (!fill.open(QIODevice::ReadOnly)) {
        out << "cannot read " << fill.fileName() << '\n';
        return 1;
    }
    QString fillSql = QString::fromUtf8(fill.readAll());
    fillSql.replace(QStringLiteral("generate_series(1, 1000000)"),
                    QStringLiteral("generate_series(1, %1)").arg(orderCount));
    out << "filling " << orderCount << " orders...\n";
    out.flush();
    QElapsedTimer fillClock;
    fillClock.start();
    const auto filled = fx.pg().execSql(fx.databaseName(), fillSql);
    if (!filled.ok) {
        out << "fill failed: " << filled.error << '\n';
        return 1;
    }
    // What autovacuum does to a table that was just filled: the visibility map lets the index-only
    // scan skip the heap.
    const auto vacuumed = fx.sql(QStringLiteral("VACUUM (ANALYZE) orders"));
    if (!vacuumed.ok)
        out << "vacuum failed: " << vacuumed.error << '\n';
    const auto visible =
        fx.sql(QStringLiteral("SELECT relallvisible, relpages FROM pg_class WHERE relname = 'orders'"));
    out << "all-visible pages: " << visible.value(0, 0) << " of " << visible.value(0, 1) << '\n';
    const auto sessions = fx.sql(QStringLiteral("SELECT state, backend_xmin, left(query, 60) FROM pg_stat_activity "
                                                "WHERE datname = current_database() AND pid <> pg_backend_pid()"));
    for (const QStringList &row : sessions.rows)
        out << "  session: " << row.join(QStringLiteral(" | ")) << '\n';
    out << "filled and vacuumed in " << fillClock.elapsed() / 1000 << " s\n";
    out.flush();

    // The business time zone is the default, Europe/Moscow.
    const QTimeZone zone("Europe/Moscow");
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDateTime lastMonthFrom = thisMonth.addMonths(-1).startOfDay(zone);
    const QDateTime lastMonthTo = thisMonth.startOfDay(zone);
    const QDateTime yearFrom = thisMonth.addMonths(-12).startOfDay(zone);
    const QString lastMonth =
        QStringLiteral("period=custom&from=") + instant(lastMonthFrom) + QStringLiteral("&to=") + instant(lastMonthTo);
    const QString lastYear =
        QStringLiteral("period=custom&from=") + instant(yearFrom) + QStringLiteral("&to=") + instant(lastMonthTo);
    const auto countIn = [&](const QDateTime &from, const QDateTime &to) {
        return fx
            .sql(QStringLiteral("SELECT count(*) FROM orders WHERE created_at >= '%1' AND created_at < '%2'")
                     .arg(from.toUTC().toString(Qt::ISODate), to.toUTC().toString(Qt::ISODate)))
            .scalar()
            .toLongLong();
    };
    const qint64 todayOrders = countIn(today.startOfDay(zone), today.addDays(1).startOfDay(zone));
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const qint64 weekOrders = countIn(monday.startOfDay(zone), monday.addDays(7).startOfDay(zone));
    const qint64 monthOrders = countIn(thisMonth.startOfDay(zone), thisMonth.addMonths(1).startOfDay(zone));
    const qint64 lastMonthOrders = countIn(lastMonthFrom, lastMonthTo);
    const qint64 yearOrders = countIn(yearFrom, lastMonthTo);

    const QString summary = QStringLiteral("/reports/summary");
    const QString masters = QStringLiteral("/reports/masters");
    const QString summaryXlsx = QStringLiteral("/reports/summary.xlsx");
    const QList<Scenario> scenarios{
        {QStringLiteral("summary, today"), summary + QStringLiteral("?period=today"), summary, todayOrders},
        {QStringLiteral("summary, this week"), summary + QStringLiteral("?period=week"), summary, weekOrders},
        {QStringLiteral("summary, this month"), summary + QStringLiteral("?period=month"), summary, monthOrders},
        {QStringLiteral("**summary, last whole month**"), summary + QLatin1Char('?') + lastMonth, summary,
         lastMonthOrders},
        {QStringLiteral("summary, last whole month, one district"),
         summary + QLatin1Char('?') + lastMonth + QStringLiteral("&location_id=") +
             fx.sql(QStringLiteral("SELECT min(id) FROM locations")).scalar(),
         summary, -1},
        {QStringLiteral("summary.xlsx, last whole month"), summaryXlsx + QLatin1Char('?') + lastMonth, summaryXlsx,
         lastMonthOrders},
        {QStringLiteral("masters, last whole month"), masters + QLatin1Char('?') + lastMonth, masters, lastMonthOrders},
        {QStringLiteral("summary, last 12 months"), summary + QLatin1Char('?') + lastYear, summary, yearOrders},
        {QStringLiteral("masters, last 12 months"), masters + QLatin1Char('?') + lastYear, masters, yearOrders},
    };

    ApiClient api = fx.newApiClient();
    api.setToken(token);
    api.setTimeout(60000);
    const QString loadBefore = loadAverage();
    QList<Figures> results;
    for (const Scenario &scenario : scenarios) {
        const Figures figures = measure(fx, api, scenario, repeat);
        results << figures;
        out << scenario.name << ": p50 " << ms(figures.p50) << " ms, p95 " << ms(figures.p95) << " ms, max "
            << ms(figures.max) << " ms; server p50 " << ms(figures.serverP50) << " ms, max " << ms(figures.serverMax)
            << " ms; errors " << figures.errors << '\n';
        out.flush();
    }
    const QString loadAfter = loadAverage();

    // The summary exactly as ReportStore runs it, the bounds and no district filled in.
    QString monthSummary = QString::fromUtf8(okna::server::ReportStore::summarySql()).trimmed();
    monthSummary.replace(QStringLiteral("$1"),
                         QLatin1Char('\'') + lastMonthFrom.toString(Qt::ISODate) + QLatin1Char('\''));
    monthSummary.replace(QStringLiteral("$2"),
                         QLatin1Char('\'') + lastMonthTo.toString(Qt::ISODate) + QLatin1Char('\''));
    monthSummary.replace(QStringLiteral("$3"), QStringLiteral("NULL"));
    // As ReportStore runs it, and with PostgreSQL's defaults (parallel workers and JIT allowed).
    const QString plan =
        planGist(fx, QStringLiteral("SET jit = off; SET max_parallel_workers_per_gather = 0; "), monthSummary);
    const QString defaultPlan = planGist(fx, QString(), monthSummary, true);
    QString section;
    QTextStream doc(&section);
    doc << "## Reports\n\n"
        << "`bench/okna-reports-bench` (" << OKNA_BENCH_BUILD_TYPE << " build of okna-server), "
        << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ", " << QSysInfo::prettyProductName() << ", "
        << QThread::idealThreadCount() << " CPUs shared with other work: load average " << loadBefore
        << " before the measurements, " << loadAfter
        << " after. PostgreSQL 15 (a throwaway cluster, fsync off) and okna-server on the same machine; " << orderCount
        << " orders over the last two years filled by `bench/fill_orders.sql`, then `VACUUM (ANALYZE)`"
        << " (what autovacuum does after a bulk load). Business time zone Europe/Moscow. " << repeat
        << " sequential requests per row after three warm-ups, over one kept-alive TLS connection; "
        << "\"client\" is the round trip seen by the benchmark, \"server\" the time okna-server logged from request "
        << "to response (whole milliseconds).\n\n"
        << "| report | orders in the period | client p50 ms | client p95 ms | client max ms | server p50 ms | "
           "server max ms |\n"
        << "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n";
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        const Figures &f = results.at(i);
        doc << "| " << scenarios.at(i).name << " | "
            << (scenarios.at(i).orders < 0 ? QStringLiteral("–") : QString::number(scenarios.at(i).orders)) << " | "
            << ms(f.p50) << " | " << ms(f.p95) << " | " << ms(f.max) << " | " << ms(f.serverP50) << " | "
            << ms(f.serverMax) << " |" << (f.errors ? QStringLiteral(" (%1 errors)").arg(f.errors) : QString()) << '\n';
    }
    doc << "\n### Why an index and not a pre-aggregated table\n\n"
        << "Reports count orders by `created_at` over `[from, to)`. Migration 004 adds `orders_report_idx` on "
        << "`(created_at) INCLUDE (location_id, status, master_id, started_at, completed_at)`: the period is one range "
        << "of that index and every column the aggregates read is in it, so PostgreSQL answers with an index-only "
        << "scan over just the period's entries; the cost follows the orders in the period, not the table (a month "
        << "is about 1/24 of the filled table). A pre-aggregated table was not chosen: an order's status changes "
        << "after it was created, so every transition would have to update the aggregate, and custom periods end at "
        << "any instant, so the edges would still need the raw scan. If a single period ever held millions of "
        << "orders, daily aggregates of closed days would be the next step.\n\n"
        << "The reports' transactions plan serially (`SET LOCAL max_parallel_workers_per_gather = 0`, `jit = off` "
        << "in `ReportStore`). A first run of this benchmark, with the aggregate written as seven `count(*) FILTER` "
        << "columns and a per-row `extract(epoch ...)` (numeric since PostgreSQL 14), measured the last whole month "
        << "at 209 ms (p50, server): PostgreSQL split the month over two parallel workers, which on two busy CPUs "
        << "waited for each other longer than the scan took. The rewrite did most of it: now each row costs one hash "
           "on (district, status), a "
        << "count and an interval sum; the pivot into columns works on at most 50 rows. Serial "
        << "planning stays as a guard so that a report never takes CPUs from the other requests. The same query "
        << "with PostgreSQL's defaults (parallel workers and JIT allowed), for comparison:\n\n```\n"
        << defaultPlan << "\n```\n\n"
        << "The summary of the last whole month as the server runs it (bounds filled in, serial, no JIT):\n\n```\n"
        << monthSummary << "\n\n"
        << plan << "\n```\n";
    const QString report = parser.value(QStringLiteral("report"));
    if (!writeReport(report, section)) {
        out << "cannot write " << report << '\n';
        return 1;
    }
    out << "wrote the Reports section of " << report << '\n';
    return 0;
}
