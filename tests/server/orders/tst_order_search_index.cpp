// The in-memory search (OrderSearchIndex, PostingList) against the plain definition: a row
// matches when its text contains the needle and it passes the filters; the page is the newest
// matches by (created_at, id). Random rows, edits arriving late and out of order, random needles,
// filters and cursors; every answer is compared with a scan of all rows.
#include "orders/search/OrderSearchIndex.h"
#include "orders/search/OrderSearchText.h"
#include "orders/search/PostingList.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>

using namespace okna;
using namespace okna::server;

namespace {

using Hits = std::vector<OrderSearchIndex::Hit>;

// The definition, by scanning every row.
class Reference
{
public:
    void upsert(const OrderSearchIndex::Row &row) { m_rows[row.id] = row; }
    const std::map<qint64, OrderSearchIndex::Row> &rows() const { return m_rows; }

    Hits find(const OrderSearchIndex::Request &request) const
    {
        Hits hits;
        for (const auto &[id, row] : m_rows) {
            const OrderSearchIndex::Hit hit{row.createdAtMicros, id};
            if (!row.text.contains(request.needle))
                continue;
            if (request.statusMask && !(request.statusMask & (1u << int(row.status))))
                continue;
            if (request.locationId && row.locationId != *request.locationId)
                continue;
            if (request.fromMicros && hit.createdAtMicros < *request.fromMicros)
                continue;
            if (request.toMicros && hit.createdAtMicros >= *request.toMicros)
                continue;
            if (request.before && !(hit < OrderSearchIndex::Hit{request.before->first, request.before->second}))
                continue;
            hits.push_back(hit);
        }
        std::sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return b < a; });
        if (int(hits.size()) > request.count)
            hits.resize(request.count);
        return hits;
    }

private:
    std::map<qint64, OrderSearchIndex::Row> m_rows;
};

QString describe(const Hits &hits)
{
    QStringList parts;
    for (const auto &hit : hits)
        parts << QStringLiteral("%1@%2").arg(hit.id).arg(hit.createdAtMicros);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestOrderSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void postingsWalkAndMembership();
    void textAndNeedleFoldLikeTheColumn();
    void findsWhatAScanFinds();
    void pagesJoinWithoutGapsOrRepeats();
    void editsMoveRowsAndStatusesChangeInPlace();

private:
    QRandomGenerator m_random{20261202};
    QString randomText();
};

void TestOrderSearchIndex::postingsWalkAndMembership()
{
    PostingList postings;
    std::vector<std::uint32_t> appended;
    std::uint32_t slot = 0;
    for (int i = 0; i < 1000; ++i) {
        // Gaps from 1 to beyond a one-byte varint, across many blocks and an open tail.
        slot += 1 + (i % 7 == 0 ? 300 + i : i % 5);
        postings.append(slot);
        appended.push_back(slot);
    }
    QCOMPARE(postings.size(), appended.size());

    // A walk: each slot, from the highest down.
    PostingList::Reader walk(postings);
    std::vector<std::uint32_t> walked;
    for (std::uint32_t next = 0; walk.seek(walked.empty() ? appended.back() + 10 : walked.back() - 1, next);) {
        walked.push_back(next);
        if (next == 0)
            break;
    }
    QVERIFY(std::equal(walked.begin(), walked.end(), appended.rbegin(), appended.rend()));

    // Seeks from the top down, to slots in the list and between them, in small steps and large
    // ones, across block boundaries: each finds the highest slot at most the one asked for.
    for (const std::uint32_t step : {1u, 3u, 57u, 1000u}) {
        PostingList::Reader reader(postings);
        for (std::int64_t atMost = appended.back() + 5; atMost >= 0; atMost -= step) {
            const auto above = std::upper_bound(appended.begin(), appended.end(), std::uint32_t(atMost));
            std::uint32_t found = 0;
            const bool any = reader.seek(std::uint32_t(atMost), found);
            QCOMPARE(any, above != appended.begin());
            if (any)
                QCOMPARE(found, *(above - 1));
        }
    }

    PostingList empty;
    PostingList::Reader none(empty);
    QVERIFY(!none.seek(100, slot));
}

