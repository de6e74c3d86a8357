#pragma once

#include <QDateTime>
#include <QStringList>

#include "engine/core/result.h"
#include "engine/tls/certificatebundle.h"

namespace Doorstep::Tls {

/**
 * Makes a self-signed server certificate and its key: RSA 2048, X.509 v3, SHA-256, valid from
 * an hour before @p now for ten years (README.md says why). Key generation takes tens to
 * hundreds of milliseconds: call generate() on a worker thread, never on the event loop.
 */
class SelfSignedCertificate final
{
public:
    /** At most this many names in one certificate (a limit on a D-Bus argument). */
    static constexpr int MaxNames = 100;
    static constexpr int KeyBits = 2048;
    static constexpr int ValidityYears = 10;
    static constexpr int BackdateSeconds = 3600;

    /**
     * Checks and normalizes @p names: host names to lower case, IP addresses to their
     * canonical form, duplicates dropped, order kept. At least one name is required.
     */
    static Core::Result<QStringList> normalizeNames(const QStringList &names);

    /**
     * A new key and certificate for @p names: the first is the subject's CN (with O=Doorstep),
     * host names become DNS subjectAltNames and IP literals IP subjectAltNames.
     */
    static Core::Result<CertificateBundle> generate(const QStringList &names, const QDateTime &now);
};

} // namespace Doorstep::Tls
