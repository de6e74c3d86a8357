#pragma once

#include <QObject>
#include <QThreadPool>

#include "engine/delivery/local/localdeliverer.h"
#include "engine/queue/deliverer.h"

namespace Doorstep::Delivery {

/**
 * Delivers to local users through the managed Dovecot's LMTP (RFC 2033), where Pigeonhole
 * runs the global spam rule and each user's Sieve script, and IMAP clients see new mail at
 * once. One transaction per message: RCPT per recipient, then one reply per accepted
 * recipient after the data — a recipient is delivered only on its own 250; a 4xx or a lost
 * connection defers it (the message stays queued), a 5xx fails it. A conversation that breaks
 * before the data, or gets a 4xx for a recipient (Dovecot reloading for a new certificate), is
 * tried again twice, a second apart, before the recipients are deferred. Dovecot adds Return-Path
 * and Delivered-To; the header block is the one LocalDeliverer would write (masquerading, the
 * filters' headers, the subject tag of spam), without choosing the folder: that is Sieve's.
 * The socket work runs on a small pool of its own, never on the event loop.
 */
class LmtpDeliverer final : public QObject, public Queue::Deliverer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LmtpDeliverer)

public:
    /** An LMTP conversation that hangs this long defers its recipients. */
    static constexpr int kTimeoutMs = 60 * 1000;

    LmtpDeliverer(QString socketPath, LocalDeliverer::UserExists userExists, LocalDeliverer::HostName hostName, QObject *parent = nullptr);
    ~LmtpDeliverer() override;

    void deliver(const Store::QueuedMessage &message, const QString &spoolPath, const QList<Store::QueuedRecipient> &recipients,
                 std::function<void(QList<Queue::DeliveryOutcome>)> done) override;

    void setHeaderRewrite(LocalDeliverer::HeaderRewriteFactory factory) { m_rewriteFactory = std::move(factory); }
    /** Waits for deliveries in progress (at shutdown). */
    void waitForDone();

private:
    QString m_socketPath;
    LocalDeliverer::UserExists m_userExists;
    LocalDeliverer::HostName m_hostName;
    LocalDeliverer::HeaderRewriteFactory m_rewriteFactory;
    QThreadPool m_pool;
};

} // namespace Doorstep::Delivery
