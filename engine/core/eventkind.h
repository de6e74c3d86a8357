#pragma once

#include <optional>

#include <QString>
#include <QStringList>

namespace Doorstep::Core {

/** The public kinds of Manager.Event (DESIGN.md); their string forms are API. */
enum class EventKind {
    Received,
    Delivered,
    Deferred,
    Bounced,
    Rejected,
    Greylisted,
    Virus,
    Spam,
    QueueStuck,
    FilterDegraded,
    CertificateExpiring,
    CertificateRenewed,
    AddressChanged,
    HealthChanged,
    ConfigChanged,
    AuthFailed,
    ImapChanged,
};

/** "received", "queue_stuck", ... */
QString eventKindName(EventKind kind);
/** The kind for a name; nullopt for an unknown name (never a silent fallback). */
std::optional<EventKind> eventKindFromName(const QString &name);
/** Every kind's name, in declaration order. */
QStringList eventKindNames();

} // namespace Doorstep::Core
