#include "notifications/TelegramWorker.h"

#include "db/Database.h"
#include "settings/SettingsStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcTelegram, "okna.server.telegram")

namespace okna::server {

namespace {

struct Claimed
{
    QString token;
    QString blockedBy; // OutboxStore::kNoToken, kNoChat or empty
    QList<OutboxMessage> messages;
};

QString claimerId()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QHostInfo::localHostName(), QString::number(QCoreApplication::applicationPid()),
             QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
}

// What went wrong with one attempt, in words for GET /notifications. The token is a secret
// (API.md: never returned), and Qt's error strings may quote the URL that carries it.
QString describeFailure(int status, const QJsonObject &answer, const QNetworkReply &reply, bool timedOut, int timeoutMs,
                        const QString &token)
{
    QString error;
    const QString description = answer.value(QStringLiteral("description")).toString();
    if (status != 0) {
        error = QStringLiteral("HTTP %1").arg(status);
        if (!description.isEmpty())
            error += QStringLiteral(": ") + description;
    } else if (timedOut || reply.error() == QNetworkReply::OperationCanceledError ||
               reply.error() == QNetworkReply::TimeoutError) {
        error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    } else {
        error = reply.errorString();
    }
    if (!token.isEmpty())
        error.replace(token, QStringLiteral("<token>"));
    return error;
}

} // namespace

TelegramWorker::TelegramWorker(Database &database, TelegramOptions options)
    : m_database(database)
    , m_options(std::move(options))
    , m_claimer(claimerId())
{}

void TelegramWorker::start()
{
    m_network = new QNetworkAccessManager(this);
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &TelegramWorker::poll);
    m_timer->start(m_options.pollMs);
    qCInfo(lcTelegram).noquote() << "Telegram dispatcher started for" << m_options.apiBase << "as" << m_claimer
                                 << "- at most" << m_options.maxAttempts << "attempts per message";
    poll();
}

