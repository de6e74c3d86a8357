#pragma once

#include <optional>

#include <QString>

namespace Doorstep::Tls {

/** Where the certificate in use came from; the string forms are API (Certificates.Current). */
enum class CertificateSource {
    SelfSigned,
    Imported,
    Acme,
};

/** "self-signed", "imported" or "acme". */
QString certificateSourceName(CertificateSource source);
/** The source for a name; nullopt for an unknown name (never a silent fallback). */
std::optional<CertificateSource> certificateSourceFromName(const QString &name);

} // namespace Doorstep::Tls
