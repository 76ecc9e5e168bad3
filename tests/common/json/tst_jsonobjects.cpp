// Every object of the contract: round trips, the API.md examples, and wrong types naming the field.
#include "json/AuditEntry.h"
#include "json/Backup.h"
#include "json/BlacklistCheck.h"
#include "json/BlacklistEntry.h"
#include "json/JsonText.h"
#include "json/Location.h"
#include "json/MasterRow.h"
#include "json/MastersReport.h"
#include "json/Notification.h"
#include "json/Order.h"
#include "json/OrderHistoryEntry.h"
#include "json/Page.h"
#include "json/Shift.h"
#include "json/SummaryReport.h"
#include "json/User.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace okna;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QDateTime moscow(int day, int hour, int minute)
{
    return {QDate(2026, 11, day), QTime(hour, minute), Qt::OffsetFromUTC, 3 * 3600};
}

// toJson -> text -> fromJson gives the same value back, and the same JSON again.
template <typename T> void checkRoundTrip(const T &value)
{
    const QJsonObject json = value.toJson();
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const auto parsed = T::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message()));
    QVERIFY(parsed.value() == value);
    QCOMPARE(parsed.value().toJson(), json);
}

// The reader's verdict on a JSON text: empty when it was read, else the reader's message.
template <typename T> QString readProblem(const QByteArray &text)
{
    const auto parsed = T::fromJson(QJsonDocument::fromJson(text).object());
    return parsed.ok() ? QString() : parsed.error().message();
}

const char *kOrderExample = R"({"id": 17, "number": 155026, "status": "new", "client_name": "Ника Дмитриевна",
 "phone": "+79123456789", "address": "ул. Белорусская, д. 34, кв. 3", "location_id": 2,
 "comment": "", "master_id": null, "created_by": 3, "created_at": "2026-11-25T14:01:00+03:00",
 "assigned_at": null, "started_at": null, "completed_at": null, "refused_at": null, "refuse_reason": null,
 "version": 1, "updated_at": "2026-11-25T14:01:00+03:00"})";

Order sampleOrder()
{
    Order order;
    order.id = 18;
    order.number = 155027;
    order.status = OrderStatus::Refused;
    order.clientName = QStringLiteral("Ника Дмитриевна");
    order.phone = QStringLiteral("+79123456789");
    order.address = QStringLiteral("ул. Белорусская, д. 34, кв. 3");
    order.locationId = 2;
    order.comment = QStringLiteral("домофон 34");
    order.masterId = 9;
    order.createdBy = 3;
    order.createdAt = moscow(25, 14, 1);
    order.assignedAt = moscow(25, 14, 5);
    order.startedAt = moscow(25, 15, 0);
    order.refusedAt = moscow(25, 15, 30);
    order.refuseReason = QStringLiteral("клиент передумал");
    order.version = 5;
    order.updatedAt = moscow(25, 15, 30);
    return order;
}

} // namespace

class TestJsonObjects : public QObject
{
    Q_OBJECT

private slots:
    void orderFromContractExample();
    void orderRoundTrip();
    void jsonTextEscapesEveryString();
    void orderPageAsTextEqualsItsObject();
    void orderKeepsTimestampOffsets();
    void orderWrongTypes_data();
    void orderWrongTypes();
    void orderNullableFields();
    void userRoundTrip();
    void userLoginShape();
    void userChatIdAsInteger();
    void locationRoundTrip();
    void historyEntry();
    void historyEntryRejectsBadChange();
    void masterRow();
    void shift();
    void blacklist();
    void auditEntry();
    void notification();
    void notificationWithoutChat();
    void readsEveryDocumentedNull_data();
    void readsEveryDocumentedNull();
    void backup();
    void summaryReport();
    void mastersReport();
    void page();
    void pageWrongTypes();
};

