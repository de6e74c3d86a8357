#pragma once

#include "engine/ddns/ddnsprovider.h"
#include "engine/ddns/providers/dnsupdatemessage.h"
#include "engine/ddns/txtrecordpublisher.h"

namespace Doorstep::Ddns {

/**
 * RFC 2136 dynamic update with a TSIG key (RFC 8945), for people who run their own BIND: in
 * the zone ddns.domain on the server ddns.server (host[:port], port 53 by default), the
 * host's A and AAAA RRsets are deleted and added again in one signed update. ldns builds and
 * signs the message; the blocking exchange runs on Qt's thread pool with a timeout.
 */
class Rfc2136Provider final : public DdnsProvider, public TxtRecordPublisher
{
public:
    explicit Rfc2136Provider(ProviderSettings settings);

    QString missingSettings() const override;
    void update(const PublicAddresses &addresses, QObject *context, Done done) override;
    TxtRecordPublisher *txtPublisher() override { return this; }

    void publishTxt(const QString &name, const QString &value, QObject *context, std::function<void(Core::Result<void>)> done) override;
    void removeTxt(const QString &name, const QString &value, QObject *context, std::function<void(Core::Result<void>)> done) override;

    /** The TTL of the records this provider writes: short, since the address can change. */
    static constexpr quint32 kTtl = 300;

private:
    DnsUpdateMessage message(QList<DnsUpdateMessage::Change> changes) const;
    /** Runs @p update.send() on the thread pool; @p done on @p context's thread. */
    static void sendInPool(const DnsUpdateMessage &update, QObject *context, std::function<void(Core::Result<void>)> done);
};

} // namespace Doorstep::Ddns
