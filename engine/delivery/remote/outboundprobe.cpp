#include "engine/delivery/remote/outboundprobe.h"

#include <memory>

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include "engine/core/nexthop.h"
#include "engine/core/textrules.h"
#include "engine/dns/resolver.h"

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;

namespace {

constexpr quint16 kSmtpPort = 25;

ProbeResult result(ProbeResult::State state, const QString &sentence)
{
    return ProbeResult{state, sentence};
}

// One connection attempt to address:port; `finish` runs once.
void tryAddress(const QHostAddress &address, quint16 port, const QString &shown, QObject *context, std::chrono::milliseconds timeout,
                std::function<void(ProbeResult)> done)
{
    auto *socket = new QTcpSocket(context);
    auto *timer = new QTimer(socket);
    auto finished = std::make_shared<bool>(false);
    auto finish = [socket, finished, done](ProbeResult r) {
        if (*finished)
            return;
        *finished = true;
        socket->abort();
        socket->deleteLater();
        done(r);
    };
    auto banner = std::make_shared<QByteArray>();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, banner, shown, finish] {
        banner->append(socket->readAll());
        if (!banner->contains('\n') && banner->size() < 4096)
            return;
        if (banner->startsWith("220"))
            finish(result(ProbeResult::State::Open, u"Outgoing port 25 is open: %1 answered. Direct delivery to other mail servers can work from this line."_s.arg(shown)));
        else
            finish(result(ProbeResult::State::Open,
                          u"Outgoing port 25 is open (%1 answered, though not with a welcome: '%2')."_s.arg(shown, QString::fromLatin1(banner->trimmed().left(200)))));
    });
    QObject::connect(socket, &QTcpSocket::errorOccurred, socket, [shown, finish](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::SocketTimeoutError) {
            finish(result(ProbeResult::State::Filtered, u"No answer from %1 on port 25: outgoing port 25 seems filtered by your Internet provider or a firewall. Set a smart host (your provider's mail server) in Relay."_s.arg(shown)));
            return;
        }
        finish(result(ProbeResult::State::Blocked,
                      u"%1 refused or reset the connection on port 25: your Internet provider probably blocks outgoing port 25. Set a smart host (your provider's mail server) in Relay."_s.arg(shown)));
    });
    QObject::connect(timer, &QTimer::timeout, socket, [socket, shown, finish] {
        const bool connected = socket->state() == QAbstractSocket::ConnectedState;
        finish(result(ProbeResult::State::Filtered,
                      connected ? u"%1 accepted the connection on port 25 but sent no welcome in time: something in between (a firewall, a proxy) filters outgoing mail."_s.arg(shown)
                                : u"No answer from %1 on port 25: outgoing port 25 seems filtered by your Internet provider or a firewall. Set a smart host (your provider's mail server) in Relay."_s.arg(shown)));
    });
    timer->setSingleShot(true);
    timer->start(timeout);
    socket->connectToHost(address, port);
}

} // namespace

QString ProbeResult::stateName() const
{
    switch (state) {
    case State::Open:
        return u"open"_s;
    case State::Blocked:
        return u"blocked"_s;
    case State::Filtered:
        break;
    }
    return u"filtered"_s;
}

void OutboundProbe::probe(Dns::Resolver &resolver, const QString &probeHost, QObject *context, std::function<void(ProbeResult)> done,
                          std::chrono::milliseconds timeout)
{
    const auto hop = Core::NextHop::parse(probeHost, kSmtpPort);
    if (!hop) {
        QMetaObject::invokeMethod(context, [done, hop] {
            done(result(ProbeResult::State::Filtered, u"The probe host is not valid: %1"_s.arg(hop.error().message)));
        }, Qt::QueuedConnection);
        return;
    }
    const QString shown = u"%1 port %2"_s.arg(hop->host).arg(hop->port);
    if (const auto literal = Core::parseIpAddress(hop->host)) {
        tryAddress(*literal, hop->port, shown, context, timeout, done);
        return;
    }
    const quint16 port = hop->port;
    const QString host = hop->host;
    QPointer<QObject> guard(context);
    resolver.lookupAddresses(host, context, [guard, port, shown, host, timeout, done](const Dns::AddressAnswer &answer) {
        if (!guard)
            return;
        if (!answer.ok() || answer.addresses.isEmpty()) {
            done(result(ProbeResult::State::Filtered, u"Cannot look up the probe host %1: %2"_s.arg(host, answer.message)));
            return;
        }
        tryAddress(answer.addresses.first(), port, shown, guard.data(), timeout, done);
    });
}

} // namespace Doorstep::Delivery
