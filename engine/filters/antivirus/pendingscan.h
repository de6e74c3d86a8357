#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QLocalSocket>
#include <QObject>
#include <QTimer>

#include "engine/filters/antivirus/protocol.h"

namespace Doorstep::Filters::Antivirus {

/**
 * One scan: a connection to doorstep-scan's socket, one "SCAN <path>" request, one reply, or
 * a timeout. @p done runs once (on the event loop), then the object deletes itself. Used by
 * AntivirusFilter for received mail and by the dry run (Rules.Test) for a message to try.
 */
class PendingScan final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingScan)

public:
    /** @p failure is "timeout" when the scanner did not answer within @p timeoutMs. */
    using Done = std::function<void(std::optional<Protocol::ScanReply>, const QString &failure)>;

    PendingScan(const QString &socketPath, const QString &file, int timeoutMs, Done done, QObject *parent);

private:
    void read();
    void finish(std::optional<Protocol::ScanReply> reply, const QString &failure);

    QLocalSocket m_socket;
    QTimer m_timer;
    QByteArray m_request;
    QByteArray m_buffer;
    Done m_done;
};

} // namespace Doorstep::Filters::Antivirus
