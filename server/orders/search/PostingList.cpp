#include "orders/search/PostingList.h"

#include <algorithm>

namespace okna::server {

namespace {

void writeVarint(std::vector<std::uint8_t> &bytes, std::uint32_t value)
{
    while (value >= 0x80) {
        bytes.push_back(static_cast<std::uint8_t>(value | 0x80));
        value >>= 7;
    }
    bytes.push_back(static_cast<std::uint8_t>(value));
}

std::uint32_t readVarint(const std::uint8_t *&at)
{
    std::uint32_t value = 0;
    for (int shift = 0;; shift += 7) {
        const std::uint8_t byte = *at++;
        value |= std::uint32_t(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return value;
    }
}

} // namespace

void PostingList::append(std::uint32_t slot)
{
    if (m_size % kBlockSize == 0)
        m_blocks.push_back({slot, static_cast<std::uint32_t>(m_bytes.size())});
    else
        writeVarint(m_bytes, slot - m_last);
    m_last = slot;
    ++m_size;
}

std::size_t PostingList::memoryBytes() const
{
    return sizeof(*this) + m_bytes.capacity() + m_blocks.capacity() * sizeof(Block);
}

void PostingList::compact()
{
    m_bytes.shrink_to_fit();
    m_blocks.shrink_to_fit();
}

PostingList::Reader::Reader(const PostingList &postings)
    : m_postings(postings)
{}

int PostingList::Reader::blockCount() const
{
    return static_cast<int>(m_postings.m_blocks.size());
}

std::uint32_t PostingList::Reader::firstOf(int block) const
{
    return m_postings.m_blocks[block].first;
}

void PostingList::Reader::load(int block)
{
    m_block = block;
    const bool last = block + 1 == blockCount();
    m_count = last ? static_cast<int>(m_postings.m_size - std::uint32_t(block) * kBlockSize) : kBlockSize;
    const std::uint8_t *at = m_postings.m_bytes.data() + m_postings.m_blocks[block].offset;
    m_buffer[0] = m_postings.m_blocks[block].first;
    for (int i = 1; i < m_count; ++i)
        m_buffer[i] = m_buffer[i - 1] + readVarint(at);
}

bool PostingList::Reader::seek(std::uint32_t atMost, std::uint32_t &slot)
{
    if (m_exhausted)
        return false;
    if (m_block < 0) {
        const int last = blockCount() - 1;
        if (last < 0) {
            m_exhausted = true;
            return false;
        }
        load(last);
        m_position = m_count - 1;
    }
    if (m_buffer[m_position] > atMost) {
        if (atMost < m_buffer[0]) {
            // In an earlier block: the last one that starts at or before atMost.
            if (m_block == 0 || atMost < firstOf(0)) {
                m_exhausted = true;
                return false;
            }
            int low = 0;
            int high = m_block; // the answer is in [low, high)
            while (high - low > 1) {
                const int middle = (low + high) / 2;
                if (firstOf(middle) <= atMost)
                    low = middle;
                else
                    high = middle;
            }
            load(low);
            m_position = m_count - 1;
        }
        // Galloping down from where the reader stands (the next slot wanted is usually close),
        // then a binary search in the last stride. m_buffer[0] <= atMost here.
        int above = m_position; // m_buffer[above] > atMost, unless it is the block's last slot
        if (m_buffer[above] > atMost) {
            int stride = 1;
            int below = above - stride;
            while (below > 0 && m_buffer[below] > atMost) {
                above = below;
                stride *= 2;
                below = above - stride;
            }
            below = std::max(below, 0);
            m_position = static_cast<int>(std::upper_bound(m_buffer.begin() + below, m_buffer.begin() + above, atMost) -
                                          m_buffer.begin()) -
                         1;
        }
    }
    slot = m_buffer[m_position];
    return true;
}

} // namespace okna::server
