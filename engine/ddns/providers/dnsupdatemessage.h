#pragma once

#include <QList>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Ddns {

/**
 * One RFC 2136 dynamic update, built and TSIG-signed by ldns (RFC 8945) and sent to the
 * zone's primary server. send() blocks for up to the timeout: call it on a worker thread only.
 */
struct DnsUpdateMessage
{
    /** One change of the update section (RFC 2136 §2.5). */
    struct Change
    {
        enum class Kind {
            DeleteRRset, // every record of `type` at `name` (class ANY)
            DeleteRecord, // the one record `type rdata` at `name` (class NONE)
            Add,          // `name ttl IN type rdata`
        };
        Kind kind = Kind::Add;
        QString name; // full name, no trailing dot needed
        QString type; // "A", "AAAA", "TXT"
        QString rdata; // presentation form: "203.0.113.7", "\"text\""
        quint32 ttl = 300;
    };

    QString serverHost; // an IP address or a name
    quint16 serverPort = 53;
    QString zone;
    QString keyName;
    QString keyAlgorithm; // "hmac-sha256", "hmac-sha512", "hmac-sha1", "hmac-md5"
    QString keySecret;    // base64
    int timeoutMs = 5000;
    QList<Change> changes;

    /**
     * Sends the update and waits for the answer. InvalidArgument for what settings must fix
     * (unknown server name, zone, a refused key: NOTAUTH, REFUSED, NOTZONE, TSIG BADSIG/BADKEY),
     * Failed for what may pass (no answer, SERVFAIL).
     */
    Core::Result<void> send() const;
};

} // namespace Doorstep::Ddns
