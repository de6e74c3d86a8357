#include "engine/delivery/local/localdeliverer.h"

#include "engine/delivery/filterheaders.h"
#include "engine/delivery/local/maildirwriter.h"
#include "engine/delivery/outgoingcontent.h"
#include "engine/delivery/log.h"
#include "engine/store/mailboxlocation.h"

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;
using Queue::DeliveryOutcome;

namespace {
constexpr int kThreads = 4;
}

LocalDeliverer::LocalDeliverer(QString dataDirectory, UserExists userExists, HostName hostName, QObject *parent)
    : QObject(parent)
    , m_dataDirectory(std::move(dataDirectory))
    , m_userExists(std::move(userExists))
    , m_hostName(std::move(hostName))
{
    m_pool.setMaxThreadCount(kThreads);
    m_pool.setObjectName(u"doorstep-delivery"_s);
}

LocalDeliverer::~LocalDeliverer()
{
    m_pool.waitForDone();
}

void LocalDeliverer::waitForDone()
{
    m_pool.waitForDone();
}

void LocalDeliverer::deliver(const Store::QueuedMessage &message, const QString &spoolPath, const QList<Store::QueuedRecipient> &recipients,
                             std::function<void(QList<DeliveryOutcome>)> done)
{
    struct Job
    {
        Store::QueuedRecipient recipient;
        QString maildir;
        bool exists;
    };
    QList<Job> jobs;
    for (const Store::QueuedRecipient &r : recipients)
        jobs.append({r, Store::MailboxLocation::path(m_dataDirectory, r.address), m_userExists(r.address)});
    const QString sender = message.sender;
    const QString host = m_hostName();
    const HeaderRewrite rewrite = m_rewriteFactory ? m_rewriteFactory() : HeaderRewrite();
    const QByteArray added = message.addedHeaders;
    const QString subjectTag = message.spam ? message.subjectTag : QString();
    const QString spamFolder = !message.spam ? QString() : m_spamFolder ? m_spamFolder() : u"spamtrap"_s;

    m_pool.start([this, jobs, sender, host, spoolPath, rewrite, added, subjectTag, spamFolder, done] {
        QList<DeliveryOutcome> outcomes;
        // Masquerading of local copies and the filters' results: the changed header block
        // replaces the queued one.
        QByteArray headers;
        qint64 bodyOffset = 0;
        if (rewrite || !added.isEmpty() || !subjectTag.isEmpty()) {
            if (auto content = OutgoingContent::read(spoolPath, sender)) {
                headers = rewrite ? rewrite(content->headers) : content->headers;
                headers = FilterHeaders::apply(headers, added, subjectTag);
                headers.replace("\r\n", "\n");
                bodyOffset = content->bodyOffset;
            }
        }
        for (const Job &job : jobs) {
            if (!job.exists) {
                outcomes.append({job.recipient.position, DeliveryOutcome::Kind::Failed,
                                 u"550 5.1.1 The mailbox of '%1' no longer exists."_s.arg(job.recipient.address)});
                continue;
            }
            const QByteArray prefix = "Return-Path: <" + sender.toUtf8() + ">\nDelivered-To: " + job.recipient.address.toUtf8() + "\n" + headers;
            QString maildir = job.maildir;
            if (!spamFolder.isEmpty()) {
                auto folder = MaildirWriter::ensureFolder(job.maildir, spamFolder);
                if (!folder) {
                    outcomes.append({job.recipient.position, DeliveryOutcome::Kind::Deferred, folder.error().message});
                    continue;
                }
                maildir = folder.value();
            }
            const auto written = MaildirWriter::deliver(maildir, prefix, spoolPath, host, bodyOffset);
            if (written)
                outcomes.append({job.recipient.position, DeliveryOutcome::Kind::Delivered, written.value()});
            else
                outcomes.append({job.recipient.position, DeliveryOutcome::Kind::Deferred, written.error().message});
        }
        QMetaObject::invokeMethod(this, [done, outcomes] { done(outcomes); }, Qt::QueuedConnection);
    });
}

} // namespace Doorstep::Delivery
