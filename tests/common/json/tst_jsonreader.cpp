// Type checks of JSON input: each wrong type is a 400 naming the field; null and missing differ.
#include "json/JsonList.h"
#include "json/JsonReader.h"
#include "json/Location.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace okna;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryType();
    void requiredMissingOrNull();
    void wrongTypes_data();
    void wrongTypes();
    void integersMustBeWhole();
    void intRange();
    void nullableMissingAndNull();
    void optionalKeepsDefaultButRejectsNull();
    void patchHasThreeStates();
    void chatIdAcceptsStringAndInteger();
    void firstErrorWins();
    void listErrorsNameTheElement();
};

void TestJsonReader::readsEveryType()
{
    const auto json = parse(R"({"i": 9007199254740993, "n": 42, "d": 1.5, "b": true, "s": "x",
        "t": "2026-11-25T14:01:00+03:00", "st": "in_progress", "r": "master", "ms": "off_shift",
        "o": {"k": 1}, "a": [1, 2]})");
    JsonReader reader(json);
    qint64 i = 0;
    int n = 0;
    double d = 0;
    bool b = false;
    QString s;
    QDateTime t;
    OrderStatus st = OrderStatus::New;
    Role r = Role::Operator;
    MasterStatus ms = MasterStatus::Free;
    QJsonObject o;
    QJsonArray a;
    reader.required(QStringLiteral("i"), i);
    reader.required(QStringLiteral("n"), n);
    reader.required(QStringLiteral("d"), d);
    reader.required(QStringLiteral("b"), b);
    reader.required(QStringLiteral("s"), s);
    reader.required(QStringLiteral("t"), t);
    reader.required(QStringLiteral("st"), st);
    reader.required(QStringLiteral("r"), r);
    reader.required(QStringLiteral("ms"), ms);
    reader.required(QStringLiteral("o"), o);
    reader.required(QStringLiteral("a"), a);
    QVERIFY(reader.ok());
    QCOMPARE(i, Q_INT64_C(9007199254740993)); // exact beyond 2^53: ids never lose digits
    QCOMPARE(n, 42);
    QCOMPARE(d, 1.5);
    QCOMPARE(b, true);
    QCOMPARE(s, QStringLiteral("x"));
    QCOMPARE(t.offsetFromUtc(), 3 * 3600);
    QCOMPARE(st, OrderStatus::InProgress);
    QCOMPARE(r, Role::Master);
    QCOMPARE(ms, MasterStatus::OffShift);
    QCOMPARE(o.value(QStringLiteral("k")).toInt(), 1);
    QCOMPARE(a.size(), 2);
}

void TestJsonReader::requiredMissingOrNull()
{
    for (const char *json : {R"({})", R"({"name": null})"}) {
        JsonReader reader(parse(json));
        QString name;
        reader.required(QStringLiteral("name"), name);
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().code(), ErrorCode::BadRequest);
        QCOMPARE(reader.error().message(), QStringLiteral("name is required"));
    }
}

