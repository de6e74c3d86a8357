#pragma once

#include <QByteArray>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Delivery {

/**
 * Writes one message into one Maildir (the Maildir spec, as Dovecot reads it): into tmp/
 * under a unique name, fsync'd, renamed into new/, and new/ fsync'd, so a message that was
 * reported delivered is on disk. The spool's CRLF line ends become LF, as local mail files
 * have them; @p prefix (Return-Path, Delivered-To) goes first. Blocking file I/O: call it off
 * the event loop.
 */
class MaildirWriter final
{
public:
    /** Creates the Maildir (tmp, new, cur; mode 0700) when missing. */
    static Core::Result<void> ensureMaildir(const QString &maildir);

    /**
     * The Maildir++ folder @p folder ("spamtrap") of the mailbox @p maildir: ".spamtrap/" with
     * tmp, new, cur and the "maildirfolder" marker, created when missing and then listed in the
     * mailbox's "subscriptions" file, where Dovecot keeps a Maildir++ mailbox's subscribed
     * folders (one name a line), so IMAP clients show it. Returns the folder's path.
     */
    static Core::Result<QString> ensureFolder(const QString &maildir, const QString &folder);

    /** Delivers the spool file @p spoolPath from @p fromOffset on after @p prefix; returns the new file's path. */
    static Core::Result<QString> deliver(const QString &maildir, const QByteArray &prefix, const QString &spoolPath, const QString &hostName,
                                         qint64 fromOffset = 0);
};

} // namespace Doorstep::Delivery
