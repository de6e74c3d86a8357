#include "engine/core/eventkind.h"

#include <array>
#include <utility>

namespace Doorstep::Core {

namespace {
using namespace Qt::StringLiterals;

const std::array<std::pair<EventKind, QLatin1StringView>, 17> kKinds{{
    {EventKind::Received, "received"_L1},
    {EventKind::Delivered, "delivered"_L1},
    {EventKind::Deferred, "deferred"_L1},
    {EventKind::Bounced, "bounced"_L1},
    {EventKind::Rejected, "rejected"_L1},
    {EventKind::Greylisted, "greylisted"_L1},
    {EventKind::Virus, "virus"_L1},
    {EventKind::Spam, "spam"_L1},
    {EventKind::QueueStuck, "queue_stuck"_L1},
    {EventKind::FilterDegraded, "filter_degraded"_L1},
    {EventKind::CertificateExpiring, "certificate_expiring"_L1},
    {EventKind::CertificateRenewed, "certificate_renewed"_L1},
    {EventKind::AddressChanged, "address_changed"_L1},
    {EventKind::HealthChanged, "health_changed"_L1},
    {EventKind::ConfigChanged, "config_changed"_L1},
    {EventKind::AuthFailed, "auth_failed"_L1},
    {EventKind::ImapChanged, "imap_changed"_L1},
}};
} // namespace

QString eventKindName(EventKind kind)
{
    for (const auto &[k, name] : kKinds) {
        if (k == kind)
            return QString(name);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<EventKind> eventKindFromName(const QString &name)
{
    for (const auto &[k, n] : kKinds) {
        if (name == n)
            return k;
    }
    return std::nullopt;
}

QStringList eventKindNames()
{
    QStringList names;
    for (const auto &entry : kKinds)
        names << QString(entry.second);
    return names;
}

} // namespace Doorstep::Core
