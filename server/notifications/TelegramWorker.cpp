#include "notifications/TelegramWorker.h"

#include "db/Database.h"
#include "settings/SettingsStore.h"

#include <QCoreApplication>
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
    QList<OutboxMessage> messages;
};

QString claimerId()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QHostInfo::localHostName(), QString::number(QCoreApplication::applicationPid()),
             QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
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
    qCInfo(lcTelegram).noquote() << "Telegram dispatcher started for" << m_options.apiBase << "as" << m_claimer;
    poll();
}

void TelegramWorker::poll()
{
    if (m_busy)
        return;
    const int leaseMs = m_options.leaseMs();
    const auto claimed = m_database.transact([&](pqxx::work &tx) -> Result<Claimed> {
        const QString token = SettingsStore::value(tx, SettingsStore::kTelegramBotToken).value_or(QString());
        const QString chat = SettingsStore::value(tx, SettingsStore::kTelegramChatId).value_or(QString());
        OutboxStore::noteBlocked(tx, token.isEmpty() ? kNoToken : QString(), chat.isEmpty() ? kNoChat : QString());
        if (token.isEmpty())
            return Claimed{};
        return Claimed{token, OutboxStore::claim(tx, 1, leaseMs, m_claimer, chat)};
    });
    if (!claimed) {
        qCWarning(lcTelegram).noquote() << "cannot read the outbox:" << claimed.error().message();
        return;
    }
    if (claimed->messages.isEmpty())
        return;
    send(claimed->messages.first(), claimed->token);
}

void TelegramWorker::send(const OutboxMessage &message, const QString &token)
{
    QNetworkRequest request(QUrl(m_options.apiBase + QStringLiteral("/bot") + token + QStringLiteral("/sendMessage")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_options.requestTimeoutMs);
    const QJsonObject body{{QStringLiteral("chat_id"), message.chatId}, {QStringLiteral("text"), message.text}};
    m_busy = true;
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, message] { finish(reply, message); });
}

void TelegramWorker::finish(QNetworkReply *reply, const OutboxMessage &message)
{
    reply->deleteLater();
    m_busy = false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();

    if (status == 200 && answer.value(QStringLiteral("ok")).toBool()) {
        // Recorded at once: from here on no instance may send it again.
        const auto marked = m_database.transact([&](pqxx::work &tx) -> Result<bool> {
            OutboxStore::markSent(tx, message.id);
            return true;
        });
        if (!marked)
            qCWarning(lcTelegram).noquote()
                << "message" << message.id << "sent but not marked:" << marked.error().message();
        else
            qCDebug(lcTelegram) << "message" << message.id << "sent";
        QTimer::singleShot(0, this, &TelegramWorker::poll); // there may be more due
        return;
    }

    const int failures = message.attempts + 1;
    qint64 delayMs = m_options.backoffMs(failures);
    QString error;
    const QString description = answer.value(QStringLiteral("description")).toString();
    if (status == 429) {
        const int retryAfter =
            answer.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("retry_after")).toInt();
        if (retryAfter > 0)
            delayMs = qint64(retryAfter) * 1000;
        error = QStringLiteral("HTTP 429 Too Many Requests: retry after %1 s").arg(retryAfter);
    } else if (status != 0) {
        error = QStringLiteral("HTTP %1").arg(status);
        if (!description.isEmpty())
            error += QStringLiteral(": ") + description;
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        error = QStringLiteral("no answer within %1 ms").arg(m_options.requestTimeoutMs);
    } else {
        error = reply->errorString();
    }
    recordFailure(message, error, delayMs);
}

void TelegramWorker::recordFailure(const OutboxMessage &message, const QString &error, qint64 delayMs)
{
    const bool last = message.attempts + 1 >= m_options.maxAttempts;
    const auto recorded = m_database.transact([&](pqxx::work &tx) -> Result<bool> {
        OutboxStore::recordFailure(tx, message.id, m_claimer, error, delayMs, m_options.maxAttempts);
        return true;
    });
    if (!recorded)
        qCWarning(lcTelegram).noquote() << "cannot record the failure of message" << message.id << ":"
                                        << recorded.error().message();
    else if (last)
        qCWarning(lcTelegram).noquote() << "message" << message.id << "failed for good after" << message.attempts + 1
                                        << "attempts:" << error;
    else
        qCInfo(lcTelegram).noquote() << "message" << message.id << "not sent (" << error << "), next attempt in"
                                     << delayMs << "ms";
}

} // namespace okna::server
