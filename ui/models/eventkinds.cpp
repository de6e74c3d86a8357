#include "ui/models/eventkinds.h"

namespace Doorstep::Ui::Models {

using namespace Qt::StringLiterals;

QStringList EventKinds::all()
{
    return {u"received"_s,          u"delivered"_s,       u"deferred"_s,        u"bounced"_s,
            u"rejected"_s,          u"greylisted"_s,      u"virus"_s,           u"spam"_s,
            u"queue_stuck"_s,       u"filter_degraded"_s, u"certificate_expiring"_s,
            u"certificate_renewed"_s, u"address_changed"_s, u"health_changed"_s, u"config_changed"_s,
            u"auth_failed"_s,       u"imap_changed"_s};
}

QStringList EventKinds::notifying()
{
    return {u"bounced"_s,         u"queue_stuck"_s,     u"virus"_s,         u"filter_degraded"_s,
            u"certificate_expiring"_s, u"address_changed"_s, u"health_changed"_s, u"imap_changed"_s};
}

bool EventKinds::isNotifying(const QString &kind)
{
    return notifying().contains(kind);
}

QString EventKinds::label(const QString &kind)
{
    if (kind == u"received"_s)
        return tr("Received");
    if (kind == u"delivered"_s)
        return tr("Delivered");
    if (kind == u"deferred"_s)
        //: Event kind: delivery postponed, will retry
        return tr("Deferred");
    if (kind == u"bounced"_s)
        //: Event kind: a message was returned to its sender
        return tr("Bounced");
    if (kind == u"rejected"_s)
        return tr("Rejected");
    if (kind == u"greylisted"_s)
        return tr("Greylisted");
    if (kind == u"virus"_s)
        return tr("Virus");
    if (kind == u"spam"_s)
        return tr("Spam");
    if (kind == u"queue_stuck"_s)
        return tr("Queue stuck");
    if (kind == u"filter_degraded"_s)
        return tr("Filter problem");
    if (kind == u"certificate_expiring"_s)
        return tr("Certificate expiring");
    if (kind == u"certificate_renewed"_s)
        return tr("Certificate renewed");
    if (kind == u"address_changed"_s)
        //: Event kind: the public IP address changed
        return tr("Address changed");
    if (kind == u"health_changed"_s)
        //: Event kind: a DNS/health check changed its result
        return tr("Health check");
    if (kind == u"config_changed"_s)
        //: Event kind: the configuration was changed
        return tr("Configuration");
    if (kind == u"auth_failed"_s)
        return tr("Login failed");
    if (kind == u"imap_changed"_s)
        //: Event kind: the IMAP server (Dovecot) started, stopped or failed
        return tr("Mailbox access");
    return kind;
}

QString EventKinds::notifyMenuLabel(const QString &kind)
{
    if (kind == u"bounced"_s)
        return tr("Bounced messages");
    if (kind == u"queue_stuck"_s)
        return tr("Mail stuck in the queue");
    if (kind == u"virus"_s)
        return tr("Blocked viruses");
    if (kind == u"filter_degraded"_s)
        return tr("Filter problems");
    if (kind == u"certificate_expiring"_s)
        return tr("Certificates near expiry");
    if (kind == u"address_changed"_s)
        return tr("Public address changes");
    if (kind == u"health_changed"_s)
        return tr("Failing health checks");
    if (kind == u"imap_changed"_s)
        return tr("Mailbox access (IMAP) problems");
    return label(kind);
}

QString EventKinds::burstSummary(const QString &kind, int count)
{
    if (kind == u"bounced"_s)
        return tr("%n message(s) bounced", nullptr, count);
    if (kind == u"queue_stuck"_s)
        return tr("%n message(s) stuck in the queue", nullptr, count);
    if (kind == u"virus"_s)
        return tr("%n virus(es) blocked", nullptr, count);
    if (kind == u"filter_degraded"_s)
        return tr("%n filter problem(s)", nullptr, count);
    if (kind == u"certificate_expiring"_s)
        return tr("%n certificate(s) near expiry", nullptr, count);
    if (kind == u"address_changed"_s)
        return tr("The public address changed %n time(s)", nullptr, count);
    if (kind == u"health_changed"_s)
        return tr("%n health check(s) changed", nullptr, count);
    if (kind == u"imap_changed"_s)
        return tr("Mailbox access changed %n time(s)", nullptr, count);
    //: %1 is an event kind such as "Spam"
    return tr("%n event(s): %1", nullptr, count).arg(label(kind));
}

} // namespace Doorstep::Ui::Models
