// POST/GET /backups and `okna-server backup`/`restore` against a real server and PostgreSQL:
// a backup is verified only after its test restore, counts the orders of its snapshot even while
// orders are being written, a damaged dump is refused before anything is restored, a restored
// database serves the same orders, and only the newest N verified backups are kept.
#include "ServerFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace okna::test;

namespace {

constexpr int kBackupWaitMs = 120000; // a dump and a test restore of a small database
constexpr int kKeep = 3;

const QString kPsql = QStringLiteral("/usr/lib/postgresql/15/bin/psql");

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

bool isTimestampWithOffset(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.size() < 20)
        return false;
    return QDateTime::fromString(text, Qt::ISODate).isValid() &&
           (text.endsWith(QLatin1Char('Z')) || text.at(text.size() - 6) == QLatin1Char('+') ||
            text.at(text.size() - 6) == QLatin1Char('-'));
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void rolesAndShape();
    void verifiedBackupCountsOrders();
    void backupWhileOrdersAreWritten();
    void damagedDumpIsRefused_data();
    void damagedDumpIsRefused();
    void restoreRoundTrip();
    void restoreUnderARunningServerReachesItsSearch();
    void backupDirectoryIsConfigurable();
    void oneAtATime();
    void interruptedBackupShowsFailed();
    void keepsTheNewestVerified();

private:
    qint64 createOrder(const QString &clientName);
    // POST /backups, then GET /backups until it is no longer running; the final row.
    QJsonObject backupThroughApi();
    QJsonObject backupRow(qint64 id);
    qint64 sqlCount(const QString &table)
    {
        return m_fixture.sql(QStringLiteral("SELECT count(*) FROM ") + table).scalar().toLongLong();
    }
    QString copyOfDump(const QString &name);

    ServerFixture m_fixture;
    qint64 m_location = 0;
    QTemporaryDir m_files;
    QString m_dump; // a verified dump, copied out of the backup directory
};

void TestBackups::initTestCase()
{
    QVERIFY(m_files.isValid());
    ServerFixture::Options options;
    options.serverEnvironment.insert(QStringLiteral("OKNA_BACKUP_KEEP"), QString::number(kKeep));
    QVERIFY2(m_fixture.start(options), qPrintable(m_fixture.errorString()));
    const auto location = m_fixture.api().post(
        QStringLiteral("/locations"), {{QStringLiteral("name"), ServerFixture::uniqueName(QStringLiteral("район"))}},
        m_fixture.adminToken());
    QVERIFY2(location.status == 201, qPrintable(location.describe()));
    m_location = location.object().value(QLatin1String("id")).toInteger();
}

void TestBackups::cleanup()
{
    m_fixture.printServerLogIfTestFailed();
}

qint64 TestBackups::createOrder(const QString &clientName)
{
    const auto created = m_fixture.api().post(QStringLiteral("/orders"),
                                              {{QStringLiteral("client_name"), clientName},
                                               {QStringLiteral("phone"), QStringLiteral("+79123456789")},
                                               {QStringLiteral("address"), QStringLiteral("ул. Садовая, д. 1")},
                                               {QStringLiteral("location_id"), m_location}},
                                              m_fixture.adminToken());
    if (created.status != 201)
        qWarning().noquote() << created.describe();
    return created.status == 201 ? created.object().value(QLatin1String("id")).toInteger() : -1;
}

QJsonObject TestBackups::backupRow(qint64 id)
{
    const auto listed = m_fixture.api().get(QStringLiteral("/backups"), m_fixture.adminToken());
    for (const auto &row : listed.array())
        if (row.toObject().value(QLatin1String("id")).toInteger() == id)
            return row.toObject();
    return {};
}

