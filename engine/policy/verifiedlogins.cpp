#include "engine/policy/verifiedlogins.h"

#include <algorithm>

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include "engine/core/clock.h"

namespace Doorstep::Policy {

namespace {

constexpr qsizetype kSecretBytes = 32;

} // namespace

VerifiedLogins::VerifiedLogins(const Core::Clock &clock)
    : m_clock(clock)
{
    m_secret.resize(kSecretBytes);
    QRandomGenerator::system()->generate(m_secret.begin(), m_secret.end());
}

QByteArray VerifiedLogins::keyOf(const QString &user, const QByteArray &storedHash, const QString &password) const
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_secret);
    // Lengths first, so that no two different triples give the same input.
    const QByteArray userBytes = user.toUtf8();
    const QByteArray passwordBytes = password.toUtf8();
    for (const QByteArray *part : {&userBytes, &storedHash, &passwordBytes}) {
        mac.addData(QByteArray::number(part->size()) + ':');
        mac.addData(*part);
    }
    return mac.result();
}

bool VerifiedLogins::contains(const QByteArray &key) const
{
    const auto it = m_expiry.constFind(key);
    return it != m_expiry.cend() && it.value() > m_clock.nowUsec();
}

void VerifiedLogins::remember(const QByteArray &key)
{
    if (m_expiry.size() >= kCapacity && !m_expiry.contains(key)) {
        dropExpired();
        if (m_expiry.size() >= kCapacity) {
            // Full of live logins (a busy server or someone trying many): the one that
            // expires first makes room.
            const auto oldest = std::min_element(m_expiry.cbegin(), m_expiry.cend());
            m_expiry.erase(oldest);
        }
    }
    m_expiry.insert(key, m_clock.nowUsec() + quint64(kTimeToLiveSeconds) * 1000000);
}

void VerifiedLogins::dropExpired()
{
    const quint64 now = m_clock.nowUsec();
    m_expiry.removeIf([now](const auto &entry) { return entry.value() <= now; });
}

} // namespace Doorstep::Policy