void TestOrderSearchIndex::textAndNeedleFoldLikeTheColumn()
{
    // number, client name, phone without "+", address; lower case (migration 005's column).
    QCOMPARE(orderSearchText(1042, QStringLiteral("Иванов ИВАН"), QStringLiteral("+79123456789"),
                             QStringLiteral("ул. Садовая, Д. 12")),
             QStringLiteral("1042 иванов иван 79123456789 ул. садовая, д. 12"));
    QCOMPARE(searchNeedle(QStringLiteral("САДОВАЯ, Д")), QStringLiteral("садовая, д"));
    QCOMPARE(searchNeedle(QStringLiteral("+7 (912) 345-67")), QStringLiteral("791234567"));
    QCOMPARE(searchNeedle(QStringLiteral("1042")), QStringLiteral("1042"));
    QCOMPARE(searchNeedle(QStringLiteral("д. 12")), QStringLiteral("д. 12"));
}

QString TestOrderSearchIndex::randomText()
{
    static const QStringList words{QStringLiteral("иванов"),   QStringLiteral("смирнова"), QStringLiteral("ул."),
                                   QStringLiteral("садовая,"), QStringLiteral("д."),       QStringLiteral("кв."),
                                   QStringLiteral("пушкина"),  QStringLiteral("мира"),     QStringLiteral("a-b"),
                                   QStringLiteral("ё"),        QStringLiteral("7,"),       QStringLiteral("12")};
    // A number, a client's phone digits (runs of five digits and more are grams of their own),
    // then words.
    QStringList parts{QString::number(1000 + m_random.bounded(9000)),
                      QStringLiteral("79%1").arg(m_random.bounded(1000000000), 9, 10, QLatin1Char('0'))};
    const int count = 1 + m_random.bounded(6);
    for (int i = 0; i < count; ++i)
        parts << words.at(m_random.bounded(int(words.size())));
    return parts.join(QLatin1Char(' '));
}

void TestOrderSearchIndex::findsWhatAScanFinds()
{
    OrderSearchIndex index;
    Reference reference;
    qint64 clock = 1'000'000;
    for (qint64 id = 1; id <= 3000; ++id) {
        clock += m_random.bounded(3); // equal times happen: the id breaks the tie
        // One in ten comes late: created before the newest already in.
        const qint64 created = m_random.bounded(10) == 0 ? clock - m_random.bounded(5000) : clock;
        const OrderSearchIndex::Row row{id, created, OrderStatus(m_random.bounded(5)), 1 + m_random.bounded(3),
                                        randomText()};
        index.upsert(row);
        reference.upsert(row);
    }
    // Edits: new statuses and districts (in place) and new texts (a new slot).
    for (int i = 0; i < 600; ++i) {
        auto row = reference.rows().at(1 + m_random.bounded(3000));
        row.status = OrderStatus(m_random.bounded(5));
        row.locationId = 1 + m_random.bounded(3);
        if (m_random.bounded(2))
            row.text = randomText();
        index.upsert(row);
        reference.upsert(row);
    }
    QCOMPARE(index.rowCount(), 3000);
    QVERIFY(index.lateSlots() > 0);

    for (int round = 0; round < 3000; ++round) {
        OrderSearchIndex::Request request;
        const QString source = reference.rows().at(1 + m_random.bounded(3000)).text;
        const int length = 1 + m_random.bounded(12);
        switch (m_random.bounded(4)) {
        case 0: // a piece of a row: found at least there
        case 1:
            request.needle = source.mid(m_random.bounded(int(source.size())), length);
            break;
        case 2: // digits: a number or part of one, often beyond five digits
            request.needle =
                QStringLiteral("79%1").arg(m_random.bounded(1000000), 6, 10, QLatin1Char('0')).left(length);
            break;
        default: // words no row has together
            request.needle = QStringLiteral("мира д. 12 кв");
        }
        if (m_random.bounded(3) == 0)
            request.statusMask = 1u << m_random.bounded(5) | 1u << m_random.bounded(5);
        if (m_random.bounded(3) == 0)
            request.locationId = 1 + m_random.bounded(3);
        if (m_random.bounded(4) == 0)
            request.fromMicros = 1'000'000 + m_random.bounded(3000);
        if (m_random.bounded(4) == 0)
            request.toMicros = 1'000'000 + m_random.bounded(3000);
        if (m_random.bounded(3) == 0)
            request.before.emplace(1'000'000 + m_random.bounded(3000), m_random.bounded(3000));
        request.count = 1 + m_random.bounded(60);
        const Hits expected = reference.find(request);
        const Hits found = index.find(request);
        QVERIFY2(describe(found) == describe(expected),
                 qPrintable(QStringLiteral("needle \"%1\" count %2: found %3, expected %4")
                                .arg(request.needle)
                                .arg(request.count)
                                .arg(describe(found), describe(expected))));
    }
}