void TestJsonObjects::orderFromContractExample()
{
    const auto order = Order::fromJson(parse(kOrderExample));
    QVERIFY(order.ok());
    QCOMPARE(order->id, 17);
    QCOMPARE(order->number, 155026);
    QCOMPARE(order->status, OrderStatus::New);
    QCOMPARE(order->clientName, QStringLiteral("Ника Дмитриевна"));
    QCOMPARE(order->phone, QStringLiteral("+79123456789"));
    QCOMPARE(order->locationId, 2);
    QCOMPARE(order->comment, QString());
    QVERIFY(!order->masterId.has_value());
    QCOMPARE(order->createdBy, 3);
    QCOMPARE(order->createdAt, moscow(25, 14, 1));
    QVERIFY(!order->assignedAt && !order->startedAt && !order->completedAt && !order->refusedAt);
    QVERIFY(!order->refuseReason.has_value());
    QCOMPARE(order->version, 1);
    QCOMPARE(order->toJson(), parse(kOrderExample)); // written back exactly, nulls included
}

void TestJsonObjects::orderRoundTrip()
{
    checkRoundTrip(sampleOrder());
    checkRoundTrip(Order::fromJson(parse(kOrderExample)).value());
}

void TestJsonObjects::orderKeepsTimestampOffsets()
{
    Order order = sampleOrder();
    order.createdAt = QDateTime(QDate(2026, 11, 25), QTime(11, 1), Qt::UTC);
    order.assignedAt = QDateTime(QDate(2026, 11, 25), QTime(16, 1), Qt::OffsetFromUTC, 5 * 3600);
    const QJsonObject json = order.toJson();
    QCOMPARE(json.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-11-25T11:01:00+00:00"));
    QCOMPARE(json.value(QStringLiteral("assigned_at")).toString(), QStringLiteral("2026-11-25T16:01:00+05:00"));
    QCOMPARE(json.value(QStringLiteral("started_at")).toString(), QStringLiteral("2026-11-25T15:00:00+03:00"));
    const auto parsed = Order::fromJson(json);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->assignedAt->offsetFromUtc(), 5 * 3600);
    QCOMPARE(parsed->startedAt->offsetFromUtc(), 3 * 3600);
    QCOMPARE(parsed->createdAt.offsetFromUtc(), 0);
}

void TestJsonObjects::orderWrongTypes_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("location_id string") << QStringLiteral("location_id") << QJsonValue(QStringLiteral("2"))
                                        << QStringLiteral("location_id must be an integer");
    QTest::newRow("location_id fraction")
        << QStringLiteral("location_id") << QJsonValue(2.5) << QStringLiteral("location_id must be an integer");
    QTest::newRow("id missing") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined)
                                << QStringLiteral("id is required");
    QTest::newRow("status unknown") << QStringLiteral("status") << QJsonValue(QStringLiteral("closed"))
                                    << QStringLiteral("status must be one of new, assigned, in_progress, done, "
                                                      "refused");
    QTest::newRow("client_name number") << QStringLiteral("client_name") << QJsonValue(5)
                                        << QStringLiteral("client_name must be a string");
    QTest::newRow("master_id string") << QStringLiteral("master_id") << QJsonValue(QStringLiteral("9"))
                                      << QStringLiteral("master_id must be an integer");
    QTest::newRow("created_at no offset")
        << QStringLiteral("created_at") << QJsonValue(QStringLiteral("2026-11-25T14:01:00"))
        << QStringLiteral("created_at must be an ISO 8601 timestamp with offset");
    QTest::newRow("refuse_reason bool") << QStringLiteral("refuse_reason") << QJsonValue(true)
                                        << QStringLiteral("refuse_reason must be a string");
    QTest::newRow("comment null") << QStringLiteral("comment") << QJsonValue(QJsonValue::Null)
                                  << QStringLiteral("comment must be a string");
    QTest::newRow("version null") << QStringLiteral("version") << QJsonValue(QJsonValue::Null)
                                  << QStringLiteral("version is required");
}

