#include "engine/delivery/dovecot/mailboxdeliverer.h"

#include <QTimer>

#include "engine/delivery/dovecot/dovecotsupervisor.h"
#include "engine/delivery/dovecot/lmtpdeliverer.h"
#include "engine/delivery/local/localdeliverer.h"

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;

MailboxDeliverer::MailboxDeliverer(DovecotSupervisor &dovecot, LmtpDeliverer &lmtp, LocalDeliverer &maildir)
    : m_dovecot(dovecot)
    , m_lmtp(lmtp)
    , m_maildir(maildir)
{
}

void MailboxDeliverer::deliver(const Store::QueuedMessage &message, const QString &spoolPath, const QList<Store::QueuedRecipient> &recipients,
                               std::function<void(QList<Queue::DeliveryOutcome>)> done)
{
    switch (m_dovecot.state()) {
    case DovecotSupervisor::State::Running:
        m_lmtp.deliver(message, spoolPath, recipients, std::move(done));
        return;
    case DovecotSupervisor::State::Off:
    case DovecotSupervisor::State::Unavailable:
        m_maildir.deliver(message, spoolPath, recipients, std::move(done));
        return;
    case DovecotSupervisor::State::Starting:
    case DovecotSupervisor::State::Failed:
        break;
    }
    const QString why = u"451 4.4.1 The mailbox server (Dovecot) is not running yet: %1"_s.arg(m_dovecot.reason());
    QList<Queue::DeliveryOutcome> outcomes;
    for (const Store::QueuedRecipient &r : recipients)
        outcomes.append({r.position, Queue::DeliveryOutcome::Kind::Deferred, why});
    // done() is always called later, never from inside deliver() (as the other deliverers do).
    QTimer::singleShot(0, &m_lmtp, [done = std::move(done), outcomes] { done(outcomes); });
}

} // namespace Doorstep::Delivery
