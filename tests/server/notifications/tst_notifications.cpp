// The Telegram outbox against real servers, a real PostgreSQL and a fake Bot API (FakeTelegram,
// a local HTTP server run by this test): exact texts, chats, a missing token or chat, Telegram
// down, 429, the attempt limit and retry, two instances on one database, kill -9. The dispatcher
// is tuned to be quick here (README.md "Additions to the contract": --telegram-*).
#include "FakeTelegram.h"
#include "ServerFixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace okna::test;

namespace {

constexpr int kMaxAttempts = 5;
constexpr int kBackoffMs = 250;
constexpr int kTimeoutMs = 1500;
constexpr int kPollMs = 100;
// Generous: these waits end as soon as the condition holds; the bound only catches a hang.
constexpr int kWaitMs = 60000;

const QString kToken = QStringLiteral("123456789:AAF-test_Token-xyz");
const QString kChat = QStringLiteral("-1001234567890");

QMap<QString, QString> serverEnvironment(const FakeTelegram &telegram)
{
    return {{QStringLiteral("OKNA_TELEGRAM_API_BASE"), telegram.apiBase() + QStringLiteral("/")},
            {QStringLiteral("OKNA_TELEGRAM_MAX_ATTEMPTS"), QString::number(kMaxAttempts)},
            {QStringLiteral("OKNA_TELEGRAM_BACKOFF_MS"), QString::number(kBackoffMs)},
            {QStringLiteral("OKNA_TELEGRAM_TIMEOUT_MS"), QString::number(kTimeoutMs)},
            {QStringLiteral("OKNA_TELEGRAM_POLL_MS"), QString::number(kPollMs)}};
}

QString freshPhone()
{
    return QStringLiteral("+7914%1").arg(1000000 + QRandomGenerator::global()->bounded(9000000));
}

// API.md "Telegram", computed here independently of the server's code.
QString expectedNewOrderText(const QJsonObject &order, const QTimeZone &zone)
{
    const QDateTime created =
        QDateTime::fromString(order.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    return QStringLiteral("Новая заявка №") + QString::number(order.value(QLatin1String("number")).toInteger()) +
           QStringLiteral(" (") + created.toTimeZone(zone).toString(QStringLiteral("HH:mm")) +
           QStringLiteral(")\nКлиент: ") + order.value(QLatin1String("client_name")).toString() +
           QStringLiteral("\nАдрес: ") + order.value(QLatin1String("address")).toString();
}

QString sqlLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QTimeZone moscow()
{
    return QTimeZone(QByteArrayLiteral("Europe/Moscow"));
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newOrderMessageHasTheExactText();
    void newOrderTimeIsInTheBusinessTimeZone();
    void assignmentGoesToTheMastersOwnChat();
    void rejectedOrderLeavesNoMessage();
    void missingTokenLeavesMessagesPending();
    void missingChatLeavesMessagesPending();
    void onlyAdminsSeeAndRetry();
    void deliveredAfterTelegramWasDown();
    void tooManyRequestsIsHonoured();
    void failedAfterAttemptLimitThenRetried();
    void twoInstancesDeliverEachMessageOnce();
    void messageCreatedBeforeKillIsDeliveredOnceAfterRestart();
    void shutdownRecordsTheRequestInFlight();

private:
    QJsonObject createOrder(ApiClient &api, const QString &clientName, const QString &comment = {});
    QJsonObject createOrder(const QString &clientName, const QString &comment = {})
    {
        return createOrder(m_fx.api(), clientName, comment);
    }
    // The message of GET /notifications with this text (empty object if none).
    QJsonObject notificationWithText(const QString &text, const QString &status = {});
    QString outboxColumn(const QString &text, const QString &column);
    bool patchSettings(const QJsonObject &body);

    FakeTelegram m_telegram;
    ServerFixture m_fx;
    TestUser m_operator;
    TestUser m_coordinator;
    qint64 m_locationId = -1;
};

void TestNotifications::initTestCase()
{
    QVERIFY(m_telegram.start());
    ServerFixture::Options options;
    options.serverEnvironment = serverEnvironment(m_telegram);
    QVERIFY2(m_fx.start(options), qPrintable(m_fx.errorString()));
    QVERIFY2(!m_fx.adminToken().isEmpty(), qPrintable(m_fx.errorString()));
    m_operator = m_fx.newUser(QStringLiteral("operator"));
    m_coordinator = m_fx.newUser(QStringLiteral("coordinator"));
    QVERIFY2(m_operator.isValid(), qPrintable(m_operator.error));
    QVERIFY2(m_coordinator.isValid(), qPrintable(m_coordinator.error));
    const auto location = m_fx.api().post(
        QStringLiteral("/locations"), {{QStringLiteral("name"), ServerFixture::uniqueName(QStringLiteral("Север"))}},
        m_fx.adminToken());
    QCOMPARE(location.status, 201);
    m_locationId = location.object().value(QLatin1String("id")).toInteger();
}

void TestNotifications::init()
{
    m_telegram.reset();
    QVERIFY(m_telegram.start());
    QVERIFY(patchSettings({{QStringLiteral("telegram_bot_token"), kToken},
                           {QStringLiteral("telegram_chat_id"), kChat},
                           {QStringLiteral("timezone"), QStringLiteral("Europe/Moscow")}}));
}

void TestNotifications::cleanup()
{
    m_fx.printServerLogIfTestFailed();
    // What a test left pending must not take the answers the next test queues for its own.
    const auto quiet = m_fx.sql(QStringLiteral("UPDATE telegram_outbox SET status = 'failed', "
                                               "last_error = 'left pending by an earlier test' "
                                               "WHERE status = 'pending'"));
    QVERIFY2(quiet.ok, qPrintable(quiet.error));
}

QJsonObject TestNotifications::createOrder(ApiClient &api, const QString &clientName, const QString &comment)
{
    const QString address =
        QStringLiteral("ул. Белорусская, д. 34, кв. ") + QString::number(QRandomGenerator::global()->bounded(1, 200));
    QJsonObject body{{QStringLiteral("client_name"), clientName},
                     {QStringLiteral("phone"), freshPhone()},
                     {QStringLiteral("address"), address},
                     {QStringLiteral("location_id"), m_locationId}};
    if (!comment.isEmpty())
        body.insert(QStringLiteral("comment"), comment);
    const auto created = api.post(QStringLiteral("/orders"), body, m_operator.token);
    if (created.status != 201) {
        qWarning().noquote() << created.describe();
        return {};
    }
    return created.object();
}

QJsonObject TestNotifications::notificationWithText(const QString &text, const QString &status)
{
    const QString path =
        status.isEmpty() ? QStringLiteral("/notifications") : QStringLiteral("/notifications?status=") + status;
    const auto listed = m_fx.api().get(path, m_fx.adminToken());
    if (listed.status != 200) {
        qWarning().noquote() << listed.describe();
        return {};
    }
    for (const QJsonValue &value : listed.array()) {
        if (value.toObject().value(QLatin1String("text")).toString() == text)
            return value.toObject();
    }
    return {};
}

// Straight from the table (fast enough to watch a state that lasts a few hundred milliseconds).
QString TestNotifications::outboxColumn(const QString &text, const QString &column)
{
    return m_fx.sql(QStringLiteral("SELECT %1 FROM telegram_outbox WHERE text = %2").arg(column, sqlLiteral(text)))
        .scalar();
}

bool TestNotifications::patchSettings(const QJsonObject &body)
{
    const auto patched = m_fx.api().patch(QStringLiteral("/settings"), body, m_fx.adminToken());
    if (patched.status != 200)
        qWarning().noquote() << patched.describe();
    return patched.status == 200;
}

void TestNotifications::newOrderMessageHasTheExactText()
{
    const QJsonObject order = createOrder(ServerFixture::uniqueName(QStringLiteral("Ника Дмитриевна")));
    QVERIFY(!order.isEmpty());
    const QString text = expectedNewOrderText(order, moscow());

    // Written in the order's own transaction: there at once, with the same transaction time.
    QCOMPARE(m_fx.sql(QStringLiteral("SELECT count(*) FROM telegram_outbox t JOIN orders o ON o.id = %1 "
                                     "WHERE t.kind = 'new_order' AND t.created_at = o.created_at "
                                     "AND t.text = %2")
                          .arg(QString::number(order.value(QLatin1String("id")).toInteger()), sqlLiteral(text)))
                 .scalar(),
             QStringLiteral("1"));

    QTRY_VERIFY_WITH_TIMEOUT(m_telegram.deliveredCount(text) >= 1, kWaitMs);
    QCOMPARE(m_telegram.deliveredCount(text), 1);
    const FakeTelegram::Request request = m_telegram.requestsWithText(text).constFirst();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/bot") + kToken + QStringLiteral("/sendMessage"));
    QCOMPARE(request.token(), kToken);
    QCOMPARE(request.chatId(), kChat);
    QCOMPARE(request.text(), text);
    QCOMPARE(request.json.keys(), QStringList({QStringLiteral("chat_id"), QStringLiteral("text")}));

    QTRY_VERIFY_WITH_TIMEOUT(!notificationWithText(text, QStringLiteral("sent")).isEmpty(), kWaitMs);
    const QJsonObject sent = notificationWithText(text, QStringLiteral("sent"));
    QCOMPARE(sent.value(QLatin1String("chat_id")).toString(), kChat);
    QCOMPARE(sent.value(QLatin1String("status")).toString(), QStringLiteral("sent"));
    QCOMPARE(sent.value(QLatin1String("attempts")).toInt(), 1);
    QVERIFY(sent.value(QLatin1String("last_error")).isNull());
    const QDateTime createdAt =
        QDateTime::fromString(sent.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    const QDateTime sentAt = QDateTime::fromString(sent.value(QLatin1String("sent_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(createdAt.isValid());
    QVERIFY(sentAt.isValid());
    QVERIFY(sentAt >= createdAt);
    QVERIFY(notificationWithText(text, QStringLiteral("pending")).isEmpty());
}

void TestNotifications::newOrderTimeIsInTheBusinessTimeZone()
{
    // UTC+12 all year: the hour differs from Moscow's whatever the date.
    const QTimeZone kamchatka(QByteArrayLiteral("Asia/Kamchatka"));
    QVERIFY(patchSettings({{QStringLiteral("timezone"), QStringLiteral("Asia/Kamchatka")}}));
    const QJsonObject order = createOrder(ServerFixture::uniqueName(QStringLiteral("Пётр Камчатский")));
    QVERIFY(!order.isEmpty());
    const QString text = expectedNewOrderText(order, kamchatka);
    QVERIFY(text != expectedNewOrderText(order, moscow()));
    QTRY_VERIFY_WITH_TIMEOUT(m_telegram.deliveredCount(text) >= 1, kWaitMs);
    QCOMPARE(m_telegram.deliveredCount(text), 1);
}

void TestNotifications::assignmentGoesToTheMastersOwnChat()
{
    // A JSON integer is accepted for telegram_chat_id (API.md, Users).
    const TestUser master =
        m_fx.newUser(QStringLiteral("master"), {{QStringLiteral("telegram_chat_id"), qint64(987654321)}});
    const TestUser silentMaster = m_fx.newUser(QStringLiteral("master"));
    QVERIFY2(master.isValid(), qPrintable(master.error));
    QVERIFY2(silentMaster.isValid(), qPrintable(silentMaster.error));

    const QString comment = QStringLiteral("Домофон не работает, звонить заранее");
    const QJsonObject order = createOrder(ServerFixture::uniqueName(QStringLiteral("Анна Сергеевна")), comment);
    QVERIFY(!order.isEmpty());
    const qint64 orderId = order.value(QLatin1String("id")).toInteger();
    const QString number = QString::number(order.value(QLatin1String("number")).toInteger());
    const auto assigned = m_fx.api().post(QStringLiteral("/orders/%1/assign").arg(orderId),
                                          {{QStringLiteral("master_id"), master.id}}, m_coordinator.token);
    QCOMPARE(assigned.status, 200);

    const auto toMaster = [&] {
        QList<FakeTelegram::Request> found;
        for (const auto &request : m_telegram.requestsContaining(QStringLiteral("№") + number)) {
            if (request.chatId() == QStringLiteral("987654321") && request.answer == FakeTelegram::Answer::Ok)
                found.append(request);
        }
        return found;
    };
    QTRY_COMPARE_WITH_TIMEOUT(toMaster().size(), 1, kWaitMs);
    const QString text = toMaster().constFirst().text();
    QVERIFY2(text.contains(QStringLiteral("№") + number), qPrintable(text));
    QVERIFY2(text.contains(order.value(QLatin1String("address")).toString()), qPrintable(text));
    QVERIFY2(text.contains(order.value(QLatin1String("client_name")).toString()), qPrintable(text));
    QVERIFY2(text.contains(order.value(QLatin1String("phone")).toString()), qPrintable(text));
    QVERIFY2(text.contains(comment), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("назначена")), qPrintable(text));
    // The new-order message went to the configured chat, not to the master.
    QTRY_VERIFY_WITH_TIMEOUT(m_telegram.deliveredCount(expectedNewOrderText(order, moscow())) >= 1, kWaitMs);
    QCOMPARE(m_telegram.deliveredCount(expectedNewOrderText(order, moscow())), 1);
    QCOMPARE(m_telegram.requestsWithText(expectedNewOrderText(order, moscow())).constFirst().chatId(), kChat);

    // Reassigned to a master without a chat of his own: nothing is written for him, and since the
    // outbox is written in the assignment's transaction, "nothing" is final once it returned.
    const auto reassigned = m_fx.api().post(QStringLiteral("/orders/%1/assign").arg(orderId),
                                            {{QStringLiteral("master_id"), silentMaster.id}}, m_coordinator.token);
    QCOMPARE(reassigned.status, 200);
    QCOMPARE(m_fx.sql(QStringLiteral("SELECT count(*) FROM telegram_outbox WHERE kind = 'direct' AND text LIKE '%№%1%'")
                          .arg(number))
                 .scalar(),
             QStringLiteral("1"));
}

void TestNotifications::rejectedOrderLeavesNoMessage()
{
    const QString phone = freshPhone();
    const auto listed =
        m_fx.api().post(QStringLiteral("/blacklist"),
                        {{QStringLiteral("phone"), phone}, {QStringLiteral("reason"), QStringLiteral("Не платит")}},
                        m_coordinator.token);
    QCOMPARE(listed.status, 201);
    const QString name = ServerFixture::uniqueName(QStringLiteral("Отвергнутый"));
    const auto refused = m_fx.api().post(QStringLiteral("/orders"),
                                         {{QStringLiteral("client_name"), name},
                                          {QStringLiteral("phone"), phone},
                                          {QStringLiteral("address"), QStringLiteral("ул. Пустая, д. 1")},
                                          {QStringLiteral("location_id"), m_locationId}},
                                         m_operator.token);
    QCOMPARE(refused.status, 409);
    QCOMPARE(m_fx.sql(QStringLiteral("SELECT count(*) FROM telegram_outbox WHERE text LIKE '%%1%'").arg(name)).scalar(),
             QStringLiteral("0"));
}

void TestNotifications::missingTokenLeavesMessagesPending()
{
    QVERIFY(patchSettings({{QStringLiteral("telegram_bot_token"), QJsonValue()}}));
    const QJsonObject order = createOrder(ServerFixture::uniqueName(QStringLiteral("Без токена")));
    QVERIFY(!order.isEmpty());
    const QString text = expectedNewOrderText(order, moscow());

    QTRY_COMPARE_WITH_TIMEOUT(
        notificationWithText(text, QStringLiteral("pending")).value(QLatin1String("last_error")).toString(),
        QStringLiteral("telegram_bot_token is not set"), kWaitMs);
    const QJsonObject pending = notificationWithText(text, QStringLiteral("pending"));
    QCOMPARE(pending.value(QLatin1String("attempts")).toInt(), 0);
    QCOMPARE(pending.value(QLatin1String("chat_id")).toString(), kChat);
    // Held until the token comes, neither rescanned nor written again on later polls: a server
    // without a token may have a long backlog.
    QCOMPARE(outboxColumn(text, QStringLiteral("next_attempt_at = 'infinity'")), QStringLiteral("t"));
    const QString heldRowVersion = outboxColumn(text, QStringLiteral("xmin::text"));
    QTest::qWait(10 * kPollMs); // the dispatcher looked many times, and sent nothing
    QVERIFY(m_telegram.requestsWithText(text).isEmpty());
    QCOMPARE(outboxColumn(text, QStringLiteral("xmin::text")), heldRowVersion);

    QVERIFY(patchSettings({{QStringLiteral("telegram_bot_token"), kToken}}));
    QTRY_VERIFY_WITH_TIMEOUT(m_telegram.deliveredCount(text) >= 1, kWaitMs);
    QCOMPARE(m_telegram.deliveredCount(text), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!notificationWithText(text, QStringLiteral("sent")).isEmpty(), kWaitMs);
    QVERIFY(notificationWithText(text, QStringLiteral("sent")).value(QLatin1String("last_error")).isNull());
}

void TestNotifications::missingChatLeavesMessagesPending()
{
    QVERIFY(patchSettings({{QStringLiteral("telegram_chat_id"), QJsonValue()}}));
    const QJsonObject order = createOrder(ServerFixture::uniqueName(QStringLiteral("Без чата")));
    QVERIFY(!order.isEmpty());
    const QString text = expectedNewOrderText(order, moscow());

    QTRY_COMPARE_WITH_TIMEOUT(
        notificationWithText(text, QStringLiteral("pending")).value(QLatin1String("last_error")).toString(),
        QStringLiteral("telegram_chat_id is not set"), kWaitMs);
    QVERIFY(notificationWithText(text, QStringLiteral("pending")).value(QLatin1String("chat_id")).isNull());
    QTest::qWait(10 * kPollMs);
    QVERIFY(m_telegram.requestsWithText(text).isEmpty());

    // Set later: the waiting message goes to the chat configured now.
    QVERIFY(patchSettings({{QStringLiteral("telegram_chat_id"), QStringLiteral("-100777")}}));
    QTRY_VERIFY_WITH_TIMEOUT(m_telegram.deliveredCount(text) >= 1, kWaitMs);
    QCOMPARE(m_telegram.deliveredCount(text), 1);
    QCOMPARE(m_telegram.requestsWithText(text).constFirst().chatId(), QStringLiteral("-100777"));
    QTRY_COMPARE_WITH_TIMEOUT(
        notificationWithText(text, QStringLiteral("sent")).value(QLatin1String("chat_id")).toString(),
        QStringLiteral("-100777"), kWaitMs);
}

void TestNotifications::onlyAdminsSeeAndRetry()
{
    QCOMPARE(m_fx.api().get(QStringLiteral("/notifications"), m_coordinator.token).status, 403);
    QCOMPARE(m_fx.api().get(QStringLiteral("/notifications"), m_operator.token).status, 403);
    QCOMPARE(m_fx.api().get(QStringLiteral("/notifications")).status, 401);
    QCOMPARE(m_fx.api().post(QStringLiteral("/notifications/1/retry"), {}, m_coordinator.token).status, 403);

    const auto badStatus = m_fx.api().get(QStringLiteral("/notifications?status=lost"), m_fx.adminToken());
    QCOMPARE(badStatus.status, 400);
    QCOMPARE(badStatus.errorCode(), QStringLiteral("bad_request"));

    const auto unknown = m_fx.api().post(QStringLiteral("/notifications/987654321/retry"), {}, m_fx.adminToken());
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("not_found"));

    // Only a failed one goes back to pending.
    const QJsonObject order = createOrder(ServerFixture::uniqueName(QStringLiteral("Уже отправлено")));
    const QString text = expectedNewOrderText(order, moscow());
    QTRY_VERIFY_WITH_TIMEOUT(!notificationWithText(text, QStringLiteral("sent")).isEmpty(), kWaitMs);
    const qint64 id = notificationWithText(text).value(QLatin1String("id")).toInteger();
    const auto notFailed = m_fx.api().post(QStringLiteral("/notifications/%1/retry").arg(id), {}, m_fx.adminToken());
    QCOMPARE(notFailed.status, 409);
    QCOMPARE(notFailed.errorCode(), QStringLiteral("conflict"));
    QCOMPARE(notificationWithText(text).value(QLatin1String("status")).toString(), QStringLiteral("sent"));

    // Every listed message has the contract's fields.
    const auto listed = m_fx.api().get(QStringLiteral("/notifications"), m_fx.adminToken());
    QCOMPARE(listed.status, 200);
    QVERIFY(!listed.array().isEmpty());
    for (const QJsonValue &value : listed.array()) {
        const QJsonObject item = value.toObject();
        for (const char *key : {"id", "chat_id", "text", "status", "attempts", "last_error", "created_at", "sent_at"})
            QVERIFY2(item.contains(QLatin1String(key)), key);
    }
}

void TestNotifications::deliveredAfterTelegramWasDown()
{
    // First a 500, then no answer at all, then nobody listening; then Telegram is back.
    m_telegram.setDefaultAnswer(FakeTelegram::Answer::ServerError);
    m_telegram.queueAnswers({FakeTelegram::Answer::ServerError, FakeTelegram::Answer::Hang});
    const QJsonObject order = createOrder(ServerFixture::uniqueName(QStringLiteral("Терпеливый")));
    QVERIFY(!order.isEmpty());
    const QString text = expectedNewOrderText(order, moscow());

    QTRY_COMPARE_WITH_TIMEOUT(outboxColumn(text, QStringLiteral("attempts")), QStringLiteral("2"), kWaitMs);
    QVERIFY2(outboxColumn(text, QStringLiteral("last_error")).startsWith(QStringLiteral("no answer within")),
             qPrintable(outboxColumn(text, QStringLiteral("last_error"))));
    QCOMPARE(m_telegram.requestsWithText(text).size(), 2);
    QVERIFY(m_telegram.requestsWithText(text).at(0).answer == FakeTelegram::Answer::ServerError);

    m_telegram.stopListening();
    QTRY_VERIFY_WITH_TIMEOUT(outboxColumn(text, QStringLiteral("attempts")).toInt() >= 3 &&
                                 !outboxColumn(text, QStringLiteral("last_error")).startsWith(QStringLiteral("HTTP")),
                             kWaitMs);
    QCOMPARE(outboxColumn(text, QStringLiteral("status")), QStringLiteral("pending"));
    QCOMPARE(m_telegram.deliveredCount(text), 0);

    m_telegram.setDefaultAnswer(FakeTelegram::Answer::Ok);
    QVERIFY(m_telegram.start());
    QTRY_VERIFY_WITH_TIMEOUT(m_telegram.deliveredCount(text) >= 1, kWaitMs);
    QCOMPARE(m_telegram.deliveredCount(text), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!notificationWithText(text, QStringLiteral("sent")).isEmpty(), kWaitMs);
    const QJsonObject sent = notificationWithText(text, QStringLiteral("sent"));
    QVERIFY(sent.value(QLatin1String("attempts")).toInt() >= 4);
    QVERIFY(sent.value(QLatin1String("attempts")).toInt() <= kMaxAttempts);
    QVERIFY(sent.value(QLatin1String("last_error")).isNull());

    // Backed off: the second try came no sooner than the first back-off's lower bound.
    const auto requests = m_telegram.requestsWithText(text);
    QVERIFY(requests.at(1).receivedAtMs - requests.at(0).receivedAtMs >= kBackoffMs / 2);
}

void TestNotifications::tooManyRequestsIsHonoured()
{
    constexpr int kRetryAfterSeconds = 3;
    m_telegram.queueAnswers({FakeTelegram::Answer::TooManyRequests}, kRetryAfterSeconds);
    const QJsonObject first = createOrder(ServerFixture::uniqueName(QStringLiteral("Первый в очереди")));
    QVERIFY(!first.isEmpty());
    const QString firstText = expectedNewOrderText(first, moscow());
    QTRY_COMPARE_WITH_TIMEOUT(m_telegram.requestsWithText(firstText).size(), 1, kWaitMs);
    // Another message while Telegram asked to wait: it waits too (the limit is the bot's).
    const QJsonObject second = createOrder(ServerFixture::uniqueName(QStringLiteral("Второй в очереди")));
    QVERIFY(!second.isEmpty());
    const QString secondText = expectedNewOrderText(second, moscow());

    QTRY_VERIFY_WITH_TIMEOUT(m_telegram.deliveredCount(firstText) >= 1, kWaitMs);
    QCOMPARE(m_telegram.deliveredCount(firstText), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_telegram.deliveredCount(secondText) >= 1, kWaitMs);
    QCOMPARE(m_telegram.deliveredCount(secondText), 1);
    const auto requests = m_telegram.requests();
    QVERIFY(requests.constFirst().answer == FakeTelegram::Answer::TooManyRequests);
    const qint64 throttledAt = requests.constFirst().receivedAtMs;
    for (qsizetype i = 1; i < requests.size(); ++i) {
        const qint64 waited = requests.at(i).receivedAtMs - throttledAt;
        QVERIFY2(waited >= kRetryAfterSeconds * 1000,
                 qPrintable(QStringLiteral("request %1 came %2 ms after the 429").arg(i).arg(waited)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!notificationWithText(firstText, QStringLiteral("sent")).isEmpty(), kWaitMs);
    QCOMPARE(notificationWithText(firstText).value(QLatin1String("attempts")).toInt(), 2);
    QCOMPARE(m_telegram.requestsWithText(firstText).size(), 2);
    QCOMPARE(m_telegram.requestsWithText(secondText).size(), 1);
}

void TestNotifications::failedAfterAttemptLimitThenRetried()
{
    m_telegram.setDefaultAnswer(FakeTelegram::Answer::ServerError);
    const QJsonObject order = createOrder(ServerFixture::uniqueName(QStringLiteral("Неудачник")));
    QVERIFY(!order.isEmpty());
    const QString text = expectedNewOrderText(order, moscow());

    QTRY_VERIFY_WITH_TIMEOUT(!notificationWithText(text, QStringLiteral("failed")).isEmpty(), kWaitMs);
    const QJsonObject failed = notificationWithText(text, QStringLiteral("failed"));
    QCOMPARE(failed.value(QLatin1String("attempts")).toInt(), kMaxAttempts);
    QCOMPARE(failed.value(QLatin1String("last_error")).toString(), QStringLiteral("HTTP 500: Internal Server Error"));
    QVERIFY(failed.value(QLatin1String("sent_at")).isNull());
    QCOMPARE(m_telegram.requestsWithText(text).size(), kMaxAttempts);
    // Each wait at least the lower bound of its exponential back-off: base * 2^(n-1) / 2.
    const auto requests = m_telegram.requestsWithText(text);
    for (int n = 1; n < requests.size(); ++n) {
        const qint64 waited = requests.at(n).receivedAtMs - requests.at(n - 1).receivedAtMs;
        const qint64 atLeast = (qint64(kBackoffMs) << (n - 1)) / 2;
        QVERIFY2(waited >= atLeast, qPrintable(QStringLiteral("retry %1 after %2 ms").arg(n).arg(waited)));
    }
    // Given up: no further attempt however long one waits.
    QTest::qWait(20 * kPollMs);
    QCOMPARE(m_telegram.requestsWithText(text).size(), kMaxAttempts);

    m_telegram.setDefaultAnswer(FakeTelegram::Answer::Ok);
    const qint64 id = failed.value(QLatin1String("id")).toInteger();
    const auto retried = m_fx.api().post(QStringLiteral("/notifications/%1/retry").arg(id), {}, m_fx.adminToken());
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.object().value(QLatin1String("id")).toInteger(), id);
    QCOMPARE(retried.object().value(QLatin1String("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(retried.object().value(QLatin1String("attempts")).toInt(), 0);

    QTRY_VERIFY_WITH_TIMEOUT(m_telegram.deliveredCount(text) >= 1, kWaitMs);
    QCOMPARE(m_telegram.deliveredCount(text), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!notificationWithText(text, QStringLiteral("sent")).isEmpty(), kWaitMs);
    QCOMPARE(m_telegram.requestsWithText(text).size(), kMaxAttempts + 1);

    const auto audit =
        m_fx.api().get(QStringLiteral("/audit?action=notification_retried&limit=500"), m_fx.adminToken());
    QCOMPARE(audit.status, 200);
    bool audited = false;
    for (const QJsonValue &value : audit.object().value(QLatin1String("items")).toArray()) {
        const QJsonObject item = value.toObject();
        if (item.value(QLatin1String("target")).toString() == QStringLiteral("notification:%1").arg(id))
            audited = item.value(QLatin1String("details")).toObject().value(QLatin1String("attempts")).toInt() ==
                      kMaxAttempts;
    }
    QVERIFY2(audited, audit.body.constData());
}

void TestNotifications::twoInstancesDeliverEachMessageOnce()
{
    ServerProcess second(m_fx.dbUrl());
    const auto environment = serverEnvironment(m_telegram);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        second.setEnvironment(it.key(), it.value());
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    ApiClient secondApi = second.apiClient();
    // Slow answers keep both dispatchers busy at the same time, competing for the same rows.
    m_telegram.setAnswerDelay(150);

    QStringList texts;
    for (int i = 0; i < 16; ++i) {
        const QJsonObject order =
            createOrder(i % 2 == 0 ? m_fx.api() : secondApi, ServerFixture::uniqueName(QStringLiteral("Двойник")));
        QVERIFY(!order.isEmpty());
        texts << expectedNewOrderText(order, moscow());
    }
    for (const QString &text : std::as_const(texts))
        QTRY_VERIFY_WITH_TIMEOUT(m_telegram.deliveredCount(text) >= 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_fx.sql(QStringLiteral("SELECT count(*) FROM telegram_outbox WHERE status = 'pending'")).scalar(),
        QStringLiteral("0"), kWaitMs);
    QTest::qWait(1000); // anything sent twice would have arrived by now
    for (const QString &text : std::as_const(texts))
        QVERIFY2(m_telegram.requestsWithText(text).size() == 1, qPrintable(text));

    // Both instances did work the outbox (a sent row keeps the claimer that sent it).
    QStringList quoted;
    for (const QString &text : std::as_const(texts))
        quoted.append(sqlLiteral(text));
    const auto senders =
        m_fx.sql(QStringLiteral("SELECT count(DISTINCT claimed_by) FROM telegram_outbox WHERE text IN (%1)")
                     .arg(quoted.join(u',')));
    QCOMPARE(senders.scalar(), QStringLiteral("2"));

    second.printLogIfTestFailed();
    QVERIFY2(second.stop(), qPrintable(second.errorString()));
}

void TestNotifications::messageCreatedBeforeKillIsDeliveredOnceAfterRestart()
{
    // Telegram takes requests and never answers, so nothing is acknowledged before the crash.
    m_telegram.setDefaultAnswer(FakeTelegram::Answer::Hang);
    // One message the dying process has claimed and is sending when it dies...
    const QJsonObject inFlight = createOrder(ServerFixture::uniqueName(QStringLiteral("В полёте")));
    QVERIFY(!inFlight.isEmpty());
    const QString inFlightText = expectedNewOrderText(inFlight, moscow());
    QTRY_COMPARE_WITH_TIMEOUT(m_telegram.requestsWithText(inFlightText).size(), 1, kWaitMs);
    // ...and one created just before kill -9, while the dispatcher is still busy with the first.
    const QJsonObject order = createOrder(ServerFixture::uniqueName(QStringLiteral("Перед сбоем")));
    QVERIFY(!order.isEmpty());
    const QString text = expectedNewOrderText(order, moscow());
    m_fx.server().kill();
    QVERIFY(!m_fx.server().isRunning());

    QCOMPARE(outboxColumn(text, QStringLiteral("status")), QStringLiteral("pending"));
    QCOMPARE(outboxColumn(inFlightText, QStringLiteral("status")), QStringLiteral("pending"));
    QVERIFY(!outboxColumn(inFlightText, QStringLiteral("claimed_until")).isNull());
    QCOMPARE(m_telegram.deliveredCount(text), 0);
    QCOMPARE(m_telegram.deliveredCount(inFlightText), 0);

    m_telegram.setDefaultAnswer(FakeTelegram::Answer::Ok);
    QVERIFY2(m_fx.server().start(), qPrintable(m_fx.server().errorString()));
    m_fx.api().resetConnections();
    QTRY_VERIFY_WITH_TIMEOUT(m_telegram.deliveredCount(text) >= 1, kWaitMs);
    // The claim the dead process held runs out (request timeout + margin); then it goes out too.
    QTRY_VERIFY_WITH_TIMEOUT(m_telegram.deliveredCount(inFlightText) >= 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(outboxColumn(text, QStringLiteral("status")), QStringLiteral("sent"), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(outboxColumn(inFlightText, QStringLiteral("status")), QStringLiteral("sent"), kWaitMs);
    QTest::qWait(1000); // a second delivery would have come by now
    QCOMPARE(m_telegram.deliveredCount(text), 1);
    QCOMPARE(m_telegram.deliveredCount(inFlightText), 1);
    QCOMPARE(m_telegram.requestsWithText(text).size(), 1);
}

void TestNotifications::shutdownRecordsTheRequestInFlight()
{
    m_telegram.setDefaultAnswer(FakeTelegram::Answer::Hang);
    const QJsonObject order = createOrder(ServerFixture::uniqueName(QStringLiteral("При остановке")));
    QVERIFY(!order.isEmpty());
    const QString text = expectedNewOrderText(order, moscow());
    QTRY_COMPARE_WITH_TIMEOUT(m_telegram.requestsWithText(text).size(), 1, kWaitMs);

    // SIGTERM: the server waits for the request (at most its timeout), records the outcome and
    // exits cleanly, instead of leaving the message to a lease that has to run out.
    QVERIFY2(m_fx.server().stop(), qPrintable(m_fx.server().errorString()));
    QCOMPARE(outboxColumn(text, QStringLiteral("status")), QStringLiteral("pending"));
    QCOMPARE(outboxColumn(text, QStringLiteral("attempts")), QStringLiteral("1"));
    QVERIFY2(outboxColumn(text, QStringLiteral("last_error")).startsWith(QStringLiteral("no answer within")),
             qPrintable(outboxColumn(text, QStringLiteral("last_error"))));
    QVERIFY(outboxColumn(text, QStringLiteral("claimed_until")).isNull());

    m_telegram.setDefaultAnswer(FakeTelegram::Answer::Ok);
    QVERIFY2(m_fx.server().start(), qPrintable(m_fx.server().errorString()));
    m_fx.api().resetConnections();
    QTRY_VERIFY_WITH_TIMEOUT(m_telegram.deliveredCount(text) >= 1, kWaitMs);
    QCOMPARE(m_telegram.deliveredCount(text), 1);
}

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
