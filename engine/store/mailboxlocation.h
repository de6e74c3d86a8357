#pragma once

#include <QString>

namespace Doorstep::Store {

/**
 * Where a user's mail lives: the Maildir++ at DATA/mail/<domain>/<localpart>/, the layout
 * Dovecot serves with mail_location = maildir:DATA/mail/%d/%n.
 */
class MailboxLocation final
{
public:
    static QString path(const QString &dataDirectory, const QString &address);

    /** Bytes of mail in the mailbox, all folders; 0 when it does not exist yet. Walks the disk:
     *  call it off the event loop. */
    static quint64 usedBytes(const QString &dataDirectory, const QString &address);
};

} // namespace Doorstep::Store