void TestJsonObjects::orderWrongTypes()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    QJsonObject json = parse(kOrderExample);
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    const auto order = Order::fromJson(json);
    QVERIFY(!order.ok());
    QCOMPARE(order.error().code(), ErrorCode::BadRequest);
    QCOMPARE(order.error().message(), message);
}

void TestJsonObjects::orderNullableFields()
{
    QJsonObject json = parse(kOrderExample);
    json.remove(QStringLiteral("assigned_at")); // missing nullable = null
    json.insert(QStringLiteral("master_id"), 4);
    json.remove(QStringLiteral("comment")); // missing comment = empty
    const auto order = Order::fromJson(json);
    QVERIFY(order.ok());
    QVERIFY(!order->assignedAt.has_value());
    QCOMPARE(order->masterId, std::optional<qint64>(4));
    QCOMPARE(order->comment, QString());
    // Written with explicit nulls, so a reader sees every field of the contract.
    QVERIFY(order->toJson().value(QStringLiteral("assigned_at")).isNull());
}

void TestJsonObjects::userRoundTrip()
{
    User user;
    user.id = 3;
    user.login = QStringLiteral("ivanova");
    user.fullName = QStringLiteral("Иванова Анна");
    user.role = Role::Coordinator;
    user.active = false;
    user.phone = QStringLiteral("+79123456789");
    user.telegramChatId = QStringLiteral("-1001234567890");
    user.totpEnabled = true;
    checkRoundTrip(user);
    user.phone.reset();
    user.telegramChatId.reset();
    checkRoundTrip(user);
    QVERIFY(user.toJson().value(QStringLiteral("phone")).isNull());
    QCOMPARE(user.toJson().value(QStringLiteral("role")).toString(), QStringLiteral("coordinator"));
}

void TestJsonObjects::userLoginShape()
{
    // The "user" of POST /auth/login has only four fields.
    const auto user = User::fromJson(parse(R"({"id": 1, "login": "admin", "full_name": "A", "role": "admin"})"));
    QVERIFY(user.ok());
    QCOMPARE(user->role, Role::Admin);
    QVERIFY(user->active);
    QVERIFY(!user->totpEnabled);
    QVERIFY(!user->phone.has_value());

    const auto badRole = User::fromJson(parse(R"({"id": 1, "login": "x", "full_name": "A", "role": "root"})"));
    QVERIFY(!badRole.ok());
    QCOMPARE(badRole.error().message(), QStringLiteral("role must be one of operator, coordinator, master, admin"));
    const auto badActive =
        User::fromJson(parse(R"({"id": 1, "login": "x", "full_name": "A", "role": "admin", "active": "yes"})"));
    QVERIFY(!badActive.ok());
    QCOMPARE(badActive.error().message(), QStringLiteral("active must be true or false"));
}

void TestJsonObjects::userChatIdAsInteger()
{
    const auto user = User::fromJson(
        parse(R"({"id": 1, "login": "m", "full_name": "M", "role": "master", "telegram_chat_id": -1001234567890})"));
    QVERIFY(user.ok());
    QCOMPARE(user->telegramChatId, std::optional(QStringLiteral("-1001234567890")));
    // Always written back as a string.
    QCOMPARE(user->toJson().value(QStringLiteral("telegram_chat_id")), QJsonValue(QStringLiteral("-1001234567890")));
}

