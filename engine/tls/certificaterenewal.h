#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>

#include "engine/core/clock.h"
#include "engine/tls/acmeclient.h"
#include "engine/tls/certificatestore.h"

namespace Doorstep::Core {
class EventLog;
}
namespace Doorstep::Store {
class Settings;
}

namespace Doorstep::Tls {

class DnsChallengePublisher;

/**
 * Keeps the certificate current: Certificates.RequestAcme and Renew, and the renewal of an
 * ACME certificate by itself once it is within acme.renew_before of expiry (never before
 * half its lifetime, so a CA whose certificates live shorter than acme.renew_before does not
 * cause a renewal loop). A failed renewal is retried after 1, 2, 4 … hours (at most a day).
 *
 * Events: certificate_renewed for every new certificate from ACME or Renew;
 * certificate_expiring, at most once a day, when the certificate is within 14 days of expiry
 * and nothing renews it (imported, self-signed) or renewing keeps failing.
 *
 * The renewal state lives in memory: after a restart the plan is made again from the
 * certificate's dates, and the retry back-off starts anew.
 */
class CertificateRenewal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateRenewal)

public:
    static constexpr int ExpiryWarningDays = 14;
    static constexpr qint64 FirstRetrySeconds = 3600;
    static constexpr qint64 MaxRetrySeconds = 86400;
    /** Expiry is checked at least this often (and QTimer's int milliseconds stay in range). */
    static constexpr qint64 CheckIntervalSeconds = 86400;

    CertificateRenewal(CertificateStore &certificates, Store::Settings &settings, Core::EventLog &events, const Core::Clock &clock,
                       const QString &dataDirectory, QObject *parent = nullptr);
    ~CertificateRenewal() override;

    /** Plans the first renewal or expiry check; call once the engine runs. */
    void start();
    /** DNS-01 through @p publisher from now on (nullptr: HTTP-01); see AcmeClient. */
    void setDnsPublisher(DnsChallengePublisher *publisher);
    const AcmeClient &acme() const { return m_acme; }

    /**
     * Certificates.RequestAcme: a certificate for @p names (empty: identity.hostname) from
     * @p directoryUrl (empty: acme.directory_url) with contact @p email (empty: acme.email).
     * @p done gets the certificate in use afterwards, or why there is none.
     */
    void requestAcme(const QString &directoryUrl, const QStringList &names, const QString &email, QObject *context,
                     CertificateStore::Done done);
    /**
     * Certificates.Renew: ACME again (the directory the certificate came from, else
     * acme.directory_url; acme.email; the certificate's names)
     * for an ACME certificate, a new self-signed one for a self-signed certificate, and an
     * error for an imported one.
     */
    void renew(QObject *context, CertificateStore::Done done);

    /**
     * For Certificates.Current: "next_renewal" (t, µs since the epoch, 0 when nothing is
     * planned), "renewal_error" (s, the last ACME failure, "" after a success),
     * "renewal_failures" (u, failed renewals in a row), "renewal_running" (b).
     */
    QVariantMap state() const;

Q_SIGNALS:
    /** AcmeClient's progress: @p step as there, @p sentence for people. */
    void progress(const QString &step, const QString &sentence);

private:
    void plan();
    void onTimer();
    void checkExpiry();
    void runAcme(const AcmeClient::Request &request, bool automatic, QObject *context, CertificateStore::Done done);
    Core::Result<AcmeClient::Request> acmeRequest(const QString &directoryUrl, const QStringList &names, const QString &email) const;

    CertificateStore &m_certificates;
    Store::Settings &m_settings;
    Core::EventLog &m_events;
    const Core::Clock &m_clock;
    AcmeClient m_acme;
    QTimer m_timer;
    QDateTime m_nextRenewal;
    QDateTime m_lastAttempt;
    QDateTime m_lastExpiryWarning;
    QString m_lastError;
    int m_failures = 0;
    bool m_started = false;
};

} // namespace Doorstep::Tls
