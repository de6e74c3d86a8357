#pragma once

#include <QByteArray>
#include <QString>

class QThreadPool;

#include "engine/core/result.h"

namespace Doorstep::Store {

/**
 * Password hashing with libxcrypt's yescrypt ("$y$..."), Debian's /etc/shadow scheme, which
 * Dovecot's {CRYPT} verifies too. A hash costs about 30 ms and 16 MiB: call these on a worker
 * thread, never on the event loop. Passwords are never logged.
 */
class PasswordHash final
{
public:
    /** A new salted yescrypt hash of @p password. */
    static Core::Result<QByteArray> hash(const QString &password);
    /** True when @p password matches @p hash (constant-time comparison). */
    static bool verify(const QString &password, const QByteArray &hash);

    /**
     * The threads hashing runs on: at most two at a time (D-Bus password changes and SMTP
     * AUTH together), so a burst of logins keeps memory bounded (16 MiB per hash).
     */
    static QThreadPool &pool();

    /** Checks the password rules: 8 to 1024 characters, no control characters. */
    static Core::Result<void> checkStrength(const QString &password);
};

} // namespace Doorstep::Store
