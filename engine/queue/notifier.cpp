#include "engine/queue/notifier.h"

#include <memory>

#include <QPointer>
#include <QRegularExpression>
#include <QThreadPool>

#include "engine/core/clock.h"
#include "engine/queue/deliverystatus.h"
#include "engine/core/headerblock.h"
#include "engine/queue/log.h"
#include "engine/queue/spool.h"
#include "engine/queue/spoolfile.h"
#include "engine/store/settings.h"

namespace Doorstep::Queue {

using namespace Qt::StringLiterals;
using Core::Result;

namespace {

constexpr qsizetype kMaxHeaderBytes = 256 * 1024;

// "mx.example.org[192.0.2.1]:25 said: 550 5.1.1 <x@y>: unknown" -> the parts of a report.
StatusRecipient statusOf(const Store::QueuedRecipient &r, Notifier::Kind kind, quint64 lastAttemptUsec)
{
    StatusRecipient s;
    s.original = r.original;
    s.address = r.address;
    s.action = kind == Notifier::Kind::Failed ? StatusRecipient::Action::Failed : StatusRecipient::Action::Delayed;
    static const QRegularExpression remote(uR"(^([A-Za-z0-9.-]+)\[[^\]]*\](?::\d+)? said: (.*)$)"_s);
    static const QRegularExpression enhanced(uR"(\b([245])\.(\d{1,3})\.(\d{1,3})\b)"_s);
    QString diagnostic = r.lastError;
    if (const auto m = remote.match(r.lastError); m.hasMatch()) {
        s.remoteMta = u"dns; %1"_s.arg(m.captured(1));
        diagnostic = m.captured(2);
    }
    s.diagnostic = diagnostic;
    const auto code = enhanced.match(diagnostic);
    const QString defaultStatus = kind == Notifier::Kind::Failed ? u"5.0.0"_s : u"4.0.0"_s;
    s.status = code.hasMatch() && code.captured(1) != u"2"_s ? code.captured(0) : defaultStatus;
    if (kind == Notifier::Kind::Failed && s.status.startsWith(u'4'))
        s.status = u"5"_s + s.status.mid(1); // given up after temporary failures: now final
    s.lastAttemptUsec = lastAttemptUsec;
    return s;
}

} // namespace

Notifier::Notifier(Spool &spool, const Store::Settings &settings, const Core::Clock &clock, ResolveRecipient resolve, QObject *parent)
    : QObject(parent)
    , m_spool(spool)
    , m_settings(settings)
    , m_clock(clock)
    , m_resolve(std::move(resolve))
{
}

void Notifier::notify(const Store::QueuedMessage &message, const QList<Store::QueuedRecipient> &recipients, Kind kind,
                      std::function<void(Result<QString>)> done)
{
    if (message.sender.isEmpty() || recipients.isEmpty()) {
        done(QString()); // never a report to the null sender (RFC 5321 4.5.5)
        return;
    }
    StatusReport report;
    report.reportingMta = m_settings.stringValue(u"identity.hostname"_s);
    report.queueId = message.id;
    report.originalSender = message.sender;
    report.arrivalUsec = message.receivedUsec;
    if (kind == Kind::Delayed)
        report.willRetryUntilUsec = message.receivedUsec + quint64(m_settings.uintValue(u"queue.bounce_after"_s)) * 1000000;
    const quint64 now = m_clock.nowUsec();
    for (const Store::QueuedRecipient &r : recipients)
        report.recipients.append(statusOf(r, kind, now));
    const QString path = m_spool.path(message.id);
    const QString hostName = report.reportingMta;
    QPointer<Notifier> self(this);
    QThreadPool::globalInstance()->start([self, report, path, now, hostName, message, done]() mutable {
        auto built = std::make_shared<Result<QByteArray>>(QByteArray());
        auto headers = Core::readHeaderBlock(path, kMaxHeaderBytes);
        if (!headers)
            *built = headers.error();
        else if (mustNotBounce(message.sender, headers.value()))
            *built = QByteArray(); // a report or an auto-reply: answering it could loop
        else {
            report.originalHeaders = headers.value();
            *built = makeStatusReport(report, now, hostName);
        }
        QMetaObject::invokeMethod(self, [self, built, message, done] {
            if (!*built) {
                done(built->error());
                return;
            }
            if (built->value().isEmpty()) {
                qCInfo(lcQueue).noquote() << message.id << "is itself a report or an auto-reply: no report about it";
                done(QString());
                return;
            }
            self->enqueue(message, built->value(), done);
        }, Qt::QueuedConnection);
    });
}

void Notifier::enqueue(const Store::QueuedMessage &message, const QByteArray &report, std::function<void(Result<QString>)> done)
{
    const QList<Store::QueuedRecipient> targets = m_resolve(message.sender);
    if (targets.isEmpty()) {
        qCWarning(lcQueue).noquote() << message.id << ": the sender" << message.sender << "cannot receive the report (no such local user)";
        done(QString());
        return;
    }
    auto file = m_spool.create();
    if (!file) {
        done(file.error());
        return;
    }
    if (auto written = file.value()->write(report); !written) {
        done(written.error());
        return;
    }
    Store::QueuedMessage envelope;
    envelope.sender = QString(); // the null sender: a report is never reported on
    envelope.receivedUsec = m_clock.nowUsec();
    envelope.listener = u"notifier"_s;
    envelope.smtputf8 = message.smtputf8;
    int position = 0;
    for (Store::QueuedRecipient r : targets) {
        r.position = position++;
        envelope.recipients.append(r);
    }
    const QString id = file.value()->id();
    m_spool.commit(std::move(file).value(), envelope, this, [id, original = message.id, done](Result<void> committed) {
        if (!committed) {
            done(committed.error());
            return;
        }
        qCInfo(lcQueue).noquote() << original << "report to its sender queued as" << id;
        done(id);
    });
}

} // namespace Doorstep::Queue
