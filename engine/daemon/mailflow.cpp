#include "engine/daemon/mailflow.h"

#include <QDateTime>
#include <QPointer>

#include "engine/core/eventlog.h"
#include "engine/daemon/log.h"
#include "engine/filters/contentpipeline.h"
#include "engine/filters/greylist.h"
#include "engine/policy/mailpolicy.h"
#include "engine/queue/quarantine.h"
#include "engine/queue/spool.h"
#include "engine/queue/spoolfile.h"
#include "engine/store/settings.h"
#include "engine/store/statistics.h"

namespace Doorstep::Daemon {

using namespace Qt::StringLiterals;
using Core::Result;

namespace {

/** The session writes into a spool file through this. */
class SpoolSink final : public Smtp::MessageSink
{
public:
    explicit SpoolSink(std::unique_ptr<Queue::SpoolFile> file) : m_file(std::move(file)) {}
    QString id() const override { return m_file->id(); }
    Result<void> write(const QByteArray &bytes) override { return m_file->write(bytes); }
    std::unique_ptr<Queue::SpoolFile> release() { return std::move(m_file); }

private:
    std::unique_ptr<Queue::SpoolFile> m_file;
};

/** The queue's record of a message as the session received it. */
Store::QueuedMessage queuedMessage(const Smtp::SessionInfo &session, const Smtp::MessageEnvelope &envelope)
{
    Store::QueuedMessage message;
    message.sender = envelope.sender;
    message.receivedUsec = quint64(QDateTime::currentMSecsSinceEpoch()) * 1000;
    message.clientAddress = session.describeClient();
    message.helo = session.helo;
    message.authUser = session.authUser;
    message.listener = session.listener;
    message.smtputf8 = envelope.smtputf8;
    int position = 0;
    for (const auto &[original, target] : envelope.recipients) {
        Store::QueuedRecipient r;
        r.position = position++;
        r.original = original;
        r.address = target.address;
        r.local = target.local;
        message.recipients.append(r);
    }
    return message;
}

} // namespace

MailFlow::MailFlow(Policy::MailPolicy &policy, Filters::Greylist &greylist, const Filters::ContentPipeline &content, Queue::Spool &spool,
                   Store::Settings &settings, Store::Statistics &statistics, Core::EventLog &events, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
    , m_greylist(greylist)
    , m_content(content)
    , m_spool(spool)
    , m_settings(settings)
    , m_statistics(statistics)
    , m_events(events)
{
}

void MailFlow::connect(const Smtp::SessionInfo &session, std::function<void(Smtp::ConnectDecision)> done)
{
    m_policy.connect(session, std::move(done));
}

void MailFlow::authenticate(const Smtp::SessionInfo &, const QString &user, const QString &password, std::function<void(Smtp::AuthDecision)> done)
{
    m_policy.authenticate(user, password, std::move(done));
}

void MailFlow::checkSender(const Smtp::SessionInfo &session, const Smtp::Path &sender, std::function<void(std::optional<Smtp::Reply>)> done)
{
    m_policy.checkSender(session, sender, std::move(done));
}

void MailFlow::checkRecipient(const Smtp::SessionInfo &session, const QString &sender, const Smtp::Path &recipient,
                              std::function<void(Smtp::RecipientDecision)> done)
{
    // Greylisting comes after policy, for recipients policy accepted only: a refusal for an
    // unknown user stays a 550 however often it is retried.
    QPointer<MailFlow> self(this);
    m_policy.checkRecipient(session, recipient, [self, session, sender, address = recipient.address, done](Smtp::RecipientDecision decision) {
        if (!self || decision.refusal) {
            done(std::move(decision));
            return;
        }
        self->m_greylist.check(session, sender, address, self, [self, session, decision, done](const Filters::GreylistVerdict &verdict) {
            if (verdict.outcome != Filters::GreylistVerdict::Outcome::Deferred) {
                Smtp::RecipientDecision accepted = decision;
                accepted.greylistPassed = verdict.outcome == Filters::GreylistVerdict::Outcome::Passed;
                done(accepted);
                return;
            }
            Smtp::RecipientDecision deferred;
            deferred.refusal = Smtp::Reply::greylisted(verdict.retryAfterSeconds);
            deferred.greylisted = true;
            self->recordGreylisted(session, verdict, *deferred.refusal);
            done(deferred);
        });
    });
}

void MailFlow::recordGreylisted(const Smtp::SessionInfo &session, const Filters::GreylistVerdict &verdict, const Smtp::Reply &reply)
{
    const QString sender = verdict.triplet.sender.isEmpty() ? u"<>"_s : verdict.triplet.sender;
    const QString client = session.describeClient();
    qCInfo(lcDaemon).noquote() << session.id << "greylisted" << verdict.triplet.toString() << "(" << verdict.reason << ") -" << reply.toString();
    m_statistics.increment(u"greylisted"_s);
    m_events.add(Core::EventKind::Greylisted,
                 u"Greylisted mail from %1 to %2 sent by %3: retry accepted in %4 seconds."_s.arg(sender, verdict.triplet.recipient, client)
                     .arg(verdict.retryAfterSeconds),
                 {{u"client"_s, client},
                  {u"network"_s, verdict.triplet.network},
                  {u"sender"_s, sender},
                  {u"recipient"_s, verdict.triplet.recipient},
                  {u"triplet"_s, verdict.triplet.toString()},
                  {u"reason"_s, verdict.reason},
                  {u"retry_after"_s, verdict.retryAfterSeconds},
                  {u"reply"_s, reply.toString()}});
}

bool MailFlow::diskSpaceLow()
{
    const quint64 minimum = m_settings.sizeValue(u"limits.min_free_disk"_s);
    return minimum > 0 && m_spool.freeBytes() < minimum;
}

Result<std::unique_ptr<Smtp::MessageSink>> MailFlow::openMessage()
{
    auto file = m_spool.create();
    if (!file)
        return file.error();
    return std::unique_ptr<Smtp::MessageSink>(new SpoolSink(std::move(file).value()));
}

void MailFlow::commitMessage(std::unique_ptr<Smtp::MessageSink> sink, const Smtp::SessionInfo &session, const Smtp::MessageEnvelope &envelope,
                             QObject *context, std::function<void(Smtp::CommitOutcome)> done)
{
    auto *spoolSink = static_cast<SpoolSink *>(sink.get()); // openMessage() made it
    std::unique_ptr<Queue::SpoolFile> file = spoolSink->release();
    if (m_content.isEmpty()) {
        enqueue(std::move(file), session, envelope, Filters::ContentVerdict{}, context, std::move(done));
        return;
    }
    const Filters::ContentMessage message{file->id(), file->path(), file->size(), session, envelope};
    // std::function must be copyable: the file waits for the verdict in a shared holder.
    auto held = std::make_shared<std::unique_ptr<Queue::SpoolFile>>(std::move(file));
    m_content.run(message, context, [this, held, session, envelope, context, done](const Filters::ContentVerdict &verdict) {
        if (verdict.refusal) {
            refuseContent(session, envelope, (*held)->id(), verdict);
            held->reset(); // an uncommitted spool file is removed with it
            done(Smtp::CommitOutcome::refused(*verdict.refusal));
            return;
        }
        if (verdict.quarantine) {
            quarantine(std::move(*held), session, envelope, verdict, context, done);
            return;
        }
        enqueue(std::move(*held), session, envelope, verdict, context, done);
    });
}

void MailFlow::quarantine(std::unique_ptr<Queue::SpoolFile> file, const Smtp::SessionInfo &session, const Smtp::MessageEnvelope &envelope,
                          const Filters::ContentVerdict &verdict, QObject *context, std::function<void(Smtp::CommitOutcome)> done)
{
    const QString id = file->id();
    const QString sessionId = session.id;
    if (!m_quarantine) {
        qCWarning(lcDaemon).noquote() << sessionId << id << "should be quarantined, but there is no quarantine";
        done(Smtp::CommitOutcome::refused(Smtp::Reply::localError(u"Local error in processing, try again later"_s)));
        return;
    }
    m_quarantine->keep(std::move(file), queuedMessage(session, envelope), verdict.summary, context,
                       [this, sessionId, id, verdict, done](Result<void> kept) {
        if (!kept) {
            qCWarning(lcDaemon).noquote() << sessionId << id << "cannot be quarantined:" << kept.error().message;
            done(Smtp::CommitOutcome::refused(Smtp::Reply::localError(u"Local error in processing, try again later"_s)));
            return;
        }
        // Accepted, so the sender does not retry, and never delivered. It counts as received
        // (the 250 says so; mail filed as spam counts the same way) and, from the filter, as
        // virus; a release later queues it without counting it again.
        m_statistics.increment(u"received"_s);
        qCInfo(lcDaemon).noquote() << sessionId << id << "quarantined:" << verdict.summary;
        done(Smtp::CommitOutcome::accepted(id));
    });
}

void MailFlow::refuseContent(const Smtp::SessionInfo &session, const Smtp::MessageEnvelope &envelope, const QString &queueId,
                             const Filters::ContentVerdict &verdict)
{
    const QString sender = envelope.sender.isEmpty() ? u"<>"_s : envelope.sender;
    const QString client = session.describeClient();
    const QString reply = verdict.refusal->toString();
    qCInfo(lcDaemon).noquote() << session.id << queueId << "refused:" << verdict.summary << "-" << reply;
    if (verdict.refusal->code >= 500) // a 4xx asks for a retry: the message is not refused yet
        m_statistics.increment(u"rejected"_s);
    m_events.add(Core::EventKind::Rejected, u"Refused a message from %1 sent by %2: %3"_s.arg(sender, client, reply),
                 {{u"client"_s, client}, {u"sender"_s, sender}, {u"reply"_s, reply}, {u"detail"_s, verdict.summary}});
}

void MailFlow::enqueue(std::unique_ptr<Queue::SpoolFile> file, const Smtp::SessionInfo &session, const Smtp::MessageEnvelope &envelope,
                       const Filters::ContentVerdict &verdict, QObject *context, std::function<void(Smtp::CommitOutcome)> done)
{
    // What the content filters added goes with the message to delivery.
    Store::QueuedMessage message = queuedMessage(session, envelope);
    message.addedHeaders = verdict.addedHeaders;
    message.subjectTag = verdict.spam ? verdict.subjectTag : QString();
    message.spam = verdict.spam;
    QStringList recipients;
    for (const Store::QueuedRecipient &r : message.recipients)
        recipients << r.address;
    const QString id = file->id();
    const QString sessionId = session.id;
    const QString sender = envelope.sender.isEmpty() ? u"<>"_s : envelope.sender;
    const QString client = session.describeClient();
    m_spool.commit(std::move(file), message, context, [this, id, sessionId, sender, client, recipients, done](Result<void> committed) {
        if (!committed) {
            qCWarning(lcDaemon).noquote() << sessionId << id << "cannot be queued:" << committed.error().message;
            done(Smtp::CommitOutcome::refused(Smtp::Reply::localError(u"Local error in processing, try again later"_s)));
            return;
        }
        m_statistics.increment(u"received"_s);
        m_events.add(Core::EventKind::Received, u"Message %1 from %2 to %3 received from %4."_s.arg(id, sender, recipients.join(u", "_s), client),
                     {{u"queue_id"_s, id}, {u"sender"_s, sender}, {u"recipients"_s, recipients}, {u"client"_s, client}});
        qCDebug(lcDaemon).noquote() << sessionId << id << "accepted";
        done(Smtp::CommitOutcome::accepted(id));
    });
}

void MailFlow::rejected(const Smtp::SessionInfo &session, Smtp::RejectionStage stage, const Smtp::Reply &reply, const QString &detail)
{
    m_statistics.increment(u"rejected"_s);
    if (stage == Smtp::RejectionStage::Relay)
        m_statistics.increment(u"rejected_relay"_s);
    else if (stage == Smtp::RejectionStage::Recipient)
        m_statistics.increment(u"rejected_recipient"_s);
    m_events.add(Core::EventKind::Rejected,
                 u"Refused %1 from %2: %3"_s.arg(detail.isEmpty() ? u"a client"_s : detail, session.describeClient(), reply.toString()),
                 {{u"client"_s, session.describeClient()}, {u"reply"_s, reply.toString()}, {u"detail"_s, detail}});
}

void MailFlow::authenticationFailed(const Smtp::SessionInfo &session, const QString &user)
{
    m_events.add(Core::EventKind::AuthFailed, u"Failed login as '%1' from %2."_s.arg(user.left(100), session.clientAddress.toString()),
                 {{u"client"_s, session.clientAddress.toString()}, {u"user"_s, user.left(100)}});
}

} // namespace Doorstep::Daemon
