#pragma once

#include <QByteArray>
#include <QString>

#include "engine/core/result.h"
#include "engine/filters/spam/spambackend.h"

namespace Doorstep::Filters {

/**
 * The SPAMC/SPAMD protocol 1.5 (SpamAssassin's spamd/PROTOCOL) as far as scoring goes: the
 * SYMBOLS request, whose reply carries "Spam: True ; 15.0 / 5.0" and the comma-separated
 * names of the rules that hit as its body. spamd closes the connection after its reply.
 */
class SpamdProtocol final
{
public:
    /** "SYMBOLS SPAMC/1.5", Content-length and, when given, User, then @p message. */
    static QByteArray symbolsRequest(const QByteArray &message, const QString &user = QString());

    /**
     * Whether @p reply holds a whole answer: its header block and as many body bytes as its
     * Content-length says (a reply without Content-length ends when spamd closes).
     */
    static bool isComplete(const QByteArray &reply);

    /**
     * The score and rules of a SYMBOLS reply. A reply with a non-zero code ("SPAMD/1.0 76 Bad
     * header line"), without a "Spam:" header or with a malformed one is an error.
     */
    static Core::Result<SpamScore> parseReply(const QByteArray &reply);
};

} // namespace Doorstep::Filters
