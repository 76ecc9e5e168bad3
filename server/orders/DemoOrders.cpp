#include "orders/DemoOrders.h"

#include "db/Database.h"
#include "domain/OrderHistory.h"
#include "locations/LocationStore.h"
#include "masters/MasterStore.h"
#include "orders/OrderStore.h"
#include "users/UserStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDemoOrders, "okna.server.orders.demo")

namespace okna::server {

namespace {

const char *const kFirstNames[] = {"Анна",    "Ольга",  "Мария",   "Елена",   "Наталья",  "Ирина",
                                   "Сергей",  "Андрей", "Алексей", "Дмитрий", "Михаил",   "Николай",
                                   "Татьяна", "Павел",  "Юлия",    "Виктор",  "Светлана", "Игорь"};
const char *const kPatronymics[] = {"Ивановна", "Петровна", "Сергеевна", "Александровна", "Викторовна",
                                    "Иванович", "Петрович", "Сергеевич", "Александрович", "Николаевич"};
const char *const kSurnames[] = {"Иванов",  "Смирнов",  "Кузнецов", "Попов",   "Васильев", "Петров",
                                 "Соколов", "Михайлов", "Новиков",  "Фёдоров", "Морозов",  "Волков"};
const char *const kStreets[] = {"ул. Ленина",      "ул. Гагарина", "пр. Мира",          "ул. Советская",
                                "ул. Белорусская", "ул. Садовая",  "Школьная ул.",      "ул. Лесная",
                                "Набережная ул.",  "ул. Пушкина",  "Комсомольский пр.", "ул. Молодёжная"};
const char *const kComments[] = {"",
                                 "",
                                 "Продувает створка на кухне",
                                 "Не закрывается балконная дверь",
                                 "Замена уплотнителя, 3 окна",
                                 "Сломана ручка, нужен выезд до обеда",
                                 "Регулировка фурнитуры после зимы",
                                 "Запотевает стеклопакет",
                                 "Домофон не работает, звонить заранее"};
const char *const kRefuseReasons[] = {"Клиент передумал", "Не дозвонились до клиента", "Нет нужной фурнитуры",
                                      "Клиент не открыл дверь"};

template <typename T, std::size_t N> QString pick(QRandomGenerator &random, const T (&items)[N])
{
    return QString::fromUtf8(items[random.bounded(static_cast<int>(N))]);
}

QString clientName(QRandomGenerator &random)
{
    const QString first = pick(random, kFirstNames);
    QString surname = pick(random, kSurnames);
    QString patronymic = pick(random, kPatronymics);
    const bool female = first.endsWith(QChar(u'а')) || first.endsWith(QChar(u'я'));
    // Keep the gender of the three names consistent.
    if (female) {
        surname += QString::fromUtf8("а");
        if (!patronymic.endsWith(QString::fromUtf8("на")))
            patronymic = patronymic.left(patronymic.size() - 2) + QString::fromUtf8("на");
    } else if (patronymic.endsWith(QString::fromUtf8("на"))) {
        patronymic = patronymic.left(patronymic.size() - 2) + QString::fromUtf8("ич");
    }
    return QStringLiteral("%1 %2 %3").arg(surname, first, patronymic);
}

QJsonObject change(const QString &field, const QJsonValue &oldValue, const QJsonValue &newValue)
{
    return {{field, QJsonArray{oldValue, newValue}}};
}

} // namespace

Status seedDemoOrders(Database &database, int count)
{
    return database.transact([&](pqxx::work &tx) -> Status {
        if (OrderStore::hasAny(tx))
            return {};
        QList<qint64> locations;
        for (const Location &location : LocationStore::list(tx)) {
            if (location.active)
                locations.append(location.id);
        }
        qint64 creator = 0;
        for (const User &user : UserStore::list(tx)) {
            if (user.active && user.role != Role::Master && (creator == 0 || user.role == Role::Operator))
                creator = user.id;
        }
        if (locations.isEmpty() || creator == 0) {
            return ApiError::validation(QStringLiteral("seed"),
                                        QCoreApplication::translate("DemoOrders", "Create locations and users first"));
        }
        QList<qint64> masters;
        QSet<qint64> busy;
        const QTimeZone utc = QTimeZone::utc();
        for (const MasterRow &master : MasterStore::list(tx, utc)) {
            masters.append(master.id);
            if (master.currentOrderId)
                busy.insert(master.id);
        }

        QRandomGenerator random(20261125);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<QDateTime> times;
        // A quarter within the last hour and a half, so that today's lists (the operator's first
        // screen) are not empty whenever the demo starts; the rest over the past week.
        for (int i = 0; i < count; ++i) {
            const int window = i < count / 4 ? 90 * 60 : 7 * 24 * 3600;
            times.append(now.addSecs(-static_cast<qint64>(random.bounded(window))));
        }
        std::sort(times.begin(), times.end());

        for (const QDateTime &createdAt : times) {
            Order order;
            order.clientName = clientName(random);
            order.phone = QStringLiteral("+79%1").arg(random.bounded(100000000, 999999999));
            order.address = QStringLiteral("%1, д. %2, кв. %3")
                                .arg(pick(random, kStreets))
                                .arg(random.bounded(1, 120))
                                .arg(random.bounded(1, 300));
            order.locationId = locations.at(random.bounded(static_cast<int>(locations.size())));
            order.comment = pick(random, kComments);
            order.createdBy = creator;
            order.createdAt = createdAt;
            order.status = OrderStatus::New;

            // What happened to it since, by age: old orders are finished, fresh ones still moving.
            const bool today = createdAt.secsTo(now) < 12 * 3600;
            const int roll = random.bounded(100);
            QList<qint64> freeMasters;
            for (qint64 id : masters) {
                if (!busy.contains(id))
                    freeMasters.append(id);
            }
            if (!masters.isEmpty()) {
                if (!today && roll < 80)
                    order.status = OrderStatus::Done;
                else if (!today || roll < 15)
                    order.status = OrderStatus::Refused;
                // Two masters stay free, so a coordinator has someone to drag an order onto.
                else if (roll < 45 && freeMasters.size() > 2)
                    order.status = roll < 30 ? OrderStatus::Assigned : OrderStatus::InProgress;
            }
            const qint64 ageSecs = createdAt.secsTo(now);
            const auto step = [&](int part) { return createdAt.addSecs(ageSecs * part / 10); };
            if (order.status != OrderStatus::New) {
                const QList<qint64> &pool = isActive(order.status) ? freeMasters : masters;
                order.masterId = pool.at(random.bounded(static_cast<int>(pool.size())));
                order.assignedAt = step(1);
                if (isActive(order.status))
                    busy.insert(*order.masterId);
            }
            if (order.status == OrderStatus::InProgress || order.status == OrderStatus::Done)
                order.startedAt = step(2);
            if (order.status == OrderStatus::Done)
                order.completedAt = step(4);
            if (order.status == OrderStatus::Refused) {
                order.refusedAt = step(3);
                order.refuseReason = pick(random, kRefuseReasons);
            }
            order.updatedAt = order.completedAt.value_or(
                order.refusedAt.value_or(order.startedAt.value_or(order.assignedAt.value_or(createdAt))));

            QJsonObject created = change(QStringLiteral("status"), QJsonValue(), QStringLiteral("new"));
            created.insert(QStringLiteral("client_name"), QJsonArray{QJsonValue(), order.clientName});
            created.insert(QStringLiteral("phone"), QJsonArray{QJsonValue(), order.phone});
            created.insert(QStringLiteral("address"), QJsonArray{QJsonValue(), order.address});
            created.insert(QStringLiteral("location_id"), QJsonArray{QJsonValue(), order.locationId});
            created.insert(QStringLiteral("comment"), QJsonArray{QJsonValue(), order.comment});
            struct Entry
            {
                QDateTime at;
                QString action;
                QJsonObject changes;
            };
            QList<Entry> entries{{createdAt, wireName(OrderHistoryAction::Created), created}};
            QString status = QStringLiteral("new");
            const auto move = [&](const std::optional<QDateTime> &at, const QString &action, const QString &to,
                                  QJsonObject changes = {}) {
                if (!at)
                    return;
                changes.insert(QStringLiteral("status"), QJsonArray{status, to});
                entries.append({*at, action, changes});
                status = to;
            };
            if (order.assignedAt) {
                move(order.assignedAt, wireName(OrderHistoryAction::Assigned), QStringLiteral("assigned"),
                     change(QStringLiteral("master_id"), QJsonValue(), *order.masterId));
            }
            move(order.startedAt, wireName(OrderHistoryAction::Started), QStringLiteral("in_progress"));
            move(order.completedAt, wireName(OrderHistoryAction::Completed), QStringLiteral("done"));
            if (order.refuseReason) {
                move(order.refusedAt, wireName(OrderHistoryAction::Refused), QStringLiteral("refused"),
                     change(QStringLiteral("refuse_reason"), QJsonValue(), *order.refuseReason));
            }
            order.version = entries.size();

            const qint64 id = OrderStore::insertSeeded(tx, order);
            for (const Entry &entry : entries) {
                const qint64 actor =
                    entry.action == QLatin1String("started") || entry.action == QLatin1String("completed")
                        ? order.masterId.value_or(creator)
                        : creator;
                OrderStore::addSeededHistory(tx, id, entry.at, actor, entry.action, entry.changes);
            }
        }
        // Every master on shift since two hours ago: the free ones show as free, not off shift.
        tx.exec("INSERT INTO shifts (master_id, started_at)"
                " SELECT id, now() - interval '2 hours' FROM users u WHERE role = 'master' AND active"
                " AND NOT EXISTS (SELECT 1 FROM shifts s WHERE s.master_id = u.id AND s.ended_at IS NULL)");
        qCInfo(lcDemoOrders) << "created" << count << "demo orders";
        return {};
    });
}

} // namespace okna::server
