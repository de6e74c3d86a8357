#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "engine/core/result.h"
#include "engine/tls/certificatebundle.h"
#include "engine/tls/certificateinfo.h"

namespace Doorstep::Tls {

/**
 * The checks of Certificates.Import, each failure one sentence saying what is wrong:
 *
 * - the certificate is PEM and a certificate (a file with several is a full chain: the
 *   first is the certificate, the rest its chain, when no chain is given separately);
 * - the key belongs to it; with no key given, the pending key of CreateRequest must;
 * - the key is RSA or EC (what the TLS library serves here);
 * - its names cover @p hostName (identity.hostname), a wildcard covering one label;
 * - it is valid now;
 * - the chain is ordered and links: the certificate was issued by the chain's first one,
 *   each of those by the next. A chain in the wrong order is refused with the order it
 *   needs, not silently reordered: the person learns what their CA's files look like.
 */
class CertificateImport final
{
public:
    /** Each of certificate, key and chain must be smaller (a long chain is a few KiB). */
    static constexpr qsizetype MaxPemBytes = 1024 * 1024;

    struct Accepted
    {
        /** What to store: as given, with the pending key filled in and a full chain split. */
        CertificateBundle bundle;
        CertificateInfo info;
        /** No key was given and the pending key of CreateRequest belongs to the certificate. */
        bool usedPendingKey = false;
    };

    /** Checks @p given; @p pendingKeyPem (DATA/tls/request-key.pem) may be empty. */
    static Core::Result<Accepted> validate(const CertificateBundle &given, const QByteArray &pendingKeyPem, const QString &hostName,
                                           const QDateTime &now);

    /** RFC 6125 6.4: @p pattern ("mail.example.org", "*.example.org") covers @p hostName. */
    static bool nameCovers(const QString &pattern, const QString &hostName);
};

} // namespace Doorstep::Tls
