// How much memory the embedded PostgreSQL keeps pages in (shared_buffers).
//
// PostgreSQL's default, 128 MB, holds a fifth of a million orders: with it, a search whose
// orders lie spread over two years reads most of them through the kernel's page cache, and
// where that cache was given back (a machine short of memory, a VM whose host reclaims idle
// pages) from disk. A search that usually takes 2 ms then takes 10. PostgreSQL's documentation
// advises a quarter of the machine's memory; the buffers are taken only as pages are read.
#pragma once

#include <QtGlobal>

#include <optional>

namespace okna::server {

// A quarter of physicalBytes in megabytes, at least PostgreSQL's 128 MB and at most 4 GB (more
// than a database of millions of orders with their history needs).
int sharedBuffersMegabytes(qint64 physicalBytes);

// What to ask for when PostgreSQL could not map `megabytes` of shared memory (the kernel's strict
// overcommit, vm.overcommit_memory = 2, or a limit on the process's memory): half, down to
// PostgreSQL's default; nullopt once there. A server with fewer buffers beats none.
std::optional<int> smallerSharedBuffersMegabytes(int megabytes);

// The machine's memory, or 0 when it cannot be told.
qint64 physicalMemoryBytes();

} // namespace okna::server