void TestJsonObjects::locationRoundTrip()
{
    checkRoundTrip(Location{2, QStringLiteral("Центральный"), true});
    checkRoundTrip(Location{3, QStringLiteral("Северный"), false});
    const auto bad = Location::fromJson(parse(R"({"id": 1, "name": 5})"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message(), QStringLiteral("name must be a string"));
}

void TestJsonObjects::historyEntry()
{
    const auto entry = OrderHistoryEntry::fromJson(parse(
        R"({"at": "2026-11-25T14:05:00+03:00", "user_id": 4, "user_name": "Иванова Анна", "action": "assigned",
            "changes": {"status": ["new", "assigned"], "master_id": [null, 9]}})"));
    QVERIFY(entry.ok());
    QCOMPARE(entry->userId, std::optional<qint64>(4));
    QCOMPARE(entry->userName, std::optional<QString>(QStringLiteral("Иванова Анна")));
    QCOMPARE(entry->action, QStringLiteral("assigned"));
    QCOMPARE(entry->changes.size(), 2);
    QCOMPARE(entry->changes.value(QStringLiteral("status")).oldValue, QJsonValue(QStringLiteral("new")));
    QCOMPARE(entry->changes.value(QStringLiteral("status")).newValue, QJsonValue(QStringLiteral("assigned")));
    QVERIFY(entry->changes.value(QStringLiteral("master_id")).oldValue.isNull());
    QCOMPARE(entry->changes.value(QStringLiteral("master_id")).newValue.toInteger(), 9);
    QCOMPARE(entry->at.offsetFromUtc(), 3 * 3600);
    checkRoundTrip(entry.value());

    const auto created = OrderHistoryEntry::fromJson(
        parse(R"({"at": "2026-11-25T14:01:00+03:00", "user_id": null, "action": "created", "changes": {}})"));
    QVERIFY(created.ok());
    QVERIFY(!created->userId.has_value());
    QVERIFY(!created->userName.has_value()); // absent: a server from before the addition
    checkRoundTrip(created.value());
}

void TestJsonObjects::historyEntryRejectsBadChange()
{
    const auto entry = OrderHistoryEntry::fromJson(
        parse(R"({"at": "2026-11-25T14:05:00+03:00", "user_id": 4, "action": "x", "changes": {"status": ["new"]}})"));
    QVERIFY(!entry.ok());
    QCOMPARE(entry.error().code(), ErrorCode::BadRequest);
    QVERIFY(entry.error().message().contains(QStringLiteral("changes.status")));
}

void TestJsonObjects::masterRow()
{
    MasterRow busy{
        9, QStringLiteral("Петров Пётр"), QStringLiteral("+79123456780"), MasterStatus::Busy, 17, moscow(25, 9, 0)};
    checkRoundTrip(busy);
    MasterRow off{10, QStringLiteral("Сидоров"), std::nullopt, MasterStatus::OffShift, std::nullopt, std::nullopt};
    checkRoundTrip(off);
    QCOMPARE(busy.toJson().value(QStringLiteral("status")).toString(), QStringLiteral("busy"));
    QCOMPARE(busy.toJson().value(QStringLiteral("shift_started_at")).toString(),
             QStringLiteral("2026-11-25T09:00:00+03:00"));
    const auto bad = MasterRow::fromJson(parse(R"({"id": 9, "full_name": "P", "status": "sleeping"})"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message(), QStringLiteral("status must be one of free, busy, off_shift"));
}

void TestJsonObjects::shift()
{
    const auto open =
        Shift::fromJson(parse(R"({"id": 1, "started_at": "2026-11-25T09:00:00+03:00", "ended_at": null})"));
    QVERIFY(open.ok());
    QVERIFY(!open->endedAt.has_value());
    QVERIFY(!open->masterId.has_value());
    QVERIFY(!open->toJson().contains(QStringLiteral("master_id")));
    QVERIFY(open->toJson().value(QStringLiteral("ended_at")).isNull());
    checkRoundTrip(open.value());
    checkRoundTrip(Shift{2, 9, moscow(25, 9, 0), moscow(25, 18, 0)});
}

void TestJsonObjects::blacklist()
{
    checkRoundTrip(BlacklistEntry{1, QStringLiteral("+79123456789"), QStringLiteral("хамит"), 3, moscow(24, 10, 0)});
    checkRoundTrip(BlacklistCheck{true, QStringLiteral("хамит")});
    checkRoundTrip(BlacklistCheck{false, std::nullopt});
    const auto check = BlacklistCheck::fromJson(parse(R"({"blacklisted": false, "reason": null})"));
    QVERIFY(check.ok());
    QVERIFY(!check->blacklisted);
    const auto bad = BlacklistCheck::fromJson(parse(R"({"blacklisted": "no"})"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message(), QStringLiteral("blacklisted must be true or false"));
}

void TestJsonObjects::auditEntry()
{
    AuditEntry entry;
    entry.at = moscow(25, 8, 0);
    entry.action = QStringLiteral("login_failed");
    entry.details = QJsonObject{{QStringLiteral("login"), QStringLiteral("nobody")}};
    entry.ip = QStringLiteral("10.0.0.5");
    checkRoundTrip(entry);
    entry.userId = 3;
    entry.target = QStringLiteral("order:17");
    checkRoundTrip(entry);
    const auto bad =
        AuditEntry::fromJson(parse(R"({"at": "2026-11-25T08:00:00+03:00", "user_id": "3", "action": "x"})"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message(), QStringLiteral("user_id must be an integer"));
}

void TestJsonObjects::notification()
{
    Notification sent{5,
                      QStringLiteral("-1001234567890"),
                      QStringLiteral("Новая заявка №155026 (14:01)"),
                      Notification::Status::Sent,
                      2,
                      std::nullopt,
                      moscow(25, 14, 1),
                      moscow(25, 14, 2)};
    checkRoundTrip(sent);
    const auto fromInt = Notification::fromJson(parse(R"({"id": 6, "chat_id": 12345, "text": "t", "status": "failed",
        "attempts": 10, "last_error": "HTTP 502", "created_at": "2026-11-25T14:01:00+03:00", "sent_at": null})"));
    QVERIFY(fromInt.ok());
    QCOMPARE(fromInt->chatId, QStringLiteral("12345"));
    QCOMPARE(fromInt->status, Notification::Status::Failed);
    QCOMPARE(fromInt->lastError, std::optional(QStringLiteral("HTTP 502")));
    const auto bad = Notification::fromJson(parse(R"({"id": 6, "chat_id": "1", "text": "t", "status": "lost",
        "attempts": 1, "created_at": "2026-11-25T14:01:00+03:00"})"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message(), QStringLiteral("status must be one of pending, sent, failed"));
    QCOMPARE(Notification::parseStatus(QStringLiteral("pending")), std::optional(Notification::Status::Pending));
}

// README: a new-order message written while telegram_chat_id was not set has "chat_id": null.
void TestJsonObjects::notificationWithoutChat()
{
    const auto waiting = Notification::fromJson(parse(R"({"id": 7, "chat_id": null, "text": "t", "status": "pending",
        "attempts": 0, "last_error": "telegram_chat_id is not set", "created_at": "2026-11-25T14:01:00+03:00",
        "sent_at": null})"));
    QVERIFY2(waiting.ok(), qPrintable(waiting.ok() ? QString() : waiting.error().message()));
    QVERIFY(waiting->chatId.isEmpty());
    QCOMPARE(waiting->status, Notification::Status::Pending);
    // Written back as null, not "", so that a reader never mistakes it for a chat.
    QVERIFY(waiting->toJson().value(QStringLiteral("chat_id")).isNull());
    checkRoundTrip(waiting.value());
    const auto bad = Notification::fromJson(parse(R"({"id": 7, "chat_id": true, "text": "t", "status": "pending",
        "attempts": 0, "created_at": "2026-11-25T14:01:00+03:00"})"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message().startsWith(QStringLiteral("chat_id")));
}

// Every field API.md or the README's additions say may be null, null at once in each object the client
// reads: the reader accepts it (a refused null breaks a whole page, as the Telegram outbox once did).
void TestJsonObjects::readsEveryDocumentedNull_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("order") << QByteArray(kOrderExample);
    QTest::newRow("orders page") << QByteArray(R"({"items": [], "next_cursor": null})");
    QTest::newRow("history entry") << QByteArray(R"({"at": "2026-11-25T14:01:00+03:00", "user_id": null,
        "user_name": null, "action": "created", "changes": {}})");
    QTest::newRow("user") << QByteArray(R"({"id": 1, "login": "m", "full_name": "M", "role": "master",
        "active": true, "phone": null, "telegram_chat_id": null, "totp_enabled": false})");
    QTest::newRow("master row") << QByteArray(R"({"id": 1, "full_name": "M", "phone": null, "status": "off_shift",
        "current_order_id": null, "shift_started_at": null})");
    QTest::newRow("shift") << QByteArray(R"({"id": 1, "started_at": "2026-11-25T09:00:00+03:00", "ended_at": null})");
    QTest::newRow("blacklist check") << QByteArray(R"({"blacklisted": false, "reason": null})");
    QTest::newRow("audit entry") << QByteArray(R"({"at": "2026-11-25T08:00:00+03:00", "user_id": null,
        "action": "login_failed", "target": null, "details": null, "ip": null})");
    QTest::newRow("audit page") << QByteArray(R"({"items": [], "next_cursor": null})");
    QTest::newRow("notification") << QByteArray(R"({"id": 1, "chat_id": null, "text": "t", "status": "pending",
        "attempts": 0, "last_error": null, "created_at": "2026-11-25T14:01:00+03:00", "sent_at": null})");
    QTest::newRow("backup") << QByteArray(R"({"id": 1, "status": "running", "file": null, "size_bytes": null,
        "created_at": null, "verified_at": null, "orders_count": null, "error": null})");
    QTest::newRow("summary report") << QByteArray(R"({"from": "2026-11-01T00:00:00+03:00",
        "to": "2026-12-01T00:00:00+03:00", "rows": [{"location_id": 3, "location": "С", "total": 0, "new": 0,
        "assigned": 0, "in_progress": 0, "done": 0, "refused": 0, "avg_completion_minutes": null}],
        "totals": {"total": 0, "new": 0, "assigned": 0, "in_progress": 0, "done": 0, "refused": 0,
        "avg_completion_minutes": null}})");
    QTest::newRow("masters report") << QByteArray(R"({"from": "2026-11-23T00:00:00+03:00",
        "to": "2026-11-30T00:00:00+03:00", "rows": [{"master_id": 9, "full_name": "П", "done": 0, "refused": 0,
        "avg_work_minutes": null, "shift_minutes": 0}],
        "totals": {"done": 0, "refused": 0, "avg_work_minutes": null, "shift_minutes": 0}})");
}

