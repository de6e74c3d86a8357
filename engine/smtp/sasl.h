#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

namespace Doorstep::Smtp {

/** Credentials decoded from an AUTH exchange. */
struct SaslCredentials
{
    QString user;
    QString password;
};

/**
 * The two SASL mechanisms Doorstep offers (only under TLS): PLAIN (RFC 4616) and LOGIN
 * (the de-facto one Outlook and old clients use). Input is the base64 text of a line.
 */
namespace Sasl {

/** Strict base64; nullopt for anything else. "=" is the empty initial response (RFC 4954). */
std::optional<QByteArray> decodeBase64(const QByteArray &line);

/** "authzid NUL authcid NUL passwd"; an authzid other than empty or the user is refused. */
std::optional<SaslCredentials> decodePlain(const QByteArray &decoded);

} // namespace Sasl
} // namespace Doorstep::Smtp
