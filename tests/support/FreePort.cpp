#include "FreePort.h"

#include <QHostAddress>
#include <QTcpServer>

namespace okna::test {

quint16 pickFreeTcpPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const auto port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace okna::test
