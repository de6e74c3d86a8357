#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Delivery {

/** One message in a user's mailbox, as Rules.Messages lists it. */
struct StoredMessage
{
    QString id;      // "<folder directory>/<cur|new>/<file name>", relative to the mailbox
    QString folder;  // "INBOX", "Lists.Debian"
    QString from;    // decoded (RFC 2047), as a person reads it
    QString subject; // decoded
    qint64 arrived = 0; // Unix seconds: when the file was written
    quint64 size = 0;
};

/**
 * The messages of a user's Maildir++ (DATA/mail/<domain>/<local>: the inbox's cur/ and new/,
 * and each ".Folder"), newest first, for the dry run to pick one (Rules.Messages,
 * Rules.TestStored). Reads the disk: call it off the event loop. Never follows a link, and an
 * id that leaves the mailbox (".." or an absolute path) is refused.
 */
class StoredMessages final
{
public:
    /** The newest @p limit messages of the Maildir at @p mailbox; an empty list when it does not exist. */
    static QList<StoredMessage> newest(const QString &mailbox, int limit);

    /** The bytes of message @p id of the Maildir at @p mailbox; NotFound when it is gone. */
    static Core::Result<QByteArray> read(const QString &mailbox, const QString &id, qsizetype maxBytes);

    /**
     * Takes off the fields delivery added to a stored message before it went into the mailbox
     * (X-Spam-*, Delivered-To, Return-Path stays), so that a dry run sees it as it arrived.
     */
    static QByteArray asReceived(const QByteArray &message);
};

} // namespace Doorstep::Delivery
