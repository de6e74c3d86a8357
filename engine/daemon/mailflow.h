#pragma once

#include <QObject>

#include "engine/smtp/sessionhandler.h"

namespace Doorstep::Core {
class Clock;
class EventLog;
} // namespace Doorstep::Core
namespace Doorstep::Store {
class Settings;
class Statistics;
} // namespace Doorstep::Store
namespace Doorstep::Policy {
class MailPolicy;
}
namespace Doorstep::Queue {
class Quarantine;
class Spool;
class SpoolFile;
} // namespace Doorstep::Queue
namespace Doorstep::Filters {
class ContentPipeline;
struct ContentVerdict;
class Greylist;
struct GreylistVerdict;
} // namespace Doorstep::Filters

namespace Doorstep::Daemon {

/**
 * What an SMTP session asks of the engine, answered by policy (who may do what) and the queue
 * (where messages go): the SMTP module declares SessionHandler, this class wires the higher
 * modules into it and counts what happens (statistics, the event log).
 */
class MailFlow final : public QObject, public Smtp::SessionHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailFlow)

public:
    MailFlow(Policy::MailPolicy &policy, Filters::Greylist &greylist, const Filters::ContentPipeline &content, Queue::Spool &spool,
             Store::Settings &settings, Store::Statistics &statistics, Core::EventLog &events, QObject *parent = nullptr);

    void connect(const Smtp::SessionInfo &session, std::function<void(Smtp::ConnectDecision)> done) override;
    void authenticate(const Smtp::SessionInfo &session, const QString &user, const QString &password,
                      std::function<void(Smtp::AuthDecision)> done) override;
    void checkSender(const Smtp::SessionInfo &session, const Smtp::Path &sender, std::function<void(std::optional<Smtp::Reply>)> done) override;
    void checkRecipient(const Smtp::SessionInfo &session, const QString &sender, const Smtp::Path &recipient,
                        std::function<void(Smtp::RecipientDecision)> done) override;
    bool diskSpaceLow() override;
    Core::Result<std::unique_ptr<Smtp::MessageSink>> openMessage() override;
    void commitMessage(std::unique_ptr<Smtp::MessageSink> sink, const Smtp::SessionInfo &session, const Smtp::MessageEnvelope &envelope,
                       QObject *context, std::function<void(Smtp::CommitOutcome)> done) override;
    void rejected(const Smtp::SessionInfo &session, Smtp::RejectionStage stage, const Smtp::Reply &reply, const QString &detail) override;
    void authenticationFailed(const Smtp::SessionInfo &session, const QString &user) override;

    /** Where messages with a quarantine verdict go (antivirus.action quarantine); not owned. */
    void setQuarantine(Queue::Quarantine *quarantine) { m_quarantine = quarantine; }

private:
    /** Makes a message that passed the content filters durable, with what they added. */
    void enqueue(std::unique_ptr<Queue::SpoolFile> file, const Smtp::SessionInfo &session, const Smtp::MessageEnvelope &envelope,
                 const Filters::ContentVerdict &verdict, QObject *context, std::function<void(Smtp::CommitOutcome)> done);
    /** A content filter wants the message kept, never delivered: accepted into the quarantine. */
    void quarantine(std::unique_ptr<Queue::SpoolFile> file, const Smtp::SessionInfo &session, const Smtp::MessageEnvelope &envelope,
                    const Filters::ContentVerdict &verdict, QObject *context, std::function<void(Smtp::CommitOutcome)> done);
    /** Greylisting answered 451 for a recipient: counted as greylisted (not rejected) and logged. */
    void recordGreylisted(const Smtp::SessionInfo &session, const Filters::GreylistVerdict &verdict, const Smtp::Reply &reply);
    /** A content filter refused the message: counted, logged, and its spool file goes. */
    void refuseContent(const Smtp::SessionInfo &session, const Smtp::MessageEnvelope &envelope, const QString &queueId,
                       const Filters::ContentVerdict &verdict);

    Policy::MailPolicy &m_policy;
    Filters::Greylist &m_greylist;
    const Filters::ContentPipeline &m_content;
    Queue::Spool &m_spool;
    Store::Settings &m_settings;
    Store::Statistics &m_statistics;
    Core::EventLog &m_events;
    Queue::Quarantine *m_quarantine = nullptr;
};

} // namespace Doorstep::Daemon
