#pragma once

#include <functional>

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include "engine/delivery/remote/router.h"

namespace Doorstep::Dns {
class Resolver;
}

namespace Doorstep::Delivery {

/** One address to try, in order. */
struct Candidate
{
    QString hostName; // the MX or next hop's name ("" for a literal address)
    QHostAddress address;
    quint16 port = 25;
};

/** The addresses of a hop, or why there are none. */
struct HopAddresses
{
    enum class Status { Ok, TempFail, PermFail };
    Status status = Status::TempFail;
    QList<Candidate> candidates;
    QString enhancedStatus; // for failures: "4.4.3", "5.1.2", "5.1.10", "5.4.4"
    QString error;          // one sentence
};

/**
 * Turns a hop into the addresses to try (RFC 5321 5.1): for a hop that wants MX records, the
 * MX hosts in preference order with equal preferences shuffled, each host's IPv4 then IPv6
 * addresses; a domain without MX records is its own MX (its A/AAAA records); a null MX
 * (RFC 7505) fails at once; a domain that does not exist fails; a DNS failure defers. At most
 * kMaxHosts MX hosts and kMaxAddresses addresses are tried per attempt.
 */
class HopResolver final
{
public:
    static constexpr int kMaxHosts = 5;
    static constexpr int kMaxAddresses = 10;

    static void resolve(Dns::Resolver &resolver, const Hop &hop, QObject *context, std::function<void(HopAddresses)> done);
};

} // namespace Doorstep::Delivery
