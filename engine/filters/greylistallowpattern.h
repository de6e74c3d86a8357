#pragma once

#include <QHostAddress>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Filters {

/**
 * One entry of the greylist allow list (Greylist.Allow): mail that matches skips greylisting.
 * A client is named like a relay client — an address ("192.0.2.7"), a network
 * ("192.0.2.0/24", "2001:db8::/32"), a host name ("mx.example.net") or a domain pattern
 * ("*.example.net") matched against the forward-confirmed reverse DNS name — and a sender by
 * its envelope address ("bob@example.net") or its domain ("@example.net").
 */
class GreylistAllowPattern final
{
public:
    enum class Kind {
        Address,
        Network,
        Host,
        Domain,       // "*.domain": hosts inside it
        Sender,       // one envelope sender
        SenderDomain, // "@domain": any sender in it
    };

    /** Parses and normalizes @p text; InvalidArgument names the pattern and the forms accepted. */
    static Core::Result<GreylistAllowPattern> parse(const QString &text);

    /** The normalized text, as stored and listed. */
    const QString &text() const { return m_text; }
    Kind kind() const { return m_kind; }

    /**
     * True when a client at @p address with the confirmed name @p clientName ("unknown" when
     * none) sending as @p sender ("" for <>) matches.
     */
    bool matches(const QHostAddress &address, const QString &clientName, const QString &sender) const;

private:
    QString m_text;
    Kind m_kind = Kind::Address;
    QHostAddress m_address;
    int m_prefixLength = -1;
    QString m_name; // host name, domain (without "*." or "@") or sender address
};

} // namespace Doorstep::Filters
