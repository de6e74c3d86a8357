#pragma once

#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Core {

/**
 * A mail address local@domain as Doorstep stores it: domain in lower-case ASCII (IDNs in
 * punycode), local part a dot-atom (RFC 5322 3.2.3) in lower case. Quoted local parts, source
 * routes and address literals are not mailbox names here.
 */
struct MailAddress
{
    QString local;
    QString domain;

    QString toString() const { return local + QLatin1Char('@') + domain; }

    /** Parses and normalizes "local@domain"; the error names the address and the problem. */
    static Result<MailAddress> parse(const QString &text);
};

/**
 * Normalizes a domain name: lower case, no trailing dot, IDN to ASCII; checks RFC 1035 label
 * syntax (letters, digits, hyphens; 1-63 per label, 253 in all) and at least two labels.
 */
Result<QString> normalizeDomain(const QString &text);

/** True for a dot-atom local part (ASCII atext separated by single dots, at most 64). */
bool isValidLocalPart(const QString &local);

/** True for a host name in RFC 1123 syntax (a single label is allowed). */
bool isValidHostName(const QString &name);

} // namespace Doorstep::Core
