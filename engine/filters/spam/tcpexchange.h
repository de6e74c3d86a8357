#pragma once

#include <functional>

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include "engine/core/result.h"
#include "engine/filters/spam/spambackend.h"

class QTcpSocket;

namespace Doorstep::Filters {

/**
 * One request and its reply over a fresh TCP connection, as spamd and rspamd (over HTTP with
 * "Connection: close") speak: connect, write the request, read until the reply is complete or
 * the peer closes. The whole exchange is bounded by one timeout. Answers once, on the event
 * loop, then deletes itself (deleteLater); destroying its parent first drops the answer.
 */
class TcpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpExchange)

public:
    using IsComplete = std::function<bool(const QByteArray &reply)>;
    /** Reads the score out of a whole reply; an error makes the score unscanned (Unavailable). */
    using Parse = std::function<Core::Result<SpamScore>(const QByteArray &reply)>;
    using Done = std::function<void(SpamScore score)>;

    /** Starts the exchange with @p what naming the peer in problems ("spamd at 127.0.0.1:783"). */
    static void start(QObject *parent, const SpamOptions &options, const QString &what, const QByteArray &request,
                      IsComplete isComplete, Parse parse, Done done);

private:
    TcpExchange(QObject *parent, QString what, IsComplete isComplete, Parse parse, Done done);
    void finish(SpamScore::Unscanned failure, const QString &problem);

    QTcpSocket *m_socket;
    QTimer m_timer;
    QString m_what;
    IsComplete m_isComplete;
    Parse m_parse;
    Done m_done;
    QByteArray m_reply;
    bool m_finished = false;
};

} // namespace Doorstep::Filters