void TestJsonReader::wrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("string for integer") << QByteArray(R"({"f": "2"})") << QStringLiteral("integer")
                                        << QStringLiteral("f must be an integer");
    QTest::newRow("bool for integer") << QByteArray(R"({"f": true})") << QStringLiteral("integer")
                                      << QStringLiteral("f must be an integer");
    QTest::newRow("string for number") << QByteArray(R"({"f": "1.5"})") << QStringLiteral("number")
                                       << QStringLiteral("f must be a number");
    QTest::newRow("number for bool") << QByteArray(R"({"f": 1})") << QStringLiteral("bool")
                                     << QStringLiteral("f must be true or false");
    QTest::newRow("number for string") << QByteArray(R"({"f": 5})") << QStringLiteral("string")
                                       << QStringLiteral("f must be a string");
    QTest::newRow("array for string") << QByteArray(R"({"f": ["a"]})") << QStringLiteral("string")
                                      << QStringLiteral("f must be a string");
    QTest::newRow("no offset") << QByteArray(R"({"f": "2026-11-25T14:01:00"})") << QStringLiteral("time")
                               << QStringLiteral("f must be an ISO 8601 timestamp with offset");
    QTest::newRow("number for time") << QByteArray(R"({"f": 1700000000})") << QStringLiteral("time")
                                     << QStringLiteral("f must be an ISO 8601 timestamp with offset");
    QTest::newRow("unknown status") << QByteArray(R"({"f": "closed"})") << QStringLiteral("status")
                                    << QStringLiteral("f must be one of new, assigned, in_progress, done, refused");
    QTest::newRow("unknown role") << QByteArray(R"({"f": "root"})") << QStringLiteral("role")
                                  << QStringLiteral("f must be one of operator, coordinator, master, admin");
    QTest::newRow("unknown master status") << QByteArray(R"({"f": "away"})") << QStringLiteral("master")
                                           << QStringLiteral("f must be one of free, busy, off_shift");
    QTest::newRow("array for object") << QByteArray(R"({"f": []})") << QStringLiteral("object")
                                      << QStringLiteral("f must be an object");
    QTest::newRow("object for array") << QByteArray(R"({"f": {}})") << QStringLiteral("array")
                                      << QStringLiteral("f must be an array");
}

void TestJsonReader::wrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    JsonReader reader(QJsonDocument::fromJson(json).object());
    const QString f = QStringLiteral("f");
    if (kind == QLatin1String("integer")) {
        qint64 v = 0;
        reader.required(f, v);
    } else if (kind == QLatin1String("number")) {
        double v = 0;
        reader.required(f, v);
    } else if (kind == QLatin1String("bool")) {
        bool v = false;
        reader.required(f, v);
    } else if (kind == QLatin1String("string")) {
        QString v;
        reader.required(f, v);
    } else if (kind == QLatin1String("time")) {
        QDateTime v;
        reader.required(f, v);
    } else if (kind == QLatin1String("status")) {
        OrderStatus v{};
        reader.required(f, v);
    } else if (kind == QLatin1String("role")) {
        Role v{};
        reader.required(f, v);
    } else if (kind == QLatin1String("master")) {
        MasterStatus v{};
        reader.required(f, v);
    } else if (kind == QLatin1String("object")) {
        QJsonObject v;
        reader.required(f, v);
    } else {
        QJsonArray v;
        reader.required(f, v);
    }
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().code(), ErrorCode::BadRequest);
    QCOMPARE(reader.error().httpStatus(), 400);
    QCOMPARE(reader.error().message(), message);
}

void TestJsonReader::integersMustBeWhole()
{
    JsonReader reader(parse(R"({"location_id": 2.5})"));
    qint64 id = 0;
    reader.required(QStringLiteral("location_id"), id);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().message(), QStringLiteral("location_id must be an integer"));

    JsonReader whole(parse(R"({"location_id": 2.0})"));
    whole.required(QStringLiteral("location_id"), id);
    QVERIFY(whole.ok());
    QCOMPARE(id, 2);
}

void TestJsonReader::intRange()
{
    JsonReader reader(parse(R"({"attempts": 3000000000})"));
    int attempts = 0;
    reader.required(QStringLiteral("attempts"), attempts);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().message(), QStringLiteral("attempts must be an integer"));
}

void TestJsonReader::nullableMissingAndNull()
{
    std::optional<qint64> masterId = 5;
    JsonReader missing(parse(R"({})"));
    missing.nullable(QStringLiteral("master_id"), masterId);
    QVERIFY(missing.ok());
    QVERIFY(!masterId.has_value());

    masterId = 5;
    JsonReader null(parse(R"({"master_id": null})"));
    null.nullable(QStringLiteral("master_id"), masterId);
    QVERIFY(null.ok());
    QVERIFY(!masterId.has_value());

    JsonReader value(parse(R"({"master_id": 7})"));
    value.nullable(QStringLiteral("master_id"), masterId);
    QVERIFY(value.ok());
    QCOMPARE(masterId, std::optional<qint64>(7));

    JsonReader wrong(parse(R"({"master_id": "7"})"));
    wrong.nullable(QStringLiteral("master_id"), masterId);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().message(), QStringLiteral("master_id must be an integer"));
}