QJsonObject TestBackups::backupThroughApi()
{
    const auto started = m_fixture.api().post(QStringLiteral("/backups"), QJsonObject{}, m_fixture.adminToken());
    if (started.status != 202) {
        qWarning().noquote() << started.describe();
        return {};
    }
    const qint64 id = started.object().value(QLatin1String("id")).toInteger();
    QDeadlineTimer deadline(kBackupWaitMs);
    QJsonObject row = backupRow(id);
    while (row.value(QLatin1String("status")).toString() == QLatin1String("running") && !deadline.hasExpired()) {
        QTest::qWait(100);
        row = backupRow(id);
    }
    return row;
}

QString TestBackups::copyOfDump(const QString &name)
{
    const QString path = m_files.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_dump, path) ? path : QString();
}

void TestBackups::rolesAndShape()
{
    for (const QString &role : {QStringLiteral("operator"), QStringLiteral("coordinator"), QStringLiteral("master")}) {
        const TestUser user = m_fixture.newUser(role);
        QVERIFY2(user.isValid(), qPrintable(user.error));
        QCOMPARE(m_fixture.api().get(QStringLiteral("/backups"), user.token).status, 403);
        QCOMPARE(m_fixture.api().post(QStringLiteral("/backups"), QJsonObject{}, user.token).status, 403);
    }
    QCOMPARE(m_fixture.api().get(QStringLiteral("/backups")).status, 401);
    QCOMPARE(m_fixture.api().post(QStringLiteral("/backups"), QJsonObject{}).status, 401);

    const auto started = m_fixture.api().post(QStringLiteral("/backups"), QJsonObject{}, m_fixture.adminToken());
    QVERIFY2(started.status == 202, qPrintable(started.describe()));
    QCOMPARE(keysOf(started.object()), (QSet<QString>{QStringLiteral("id"), QStringLiteral("status")}));
    QCOMPARE(started.object().value(QLatin1String("status")).toString(), QStringLiteral("running"));
    const qint64 id = started.object().value(QLatin1String("id")).toInteger();
    QVERIFY(id > 0);

    // Listed at once, running or already finished, with every field of API.md.
    const auto listed = m_fixture.api().get(QStringLiteral("/backups"), m_fixture.adminToken());
    QVERIFY2(listed.status == 200 && listed.json.isArray(), qPrintable(listed.describe()));
    const QJsonObject row = backupRow(id);
    QCOMPARE(keysOf(row),
             (QSet<QString>{QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("file"),
                            QStringLiteral("size_bytes"), QStringLiteral("created_at"), QStringLiteral("verified_at"),
                            QStringLiteral("orders_count"), QStringLiteral("error")}));
    QVERIFY(isTimestampWithOffset(row.value(QLatin1String("created_at"))));
    QTRY_VERIFY_WITH_TIMEOUT(backupRow(id).value(QLatin1String("status")).toString() != QLatin1String("running"),
                             kBackupWaitMs);
}

