#include "engine/daemon/certificatecheck.h"

#include <QSslError>

namespace Doorstep::Daemon {

using namespace Qt::StringLiterals;
using Dns::HealthCheckResult;
using Dns::HealthState;

namespace {

constexpr qint64 kWarnDays = 14;

/**
 * The chain ends at (was issued by) one of @p authorities, compared by name only: acme.ca_file
 * is trust the administrator configured on purpose (a private or test certificate authority).
 */
bool endsAtAuthority(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &authorities)
{
    if (chain.isEmpty())
        return false;
    const QSslCertificate &last = chain.constLast();
    for (const QSslCertificate &authority : authorities) {
        if (authority == last || last.issuerDisplayName() == authority.subjectDisplayName())
            return true;
    }
    return false;
}

} // namespace

bool namesCover(const QStringList &names, const QString &hostname)
{
    const QString host = hostname.toLower();
    for (const QString &name : names) {
        const QString lower = name.toLower();
        if (lower == host)
            return true;
        if (lower.startsWith(u"*."_s)) {
            const qsizetype dot = host.indexOf(u'.');
            if (dot > 0 && host.mid(dot + 1) == lower.mid(2))
                return true;
        }
    }
    return false;
}

HealthCheckResult checkCertificate(const Tls::CertificateInfo &info, const QList<QSslCertificate> &chain, const QString &hostname,
                                   const QDateTime &now, const QList<QSslCertificate> &extraAuthorities)
{
    HealthCheckResult result{u"certificate"_s, HealthState::Ok, {}, {}};
    if (info.isNull()) {
        result.state = HealthState::Fail;
        result.sentence = u"There is no certificate yet: mail programs and other servers cannot use TLS."_s;
        return result;
    }
    const qint64 days = info.daysUntilExpiry(now);
    if (!namesCover(info.names, hostname)) {
        result.state = HealthState::Fail;
        result.sentence = u"The certificate is for %1, not for %2: make a new one for %2 (Certificates)."_s.arg(info.names.join(u", "_s), hostname);
        return result;
    }
    if (now < info.notBefore || days < 0) {
        result.state = HealthState::Fail;
        result.sentence = days < 0 ? u"The certificate expired on %1."_s.arg(info.notAfter.toString(Qt::ISODate))
                                   : u"The certificate is valid only from %1."_s.arg(info.notBefore.toString(Qt::ISODate));
        return result;
    }
    if (info.selfSigned) {
        result.state = HealthState::Warn;
        result.sentence = u"The certificate for %1 is self-signed: other servers still deliver over TLS, but mail programs ask before trusting it. "
                          "Get a trusted one from Let's Encrypt (Certificates)."_s.arg(hostname);
        return result;
    }
    const QList<QSslError> errors = QSslCertificate::verify(chain, hostname);
    bool trusted = errors.isEmpty();
    if (!trusted && endsAtAuthority(chain, extraAuthorities)) {
        trusted = true;
        for (const QSslError &error : errors) {
            switch (error.error()) {
            case QSslError::UnableToGetLocalIssuerCertificate:
            case QSslError::UnableToGetIssuerCertificate:
            case QSslError::SelfSignedCertificateInChain:
            case QSslError::UnableToVerifyFirstCertificate:
            case QSslError::CertificateUntrusted:
                break;
            default:
                trusted = false;
            }
        }
    }
    if (!trusted) {
        result.state = HealthState::Fail;
        result.sentence = u"The certificate for %1 (issued by %2) is not trusted: %3"_s.arg(
            hostname, info.issuer, errors.isEmpty() ? u"unknown reason."_s : errors.constFirst().errorString());
        return result;
    }
    if (days < kWarnDays) {
        result.state = HealthState::Warn;
        result.sentence = u"The certificate for %1 expires in %2 days, on %3, and has not been renewed."_s.arg(hostname).arg(days).arg(info.notAfter.date().toString(Qt::ISODate));
        return result;
    }
    result.sentence = u"The certificate for %1 is trusted and valid until %2."_s.arg(hostname, info.notAfter.date().toString(Qt::ISODate));
    return result;
}

} // namespace Doorstep::Daemon