void TestJsonObjects::readsEveryDocumentedNull()
{
    // Row name -> the reader the client uses for that JSON.
    const QHash<QString, std::function<QString(const QByteArray &)>> readers{
        {QStringLiteral("order"), readProblem<Order>},
        {QStringLiteral("orders page"), readProblem<Page<Order>>},
        {QStringLiteral("history entry"), readProblem<OrderHistoryEntry>},
        {QStringLiteral("user"), readProblem<User>},
        {QStringLiteral("master row"), readProblem<MasterRow>},
        {QStringLiteral("shift"), readProblem<Shift>},
        {QStringLiteral("blacklist check"), readProblem<BlacklistCheck>},
        {QStringLiteral("audit entry"), readProblem<AuditEntry>},
        {QStringLiteral("audit page"), readProblem<Page<AuditEntry>>},
        {QStringLiteral("notification"), readProblem<Notification>},
        {QStringLiteral("backup"), readProblem<Backup>},
        {QStringLiteral("summary report"), readProblem<SummaryReport>},
        {QStringLiteral("masters report"), readProblem<MastersReport>},
    };
    QFETCH(QByteArray, json);
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    QVERIFY2(readers.contains(row), qPrintable(row));
    QVERIFY(QJsonDocument::fromJson(json).isObject()); // the test's own JSON is well-formed
    const QString problem = readers.value(row)(json);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestJsonObjects::backup()
{
    // POST /backups answers only {"id","status"}.
    const auto started = Backup::fromJson(parse(R"({"id": 4, "status": "running"})"));
    QVERIFY(started.ok());
    QCOMPARE(started->status, Backup::Status::Running);
    QVERIFY(!started->file && !started->sizeBytes && !started->createdAt);
    checkRoundTrip(started.value());
    checkRoundTrip(Backup{5, Backup::Status::Verified, QStringLiteral("/var/lib/okna/backups/okna-1.dump"),
                          Q_INT64_C(5368709120), moscow(25, 3, 0), moscow(25, 3, 5), 1000000, std::nullopt});
    const auto bad = Backup::fromJson(parse(R"({"id": 4, "status": "running", "size_bytes": "big"})"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message(), QStringLiteral("size_bytes must be an integer"));
}

void TestJsonObjects::summaryReport()
{
    const auto report = SummaryReport::fromJson(parse(R"({"from": "2026-11-01T00:00:00+03:00",
        "to": "2026-12-01T00:00:00+03:00",
        "rows": [{"location_id": 2, "location": "Центр", "total": 10, "new": 1, "assigned": 2, "in_progress": 1,
                  "done": 5, "refused": 1, "avg_completion_minutes": 95.5},
                 {"location_id": 3, "location": "Север", "total": 0, "new": 0, "assigned": 0, "in_progress": 0,
                  "done": 0, "refused": 0, "avg_completion_minutes": null}],
        "totals": {"total": 10, "new": 1, "assigned": 2, "in_progress": 1, "done": 5, "refused": 1,
                   "avg_completion_minutes": 95.5}})"));
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
    QCOMPARE(report->rows.size(), 2);
    QCOMPARE(report->rows.at(0).location, QStringLiteral("Центр"));
    QCOMPARE(report->rows.at(0).counters.newCount, 1);
    QCOMPARE(report->rows.at(0).counters.avgCompletionMinutes, std::optional(95.5));
    QVERIFY(!report->rows.at(1).counters.avgCompletionMinutes.has_value());
    QCOMPARE(report->totals.done, 5);
    QCOMPARE(report->from.offsetFromUtc(), 3 * 3600);
    checkRoundTrip(report.value());

    QJsonObject broken = report->toJson();
    QJsonArray rows = broken.value(QStringLiteral("rows")).toArray();
    QJsonObject row = rows.at(1).toObject();
    row.insert(QStringLiteral("done"), QStringLiteral("5"));
    rows.replace(1, row);
    broken.insert(QStringLiteral("rows"), rows);
    const auto bad = SummaryReport::fromJson(broken);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message(), QStringLiteral("rows[1]: done must be an integer"));
}

void TestJsonObjects::mastersReport()
{
    MastersReport report;
    report.from = moscow(23, 0, 0);
    report.to = moscow(30, 0, 0);
    report.rows.append(MasterReportRow{9, QStringLiteral("Петров"), {4, 1, 62.25, 2400}});
    report.rows.append(MasterReportRow{10, QStringLiteral("Сидоров"), {0, 0, std::nullopt, 0}});
    report.totals = {4, 1, 62.25, 2400};
    checkRoundTrip(report);
    const QJsonObject row = report.toJson().value(QStringLiteral("rows")).toArray().at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("master_id")).toInteger(), 9);
    QCOMPARE(row.value(QStringLiteral("shift_minutes")).toInteger(), 2400);
    QVERIFY(report.toJson()
                .value(QStringLiteral("rows"))
                .toArray()
                .at(1)
                .toObject()
                .value(QStringLiteral("avg_work_minutes"))
                .isNull());
    const auto bad = MastersReport::fromJson(parse(R"({"from": "2026-11-23T00:00:00+03:00",
        "to": "2026-11-30T00:00:00+03:00", "rows": [], "totals": {"done": 1, "refused": 0, "shift_minutes": 1.5}})"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message(), QStringLiteral("totals: shift_minutes must be an integer"));
}

