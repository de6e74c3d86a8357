#pragma once

#include <QStringList>

#include "engine/smtp/reply.h"

namespace Doorstep::Smtp {

/**
 * What a remote server announced in its reply to EHLO (or LHLO): the service extensions the
 * client uses. After HELO, and after STARTTLS until the next EHLO (RFC 3207 4.2), it is empty.
 */
struct ServerCapabilities
{
    bool esmtp = false;               // EHLO/LHLO was answered with 250
    bool pipelining = false;          // RFC 2920
    bool size = false;                // RFC 1870
    quint64 sizeLimit = 0;            // SIZE's argument; 0 = no fixed limit
    bool eightBitMime = false;        // RFC 6152
    bool smtputf8 = false;            // RFC 6531
    bool startTls = false;            // RFC 3207
    bool enhancedStatusCodes = false; // RFC 2034
    QStringList authMechanisms;       // RFC 4954, upper case, "AUTH=" (pre-RFC) form included

    bool offersAuth(const QString &mechanism) const { return authMechanisms.contains(mechanism); }

    /** Reads the lines after the first of a 250 reply to EHLO; keywords are case-insensitive. */
    static ServerCapabilities fromEhlo(const Reply &reply);
};

} // namespace Doorstep::Smtp
