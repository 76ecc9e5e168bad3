#include "orders/search/OrderSearchIndex.h"

#include <algorithm>
#include <queue>

namespace okna::server {

namespace {

// How many of a needle's gram lists, the shortest, are intersected before its text is
// compared: more sift out more slots, each at the price of its own seeks.
constexpr std::size_t kIntersectedLists = 4;

} // namespace

// Every gram of the text where it stands, repeats included: take(gram, first, last), where
// first..last are the code points it stands for. For the index of a row and for a needle alike.
template <typename Take> void OrderSearchIndex::forEachGram(const QString &text, Take take)
{
    const QList<uint> points = text.toUcs4();
    for (qsizetype i = 0; i + 2 < points.size(); ++i)
        take(Gram(points[i]) << 42 | Gram(points[i + 1]) << 21 | Gram(points[i + 2]), i, i + 2);
    constexpr Gram kFiveDigits = Gram(1) << 63;
    Gram digits = 0;
    int run = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (points[i] < '0' || points[i] > '9') {
            run = 0;
            continue;
        }
        digits = (digits * 10 + (points[i] - '0')) % 100000;
        if (++run >= 5)
            take(kFiveDigits | digits, i - 4, i);
    }
}

std::vector<OrderSearchIndex::Gram> OrderSearchIndex::gramsOf(const QString &text)
{
    std::vector<Gram> grams;
    forEachGram(text, [&grams](Gram gram, qsizetype, qsizetype) { grams.push_back(gram); });
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    return grams;
}

std::string_view OrderSearchIndex::textOf(std::uint32_t slot) const
{
    return std::string_view(m_textChunks[m_textChunk[slot]]).substr(m_textStart[slot], m_textSize[slot]);
}

void OrderSearchIndex::upsert(const Row &row)
{
    const QByteArray utf8 = row.text.toUtf8();
    const auto known = m_slotOfId.constFind(row.id);
    if (known != m_slotOfId.cend()) {
        const std::uint32_t slot = *known;
        if (m_created[slot] == row.createdAtMicros && textOf(slot) == std::string_view(utf8.constData(), utf8.size())) {
            m_statuses[slot] = static_cast<std::uint8_t>(row.status);
            m_locations[slot] = row.locationId;
            return;
        }
        m_alive[slot] = false;
        ++m_lateSlots; // left behind: still walked over
    }

    const auto slot = static_cast<std::uint32_t>(m_ids.size());
    const qint64 newestBefore = m_prefixMax.empty() ? row.createdAtMicros : m_prefixMax.back();
    if (row.createdAtMicros < newestBefore)
        ++m_lateSlots;
    m_ids.push_back(row.id);
    m_created.push_back(row.createdAtMicros);
    m_prefixMax.push_back(std::max(newestBefore, row.createdAtMicros));
    m_locations.push_back(row.locationId);
    m_statuses.push_back(static_cast<std::uint8_t>(row.status));
    m_alive.push_back(true);
    const auto size = static_cast<std::size_t>(utf8.size());
    if (m_textChunks.empty() || m_textChunks.back().size() + size > m_textChunks.back().capacity()) {
        // Chunks start small and double up to kTextChunk: a few orders take a few kilobytes.
        const std::size_t previous = m_textChunks.empty() ? kFirstTextChunk / 2 : m_textChunks.back().capacity();
        m_textChunks.emplace_back();
        m_textChunks.back().reserve(std::max(std::min(previous * 2, kTextChunk), size));
    }
    std::string &chunk = m_textChunks.back();
    m_textChunk.push_back(static_cast<std::uint32_t>(m_textChunks.size() - 1));
    m_textStart.push_back(static_cast<std::uint32_t>(chunk.size()));
    m_textSize.push_back(static_cast<std::uint32_t>(size));
    chunk.append(utf8.constData(), size);
    for (Gram gram : gramsOf(row.text))
        m_postings[gram].append(slot);
    m_slotOfId.insert(row.id, slot);
}

void OrderSearchIndex::forget(qint64 id)
{
    const auto known = m_slotOfId.constFind(id);
    if (known == m_slotOfId.cend())
        return;
    m_alive[*known] = false;
    ++m_lateSlots; // left behind: still walked over
    m_slotOfId.erase(known);
}

std::optional<std::vector<const PostingList *>> OrderSearchIndex::listsToIntersect(const QString &needle) const
{
    struct Candidate
    {
        const PostingList *list;
        qsizetype first;
        qsizetype last;
    };
    std::vector<Candidate> candidates;
    bool unknownGram = false;
    forEachGram(needle, [&](Gram gram, qsizetype first, qsizetype last) {
        const auto found = m_postings.find(gram);
        if (found == m_postings.end())
            unknownGram = true;
        // A gram in most orders (", д" of every address) sifts out too few to pay for its seeks.
        else if (found->second.size() * 2 <= m_ids.size())
            candidates.push_back({&found->second, first, last});
    });
    if (unknownGram)
        return std::nullopt;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.list->size() < b.list->size(); });

    // The shortest lists of grams from different parts of the needle first: the overlapping
    // trigrams of one word ("сад", "адо", "дов") list nearly the same orders, so intersecting
    // them sifts out almost nothing. Overlapping grams then fill the places left (the five-digit
    // runs of a phone number overlap, yet each sifts).
    std::vector<const PostingList *> lists;
    const auto chosen = [&lists](const PostingList *list) {
        return std::find(lists.begin(), lists.end(), list) != lists.end();
    };
    std::vector<std::pair<qsizetype, qsizetype>> covered;
    for (const Candidate &candidate : candidates) {
        if (lists.size() == kIntersectedLists)
            break;
        const bool overlaps = std::any_of(covered.begin(), covered.end(), [&](const auto &range) {
            return candidate.first <= range.second && range.first <= candidate.last;
        });
        if (!overlaps && !chosen(candidate.list)) {
            lists.push_back(candidate.list);
            covered.emplace_back(candidate.first, candidate.last);
        }
    }
    for (const Candidate &candidate : candidates) {
        if (lists.size() == kIntersectedLists)
            break;
        if (!chosen(candidate.list))
            lists.push_back(candidate.list);
    }
    return lists;
}

