// The Telegram rules that need no server: message texts, the back-off schedule and the
// dispatcher's defaults (how they are configured: tst_server_config).
#include "notifications/NotificationOutbox.h"
#include "notifications/TelegramOptions.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace okna;
using namespace okna::server;

namespace {

Order sampleOrder()
{
    Order order;
    order.id = 17;
    order.number = 155026;
    order.clientName = QStringLiteral("Ника Дмитриевна");
    order.phone = QStringLiteral("+79123456789");
    order.address = QStringLiteral("ул. Белорусская, д. 34, кв. 3");
    order.createdAt = QDateTime(QDate(2026, 11, 25), QTime(11, 1, 30), Qt::UTC);
    return order;
}

} // namespace

class TestTelegramRules : public QObject
{
    Q_OBJECT

private slots:
    void newOrderTextIsExact();
    void assignedTextNamesEverything();
    void backoffDoublesWithJitterUpToTheCap();
    void defaultsFollowTheContract();
    void apiBaseLosesTrailingSlashes();
};

namespace {

// PostgreSQL's format() for what newOrderFormat uses: positional %n$s and %% (the server fills the
// format in SQL; tst_notifications checks the delivered text end to end).
QString formatLikePostgres(const QString &format, const QStringList &values)
{
    QString text;
    for (qsizetype i = 0; i < format.size(); ++i) {
        if (format.at(i) != QLatin1Char('%')) {
            text += format.at(i);
            continue;
        }
        if (format.mid(i + 1, 1) == QLatin1String("%")) {
            text += QLatin1Char('%');
            ++i;
            continue;
        }
        const qsizetype dollar = format.indexOf(QLatin1Char('$'), i);
        if (dollar < 0 || format.mid(dollar + 1, 1) != QLatin1String("s"))
            return QStringLiteral("<bad format at %1>").arg(i);
        text += values.value(format.mid(i + 1, dollar - i - 1).toInt() - 1);
        i = dollar + 1;
    }
    return text;
}

} // namespace

void TestTelegramRules::newOrderTextIsExact()
{
    const Order order = sampleOrder();
    QCOMPARE(
        formatLikePostgres(NotificationOutbox::newOrderFormat(order.clientName, order.address),
                           {QStringLiteral("155026"), QStringLiteral("14:01")}),
        QStringLiteral("Новая заявка №155026 (14:01)\nКлиент: Ника Дмитриевна\nАдрес: ул. Белорусская, д. 34, кв. 3"));

    // Placeholders in what the client said are text, not placeholders.
    QCOMPARE(
        formatLikePostgres(NotificationOutbox::newOrderFormat(QStringLiteral("%1$s 100% %2"), QStringLiteral("%%3")),
                           {QStringLiteral("155026"), QStringLiteral("14:01")}),
        QStringLiteral("Новая заявка №155026 (14:01)\nКлиент: %1$s 100% %2\nАдрес: %%3"));
}

void TestTelegramRules::assignedTextNamesEverything()
{
    Order order = sampleOrder();
    order.comment = QStringLiteral("  Домофон не работает  ");
    const QString text = NotificationOutbox::assignedText(order);
    for (const QString &part : {QStringLiteral("№155026"), order.clientName, order.phone, order.address,
                                QStringLiteral("Домофон не работает")})
        QVERIFY2(text.contains(part), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("  Домофон")));

    order.comment.clear();
    QVERIFY(!NotificationOutbox::assignedText(order).contains(QStringLiteral("Комментарий")));
}

void TestTelegramRules::backoffDoublesWithJitterUpToTheCap()
{
    TelegramOptions options;
    options.backoffBaseMs = 1000;
    options.backoffCapMs = 60000;
    for (int failures = 1; failures <= 40; ++failures) {
        const qint64 full = std::min<qint64>(qint64(1000) << std::min(failures - 1, 30), 60000);
        QSet<qint64> seen;
        for (int i = 0; i < 200; ++i) {
            const qint64 delay = options.backoffMs(failures);
            QVERIFY2(delay >= full / 2 && delay <= full,
                     qPrintable(QStringLiteral("failure %1: %2 ms").arg(failures).arg(delay)));
            seen.insert(delay);
        }
        QVERIFY2(seen.size() > 1, "no jitter"); // instances that failed together spread out
    }
}

void TestTelegramRules::defaultsFollowTheContract()
{
    // API.md: the first retry within 5 s, the back-off capped at 5 minutes, at least 10 attempts.
    const TelegramOptions options;
    for (int i = 0; i < 100; ++i)
        QVERIFY(options.backoffMs(1) <= 5000);
    QCOMPARE(options.backoffCapMs, qint64(300000));
    QVERIFY(options.maxAttempts >= 10);
    QCOMPARE(options.apiBase, QStringLiteral("https://api.telegram.org"));
    // A claim outlives the request it covers.
    QVERIFY(options.leaseMs() > options.requestTimeoutMs);
}

void TestTelegramRules::apiBaseLosesTrailingSlashes()
{
    TelegramOptions options;
    options.setApiBase(QStringLiteral("http://127.0.0.1:8081//"));
    QCOMPARE(options.apiBase, QStringLiteral("http://127.0.0.1:8081"));
    options.setApiBase(QString());
    QCOMPARE(options.apiBase, QStringLiteral("https://api.telegram.org"));
}

QTEST_GUILESS_MAIN(TestTelegramRules)
#include "tst_telegram_rules.moc"
