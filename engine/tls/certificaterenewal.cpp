#include "engine/tls/certificaterenewal.h"

#include <algorithm>

#include "engine/core/eventlog.h"
#include "engine/core/mailaddress.h"
#include "engine/core/textrules.h"
#include "engine/store/settings.h"
#include "engine/tls/log.h"
#include "engine/tls/signingrequest.h"

namespace Doorstep::Tls {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {
quint64 toUsec(const QDateTime &time)
{
    return time.isValid() && time.toMSecsSinceEpoch() > 0 ? quint64(time.toMSecsSinceEpoch()) * 1000 : 0;
}

/** The names ACME can renew: a certificate's host names (IP addresses need no ACME here). */
QStringList hostNames(const CertificateInfo &info)
{
    QStringList names;
    for (const QString &name : info.names) {
        if (!Core::parseIpAddress(name))
            names << name;
    }
    return names;
}

QVariantMap eventDetails(const CertificateInfo &info)
{
    return {{u"source"_s, certificateSourceName(info.source)},
            {u"names"_s, info.names},
            {u"fingerprint_sha256"_s, info.fingerprintSha256},
            {u"not_after"_s, QVariant::fromValue<qulonglong>(toUsec(info.notAfter))}};
}
} // namespace

CertificateRenewal::CertificateRenewal(CertificateStore &certificates, Store::Settings &settings, Core::EventLog &events,
                                       const Core::Clock &clock, const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_certificates(certificates)
    , m_settings(settings)
    , m_events(events)
    , m_clock(clock)
    , m_acme(dataDirectory + u"/acme/account.key"_s)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CertificateRenewal::onTimer);
    connect(&m_acme, &AcmeClient::progress, this, &CertificateRenewal::progress);
    // A new certificate starts a new story: its own plan, failures and expiry warning.
    connect(&m_certificates, &CertificateStore::changed, this, [this] {
        if (!m_started)
            return;
        m_failures = 0;
        m_lastError.clear();
        m_lastExpiryWarning = QDateTime();
        checkExpiry();
        plan();
    });
    connect(&m_settings, &Store::Settings::changed, this, [this](const QStringList &keys) {
        if (m_started && keys.contains(u"acme.renew_before"_s))
            plan();
    });
}

CertificateRenewal::~CertificateRenewal() = default;

void CertificateRenewal::start()
{
    m_started = true;
    checkExpiry();
    plan();
}

void CertificateRenewal::setDnsPublisher(DnsChallengePublisher *publisher)
{
    m_acme.setDnsPublisher(publisher);
}

QVariantMap CertificateRenewal::state() const
{
    return {{u"next_renewal"_s, QVariant::fromValue<qulonglong>(toUsec(m_nextRenewal))},
            {u"renewal_error"_s, m_lastError},
            {u"renewal_failures"_s, QVariant::fromValue<uint>(uint(m_failures))},
            {u"renewal_running"_s, m_acme.isRunning()}};
}

void CertificateRenewal::plan()
{
    m_timer.stop();
    m_nextRenewal = QDateTime();
    if (!m_certificates.hasCertificate())
        return;
    const CertificateInfo &info = m_certificates.current();
    const QDateTime now = m_clock.now();
    qint64 wait = CheckIntervalSeconds;
    if (info.source == CertificateSource::Acme) {
        const qint64 renewBefore = qint64(m_settings.uintValue(u"acme.renew_before"_s));
        QDateTime due = info.notAfter.addSecs(-renewBefore);
        // Never before half the lifetime: certificates shorter-lived than acme.renew_before
        // would otherwise be renewed again at once, for ever.
        const QDateTime halfway = info.notBefore.addSecs(info.notBefore.secsTo(info.notAfter) / 2);
        due = std::max(due, halfway);
        if (m_failures > 0 && m_lastAttempt.isValid()) {
            const qint64 backoff = std::min(MaxRetrySeconds, FirstRetrySeconds << std::min(m_failures - 1, 8));
            due = std::max(due, m_lastAttempt.addSecs(backoff));
        }
        m_nextRenewal = due;
        wait = std::min(wait, std::max<qint64>(0, now.secsTo(due)));
        qCInfo(lcTls).noquote() << "Next ACME renewal of the certificate for" << info.names.join(u", "_s) << "at"
                                << due.toUTC().toString(Qt::ISODate);
    }
    m_timer.start(std::chrono::seconds(wait));
}

