#include "backups/BackupSession.h"

#include <QRegularExpression>
#include <QUrl>

#include <pqxx/pqxx>

namespace okna::server {

namespace {

// Any constant works; it only has to be the same in every okna-server ("okbk").
constexpr long long kBackupLockKey = 0x6f6b626b;

ApiError failure(const QString &what, const std::exception &error)
{
    return ApiError(ErrorCode::Internal, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(error.what()).trimmed()));
}

TableCounts countIn(pqxx::transaction_base &tx)
{
    TableCounts counts;
    const auto tables = tx.exec("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1");
    for (const auto &row : tables) {
        const std::string table = row[0].as<std::string>();
        const auto rows = tx.exec("SELECT count(*) FROM public." + tx.quote_name(table));
        counts.insert(QString::fromStdString(table), rows[0][0].as<qint64>());
    }
    return counts;
}

} // namespace

BackupSession::~BackupSession()
{
    m_snapshot.reset();
    if (m_connection) {
        try {
            m_connection->disconnect(); // releases the advisory lock with the session
        } catch (const std::exception &) {
        }
    }
}

Result<std::unique_ptr<BackupSession>> BackupSession::open(const std::string &connectionString)
{
    std::unique_ptr<BackupSession> session(new BackupSession());
    try {
        session->m_connection = std::make_unique<pqxx::connection>(connectionString);
    } catch (const std::exception &error) {
        return failure(QStringLiteral("cannot connect to the database"), error);
    }
    return session;
}

QString BackupSession::databaseName() const
{
    return QString::fromUtf8(m_connection->dbname());
}

Result<bool> BackupSession::tryLock()
{
    try {
        pqxx::nontransaction tx(*m_connection);
        return tx.exec_params("SELECT pg_try_advisory_lock($1)", kBackupLockKey)[0][0].as<bool>();
    } catch (const std::exception &error) {
        return failure(QStringLiteral("cannot take the backup lock"), error);
    }
}

Result<QString> BackupSession::beginSnapshot()
{
    try {
        // A nontransaction with an explicit BEGIN: the transaction must outlive this call.
        m_snapshot = std::make_unique<pqxx::nontransaction>(*m_connection, "backup snapshot");
        m_snapshot->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        return QString::fromStdString(m_snapshot->exec("SELECT pg_export_snapshot()")[0][0].as<std::string>());
    } catch (const std::exception &error) {
        m_snapshot.reset();
        return failure(QStringLiteral("cannot export a snapshot"), error);
    }
}

Result<TableCounts> BackupSession::countTables()
{
    try {
        return countIn(*m_snapshot);
    } catch (const std::exception &error) {
        return failure(QStringLiteral("cannot count the rows"), error);
    }
}

Status BackupSession::endSnapshot()
{
    try {
        if (m_snapshot)
            m_snapshot->exec("COMMIT");
        m_snapshot.reset();
        return {};
    } catch (const std::exception &error) {
        m_snapshot.reset();
        return failure(QStringLiteral("cannot close the snapshot"), error);
    }
}

Status BackupSession::createDatabase(const QString &name)
{
    try {
        pqxx::nontransaction tx(*m_connection);
        tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(name.toStdString()) + " WITH (FORCE)");
        tx.exec("CREATE DATABASE " + tx.quote_name(name.toStdString()));
        return {};
    } catch (const std::exception &error) {
        return failure(QStringLiteral("cannot create the scratch database %1").arg(name), error);
    }
}

Status BackupSession::dropDatabase(const QString &name)
{
    try {
        pqxx::nontransaction tx(*m_connection);
        tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(name.toStdString()) + " WITH (FORCE)");
        return {};
    } catch (const std::exception &error) {
        return failure(QStringLiteral("cannot drop the scratch database %1").arg(name), error);
    }
}

Result<TableCounts> BackupSession::countTablesOf(const std::string &connectionString)
{
    try {
        pqxx::connection connection(connectionString);
        pqxx::read_transaction tx(connection);
        return countIn(tx);
    } catch (const std::exception &error) {
        return failure(QStringLiteral("cannot count the rows of the restored copy"), error);
    }
}

std::string BackupSession::withDatabase(const std::string &connectionString, const QString &database)
{
    const QString text = QString::fromStdString(connectionString).trimmed();
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        QUrl url(text);
        url.setPath(QLatin1Char('/') + database);
        return url.toString(QUrl::FullyEncoded).toStdString();
    }
    // Keyword form: drop any dbname=... (quoted or not), then name ours.
    static const QRegularExpression dbname(QStringLiteral("(^|\\s)dbname\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S+)"));
    QString rest = text;
    rest.remove(dbname);
    const QString joined = rest.trimmed() + QStringLiteral(" dbname=") + database;
    return joined.trimmed().toStdString();
}

} // namespace okna::server