void TestBackups::verifiedBackupCountsOrders()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(createOrder(QStringLiteral("Клиент %1").arg(i)) > 0);
    // Enough rows that the dump is mostly table data (the damaged-dump test cuts into it).
    const auto bulk = m_fixture.sql(
        QStringLiteral("INSERT INTO orders (client_name, phone, address, location_id, created_by, comment) "
                       "SELECT 'Клиент ' || g, '+7912' || lpad(g::text, 7, '0'), 'ул. Лесная, д. ' || g, %1, "
                       "(SELECT min(id) FROM users), md5(g::text) FROM generate_series(1, 3000) AS g")
            .arg(m_location));
    QVERIFY2(bulk.ok, qPrintable(bulk.error));
    const qint64 orders = sqlCount(QStringLiteral("orders"));

    const QJsonObject row = backupThroughApi();
    QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("verified"));
    QCOMPARE(row.value(QLatin1String("orders_count")).toInteger(), orders);
    QVERIFY(row.value(QLatin1String("error")).isNull());
    QVERIFY(isTimestampWithOffset(row.value(QLatin1String("created_at"))));
    QVERIFY(isTimestampWithOffset(row.value(QLatin1String("verified_at"))));

    // The file: a custom-format dump in DATA_DIR/backups, of the size reported.
    const QString file = row.value(QLatin1String("file")).toString();
    QCOMPARE(QFileInfo(file).absolutePath(),
             QDir(m_fixture.server().dataDirectory()).filePath(QStringLiteral("backups")));
    QFile dump(file);
    QVERIFY2(dump.open(QIODevice::ReadOnly), qPrintable(file));
    QCOMPARE(dump.read(5), QByteArray("PGDMP"));
    QCOMPARE(dump.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QCOMPARE(row.value(QLatin1String("size_bytes")).toInteger(), dump.size());
    dump.close();
    m_dump = m_files.filePath(QStringLiteral("verified.dump"));
    QVERIFY(QFile::copy(file, m_dump));

    // Every table's rows were recorded; the scratch database is gone again; the backup is audited.
    const auto counts = m_fixture.sql(QStringLiteral("SELECT table_counts->>'orders', table_counts ? 'order_history', "
                                                     "table_counts ? 'users' FROM backups WHERE id = %1")
                                          .arg(row.value(QLatin1String("id")).toInteger()));
    QCOMPARE(counts.value(0, 0).toLongLong(), orders);
    QCOMPARE(counts.value(0, 1), QStringLiteral("t"));
    QCOMPARE(counts.value(0, 2), QStringLiteral("t"));
    QCOMPARE(m_fixture.pg()
                 .execSql(QStringLiteral("postgres"),
                          QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE '%verify%'"))
                 .scalar(),
             QStringLiteral("0"));
    const auto audit =
        m_fixture.api().get(QStringLiteral("/audit?action=backup_created&limit=500"), m_fixture.adminToken());
    QVERIFY2(audit.status == 200, qPrintable(audit.describe()));
    bool audited = false;
    for (const auto &item : audit.object().value(QLatin1String("items")).toArray())
        audited = audited || item.toObject().value(QLatin1String("target")).toString() ==
                                 QStringLiteral("backup:%1").arg(row.value(QLatin1String("id")).toInteger());
    QVERIFY(audited);
}

void TestBackups::backupWhileOrdersAreWritten()
{
    const qint64 lastBackup =
        m_fixture.sql(QStringLiteral("SELECT coalesce(max(id), 0) FROM backups")).scalar().toLongLong();
    // Orders and their history, one committed transaction each, until the next backup has finished.
    const QString writer =
        QStringLiteral("DO $$ DECLARE o bigint; BEGIN FOR i IN 1..200000 LOOP "
                       "INSERT INTO orders (client_name, phone, address, location_id, created_by) VALUES "
                       "('Поток ' || i, '+79120000000', 'ул. Речная, 1', %1, (SELECT min(id) FROM users)) "
                       "RETURNING id INTO o; "
                       "INSERT INTO order_history (order_id, action) VALUES (o, 'created'); COMMIT; "
                       "EXIT WHEN EXISTS (SELECT 1 FROM backups WHERE id > %2 AND status <> 'running'); "
                       "END LOOP; END $$")
            .arg(m_location)
            .arg(lastBackup);
    QProcess psql;
    psql.start(kPsql,
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-d"), m_fixture.dbUrl(), QStringLiteral("-c"), writer});
    QVERIFY2(psql.waitForStarted(10000), qPrintable(psql.errorString()));
    const qint64 before = sqlCount(QStringLiteral("orders"));
    QTRY_VERIFY_WITH_TIMEOUT(sqlCount(QStringLiteral("orders")) > before + 50, 30000); // the writer is going

    const QJsonObject row = backupThroughApi();
    // It stops by itself once the backup is no longer running (it may have stopped already).
    QVERIFY2(psql.state() == QProcess::NotRunning || psql.waitForFinished(kBackupWaitMs),
             "the writer did not stop after the backup");
    QVERIFY2(psql.exitStatus() == QProcess::NormalExit && psql.exitCode() == 0,
             psql.readAllStandardError().constData());
    const qint64 after = sqlCount(QStringLiteral("orders"));

    QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("verified"));
    const qint64 dumped = row.value(QLatin1String("orders_count")).toInteger();
    // The snapshot fell inside the writes: orders came before it and after it.
    QVERIFY2(dumped > before && dumped < after,
             qPrintable(QStringLiteral("before %1, dumped %2, after %3").arg(before).arg(dumped).arg(after)));
    // Orders and history were counted in one snapshot: every dumped order has its history row.
    const auto counts = m_fixture.sql(
        QStringLiteral("SELECT (table_counts->>'orders')::bigint - (table_counts->>'order_history')::bigint "
                       "FROM backups WHERE id = %1")
            .arg(row.value(QLatin1String("id")).toInteger()));
    const qint64 gapThen = counts.scalar().toLongLong();
    const qint64 gapNow = sqlCount(QStringLiteral("orders")) - sqlCount(QStringLiteral("order_history"));
    QCOMPARE(gapThen, gapNow);
}

void TestBackups::damagedDumpIsRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated") << "truncated";
    QTest::newRow("garbage in the data") << "garbage";
    QTest::newRow("not a dump") << "text";
    QTest::newRow("missing") << "missing";
}