void CertificateRenewal::onTimer()
{
    checkExpiry();
    const QDateTime now = m_clock.now();
    if (m_nextRenewal.isValid() && now >= m_nextRenewal && !m_acme.isRunning() && m_certificates.hasCertificate()
        && m_certificates.current().source == CertificateSource::Acme) {
        auto request = acmeRequest(m_certificates.current().acmeDirectory, hostNames(m_certificates.current()), QString());
        if (!request) {
            m_lastError = request.error().message;
            ++m_failures;
            m_lastAttempt = now;
            qCWarning(lcTls).noquote() << "Cannot renew the certificate:" << m_lastError;
            plan();
            return;
        }
        qCInfo(lcTls).noquote() << "Renewing the ACME certificate for" << request.value().names.join(u", "_s);
        runAcme(request.value(), true, this, [](Result<CertificateInfo>) {});
        return;
    }
    plan();
}

void CertificateRenewal::checkExpiry()
{
    if (!m_certificates.hasCertificate())
        return;
    const CertificateInfo &info = m_certificates.current();
    const QDateTime now = m_clock.now();
    const qint64 days = info.daysUntilExpiry(now);
    // An ACME certificate that renews fine is no news; one whose renewal fails, or one
    // that nothing renews, is.
    if (days > ExpiryWarningDays || (info.source == CertificateSource::Acme && m_failures == 0))
        return;
    if (m_lastExpiryWarning.isValid() && m_lastExpiryWarning.secsTo(now) < 86400)
        return;
    m_lastExpiryWarning = now;
    QString why;
    if (info.source == CertificateSource::Acme)
        why = u"renewing it keeps failing: %1"_s.arg(m_lastError);
    else if (info.source == CertificateSource::Imported)
        why = u"it was imported, so import a new one or request one with ACME."_s;
    else
        why = u"it is self-signed: make a new one (Renew)."_s;
    const QString when = days < 0 ? u"expired on %1"_s.arg(info.notAfter.toUTC().toString(Qt::ISODate))
                                   : u"expires on %1"_s.arg(info.notAfter.toUTC().toString(Qt::ISODate));
    QVariantMap details = eventDetails(info);
    details.insert(u"days_left"_s, QVariant::fromValue<qlonglong>(days));
    m_events.add(Core::EventKind::CertificateExpiring, u"The certificate for %1 %2; %3"_s.arg(info.names.join(u", "_s), when, why),
                 details);
}

Result<AcmeClient::Request> CertificateRenewal::acmeRequest(const QString &directoryUrl, const QStringList &names,
                                                            const QString &email) const
{
    AcmeClient::Request request;
    const QString url = directoryUrl.isEmpty() ? m_settings.stringValue(u"acme.directory_url"_s) : directoryUrl;
    request.directoryUrl = QUrl(url, QUrl::StrictMode);
    if (url.isEmpty() || !request.directoryUrl.isValid() || request.directoryUrl.scheme() != u"https"_s
        || request.directoryUrl.host().isEmpty()) {
        return Error::invalidArgument(u"ACME directory '%1' must be an https:// URL, such as "
                                      "https://acme-v02.api.letsencrypt.org/directory."_s.arg(url));
    }
    const QStringList wanted = names.isEmpty() ? QStringList{m_settings.stringValue(u"identity.hostname"_s)} : names;
    auto normalized = SigningRequest::normalizeNames(wanted);
    if (!normalized)
        return normalized.error();
    for (const QString &name : normalized.value()) {
        if (Core::parseIpAddress(name))
            return Error::invalidArgument(u"Certificate name '%1' is an IP address; ACME certificates here are for host names."_s.arg(name));
    }
    request.names = normalized.value();
    request.email = email.isEmpty() ? m_settings.stringValue(u"acme.email"_s) : email;
    if (!request.email.isEmpty()) {
        const auto address = Core::MailAddress::parse(request.email);
        if (!address)
            return Error::invalidArgument(u"Contact address '%1' is not a mail address: %2"_s.arg(request.email, address.error().message));
        request.email = address->toString();
    }
    request.caFile = m_settings.stringValue(u"acme.ca_file"_s);
    request.httpPort = quint16(m_settings.uintValue(u"acme.http_port"_s));
    return request;
}

