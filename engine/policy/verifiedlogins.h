#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Doorstep::Core {
class Clock;
}

namespace Doorstep::Policy {

/**
 * Logins whose password was verified lately, so that a client that logs in again (a phone
 * checking every minute, a scanner sending ten pages) costs a keyed SHA-256 instead of a
 * yescrypt hash (30 ms, 16 MiB), as Dovecot's auth cache does. Only successes are kept, for
 * kTimeToLive; an entry is an HMAC under a key made at start and never stored, of the user,
 * their stored password hash and the password given, so a changed password or a disabled or
 * removed user (whose stored hash the caller no longer passes) never matches an old entry,
 * and memory holds no password.
 */
class VerifiedLogins final
{
public:
    static constexpr qint64 kTimeToLiveSeconds = 3600;
    static constexpr int kCapacity = 1024;

    explicit VerifiedLogins(const Core::Clock &clock);

    /** The key under which a login is remembered (and under which concurrent checks meet). */
    QByteArray keyOf(const QString &user, const QByteArray &storedHash, const QString &password) const;
    /** True when @p key was remembered less than kTimeToLiveSeconds ago. */
    bool contains(const QByteArray &key) const;
    /** Remembers a verified login; the oldest entries go when kCapacity is reached. */
    void remember(const QByteArray &key);
    int size() const { return int(m_expiry.size()); }

private:
    void dropExpired();

    const Core::Clock &m_clock;
    QByteArray m_secret;
    QHash<QByteArray, quint64> m_expiry; // key -> expiry, microseconds since the epoch
};

} // namespace Doorstep::Policy