void TelegramWorker::shutdown()
{
    m_stopping = true;
    if (m_timer)
        m_timer->stop();
    if (m_inFlight) {
        // The request's own deadline (send()) bounds this wait.
        QEventLoop loop;
        connect(m_inFlight, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    flushAcknowledged();
}

void TelegramWorker::poll()
{
    if (m_stopping || m_inFlight || !m_pausedUntil.hasExpired())
        return;
    if (!flushAcknowledged())
        return;
    const int leaseMs = m_options.leaseMs();
    const auto claimed = m_database.transact([&](pqxx::work &tx) -> Result<Claimed> {
        Claimed result;
        OutboxStore::lockHolds(tx, false);
        result.token = SettingsStore::value(tx, SettingsStore::kTelegramBotToken).value_or(QString());
        const QString chat = SettingsStore::value(tx, SettingsStore::kTelegramChatId).value_or(QString());
        result.blockedBy = result.token.isEmpty() ? OutboxStore::kNoToken
                           : chat.isEmpty()       ? OutboxStore::kNoChat
                                                  : QString();
        // Not known yet (just started), or no longer the same: what was held is due now. A change
        // through the API has released it already (SettingsService); one written straight into
        // the table, or holds from before an upgrade, are released here.
        if (!m_blockedBy || *m_blockedBy != result.blockedBy)
            OutboxStore::releaseBlocked(tx);
        if (!result.blockedBy.isEmpty())
            OutboxStore::holdBlocked(tx, result.blockedBy, !result.token.isEmpty());
        if (!result.token.isEmpty())
            result.messages = OutboxStore::claim(tx, 1, leaseMs, m_claimer, chat);
        return result;
    });
    reportDatabase(claimed ? Status() : Status(claimed.error()), "cannot read the outbox");
    if (!claimed)
        return;
    if (m_blockedBy != claimed->blockedBy && !claimed->blockedBy.isEmpty())
        qCWarning(lcTelegram).noquote() << "messages wait:" << claimed->blockedBy;
    m_blockedBy = claimed->blockedBy;
    if (claimed->messages.isEmpty())
        return;
    send(claimed->messages.first(), claimed->token);
}

// Messages Telegram acknowledged are recorded as sent before anything else is claimed: once
// acknowledged, a message must never go out again.
bool TelegramWorker::flushAcknowledged()
{
    if (m_acknowledged.isEmpty())
        return true;
    const Status marked = m_database.transact([&](pqxx::work &tx) -> Status {
        for (const qint64 id : std::as_const(m_acknowledged))
            OutboxStore::markSent(tx, id);
        return {};
    });
    reportDatabase(marked, "cannot record sent messages");
    if (!marked)
        return false;
    for (const qint64 id : std::as_const(m_acknowledged))
        qCDebug(lcTelegram) << "message" << id << "sent";
    m_acknowledged.clear();
    return true;
}

void TelegramWorker::send(const OutboxMessage &message, const QString &token)
{
    QNetworkRequest request(QUrl(m_options.apiBase + QStringLiteral("/bot") + token + QStringLiteral("/sendMessage")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_options.requestTimeoutMs);
    const QJsonObject body{{QStringLiteral("chat_id"), message.chatId}, {QStringLiteral("text"), message.text}};
    m_timedOut = false;
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_inFlight = reply;
    // The transfer timeout only fires while nothing moves; this bounds the whole request, so its
    // outcome is recorded well before the claim's lease runs out and another instance may take it.
    QTimer::singleShot(m_options.requestTimeoutMs, reply, [this, reply] {
        if (reply->isFinished())
            return;
        m_timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, message, token] { finish(reply, message, token); });
}

void TelegramWorker::finish(QNetworkReply *reply, const OutboxMessage &message, const QString &token)
{
    reply->deleteLater();
    m_inFlight = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();

    if (status == 200 && answer.value(QStringLiteral("ok")).toBool()) {
        m_acknowledged.append(message.id);
        if (!flushAcknowledged())
            qCWarning(lcTelegram) << "message" << message.id
                                  << "was sent; it is recorded as sent once the database answers again";
        if (!m_stopping)
            QTimer::singleShot(0, this, &TelegramWorker::poll); // there may be more due
        return;
    }

    const QString error = describeFailure(status, answer, *reply, m_timedOut, m_options.requestTimeoutMs, token);
    qint64 delayMs = m_options.backoffMs(message.attempts + 1);
    bool throttled = false;
    if (status == 429) {
        const int retryAfter =
            answer.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("retry_after")).toInt();
        if (retryAfter > 0) {
            delayMs = qint64(retryAfter) * 1000;
            throttled = true;
            pauseFor(delayMs);
        }
    }
    recordFailure(message, error, delayMs, throttled);
}

void TelegramWorker::pauseFor(qint64 delayMs)
{
    m_pausedUntil = QDeadlineTimer(delayMs);
    qCInfo(lcTelegram) << "Telegram asked to wait" << delayMs << "ms before sending anything";
}

void TelegramWorker::recordFailure(const OutboxMessage &message, const QString &error, qint64 delayMs, bool throttled)
{
    const bool last = message.attempts + 1 >= m_options.maxAttempts;
    const Status recorded = m_database.transact([&](pqxx::work &tx) -> Status {
        OutboxStore::recordFailure(tx, message.id, m_claimer, error, delayMs, m_options.maxAttempts);
        // Telegram's limit is the bot's, not the message's: every instance waits.
        if (throttled)
            OutboxStore::deferAll(tx, delayMs);
        return {};
    });
    reportDatabase(recorded, "cannot record a failed attempt");
    if (!recorded)
        return; // the lease runs out and the message is tried again
    if (last)
        qCWarning(lcTelegram).noquote() << "message" << message.id << "failed for good after" << message.attempts + 1
                                        << "attempts:" << error;
    else
        qCInfo(lcTelegram).noquote() << "message" << message.id << "not sent (" << error << "), next attempt in"
                                     << delayMs << "ms";
}

void TelegramWorker::reportDatabase(const Status &status, const char *what)
{
    if (!status && m_databaseOk)
        qCWarning(lcTelegram).noquote() << what << "(will keep trying):" << status.error().message();
    else if (status && !m_databaseOk)
        qCInfo(lcTelegram) << "the outbox is reachable again";
    m_databaseOk = status.ok();
}

} // namespace okna::server
