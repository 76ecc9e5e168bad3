// Picks a TCP port on 127.0.0.1 that nobody listens on right now (the caller retries on a race).
#pragma once

#include <QtGlobal>

namespace okna::test {

// 0 when the system gave none.
quint16 pickFreeTcpPort();

} // namespace okna::test