void TestBackups::damagedDumpIsRefused()
{
    QFETCH(QString, damage);
    QVERIFY2(!m_dump.isEmpty(), "needs the dump of verifiedBackupCountsOrders");
    QString path = copyOfDump(QStringLiteral("damaged.dump"));
    QVERIFY(!path.isEmpty());
    QFile file(path);
    if (damage == QLatin1String("truncated")) {
        QVERIFY(file.resize(file.size() * 3 / 4));
    } else if (damage == QLatin1String("garbage")) {
        // The table data follows the table of contents: three quarters in is compressed rows.
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() * 3 / 4));
        file.write(QByteArray(256, '\xA5'));
        file.close();
    } else if (damage == QLatin1String("text")) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("this is not a backup\n");
        file.close();
    } else {
        path = m_files.filePath(QStringLiteral("no-such.dump"));
    }

    const QString database = ServerFixture::uniqueName(QStringLiteral("damaged")).toLower();
    const QString url = m_fixture.pg().createDatabase(database);
    QVERIFY2(!url.isEmpty(), qPrintable(m_fixture.pg().errorString()));
    ServerProcess target(url);
    const CliResult result = target.runCli({QStringLiteral("restore"), path});
    QVERIFY2(result.finished && result.exitCode == 1, qPrintable(result.describe()));
    const QString error = QString::fromLocal8Bit(result.standardError);
    QVERIFY2(error.contains(path), qPrintable(result.describe()));
    QVERIFY2(error.contains(QLatin1String("damaged")) || error.contains(QLatin1String("not a readable okna backup")) ||
                 error.contains(QLatin1String("does not exist")),
             qPrintable(result.describe()));
    // Refused before anything was restored.
    QCOMPARE(m_fixture.pg()
                 .execSql(database, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
                 .scalar(),
             QStringLiteral("0"));
    QVERIFY(m_fixture.pg().dropDatabase(database));
}