void CertificateRenewal::requestAcme(const QString &directoryUrl, const QStringList &names, const QString &email, QObject *context,
                                     CertificateStore::Done done)
{
    auto request = acmeRequest(directoryUrl, names, email);
    if (!request) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), error = request.error()] { done(error); }, Qt::QueuedConnection);
        return;
    }
    runAcme(request.value(), false, context, std::move(done));
}

void CertificateRenewal::renew(QObject *context, CertificateStore::Done done)
{
    const auto refuse = [context, &done](const Error &error) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), error] { done(error); }, Qt::QueuedConnection);
    };
    if (!m_certificates.hasCertificate()) {
        refuse(Error::failed(u"There is no certificate to renew yet."_s));
        return;
    }
    const CertificateInfo info = m_certificates.current();
    switch (info.source) {
    case CertificateSource::Imported:
        refuse(Error::failed(u"The certificate in use was imported, so the engine cannot renew it: import its successor "
                             "(Certificates.Import) or get one with ACME (Certificates.RequestAcme)."_s));
        return;
    case CertificateSource::SelfSigned:
        m_certificates.generateSelfSigned(info.names, context, [this, done = std::move(done)](Result<CertificateInfo> made) {
            if (made)
                m_events.add(Core::EventKind::CertificateRenewed, u"New self-signed certificate for %1."_s.arg(made->names.join(u", "_s)),
                             eventDetails(made.value()));
            done(made);
        });
        return;
    case CertificateSource::Acme:
        break;
    }
    auto request = acmeRequest(info.acmeDirectory, hostNames(info), QString());
    if (!request) {
        refuse(request.error());
        return;
    }
    runAcme(request.value(), true, context, std::move(done));
}

void CertificateRenewal::runAcme(const AcmeClient::Request &request, bool renewal, QObject *context, CertificateStore::Done done)
{
    QPointer<QObject> guard(context);
    m_acme.issue(request, this, [this, request, renewal, guard, done = std::move(done)](Result<CertificateBundle> issued) {
        const auto failed = [this, renewal, guard, done](const Error &error) {
            m_lastError = error.message;
            m_lastAttempt = m_clock.now();
            if (renewal)
                ++m_failures;
            plan();
            checkExpiry();
            if (guard)
                done(error);
        };
        if (!issued) {
            failed(issued.error());
            return;
        }
        m_certificates.install(issued.value(), CertificateSource::Acme, request.directoryUrl.toString(QUrl::FullyEncoded), this, [this, request, guard, done, failed](Result<CertificateInfo> made) {
            if (!made) {
                failed(made.error());
                return;
            }
            m_lastError.clear();
            m_failures = 0;
            m_lastAttempt = m_clock.now();
            m_events.add(Core::EventKind::CertificateRenewed,
                         u"New certificate from %1 for %2, valid until %3."_s.arg(request.directoryUrl.host(), made->names.join(u", "_s),
                                                                                 made->notAfter.toUTC().toString(Qt::ISODate)),
                         eventDetails(made.value()));
            plan();
            if (guard)
                done(made);
        });
    });
}

} // namespace Doorstep::Tls
