#pragma once

#include "engine/queue/deliverer.h"

namespace Doorstep::Delivery {

class DovecotSupervisor;
class LmtpDeliverer;
class LocalDeliverer;

/**
 * Local delivery as the managed Dovecot allows it: through LMTP while Dovecot runs (Sieve
 * rules, IMAP clients told at once); into Maildir by the engine itself while IMAP is off or
 * Dovecot is not installed (the global spam rule applied by LocalDeliverer); and deferred while
 * Dovecot is starting or down, so a message waits in the queue until LMTP accepts it rather
 * than bypass the user's rules.
 */
class MailboxDeliverer final : public Queue::Deliverer
{
public:
    MailboxDeliverer(DovecotSupervisor &dovecot, LmtpDeliverer &lmtp, LocalDeliverer &maildir);

    void deliver(const Store::QueuedMessage &message, const QString &spoolPath, const QList<Store::QueuedRecipient> &recipients,
                 std::function<void(QList<Queue::DeliveryOutcome>)> done) override;

private:
    DovecotSupervisor &m_dovecot;
    LmtpDeliverer &m_lmtp;
    LocalDeliverer &m_maildir;
};

} // namespace Doorstep::Delivery
