#pragma once

#include <functional>

#include <QString>

#include "engine/core/result.h"

class QObject;

namespace Doorstep::Tls {

/**
 * Publishes the TXT record of an ACME DNS-01 challenge (RFC 8555 8.4) and removes it again.
 * engine/ddns implements it for the providers that can set TXT records (Cloudflare, RFC 2136);
 * the ACME client uses DNS-01 when it is given a publisher and HTTP-01 otherwise.
 *
 * Both calls are asynchronous: @p done runs later on @p context's thread, unless @p context
 * is gone by then, and only once the record is (or is no longer) served by the zone's
 * authoritative servers as far as the provider can tell.
 */
class DnsChallengePublisher
{
public:
    using Done = std::function<void(Core::Result<void>)>;

    virtual ~DnsChallengePublisher() = default;

    /** Adds TXT @p value at @p name ("_acme-challenge.mail.example.org", no trailing dot). */
    virtual void publishTxt(const QString &name, const QString &value, QObject *context, Done done) = 0;
    /** Removes the TXT record @p value at @p name that publishTxt() added. */
    virtual void removeTxt(const QString &name, const QString &value, QObject *context, Done done) = 0;
};

} // namespace Doorstep::Tls
