#include "engine/dbus/filtersservice.h"

#include "engine/dbus/dbusvalue.h"
#include "engine/filters/antivirus/scannersupervisor.h"
#include "engine/filters/spam/spamfilter.h"
#include "engine/queue/quarantine.h"
#include "engine/store/settings.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;
using Core::Result;

FiltersService::FiltersService(ServiceContext &context, QObject *parent)
    : CertificatesService(context, parent)
{
}

QVariantMap FiltersService::ScoreMessage(const QString &message)
{
    handle([this, message](const PendingReply &reply) { scoreAndReply(reply, message, m_context.spam.currentChoices(), false); });
    return {};
}

QVariantMap FiltersService::TrySpamBackend(const QVariantMap &choices, const QString &message)
{
    const QVariantMap changes = fromDBus(choices);
    handle([this, changes, message](const PendingReply &reply) {
        auto tried = m_context.spam.choicesWith(changes);
        finish(reply, std::move(tried), [this, reply, message](const Filters::SpamChoices &chosen) {
            scoreAndReply(reply, message, chosen, true);
        });
    });
    return {};
}

void FiltersService::scoreAndReply(const PendingReply &reply, const QString &message, const Filters::SpamChoices &choices, bool trial)
{
    if (message.trimmed().isEmpty()) {
        reply.fail(Core::Error::invalidArgument(u"The message to score is empty: give a whole message, headers and body."_s));
        return;
    }
    // Scored as it would arrive: CRLF line ends, like the spool's.
    QByteArray bytes = message.toUtf8();
    bytes.replace("\r\n", "\n");
    bytes.replace("\n", "\r\n");
    auto answer = [reply, choices, trial](const Filters::SpamScore &score) {
        QVariantMap result{{u"score"_s, score.score},
                           {u"required"_s, choices.threshold},
                           {u"reject_threshold"_s, choices.rejectThreshold},
                           {u"rules"_s, score.rules},
                           {u"verdict"_s, Filters::SpamFilter::verdictName(score, choices)},
                           {u"backend"_s, choices.backend},
                           {u"problem"_s, score.problem}};
        if (trial)
            result.insert(u"reachable"_s, Filters::SpamFilter::reachable(score));
        reply.sendValue(result);
    };
    if (trial)
        m_context.spam.tryChoices(bytes, choices, this, std::move(answer));
    else
        m_context.spam.scoreMessage(bytes, this, std::move(answer));
}

QVariantMap FiltersService::AntivirusStatus()
{
    handle([this](const PendingReply &reply) { reply.sendValue(m_context.antivirus.status()); });
    return {};
}

QuarantineEntryList FiltersService::ListQuarantine()
{
    handle([this](const PendingReply &reply) {
        m_context.quarantine.list(this, [reply](Result<QList<Queue::QuarantinedMessage>> listed) {
            finish(reply, std::move(listed), [reply](const QList<Queue::QuarantinedMessage> &messages) {
                QuarantineEntryList entries;
                for (const Queue::QuarantinedMessage &m : messages) {
                    QStringList recipients;
                    for (const Store::QueuedRecipient &r : m.envelope.recipients)
                        recipients << r.original;
                    entries.append(QuarantineEntry{m.id, m.envelope.sender, recipients.join(u','), m.reason, m.quarantinedUsec});
                }
                reply.sendValue(entries);
            });
        });
    });
    return {};
}

void FiltersService::ReleaseQuarantined(const QString &id)
{
    handle([this, id](const PendingReply &reply) {
        m_context.quarantine.release(id, this, [this, reply, id](Result<QString> queued) {
            finish(reply, std::move(queued), [this, reply, id](const QString &queueId) {
                announce(u"Message %1 released from the quarantine, queued as %2."_s.arg(id, queueId),
                         {{u"object"_s, u"quarantine"_s}, {u"action"_s, u"released"_s}, {u"id"_s, id}, {u"queue_id"_s, queueId}});
                reply.send();
            });
        });
    });
}

void FiltersService::DeleteQuarantined(const QString &id)
{
    handle([this, id](const PendingReply &reply) {
        m_context.quarantine.remove(id, this, [this, reply, id](Result<void> removed) {
            if (!removed) {
                reply.fail(removed.error());
                return;
            }
            announce(u"Message %1 deleted from the quarantine."_s.arg(id), {{u"object"_s, u"quarantine"_s}, {u"action"_s, u"deleted"_s}, {u"id"_s, id}});
            reply.send();
        });
    });
}

} // namespace Doorstep::DBus