std::vector<OrderSearchIndex::Hit> OrderSearchIndex::find(const Request &request) const
{
    std::vector<Hit> hits;
    if (request.count <= 0)
        return hits;
    const QByteArray needleUtf8 = request.needle.toUtf8();
    const std::string_view needle(needleUtf8.constData(), needleUtf8.size());

    const auto lists = listsToIntersect(request.needle);
    if (!lists)
        return hits; // a gram no row has: no row has the needle
    std::vector<PostingList::Reader> readers;
    for (const PostingList *list : *lists)
        readers.emplace_back(*list);
    // The next slot at or below atMost that every reader has; with no gram, atMost itself.
    const auto nextShared = [&readers](std::uint32_t atMost, std::uint32_t &slot) {
        slot = atMost;
        for (std::size_t agreed = 0; agreed < readers.size();) {
            std::uint32_t found = 0;
            if (!readers[agreed].seek(slot, found))
                return false;
            if (found == slot) {
                ++agreed;
            } else {
                slot = found;
                agreed = (agreed == 0) ? 1 : 0; // every other reader must reach the lower slot
            }
        }
        return true;
    };

    // The best request.count so far, the oldest of them on top.
    const auto newer = [](const Hit &a, const Hit &b) { return b < a; };
    std::priority_queue<Hit, std::vector<Hit>, decltype(newer)> best(newer);
    const auto matches = [&](std::uint32_t slot, const Hit &hit) {
        if (!m_alive[slot])
            return false;
        if ((request.toMicros && hit.createdAtMicros >= *request.toMicros) ||
            (request.fromMicros && hit.createdAtMicros < *request.fromMicros))
            return false;
        if (request.before && !(hit < Hit{request.before->first, request.before->second}))
            return false;
        if (request.statusMask && !(request.statusMask & (1u << m_statuses[slot])))
            return false;
        if (request.locationId && m_locations[slot] != *request.locationId)
            return false;
        return textOf(slot).find(needle) != std::string_view::npos;
    };
    std::uint32_t slot = 0;
    for (auto atMost = static_cast<std::uint32_t>(m_ids.size() - 1); !m_ids.empty() && nextShared(atMost, slot);
         atMost = slot - 1) {
        const qint64 newestHere = m_prefixMax[slot];
        if (request.fromMicros && newestHere < *request.fromMicros)
            break; // no slot from here down is recent enough
        if (int(best.size()) == request.count && newestHere < best.top().createdAtMicros)
            break; // no slot from here down is newer than the page found
        const Hit hit{m_created[slot], m_ids[slot]};
        if (matches(slot, hit) && (int(best.size()) < request.count || best.top() < hit)) {
            if (int(best.size()) == request.count)
                best.pop();
            best.push(hit);
        }
        if (slot == 0)
            break;
    }
    hits.resize(best.size());
    for (auto it = hits.rbegin(); it != hits.rend(); ++it) {
        *it = best.top();
        best.pop();
    }
    return hits;
}

std::size_t OrderSearchIndex::memoryBytes() const
{
    std::size_t bytes =
        m_alive.capacity() / 8 + m_statuses.capacity() +
        (m_ids.capacity() + m_created.capacity() + m_prefixMax.capacity() + m_locations.capacity()) * 8 +
        (m_textChunk.capacity() + m_textStart.capacity() + m_textSize.capacity()) * 4 +
        std::size_t(m_slotOfId.capacity()) * (sizeof(qint64) + sizeof(std::uint32_t) + 1);
    for (const std::string &chunk : m_textChunks)
        bytes += chunk.capacity();
    for (const auto &[gram, postings] : m_postings)
        bytes += sizeof(gram) + postings.memoryBytes() + sizeof(void *) * 2;
    return bytes;
}

namespace {

template <typename Vector> void fitWithRoom(Vector &vector)
{
    Vector fitted;
    fitted.reserve(vector.size() + vector.size() / 10 + 64);
    fitted.insert(fitted.end(), vector.begin(), vector.end());
    vector.swap(fitted);
}

} // namespace

void OrderSearchIndex::compact()
{
    fitWithRoom(m_ids);
    fitWithRoom(m_created);
    fitWithRoom(m_prefixMax);
    fitWithRoom(m_locations);
    fitWithRoom(m_statuses);
    fitWithRoom(m_alive);
    fitWithRoom(m_textChunk);
    fitWithRoom(m_textStart);
    fitWithRoom(m_textSize);
    for (auto &[gram, postings] : m_postings)
        postings.compact();
}

} // namespace okna::server
