// The slots whose text has one gram (OrderSearchIndex: a trigram, or five digits), in ascending
// order, compressed: blocks of kBlockSize slots, each its first slot in a skip table and the
// others as varint deltas. Slots are only ever appended (OrderSearchIndex gives every new row the
// next slot), so a list never needs reordering.
//
// A million orders give about 65 million (gram, slot) pairs; as plain 32-bit numbers they would
// take 260 MB, as deltas about 1 byte each.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace okna::server {

class PostingList
{
public:
    static constexpr int kBlockSize = 128;

    // slot must be greater than every slot appended before.
    void append(std::uint32_t slot);
    std::size_t size() const { return m_size; }
    std::size_t memoryBytes() const;
    // Gives back the room growing left unused.
    void compact();

    // Goes down a list, from its highest slot: for walking one list, and for intersecting
    // several by leapfrogging (each reader jumps to at most the slot another one stands on).
    class Reader
    {
    public:
        explicit Reader(const PostingList &postings);
        // The highest slot of the list that is at most atMost; false when there is none. A reader
        // only moves down: atMost never exceeds the one of the call before.
        bool seek(std::uint32_t atMost, std::uint32_t &slot);

    private:
        int blockCount() const;
        std::uint32_t firstOf(int block) const;
        void load(int block);

        const PostingList &m_postings;
        std::array<std::uint32_t, kBlockSize> m_buffer{};
        int m_block = -1;   // the block in m_buffer; -1: none yet
        int m_count = 0;    // slots in m_buffer
        int m_position = 0; // where the reader stands in m_buffer
        bool m_exhausted = false;
    };

private:
    struct Block
    {
        std::uint32_t first;  // its first slot
        std::uint32_t offset; // where the deltas of the others start in m_bytes
    };
    std::vector<std::uint8_t> m_bytes; // the deltas of every block, one block after the other
    std::vector<Block> m_blocks;       // the last one may hold fewer than kBlockSize slots
    std::uint32_t m_last = 0;
    std::uint32_t m_size = 0;
};

} // namespace okna::server
