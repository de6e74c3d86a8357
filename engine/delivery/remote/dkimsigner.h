#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Core {
class Clock;
class EngineState;
} // namespace Doorstep::Core
namespace Doorstep::Store {
class Settings;
}
namespace Doorstep::Tls {
class DkimKeyStore;
struct DkimKey;
} // namespace Doorstep::Tls

namespace Doorstep::Delivery {

/** One DNS record a domain publishes for a DKIM key (Domains.DkimRecords). */
struct DkimRecord
{
    QString name; // "SELECTOR._domainkey.DOMAIN"
    QString text; // "v=DKIM1; k=rsa; p=…", one string (a DNS server splits it into 255-byte strings)
};

/**
 * DKIM signing of mail leaving for other domains (RFC 6376, RFC 8463), and the records its
 * keys need in DNS.
 *
 * A message is signed when `dkim.enabled` is on and the domain of its From: field, as it is
 * sent (after masquerading and outbound names), is one of ours (IsOurDomain: the Domains and
 * identity.masquerade_as): an rsa-sha256 signature and, with `dkim.ed25519`, a second,
 * ed25519-sha256 one; c=relaxed/relaxed, d= that domain, s= `dkim.selector`. Keys come from
 * the DkimKeyStore (made at first use); the body is hashed from the spool file and the
 * signatures made on the global thread pool, never on the event loop.
 *
 * A message that cannot be signed (its key cannot be read or made, its body cannot be read)
 * still goes, unsigned: holding mail back would hurt more than an unsigned message, which a
 * receiver treats like mail from a domain without DKIM. Each failure is a warning in the log
 * and sets the engine state to "degraded" under "dkim" with the reason, until a message of
 * that domain is signed again.
 */
class DkimSigner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DkimSigner)

public:
    /** True for a domain (lower case) the engine signs for. */
    using IsOurDomain = std::function<bool(const QString &domain)>;

    DkimSigner(Tls::DkimKeyStore &keys, const Store::Settings &settings, Core::EngineState &state, const Core::Clock &clock, IsOurDomain isOurs,
               QObject *parent = nullptr);

    /**
     * Domains.DkimRecords: one record per key of @p domain for the current selector (RSA, and
     * Ed25519 with `dkim.ed25519`), the keys made if missing. NotFound for a domain that is not
     * ours, InvalidArgument for one that is not a domain name. @p done runs later, on this
     * thread, unless @p context is gone. The health check compares DNS with these.
     */
    void records(const QString &domain, QObject *context, std::function<void(Core::Result<QList<DkimRecord>>)> done);

    /**
     * Makes the keys of @p domain for the current selector ahead of the first message (when a
     * domain is added), in the background; a failure is logged, and signing will try again.
     */
    void prepareKeys(const QString &domain);

    /**
     * @p headers with the DKIM-Signature fields on top when the message is to be signed, else
     * as they are; the body is the spool file @p bodyPath from @p bodyOffset, as the SMTP
     * client will send it. @p done always runs, later, on this thread, unless @p context is gone.
     */
    void sign(const QByteArray &headers, const QString &bodyPath, qint64 bodyOffset, QObject *context, std::function<void(QByteArray)> done);

    /**
     * The domain of the message's author: of the one mailbox of its one From: field, in lower
     * case; nullopt for none, several, or a field that cannot be read (such mail is not signed).
     */
    static std::optional<QString> signingDomain(QByteArrayView headers);

    /**
     * The DKIM-Signature fields for @p keys (in their order) over @p headers and the body in
     * @p bodyPath from @p bodyOffset. Blocking: reads the body; worker threads only.
     */
    static Core::Result<QByteArray> signatureFields(const QList<Tls::DkimKey> &keys, QByteArrayView headers, const QString &bodyPath,
                                                    qint64 bodyOffset, quint64 timestamp);

private:
    void reportUnsigned(const QString &domain, const QString &reason);

    Tls::DkimKeyStore &m_keys;
    const Store::Settings &m_settings;
    Core::EngineState &m_state;
    const Core::Clock &m_clock;
    IsOurDomain m_isOurs;
};

} // namespace Doorstep::Delivery
