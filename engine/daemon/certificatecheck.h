#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include "engine/dns/healthcheckresult.h"
#include "engine/tls/certificateinfo.h"

namespace Doorstep::Daemon {

/**
 * The "certificate" line of Domains.Check: the certificate in use covers @p hostname (its
 * subjectAltName names, "*.example.org" covering one label), is within its dates, is trusted
 * (its chain verifies against the system's certificate authorities, or ends at one of
 * @p extraAuthorities: acme.ca_file), and is not about to expire (fail when expired, warn
 * within 14 days). A self-signed certificate is a warning: servers still deliver over
 * STARTTLS, mail programs ask the user to accept it.
 */
Dns::HealthCheckResult checkCertificate(const Tls::CertificateInfo &info, const QList<QSslCertificate> &chain, const QString &hostname,
                                        const QDateTime &now, const QList<QSslCertificate> &extraAuthorities = {});

/** Does @p names (DNS names, "*." wildcards one label deep) cover @p hostname? */
bool namesCover(const QStringList &names, const QString &hostname);

} // namespace Doorstep::Daemon
