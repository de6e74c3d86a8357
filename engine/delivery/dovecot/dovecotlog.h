#pragma once

#include <optional>

#include <QString>

namespace Doorstep::Delivery {

/** A login Dovecot refused, as its log line tells it when the client goes. */
struct DovecotLoginFailure
{
    QString service;  // "imap", "pop3", "managesieve"
    QString user;     // as the client typed it (at most 100 characters)
    QString client;   // the remote address
    int attempts = 1;
};

/**
 * Reading the managed Dovecot's log lines (its stderr, which the engine logs): which of them
 * are failed logins, for the engine's auth_failed events, as SMTP AUTH failures are.
 * Dovecot writes one line per client connection when it ends, e.g.
 * "imap-login: Info: Disconnected: Aborted login by logging out (auth failed, 2 attempts in
 * 4 secs): user=<alice@example.org>, method=PLAIN, rip=192.0.2.7, lip=..., TLS, session=<...>".
 */
class DovecotLog final
{
public:
    static std::optional<DovecotLoginFailure> loginFailure(const QString &line);
};

} // namespace Doorstep::Delivery
