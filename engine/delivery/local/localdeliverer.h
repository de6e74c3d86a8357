#pragma once

#include <functional>

#include <QObject>
#include <QThreadPool>

#include "engine/queue/deliverer.h"

namespace Doorstep::Delivery {

/**
 * Delivers to local users: each recipient's Maildir++ at DATA/mail/<domain>/<local>/ gets its
 * copy with Return-Path and Delivered-To (RFC 5321 4.4: added at final delivery only). The
 * file work runs on a small pool of its own, never on the event loop; a failure (disk full,
 * permissions) defers the recipient, so the message stays queued and is retried. With a
 * header rewrite (sendmail's masquerading of local mail), each copy gets the rewritten header
 * block and the body as queued. What the content filters decided comes with the queued
 * message: their header lines go on top (after Return-Path and Delivered-To), spam gets its
 * subject tag and goes into the user's spam folder (Maildir++ ".<spam.folder>/") instead of
 * the inbox.
 */
class LocalDeliverer final : public QObject, public Queue::Deliverer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalDeliverer)

public:
    /** Whether a local user (full address) still has an account. */
    using UserExists = std::function<bool(const QString &address)>;
    using HostName = std::function<QString()>;
    /** The folder spam is filed into (spam.folder), asked on the event loop per delivery. */
    using SpamFolder = std::function<QString()>;
    /** Rewrites a header block (CRLF); runs on the delivery pool, so it must own its data. */
    using HeaderRewrite = std::function<QByteArray(const QByteArray &headers)>;
    /**
     * Called on the event loop per delivery: the header rewrite for local copies (masquerading
     * unless `identity.local_no_masquerade`), or an empty function for none.
     */
    using HeaderRewriteFactory = std::function<HeaderRewrite()>;

    LocalDeliverer(QString dataDirectory, UserExists userExists, HostName hostName, QObject *parent = nullptr);
    ~LocalDeliverer() override;

    void deliver(const Store::QueuedMessage &message, const QString &spoolPath, const QList<Store::QueuedRecipient> &recipients,
                 std::function<void(QList<Queue::DeliveryOutcome>)> done) override;

    void setHeaderRewrite(HeaderRewriteFactory factory) { m_rewriteFactory = std::move(factory); }
    /** Without one, spam is filed into the folder "spamtrap" (spam.folder's default). */
    void setSpamFolder(SpamFolder folder) { m_spamFolder = std::move(folder); }

    /** Waits for deliveries in progress (at shutdown). */
    void waitForDone();

private:
    QString m_dataDirectory;
    UserExists m_userExists;
    HostName m_hostName;
    HeaderRewriteFactory m_rewriteFactory;
    SpamFolder m_spamFolder;
    QThreadPool m_pool;
};

} // namespace Doorstep::Delivery
