#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Doorstep::Delivery {

/** How the sender of outgoing mail is rewritten: sendmail's masquerading and genericstable. */
struct RewriteRules
{
    QString masqueradeAs;                  // identity.masquerade_as; "" = no masquerading (MASQUERADE_AS)
    QStringList masqueradeDomains;         // identity.masquerade_domains (MASQUERADE_DOMAIN)
    bool masqueradeEnvelope = false;       // identity.masquerade_envelope
    bool masqueradeEntireDomain = false;   // identity.masquerade_entire_domain: their subdomains too
    QStringList localNames;                // identity.hostname and the local domains (class w): masqueraded too
    QHash<QString, QString> outboundNames; // genericstable: full address or bare login -> external address
};

struct RewriteResult
{
    QString envelopeSender;
    QByteArray headers;
    QStringList changes;       // for the log: "From: dad@pc.datix.lan -> dad@datix.us"
    QStringList notUnderstood; // sender fields left as they were because they could not be read: "From"
};

/**
 * Rewrites the sender side of an outgoing message the way the seed's sendmail did.
 *
 * 1. Outbound names (genericstable) first: an address whose full form is a key, or, when it
 *    is a bare name or in a local name or masquerade domain, whose local part is a key, becomes
 *    the external address, in the header sender fields and in the envelope sender.
 * 2. Then masquerading, when masqueradeAs is set: bare names ("root") and addresses in a local
 *    name or a masquerade domain (with masqueradeEntireDomain, a subdomain of one as well) get
 *    masqueradeAs as their domain, in the header sender fields and, with masqueradeEnvelope,
 *    in the envelope sender.
 *
 * The header sender fields are From, Sender, Reply-To, Resent-From and Resent-Sender: every
 * occurrence, every mailbox of a list or a group. Only the bytes of an address that changes are
 * replaced; display names, comments, quoting, folding, encoded words, recipient fields (To,
 * Cc) and every other byte of @p headers stay as they are. A sender field that is not a
 * readable address list is left untouched and named in notUnderstood. The null sender ("" or
 * "<>") is never rewritten. Domains compare case-insensitively and without trailing dots.
 */
RewriteResult rewriteOutbound(const RewriteRules &rules, const QString &envelopeSender, const QByteArray &headers);

} // namespace Doorstep::Delivery