void TestBackups::restoreRoundTrip()
{
    const qint64 kept = createOrder(QStringLiteral("Сохранённая Заявка"));
    QVERIFY(kept > 0);
    const auto original = m_fixture.api().get(QStringLiteral("/orders/%1").arg(kept), m_fixture.adminToken());
    QVERIFY2(original.status == 200, qPrintable(original.describe()));

    // okna-server backup: a verified file in DATA_DIR/backups, its path on stdout.
    const CliResult backup = m_fixture.server().runCli({QStringLiteral("backup")});
    QVERIFY2(backup.ok(), qPrintable(backup.describe()));
    const QString file = QString::fromLocal8Bit(backup.standardOutput).trimmed();
    QVERIFY2(QFileInfo(file).isFile(), qPrintable(backup.describe()));
    const auto row = m_fixture.sql(
        QStringLiteral("SELECT status, orders_count, created_by FROM backups WHERE file = '%1'").arg(file));
    QCOMPARE(row.value(0, 0), QStringLiteral("verified"));
    const qint64 orders = row.value(0, 1).toLongLong();
    QCOMPARE(orders, sqlCount(QStringLiteral("orders")));
    QVERIFY(row.value(0, 2).isNull()); // made by the command line

    // okna-server restore into a fresh, empty database, then a server on it.
    const QString database = ServerFixture::uniqueName(QStringLiteral("restored")).toLower();
    const QString url = m_fixture.pg().createDatabase(database);
    QVERIFY2(!url.isEmpty(), qPrintable(m_fixture.pg().errorString()));
    ServerProcess restored(url);
    const CliResult restore = restored.runCli({QStringLiteral("restore"), file});
    QVERIFY2(restore.ok(), qPrintable(restore.describe()));
    QVERIFY2(QString::fromLocal8Bit(restore.standardOutput).contains(QStringLiteral("%1 orders").arg(orders)),
             qPrintable(restore.describe()));
    QCOMPARE(m_fixture.pg().execSql(database, QStringLiteral("SELECT count(*) FROM orders")).scalar().toLongLong(),
             orders);

    QVERIFY2(restored.start(), qPrintable(restored.errorString()));
    ApiClient api = restored.apiClient();
    const QString token = api.login(ServerFixture::adminLogin(), ServerFixture::adminPassword());
    QVERIFY2(!token.isEmpty(), qPrintable(api.lastLoginResponse().describe()));
    const auto same = api.get(QStringLiteral("/orders/%1").arg(kept), token);
    QVERIFY2(same.status == 200, qPrintable(same.describe()));
    QCOMPARE(same.object(), original.object());
    const auto audit = api.get(QStringLiteral("/audit?action=backup_restored"), token);
    QVERIFY2(audit.status == 200, qPrintable(audit.describe()));
    QCOMPARE(audit.object().value(QLatin1String("items")).toArray().size(), 1);
    // A new order continues the numbering of the restored ones.
    const auto next = api.post(QStringLiteral("/orders"),
                               {{QStringLiteral("client_name"), QStringLiteral("Новый Клиент")},
                                {QStringLiteral("phone"), QStringLiteral("+79123456780")},
                                {QStringLiteral("address"), QStringLiteral("ул. Новая, д. 2")},
                                {QStringLiteral("location_id"), m_location}},
                               token);
    QVERIFY2(next.status == 201, qPrintable(next.describe()));
    // Nothing was added to the source since the dump: its highest number is the restored one's.
    const qint64 highest = m_fixture.sql(QStringLiteral("SELECT max(number) FROM orders")).scalar().toLongLong();
    QVERIFY(next.object().value(QLatin1String("number")).toInteger() > highest);
    QVERIFY(restored.stop());

    // Into a database that is not empty: refused, unless --force.
    const CliResult refused = restored.runCli({QStringLiteral("restore"), file});
    QVERIFY2(refused.finished && refused.exitCode == 1, qPrintable(refused.describe()));
    QVERIFY2(refused.standardError.contains("not empty") && refused.standardError.contains("--force"),
             qPrintable(refused.describe()));
    const CliResult forced = restored.runCli({QStringLiteral("restore"), file, QStringLiteral("--force")});
    QVERIFY2(forced.ok(), qPrintable(forced.describe()));
    QCOMPARE(m_fixture.pg().execSql(database, QStringLiteral("SELECT count(*) FROM orders")).scalar().toLongLong(),
             orders);
    QCOMPARE(m_fixture.pg()
                 .execSql(database, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup_restored'"))
                 .scalar(),
             QStringLiteral("1")); // the dump's audit log came back, with the forced restore's own record
}

void TestBackups::restoreUnderARunningServerReachesItsSearch()
{
    // A server keeps running while `restore --force` replaces its database. The restored rows
    // carry the changed_xid of the dump, older than anything the server's in-memory search has
    // seen: it must still answer from them, not from the orders it had loaded.
    const QString file = copyOfDump(QStringLiteral("under-a-running-server.dump"));
    QVERIFY(!file.isEmpty());
    const QString database = ServerFixture::uniqueName(QStringLiteral("replaced")).toLower();
    const QString url = m_fixture.pg().createDatabase(database);
    QVERIFY2(!url.isEmpty(), qPrintable(m_fixture.pg().errorString()));
    ServerProcess server(url);
    const CliResult first = server.runCli({QStringLiteral("restore"), file});
    QVERIFY2(first.ok(), qPrintable(first.describe()));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ApiClient api = server.apiClient();
    QString token = api.login(ServerFixture::adminLogin(), ServerFixture::adminPassword());
    QVERIFY2(!token.isEmpty(), qPrintable(api.lastLoginResponse().describe()));
    QTRY_COMPARE_WITH_TIMEOUT(
        api.get(QStringLiteral("/health")).object().value(QLatin1String("search_index")).toString(),
        QStringLiteral("ready"), 30000);
    const auto found = [&api, &token](const QString &needle) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), needle);
        const auto listed = api.get(QStringLiteral("/orders?") + query.toString(QUrl::FullyEncoded), token);
        QList<qint64> ids;
        for (const auto &item : listed.object().value(QLatin1String("items")).toArray())
            ids << item.toObject().value(QLatin1String("id")).toInteger();
        return ids;
    };

    // An order of the dump, renamed after it: the search finds it by its new name.
    const auto newest = api.get(QStringLiteral("/orders?limit=1"), token).object().value(QLatin1String("items"));
    QCOMPARE(newest.toArray().size(), 1);
    const QJsonObject order = newest.toArray().first().toObject();
    const qint64 id = order.value(QLatin1String("id")).toInteger();
    const QString dumpedName = order.value(QLatin1String("client_name")).toString();
    const auto renamed = api.patch(QStringLiteral("/orders/%1").arg(id),
                                   {{QStringLiteral("version"), order.value(QLatin1String("version"))},
                                    {QStringLiteral("client_name"), QStringLiteral("Переименованный Клиентов")}},
                                   token);
    QVERIFY2(renamed.status == 200, qPrintable(renamed.describe()));
    QCOMPARE(found(QStringLiteral("Переименованный")), QList<qint64>{id});

    const CliResult forced = server.runCli({QStringLiteral("restore"), file, QStringLiteral("--force")});
    QVERIFY2(forced.ok(), qPrintable(forced.describe()));
    QVERIFY(server.isRunning());
    token = api.login(ServerFixture::adminLogin(), ServerFixture::adminPassword()); // sessions came from the dump
    QVERIFY2(!token.isEmpty(), qPrintable(api.lastLoginResponse().describe()));

    // The order has its dumped name again; no search may call it by the one it lost.
    QCOMPARE(found(QStringLiteral("Переименованный")), QList<qint64>{});
    QVERIFY(found(dumpedName).contains(id));
    // And the index, loaded anew from the restored table, says the same.
    QTRY_COMPARE_WITH_TIMEOUT(
        api.get(QStringLiteral("/health")).object().value(QLatin1String("search_index")).toString(),
        QStringLiteral("ready"), 30000);
    QCOMPARE(found(QStringLiteral("Переименованный")), QList<qint64>{});
    QVERIFY(found(dumpedName).contains(id));
    QVERIFY(server.log().contains("the orders table was replaced"));
    QVERIFY(server.stop());
}