void TestOrderSearchIndex::pagesJoinWithoutGapsOrRepeats()
{
    OrderSearchIndex index;
    Reference reference;
    for (qint64 id = 1; id <= 2000; ++id) {
        const OrderSearchIndex::Row row{id, 5'000'000 + (id * 7919) % 2003, OrderStatus::New, 1,
                                        QStringLiteral("ул. садовая, д. %1").arg(id % 50)};
        index.upsert(row);
        reference.upsert(row);
    }
    OrderSearchIndex::Request request;
    request.needle = QStringLiteral("садовая, д. 1");
    request.count = 500000;
    const Hits all = reference.find(request);
    QVERIFY(all.size() > 100);

    Hits paged;
    request.count = 7;
    for (;;) {
        const Hits page = index.find(request);
        paged.insert(paged.end(), page.begin(), page.end());
        if (int(page.size()) < request.count)
            break;
        request.before.emplace(page.back().createdAtMicros, page.back().id);
    }
    QCOMPARE(describe(paged), describe(all));
}

void TestOrderSearchIndex::editsMoveRowsAndStatusesChangeInPlace()
{
    OrderSearchIndex index;
    index.upsert({1, 100, OrderStatus::New, 1, QStringLiteral("1001 петров ул. липовая")});
    index.upsert({2, 200, OrderStatus::New, 1, QStringLiteral("1002 сидоров ул. липовая")});
    const auto ids = [&](const QString &needle, std::uint32_t statusMask = 0) {
        OrderSearchIndex::Request request;
        request.needle = needle;
        request.statusMask = statusMask;
        request.count = 10;
        QList<qint64> result;
        for (const auto &hit : index.find(request))
            result << hit.id;
        return result;
    };
    QCOMPARE(ids(QStringLiteral("липовая")), (QList<qint64>{2, 1}));

    // A status change stays in its slot.
    index.upsert({1, 100, OrderStatus::Done, 1, QStringLiteral("1001 петров ул. липовая")});
    QCOMPARE(index.lateSlots(), 0);
    QCOMPARE(ids(QStringLiteral("липовая"), 1u << int(OrderStatus::Done)), QList<qint64>{1});
    QCOMPARE(ids(QStringLiteral("липовая"), 1u << int(OrderStatus::New)), QList<qint64>{2});

    // A new address: the old text is found no more, the new one is, in its place by time.
    index.upsert({1, 100, OrderStatus::Done, 1, QStringLiteral("1001 петров ул. кленовая")});
    QCOMPARE(ids(QStringLiteral("липовая")), QList<qint64>{2});
    QCOMPARE(ids(QStringLiteral("кленовая")), QList<qint64>{1});
    QCOMPARE(ids(QStringLiteral("петров")), QList<qint64>{1});
    QCOMPARE(ids(QStringLiteral("ул.")), (QList<qint64>{2, 1}));
    QCOMPARE(index.rowCount(), 2);
    QVERIFY(index.lateSlots() > 0);
    // A needle with a trigram no row has, and an empty one (every row).
    QCOMPARE(ids(QStringLiteral("жжж")), QList<qint64>{});
    QCOMPARE(ids(QString()), (QList<qint64>{2, 1}));

    // A row deleted by hand is forgotten: found no more, counted no more; an unknown id changes
    // nothing, and the id may come back (a row inserted by hand with it).
    const qsizetype late = index.lateSlots();
    index.forget(2);
    index.forget(99);
    QCOMPARE(ids(QStringLiteral("ул.")), QList<qint64>{1});
    QCOMPARE(ids(QStringLiteral("сидоров")), QList<qint64>{});
    QCOMPARE(index.rowCount(), 1);
    QCOMPARE(index.lateSlots(), late + 1);
    index.upsert({2, 300, OrderStatus::New, 1, QStringLiteral("1002 сидоров ул. липовая")});
    QCOMPARE(ids(QStringLiteral("ул.")), (QList<qint64>{2, 1}));
}

QTEST_GUILESS_MAIN(TestOrderSearchIndex)
#include "tst_order_search_index.moc"
