#include "engine/filters/spam/tcpexchange.h"

#include <QTcpSocket>

namespace Doorstep::Filters {

using namespace Qt::StringLiterals;

// A reply bigger than this is not a score: a confused peer is cut off.
constexpr qsizetype kMaxReplyBytes = 4 * 1024 * 1024;

TcpExchange::TcpExchange(QObject *parent, QString what, IsComplete isComplete, Parse parse, Done done)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
    , m_what(std::move(what))
    , m_isComplete(std::move(isComplete))
    , m_parse(std::move(parse))
    , m_done(std::move(done))
{
    m_timer.setSingleShot(true);
}

void TcpExchange::start(QObject *parent, const SpamOptions &options, const QString &what, const QByteArray &request, IsComplete isComplete,
                        Parse parse, Done done)
{
    auto *exchange = new TcpExchange(parent, what, std::move(isComplete), std::move(parse), std::move(done));
    QTcpSocket *socket = exchange->m_socket;
    connect(&exchange->m_timer, &QTimer::timeout, exchange, [exchange, options] {
        exchange->finish(SpamScore::Unscanned::Timeout,
                         u"%1 did not answer within %2 s."_s.arg(exchange->m_what).arg(double(options.timeoutMs) / 1000.0));
    });
    connect(socket, &QTcpSocket::connected, exchange, [socket, request] { socket->write(request); });
    connect(socket, &QTcpSocket::readyRead, exchange, [exchange, socket] {
        exchange->m_reply += socket->readAll();
        if (exchange->m_reply.size() > kMaxReplyBytes)
            exchange->finish(SpamScore::Unscanned::Unavailable, u"%1 sent a reply of more than 4 MiB."_s.arg(exchange->m_what));
        else if (exchange->m_isComplete(exchange->m_reply))
            exchange->finish(SpamScore::Unscanned::No, QString());
    });
    connect(socket, &QTcpSocket::disconnected, exchange, [exchange, socket] {
        exchange->m_reply += socket->readAll();
        exchange->finish(SpamScore::Unscanned::No, QString());
    });
    connect(socket, &QTcpSocket::errorOccurred, exchange, [exchange, socket](QAbstractSocket::SocketError error) {
        // The peer closing after its reply is how spamd ends every answer.
        if (error == QAbstractSocket::RemoteHostClosedError && !exchange->m_reply.isEmpty())
            return;
        exchange->finish(SpamScore::Unscanned::Unavailable, u"%1 cannot be reached: %2."_s.arg(exchange->m_what, socket->errorString()));
    });
    exchange->m_timer.start(options.timeoutMs);
    socket->connectToHost(options.host, options.port);
}

void TcpExchange::finish(SpamScore::Unscanned failure, const QString &problem)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    deleteLater();
    if (failure != SpamScore::Unscanned::No) {
        m_done(SpamScore::failed(failure, problem));
        return;
    }
    if (m_reply.isEmpty()) {
        m_done(SpamScore::failed(SpamScore::Unscanned::Unavailable, u"%1 closed the connection without a reply."_s.arg(m_what)));
        return;
    }
    auto parsed = m_parse(m_reply);
    m_done(parsed ? parsed.value() : SpamScore::failed(SpamScore::Unscanned::Unavailable, parsed.error().message));
}

} // namespace Doorstep::Filters
