// The text search of GET /orders (`q`) held in memory: every order's searchable text (number,
// client name, phone digits, address, folded to lower case), an index of its trigrams and digit runs, and the few
// fields a search filters by. It answers with the ids of the newest orders that contain the
// needle; the orders themselves are read from PostgreSQL (OrderSearch, OrderStore).
//
// Why in memory: PostgreSQL's trigram index splits text into words, so a needle such as
// "Пушкина, д. 7," is found through the huge lists of "д" and "7" and every candidate is read
// and checked: 20-40 ms. Here trigrams span punctuation and spaces, and every run of five digits
// is a gram of its own (a digit trigram is in one order of seventy, five digits in one of ten
// thousand: phone digits and order numbers are found through short lists). The shortest lists
// are intersected and a slot they share is checked against a few bytes in memory: well under a
// millisecond.
//
// Not thread-safe; OrderSearch guards it. Every row lives in a slot; slots are only appended, so
// every gram list stays sorted. Rows come in newest last, so slot order is nearly the
// (created_at, id) order the API sorts by; a row that comes late (an older order edited, or
// inserted behind the newest) is allowed for by prefixMax, the newest created_at of any slot up
// to it: a walk from the top stops once prefixMax falls below the page it has found.
#pragma once

#include "orders/search/PostingList.h"

#include "domain/OrderStatus.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace okna::server {

class OrderSearchIndex
{
public:
    struct Row
    {
        qint64 id = 0;
        qint64 createdAtMicros = 0;
        OrderStatus status = OrderStatus::New;
        qint64 locationId = 0;
        QString text; // orderSearchText()
    };

    struct Request
    {
        QString needle;               // searchNeedle(q)
        std::uint32_t statusMask = 0; // bit (1 << int(status)); 0: any
        std::optional<qint64> locationId;
        std::optional<qint64> fromMicros;                // created_at >= from
        std::optional<qint64> toMicros;                  // created_at < to
        std::optional<std::pair<qint64, qint64>> before; // (created_at, id) < before: the cursor
        int count = 0;                                   // how many hits at most
    };

    struct Hit
    {
        qint64 createdAtMicros = 0;
        qint64 id = 0;
        bool operator<(const Hit &other) const
        {
            return createdAtMicros != other.createdAtMicros ? createdAtMicros < other.createdAtMicros : id < other.id;
        }
    };

    // Adds the row, or brings a known one up to date. A row whose text or creation time changed
    // moves to a new slot (the old one is skipped from then on); status and district change in place.
    void upsert(const Row &row);
    // Drops the row of an order that is no longer in the database (deleted by hand: the API
    // deletes none); its slot is skipped from then on. Unknown ids are ignored.
    void forget(qint64 id);

    // The newest request.count rows that match, newest first: created_at descending, then id.
    std::vector<Hit> find(const Request &request) const;

    qsizetype rowCount() const { return m_slotOfId.size(); }
    // Slots that came in behind a newer one, or were left behind by an edit: a walk may have to
    // look at them all. OrderSearch rebuilds the index when they grow many.
    qsizetype lateSlots() const { return m_lateSlots; }
    std::size_t memoryBytes() const;
    // Gives back what growing left unused, keeping a tenth more room for the slots to come: for
    // after a load, which grew everything by doubling.
    void compact();

private:
    // A trigram: three code points of 21 bits; five digits: the top bit and their value.
    using Gram = std::uint64_t;
    template <typename Take> static void forEachGram(const QString &text, Take take);
    // Every gram of the text once, sorted.
    static std::vector<Gram> gramsOf(const QString &text);
    // The lists find() intersects for the needle, at most kIntersectedLists of them; none when
    // no gram is worth it (every slot is then walked); nullopt when a gram is in no row at all.
    std::optional<std::vector<const PostingList *>> listsToIntersect(const QString &needle) const;
    std::string_view textOf(std::uint32_t slot) const;

    std::vector<qint64> m_ids;
    std::vector<qint64> m_created;
    std::vector<qint64> m_prefixMax; // max of m_created over slots 0..i
    std::vector<qint64> m_locations;
    std::vector<std::uint8_t> m_statuses;
    std::vector<bool> m_alive;
    // The UTF-8 texts of the slots, one after the other, in chunks of up to kTextChunk bytes (a
    // longer text has a chunk of its own): growing never copies the texts already there.
    static constexpr std::size_t kFirstTextChunk = 64 << 10;
    static constexpr std::size_t kTextChunk = 8 << 20;
    std::vector<std::string> m_textChunks;
    std::vector<std::uint32_t> m_textChunk; // per slot: its chunk
    std::vector<std::uint32_t> m_textStart; // per slot: where its text starts in the chunk
    std::vector<std::uint32_t> m_textSize;
    QHash<qint64, std::uint32_t> m_slotOfId;
    std::unordered_map<Gram, PostingList> m_postings;
    qsizetype m_lateSlots = 0;
};

} // namespace okna::server
