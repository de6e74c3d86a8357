#include "engine/filters/antivirus/antivirusfilter.h"

#include <QPointer>

#include "engine/core/eventlog.h"
#include "engine/filters/antivirus/pendingscan.h"
#include "engine/filters/antivirus/scannersupervisor.h"
#include "engine/filters/log.h"
#include "engine/store/settings.h"
#include "engine/store/statistics.h"

namespace Doorstep::Filters::Antivirus {

using namespace Qt::StringLiterals;

namespace {

ContentVerdict tempfail(const QString &why)
{
    ContentVerdict verdict;
    verdict.refusal = Smtp::Reply::virusScanUnavailable(why);
    verdict.summary = u"not scanned: "_s + why;
    return verdict;
}

} // namespace

AntivirusFilter::AntivirusFilter(ScannerSupervisor &supervisor, const Store::Settings &settings, Store::Statistics &statistics,
                                 Core::EventLog &events, QObject *parent)
    : QObject(parent)
    , m_supervisor(supervisor)
    , m_settings(settings)
    , m_statistics(statistics)
    , m_events(events)
{
}

QString AntivirusFilter::name() const
{
    return u"antivirus"_s;
}

void AntivirusFilter::check(const ContentMessage &message, std::function<void(ContentVerdict)> done)
{
    if (!m_settings.boolValue(u"antivirus.enabled"_s)) {
        QMetaObject::invokeMethod(this, [done] { done(ContentVerdict{}); }, Qt::QueuedConnection);
        return;
    }
    const auto target = m_supervisor.target();
    if (!target) {
        const QString why = m_supervisor.state() == ScannerSupervisor::State::Failed ? u"virus scanner unavailable"_s : u"virus scanner loading"_s;
        qCInfo(lcFilters).noquote() << message.session.id << message.queueId << "deferred:" << why;
        QMetaObject::invokeMethod(this, [done, why] { done(tempfail(why)); }, Qt::QueuedConnection);
        return;
    }
    const quint64 generation = target->generation;
    QPointer<AntivirusFilter> self(this);
    new PendingScan(target->socketPath, message.path, m_supervisor.hangTimeoutMs(),
                    [self, message, done, generation](std::optional<Protocol::ScanReply> reply, const QString &failure) {
                        if (!self)
                            return;
                        if (!reply) {
                            qCWarning(lcFilters).noquote() << message.session.id << message.queueId << "not scanned:" << failure;
                            if (failure == u"timeout"_s)
                                self->m_supervisor.scanHung(generation);
                            done(tempfail(failure == u"timeout"_s ? u"virus scan timed out"_s : u"virus scanner failed"_s));
                            return;
                        }
                        switch (reply->kind) {
                        case Protocol::ScanReply::Kind::Clean:
                            qCDebug(lcFilters).noquote() << message.session.id << message.queueId << "no virus";
                            done(ContentVerdict{});
                            return;
                        case Protocol::ScanReply::Kind::Found:
                            self->found(message, reply->text, done);
                            return;
                        case Protocol::ScanReply::Kind::Error:
                            qCWarning(lcFilters).noquote() << message.session.id << message.queueId << "not scanned:" << reply->text;
                            done(tempfail(u"virus scan failed"_s));
                            return;
                        }
                    },
                    this);
}

void AntivirusFilter::found(const ContentMessage &message, const QString &signature, std::function<void(ContentVerdict)> done)
{
    const bool quarantine = m_settings.stringValue(u"antivirus.action"_s) == u"quarantine"_s;
    const QString sender = message.envelope.sender.isEmpty() ? u"<>"_s : message.envelope.sender;
    const QString client = message.session.describeClient();
    QStringList recipients;
    for (const auto &[original, target] : message.envelope.recipients)
        recipients << original;
    qCInfo(lcFilters).noquote() << message.session.id << message.queueId << "virus" << signature << (quarantine ? "quarantined" : "refused");
    m_statistics.increment(u"virus"_s);
    m_events.add(Core::EventKind::Virus,
                 quarantine ? u"Virus %1 in message %2 from %3 sent by %4: kept in the quarantine."_s.arg(signature, message.queueId, sender, client)
                            : u"Virus %1 in a message from %2 sent by %3: refused."_s.arg(signature, sender, client),
                 {{u"signature"_s, signature},
                  {u"queue_id"_s, message.queueId},
                  {u"sender"_s, sender},
                  {u"recipients"_s, recipients},
                  {u"client"_s, client},
                  {u"action"_s, quarantine ? u"quarantine"_s : u"reject"_s}});
    ContentVerdict verdict;
    verdict.summary = u"virus "_s + signature;
    if (quarantine)
        verdict.quarantine = true;
    else
        verdict.refusal = Smtp::Reply::virusFound(signature);
    done(verdict);
}

} // namespace Doorstep::Filters::Antivirus