void TestJsonReader::optionalKeepsDefaultButRejectsNull()
{
    QString comment = QStringLiteral("default");
    JsonReader missing(parse(R"({})"));
    missing.optional(QStringLiteral("comment"), comment);
    QVERIFY(missing.ok());
    QCOMPARE(comment, QStringLiteral("default"));

    JsonReader null(parse(R"({"comment": null})"));
    null.optional(QStringLiteral("comment"), comment);
    QVERIFY(!null.ok());
    QCOMPARE(null.error().message(), QStringLiteral("comment must be a string"));
}

void TestJsonReader::patchHasThreeStates()
{
    PatchField<QString> phone;
    JsonReader missing(parse(R"({})"));
    missing.patch(QStringLiteral("phone"), phone);
    QVERIFY(missing.ok());
    QVERIFY(!phone.has_value()); // not sent: leave unchanged

    JsonReader null(parse(R"({"phone": null})"));
    null.patch(QStringLiteral("phone"), phone);
    QVERIFY(null.ok());
    QVERIFY(phone.has_value()); // sent as null: clear it
    QVERIFY(!phone->has_value());

    JsonReader value(parse(R"({"phone": "+79123456789"})"));
    value.patch(QStringLiteral("phone"), phone);
    QVERIFY(value.ok());
    QCOMPARE(phone->value(), QStringLiteral("+79123456789"));

    JsonReader wrong(parse(R"({"phone": 79123456789})"));
    wrong.patch(QStringLiteral("phone"), phone);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().message(), QStringLiteral("phone must be a string"));
}

void TestJsonReader::chatIdAcceptsStringAndInteger()
{
    std::optional<QString> chatId;
    JsonReader text(parse(R"({"telegram_chat_id": "-1001234567890"})"));
    text.nullableChatId(QStringLiteral("telegram_chat_id"), chatId);
    QVERIFY(text.ok());
    QCOMPARE(chatId, std::optional(QStringLiteral("-1001234567890")));

    JsonReader integer(parse(R"({"telegram_chat_id": -1001234567890})"));
    integer.nullableChatId(QStringLiteral("telegram_chat_id"), chatId);
    QVERIFY(integer.ok());
    QCOMPARE(chatId, std::optional(QStringLiteral("-1001234567890")));

    PatchField<QString> patch;
    JsonReader patchNull(parse(R"({"telegram_chat_id": null})"));
    patchNull.patchChatId(QStringLiteral("telegram_chat_id"), patch);
    QVERIFY(patchNull.ok());
    QVERIFY(patch.has_value() && !patch->has_value());

    for (const char *json : {R"({"telegram_chat_id": 1.5})", R"({"telegram_chat_id": true})"}) {
        JsonReader wrong(parse(json));
        wrong.nullableChatId(QStringLiteral("telegram_chat_id"), chatId);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().message(), QStringLiteral("telegram_chat_id must be a string or an integer"));
    }
}

void TestJsonReader::firstErrorWins()
{
    JsonReader reader(parse(R"({"a": "x", "b": "y"})"));
    qint64 a = 0;
    qint64 b = 0;
    reader.required(QStringLiteral("a"), a);
    reader.required(QStringLiteral("b"), b);
    reader.fail(ApiError::badRequest(QStringLiteral("later")));
    QCOMPARE(reader.error().message(), QStringLiteral("a must be an integer"));
}

void TestJsonReader::listErrorsNameTheElement()
{
    const QJsonArray array = QJsonDocument::fromJson(R"([{"id": 1, "name": "A", "active": true},
        {"id": "2", "name": "B", "active": true}])")
                                 .array();
    const auto result = listFromJson<Location>(array, QStringLiteral("items"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::BadRequest);
    QCOMPARE(result.error().message(), QStringLiteral("items[1]: id must be an integer"));

    const auto notObject = listFromJson<Location>(QJsonArray{1}, QStringLiteral("rows"));
    QVERIFY(!notObject.ok());
    QCOMPARE(notObject.error().message(), QStringLiteral("rows[0] must be an object"));
}

QTEST_APPLESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
