#pragma once

#include <functional>

#include <QString>

#include "engine/core/result.h"

class QObject;

namespace Doorstep::Ddns {

/**
 * Publishing and removing one TXT record at the dynamic DNS provider: what the ACME DNS-01
 * challenge needs (`_acme-challenge.NAME TXT VALUE`, RFC 8555 §8.4). Only providers with a
 * real DNS API have it (Cloudflare, RFC 2136). Plain Qt on purpose: the certificate code sees
 * it through an interface of its own that the daemon wires to this one.
 */
class TxtRecordPublisher
{
public:
    virtual ~TxtRecordPublisher() = default;

    /** Adds TXT @p value at @p name (a full name inside ddns.domain); other values stay. */
    virtual void publishTxt(const QString &name, const QString &value, QObject *context, std::function<void(Core::Result<void>)> done) = 0;
    /** Removes exactly that TXT value again; NotFound when it is not there. */
    virtual void removeTxt(const QString &name, const QString &value, QObject *context, std::function<void(Core::Result<void>)> done) = 0;
};

} // namespace Doorstep::Ddns