void TestJsonObjects::page()
{
    Page<Order> page;
    page.items = {sampleOrder(), Order::fromJson(parse(kOrderExample)).value()};
    page.nextCursor = QStringLiteral("opaque-cursor");
    checkRoundTrip(page);
    page.nextCursor.reset();
    checkRoundTrip(page);
    QVERIFY(page.toJson().value(QStringLiteral("next_cursor")).isNull());
    QCOMPARE(page.toJson().value(QStringLiteral("items")).toArray().size(), 2);

    const auto empty = Page<AuditEntry>::fromJson(parse(R"({"items": [], "next_cursor": null})"));
    QVERIFY(empty.ok());
    QVERIFY(empty->items.isEmpty());
}

void TestJsonObjects::pageWrongTypes()
{
    const auto notArray = Page<Order>::fromJson(parse(R"({"items": {}, "next_cursor": null})"));
    QVERIFY(!notArray.ok());
    QCOMPARE(notArray.error().message(), QStringLiteral("items must be an array"));
    const auto badCursor = Page<Order>::fromJson(parse(R"({"items": [], "next_cursor": 5})"));
    QVERIFY(!badCursor.ok());
    QCOMPARE(badCursor.error().message(), QStringLiteral("next_cursor must be a string"));

    QJsonObject order = parse(kOrderExample);
    order.insert(QStringLiteral("location_id"), QStringLiteral("2"));
    const auto badItem = Page<Order>::fromJson(QJsonObject{{QStringLiteral("items"), QJsonArray{order}}});
    QVERIFY(!badItem.ok());
    QCOMPARE(badItem.error().message(), QStringLiteral("items[0]: location_id must be an integer"));
}

