#pragma once

#include <QByteArray>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Delivery {

/**
 * A queued message as delivery sends or files it: its header block (to be rewritten) and
 * where the body starts in the spool file, which is then streamed from there.
 */
struct OutgoingContent
{
    QString sender;
    QByteArray headers; // ending with the empty line
    qint64 bodyOffset = 0;
    bool eightBit = false; // any byte >= 0x80 in headers or body (BODY=8BITMIME)

    /** Reads @p path (blocking: on a worker thread). */
    static Core::Result<OutgoingContent> read(const QString &path, const QString &sender);
};

} // namespace Doorstep::Delivery
