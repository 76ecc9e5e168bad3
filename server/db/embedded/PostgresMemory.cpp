#include "db/embedded/PostgresMemory.h"

#include <algorithm>

#include <unistd.h>

namespace okna::server {

namespace {
constexpr qint64 kMegabyte = 1 << 20;
constexpr qint64 kLeastMegabytes = 128; // PostgreSQL's own default
constexpr qint64 kMostMegabytes = 4096;
} // namespace

int sharedBuffersMegabytes(qint64 physicalBytes)
{
    return static_cast<int>(std::clamp(physicalBytes / 4 / kMegabyte, kLeastMegabytes, kMostMegabytes));
}

std::optional<int> smallerSharedBuffersMegabytes(int megabytes)
{
    if (megabytes <= kLeastMegabytes)
        return std::nullopt;
    return static_cast<int>(std::max<qint64>(megabytes / 2, kLeastMegabytes));
}

qint64 physicalMemoryBytes()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    return pages > 0 && pageSize > 0 ? qint64(pages) * pageSize : 0;
}

} // namespace okna::server