void TestBackups::backupDirectoryIsConfigurable()
{
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    const QString directory = elsewhere.filePath(QStringLiteral("okna-backups"));
    const CliResult backup =
        m_fixture.server().runCli({QStringLiteral("--backup-dir"), directory, QStringLiteral("backup")});
    QVERIFY2(backup.ok(), qPrintable(backup.describe()));
    const QString file = QString::fromLocal8Bit(backup.standardOutput).trimmed();
    QCOMPARE(QFileInfo(file).absolutePath(), directory);
    QVERIFY(QFileInfo(file).isFile());
    // Arguments it does not take are refused, not ignored.
    const CliResult extra = m_fixture.server().runCli({QStringLiteral("backup"), QStringLiteral("now")});
    QCOMPARE(extra.exitCode, 2);
}

void TestBackups::oneAtATime()
{
    // Another backup (here: a session holding the same advisory lock) is running.
    const qint64 lockKey = 0x6f6b626b;
    QProcess holder;
    holder.start(kPsql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"), m_fixture.dbUrl(),
                         QStringLiteral("-c"),
                         QStringLiteral("SELECT pg_advisory_lock(%1); SELECT pg_sleep(600)").arg(lockKey)});
    QVERIFY2(holder.waitForStarted(10000), qPrintable(holder.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_fixture.sql(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"))
                .scalar() == QLatin1String("1"),
        30000);
    const qint64 rowsBefore = sqlCount(QStringLiteral("backups"));

    const auto refused = m_fixture.api().post(QStringLiteral("/backups"), QJsonObject{}, m_fixture.adminToken());
    QVERIFY2(refused.status == 409, qPrintable(refused.describe()));
    QCOMPARE(refused.errorCode(), QStringLiteral("conflict"));
    const CliResult cli = m_fixture.server().runCli({QStringLiteral("backup")});
    QVERIFY2(cli.finished && cli.exitCode == 1 && cli.standardError.contains("already running"),
             qPrintable(cli.describe()));
    QCOMPARE(sqlCount(QStringLiteral("backups")), rowsBefore); // no row for a backup that never started

    // The session ends, and the lock with it (a killed psql would leave its backend asleep).
    m_fixture.sql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"));
    QVERIFY(holder.state() == QProcess::NotRunning || holder.waitForFinished(30000));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_fixture.sql(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).scalar() ==
            QLatin1String("0"),
        30000);
    QCOMPARE(backupThroughApi().value(QLatin1String("status")).toString(), QStringLiteral("verified"));
}