void TestJsonObjects::jsonTextEscapesEveryString()
{
    QString awkward = QStringLiteral("\"кавычки\" \\ слэш\n\r\t табы 😀 ");
    awkward += QChar(0x01);
    awkward += QChar(0x1f);
    JsonText json;
    json.beginObject();
    json.member("text", awkward);
    json.key("list").beginArray().value(qint64(-5)).null().value(true).beginObject().endObject().endArray();
    json.member("none", std::optional<QString>());
    json.endObject();
    const QByteArray text = json.take();
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, text.constData());
    QCOMPARE(parsed.object().value(QLatin1String("text")).toString(), awkward);
    QCOMPARE(parsed.object().value(QLatin1String("list")).toArray(),
             (QJsonArray{-5, QJsonValue::Null, true, QJsonObject()}));
    QVERIFY(parsed.object().value(QLatin1String("none")).isNull());
    QVERIFY(json.take().isEmpty());
}

void TestJsonObjects::orderPageAsTextEqualsItsObject()
{
    Order first = Order::fromJson(parse(kOrderExample)).value();
    Order second = first;
    second.id = 2;
    second.masterId.reset();
    second.refuseReason = QStringLiteral("Клиент \"передумал\"");
    second.completedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::OffsetFromUTC, -5 * 3600);
    const Page<Order> page{{first, second}, QStringLiteral("next")};
    const QJsonObject fromText = QJsonDocument::fromJson(page.toJsonText()).object();
    QCOMPARE(fromText, page.toJson());
    QCOMPARE(fromText.value(QLatin1String("items")).toArray().at(1).toObject().value(QLatin1String("completed_at")),
             QJsonValue(QStringLiteral("2026-01-02T03:04:05.006-05:00")));
}

QTEST_APPLESS_MAIN(TestJsonObjects)
#include "tst_jsonobjects.moc"
