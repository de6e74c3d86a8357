#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "engine/core/result.h"
#include "engine/tls/atomicfile.h"

namespace Doorstep::Delivery {

/** One mailbox user as Dovecot's passwd-file needs them. */
struct PasswdEntry
{
    QString address;         // full address, lower case: the IMAP login name
    QByteArray passwordHash; // yescrypt ($y$...), verified by Dovecot as {CRYPT}
    bool enabled = true;
};

/**
 * The passwd-file Dovecot checks IMAP, POP3 and ManageSieve logins against, and looks users
 * up in for LMTP delivery: `address:{CRYPT}hash::::::` per user. A disabled user keeps the
 * line (so their mail is still delivered) with Dovecot's `nologin` field, which refuses
 * every login whatever the password. Written atomically (a temporary file, fsync, rename):
 * Dovecot re-reads it when it changes and never sees half a file.
 */
class PasswdFile final
{
public:
    static QByteArray render(const QList<PasswdEntry> &entries);
    /** render() into @p path with mode 0600, owned by @p owner (Dovecot's identity). Blocks on the disk. */
    static Core::Result<void> write(const QString &path, const QList<PasswdEntry> &entries, Tls::AtomicFile::Owner owner);
};

} // namespace Doorstep::Delivery
