#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace Doorstep::Dns {

/** How one health check came out. String forms (D-Bus, events): "ok", "warn", "fail". */
enum class HealthState { Ok, Warn, Fail };

QLatin1StringView healthStateName(HealthState state);

/**
 * One line of Domains.Check: a stable check id ("mx", "address", "ptr", "spf", "dkim",
 * "dmarc", "certificate", "blocklist:zen.spamhaus.org", "port25"), its state, one English
 * sentence for the user, and the record to publish (or to ask for) when something is
 * missing or wrong, in "NAME TYPE VALUE" form; empty when there is nothing to publish.
 */
struct HealthCheckResult
{
    QString check;
    HealthState state = HealthState::Warn;
    QString sentence;
    QString record;

    bool operator==(const HealthCheckResult &other) const = default;
};

/** The worst state of @p results (Ok for none). */
HealthState worstState(const QList<HealthCheckResult> &results);

} // namespace Doorstep::Dns
