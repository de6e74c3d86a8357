#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "engine/core/mailaddress.h"
#include "engine/core/result.h"

namespace Doorstep::Store {

class Database;

/** A row of Users.List. */
struct UserRecord
{
    QString address;
    bool enabled = true;
};

/**
 * Mailbox users: full addresses in a local domain with a yescrypt password hash. The caller
 * hashes (on a worker thread) before calling; this class never sees a clear password.
 */
class UserRepository final
{
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    Core::Result<QList<UserRecord>> list();
    Core::Result<void> add(const Core::MailAddress &address, const QByteArray &passwordHash, quint64 nowUsec);
    Core::Result<void> setPasswordHash(const Core::MailAddress &address, const QByteArray &passwordHash, quint64 nowUsec);
    /** Returns true when the flag changed. */
    Core::Result<bool> setEnabled(const Core::MailAddress &address, bool enabled);
    /** Refused while aliases deliver to the user; the mailbox on disk is not touched. */
    Core::Result<void> remove(const Core::MailAddress &address);
    Core::Result<bool> exists(const Core::MailAddress &address);
    /** The stored hash and enabled flag, for logins; nullopt for an unknown user. */
    Core::Result<std::optional<std::pair<QByteArray, bool>>> credentials(const Core::MailAddress &address);

private:
    Core::Result<std::optional<qint64>> idOf(const Core::MailAddress &address);
    Core::Error notFound(const Core::MailAddress &address) const;

    Database &m_db;
};

} // namespace Doorstep::Store
