#include "engine/delivery/dovecot/lmtpdeliverer.h"

#include "engine/delivery/dovecot/lmtpclient.h"
#include "engine/delivery/filterheaders.h"
#include "engine/delivery/log.h"
#include "engine/delivery/outgoingcontent.h"

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;
using Queue::DeliveryOutcome;

namespace {

constexpr int kThreads = 4;

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
        const auto deferAll = [&](const QList<Store::QueuedRecipient> &which, const QString &why) {
            for (const Store::QueuedRecipient &r : which)
                outcomes.append({r.position, DeliveryOutcome::Kind::Deferred, why});
        };
        [&] {
            auto content = OutgoingContent::read(spoolPath, sender);
            if (!content)
                return deferAll(present, content.error().message);
            QByteArray headers = rewrite ? rewrite(content->headers) : content->headers;
            headers = FilterHeaders::apply(headers, added, subjectTag);

            LmtpClient lmtp(kTimeoutMs);
            if (auto connected = lmtp.connect(socketPath); !connected)
                return deferAll(present, connected.error().message);
            auto lhlo = lmtp.command("LHLO " + (helo.isEmpty() ? QByteArray("localhost") : helo));
            if (!lhlo || !lhlo->positive())
                return deferAll(present, lhlo ? said(*lhlo) : lhlo.error().message);
            QByteArray mailFrom = "MAIL FROM:<" + sender.toUtf8() + ">";
            if (content->eightBit)
                mailFrom += " BODY=8BITMIME";
            auto mail = lmtp.command(mailFrom);
            if (!mail)
                return deferAll(present, mail.error().message);
            if (!mail->positive()) {
                for (const Store::QueuedRecipient &r : present)
                    outcomes.append({r.position, kindOf(*mail), said(*mail)});
                return;
            }
            QList<Store::QueuedRecipient> accepted;
            for (qsizetype i = 0; i < present.size(); ++i) {
                const Store::QueuedRecipient &r = present[i];
                auto rcpt = lmtp.command("RCPT TO:<" + r.address.toUtf8() + ">");
                if (!rcpt)
                    return deferAll(accepted + present.mid(i), rcpt.error().message);
                if (rcpt->positive())
                    accepted.append(r);
                else
                    outcomes.append({r.position, kindOf(*rcpt), said(*rcpt)});
            }
            if (accepted.isEmpty())
                return;
            auto data = lmtp.command("DATA");
            if (!data)
                return deferAll(accepted, data.error().message);
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
        QMetaObject::invokeMethod(this, [done, outcomes] { done(outcomes); }, Qt::QueuedConnection);
    });
}

} // namespace Doorstep::Delivery
