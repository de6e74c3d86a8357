#include "engine/delivery/dovecot/lmtpdeliverer.h"

#include <QThread>

#include "engine/delivery/dovecot/lmtpclient.h"
#include "engine/delivery/filterheaders.h"
#include "engine/delivery/log.h"
#include "engine/delivery/outgoingcontent.h"

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;
using Queue::DeliveryOutcome;

namespace {

constexpr int kThreads = 4;
/** Conversations that broke before the data, tried again in one delivery attempt. */
constexpr int kAttempts = 3;
constexpr unsigned long kRetryPauseMs = 1000;

DeliveryOutcome::Kind kindOf(const LmtpReply &reply)
{
    if (reply.code >= 200 && reply.code < 300)
        return DeliveryOutcome::Kind::Delivered;
    return reply.permanent() ? DeliveryOutcome::Kind::Failed : DeliveryOutcome::Kind::Deferred;
}

QString said(const LmtpReply &reply)
{
    return u"Dovecot's LMTP said: "_s + reply.line();
}

} // namespace

LmtpDeliverer::LmtpDeliverer(QString socketPath, LocalDeliverer::UserExists userExists, LocalDeliverer::HostName hostName, QObject *parent)
    : QObject(parent)
    , m_socketPath(std::move(socketPath))
    , m_userExists(std::move(userExists))
    , m_hostName(std::move(hostName))
{
    m_pool.setMaxThreadCount(kThreads);
    m_pool.setObjectName(u"doorstep-lmtp"_s);
}

LmtpDeliverer::~LmtpDeliverer()
{
    m_pool.waitForDone();
}

void LmtpDeliverer::waitForDone()
{
    m_pool.waitForDone();
}

void LmtpDeliverer::deliver(const Store::QueuedMessage &message, const QString &spoolPath, const QList<Store::QueuedRecipient> &recipients,
                            std::function<void(QList<DeliveryOutcome>)> done)
{
    QList<DeliveryOutcome> outcomes;
    QList<Store::QueuedRecipient> present;
    for (const Store::QueuedRecipient &r : recipients) {
        if (m_userExists(r.address))
            present.append(r);
        else
            outcomes.append({r.position, DeliveryOutcome::Kind::Failed, u"550 5.1.1 The mailbox of '%1' no longer exists."_s.arg(r.address)});
    }
    if (present.isEmpty()) {
        QMetaObject::invokeMethod(this, [done, outcomes] { done(outcomes); }, Qt::QueuedConnection);
        return;
    }
    const QString sender = message.sender;
    const QByteArray helo = m_hostName().toUtf8();
    const LocalDeliverer::HeaderRewrite rewrite = m_rewriteFactory ? m_rewriteFactory() : LocalDeliverer::HeaderRewrite();
    const QByteArray added = message.addedHeaders;
    const QString subjectTag = message.spam ? message.subjectTag : QString();
    const QString socketPath = m_socketPath;

    m_pool.start([this, present, outcomes, sender, helo, spoolPath, rewrite, added, subjectTag, socketPath, done]() mutable {
        const QList<DeliveryOutcome> refused = outcomes; // users gone before the attempt
        bool beforeData = false; // the conversation broke before any data went: safe to try again
        const auto deferAll = [&](const QList<Store::QueuedRecipient> &which, const QString &why) {
            for (const Store::QueuedRecipient &r : which)
                outcomes.append({r.position, DeliveryOutcome::Kind::Deferred, why});
        };
        const auto brokeBeforeData = [&](const QList<Store::QueuedRecipient> &which, const QString &why) {
            beforeData = true;
            deferAll(which, why);
        };
        // Dovecot reloading (a new certificate) can drop a connection: a conversation that
        // broke before the data is tried again at once, not after the queue's retry delay.
        for (int attempt = 1; attempt <= kAttempts; ++attempt) {
            if (attempt > 1)
                QThread::msleep(kRetryPauseMs);
            outcomes = refused;
            beforeData = false;
            [&] {
                auto content = OutgoingContent::read(spoolPath, sender);
                if (!content)
                    return deferAll(present, content.error().message);
                QByteArray headers = rewrite ? rewrite(content->headers) : content->headers;
                headers = FilterHeaders::apply(headers, added, subjectTag);

                LmtpClient lmtp(kTimeoutMs);
                if (auto connected = lmtp.connect(socketPath); !connected)
                    return brokeBeforeData(present, connected.error().message);
                auto lhlo = lmtp.command("LHLO " + (helo.isEmpty() ? QByteArray("localhost") : helo));
                if (!lhlo || !lhlo->positive())
                    return lhlo && lhlo->code != 421 ? deferAll(present, said(*lhlo)) : brokeBeforeData(present, lhlo ? said(*lhlo) : lhlo.error().message);
                QByteArray mailFrom = "MAIL FROM:<" + sender.toUtf8() + ">";
                if (content->eightBit)
                    mailFrom += " BODY=8BITMIME";
                auto mail = lmtp.command(mailFrom);
                if (!mail)
                    return brokeBeforeData(present, mail.error().message);
                if (!mail->positive()) {
                    for (const Store::QueuedRecipient &r : present)
                        outcomes.append({r.position, kindOf(*mail), said(*mail)});
                    return;
                }
                QList<Store::QueuedRecipient> accepted;
                bool transient = false;
                for (qsizetype i = 0; i < present.size(); ++i) {
                    const Store::QueuedRecipient &r = present[i];
                    auto rcpt = lmtp.command("RCPT TO:<" + r.address.toUtf8() + ">");
                    if (!rcpt) {
                        outcomes = refused; // every recipient again, the refused ones too
                        return brokeBeforeData(present, rcpt.error().message);
                    }
                    if (rcpt->positive())
                        accepted.append(r);
                    else
                        outcomes.append({r.position, kindOf(*rcpt), said(*rcpt)});
                    transient = transient || (!rcpt->positive() && !rcpt->permanent());
                }
                // A 4xx for a recipient (Dovecot reloading its auth service answers "451
                // Temporary internal error" for a moment): the whole conversation once more.
                if (transient && attempt < kAttempts) {
                    outcomes = refused;
                    return brokeBeforeData(present, QString());
                }
                if (accepted.isEmpty())
                    return;
                auto data = lmtp.command("DATA");
                if (!data) {
                    outcomes = refused;
                    return brokeBeforeData(present, data.error().message);
                }
                if (data->code != 354) {
                    for (const Store::QueuedRecipient &r : accepted)
                        outcomes.append({r.position, data->permanent() ? DeliveryOutcome::Kind::Failed : DeliveryOutcome::Kind::Deferred, said(*data)});
                    return;
                }
                if (auto sent = lmtp.sendMessage(headers, spoolPath, content->bodyOffset); !sent)
                    return deferAll(accepted, sent.error().message);
                // One reply per accepted recipient, in RCPT order (RFC 2033 4.2).
                for (qsizetype i = 0; i < accepted.size(); ++i) {
                    auto reply = lmtp.readReply();
                    if (!reply)
                        return deferAll(accepted.mid(i), reply.error().message);
                    outcomes.append({accepted[i].position, kindOf(*reply), said(*reply)});
                }
            }();
            if (!beforeData)
                break;
        }
        QMetaObject::invokeMethod(this, [done, outcomes] { done(outcomes); }, Qt::QueuedConnection);
    });
}

} // namespace Doorstep::Delivery
