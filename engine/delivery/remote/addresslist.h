#pragma once

#include <optional>

#include <QByteArrayView>
#include <QList>

namespace Doorstep::Delivery {

/**
 * Where one mailbox's address sits in the text of an address field: byte offsets, so that a
 * caller can replace the address, or only its domain, and leave every other byte (display
 * names, comments, folding, encoded words) as it was.
 */
struct MailboxSpan
{
    qsizetype localStart = 0; // the local part as written, quotes included
    qsizetype localEnd = 0;
    qsizetype domainStart = -1; // after the '@'; -1 for a bare name without a domain ("root")
    qsizetype domainEnd = -1;

    bool hasDomain() const { return domainStart >= 0; }
};

/**
 * The mailboxes of an address-list (RFC 5322 3.4: name-addr and addr-spec, groups, empty
 * list elements, an obsolete source route), read from the value of a field such as From: with
 * its folding. Bytes of 8 bits count as text (RFC 6532). Besides the standard, a mailbox may
 * be a bare name without '@' ("root", "Cron <root>"), as local programs write them.
 * Returns nullopt for anything it does not fully understand (an unclosed quote or comment, a
 * phrase without an address, blanks inside an address): such a field must be left alone.
 */
std::optional<QList<MailboxSpan>> parseAddressList(QByteArrayView value);

} // namespace Doorstep::Delivery
