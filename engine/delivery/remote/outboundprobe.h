#pragma once

#include <chrono>
#include <functional>

#include <QObject>
#include <QString>

namespace Doorstep::Dns {
class Resolver;
}

namespace Doorstep::Delivery {

/** What the outbound probe found. */
struct ProbeResult
{
    enum class State { Open, Blocked, Filtered };
    State state = State::Filtered;
    QString sentence;

    /** "open", "blocked", "filtered" (Relay.ProbeOutbound). */
    QString stateName() const;
};

/**
 * Tells whether this line may send on port 25 at all (many home Internet providers block it):
 * connects to a well-known mail server (`relay.probe_host`) and waits for its 220 banner.
 * Open = a 220 came; blocked = refused or reset; filtered = no answer in time.
 */
class OutboundProbe final
{
public:
    static constexpr std::chrono::milliseconds kTimeout{10000};

    static void probe(Dns::Resolver &resolver, const QString &probeHost, QObject *context, std::function<void(ProbeResult)> done,
                      std::chrono::milliseconds timeout = kTimeout);
};

} // namespace Doorstep::Delivery
