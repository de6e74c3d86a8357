#pragma once

#include "engine/tls/dnschallengepublisher.h"

namespace Doorstep::Ddns {
class DdnsUpdater;
}

namespace Doorstep::Daemon {

/**
 * The ACME DNS-01 challenge's TXT records through the dynamic DNS provider (Cloudflare,
 * RFC 2136): engine/tls sees Tls::DnsChallengePublisher, engine/ddns offers
 * Ddns::TxtRecordPublisher, and this joins them, asking the updater for the provider in use
 * at each call (the provider may change between two requests).
 */
class DnsChallengeBridge final : public Tls::DnsChallengePublisher
{
public:
    explicit DnsChallengeBridge(Ddns::DdnsUpdater &ddns) : m_ddns(ddns) {}

    /** Whether the provider in use can set TXT records. */
    bool isAvailable() const;

    void publishTxt(const QString &name, const QString &value, QObject *context, Done done) override;
    void removeTxt(const QString &name, const QString &value, QObject *context, Done done) override;

private:
    Ddns::DdnsUpdater &m_ddns;
};

} // namespace Doorstep::Daemon