void TestBackups::interruptedBackupShowsFailed()
{
    // What a backup process killed half-way leaves behind: its row, and nobody holding the lock.
    const auto inserted = m_fixture.sql(QStringLiteral("INSERT INTO backups (status) VALUES ('running') RETURNING id"));
    QVERIFY2(inserted.ok, qPrintable(inserted.error));
    const QJsonObject row = backupRow(inserted.scalar().toLongLong());
    QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QVERIFY(row.value(QLatin1String("error")).toString().contains(QLatin1String("interrupted")));
}

void TestBackups::keepsTheNewestVerified()
{
    for (int i = 0; i < kKeep + 1; ++i)
        QCOMPARE(backupThroughApi().value(QLatin1String("status")).toString(), QStringLiteral("verified"));
    const auto listed = m_fixture.api().get(QStringLiteral("/backups"), m_fixture.adminToken());
    QList<QString> files;
    for (const auto &row : listed.array())
        if (row.toObject().value(QLatin1String("status")).toString() == QLatin1String("verified"))
            files << row.toObject().value(QLatin1String("file")).toString();
    QCOMPARE(files.size(), kKeep);
    for (const QString &file : files)
        QVERIFY2(QFileInfo(file).isFile(), qPrintable(file));
    const QDir directory(QDir(m_fixture.server().dataDirectory()).filePath(QStringLiteral("backups")));
    QCOMPARE(directory.entryList({QStringLiteral("*.dump")}, QDir::Files).size(), kKeep);
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
