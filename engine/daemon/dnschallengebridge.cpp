#include "engine/daemon/dnschallengebridge.h"

#include <QObject>

#include "engine/ddns/ddnsupdater.h"
#include "engine/ddns/txtrecordpublisher.h"

namespace Doorstep::Daemon {

using namespace Qt::StringLiterals;

namespace {

void unavailable(QObject *context, const DnsChallengeBridge::Done &done)
{
    QMetaObject::invokeMethod(
        context,
        [done] { done(Core::Error::failed(u"The dynamic DNS provider (ddns.provider) cannot set TXT records any more: choose Cloudflare or RFC 2136, or use HTTP-01."_s)); },
        Qt::QueuedConnection);
}

} // namespace

bool DnsChallengeBridge::isAvailable() const
{
    return m_ddns.txtPublisher() != nullptr;
}

void DnsChallengeBridge::publishTxt(const QString &name, const QString &value, QObject *context, Done done)
{
    if (Ddns::TxtRecordPublisher *publisher = m_ddns.txtPublisher())
        publisher->publishTxt(name, value, context, std::move(done));
    else
        unavailable(context, done);
}

void DnsChallengeBridge::removeTxt(const QString &name, const QString &value, QObject *context, Done done)
{
    if (Ddns::TxtRecordPublisher *publisher = m_ddns.txtPublisher())
        publisher->removeTxt(name, value, context, std::move(done));
    else
        unavailable(context, done);
}

} // namespace Doorstep::Daemon
