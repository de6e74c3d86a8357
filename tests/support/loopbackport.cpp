#include "tests/support/loopbackport.h"

#include <QTcpServer>

namespace Doorstep::Tests {

quint16 closedLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace Doorstep::Tests
