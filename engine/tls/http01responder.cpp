#include "engine/tls/http01responder.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include "engine/tls/log.h"

namespace Doorstep::Tls {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {
QByteArray response(int status, const QByteArray &reason, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: text/plain\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}
} // namespace

Http01Responder::Http01Responder(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &Http01Responder::accept);
}

Http01Responder::~Http01Responder() = default;

Result<void> Http01Responder::start(quint16 port)
{
    if (m_server.isListening())
        return {};
    // QHostAddress::Any is dual-stack: every IPv4 and IPv6 address of the machine, as the
    // CA reaches the host name at whatever address its A/AAAA records give.
    if (m_server.listen(QHostAddress::Any, port)) {
        qCInfo(lcTls) << "ACME HTTP-01 responder listening on port" << port;
        return {};
    }
    const QString why = m_server.errorString();
    switch (m_server.serverError()) {
    case QAbstractSocket::AddressInUseError:
        return Error::failed(u"Port %1 (acme.http_port) is in use by another program, so the HTTP-01 challenge cannot be answered: "
                             "stop that program while the certificate is requested, forward the port to another one, or use DNS-01."_s
                                 .arg(port));
    case QAbstractSocket::SocketAccessError:
        return Error::failed(u"The engine may not listen on port %1 (acme.http_port): ports below 1024 need the "
                             "CAP_NET_BIND_SERVICE capability (%2)."_s
                                 .arg(port)
                                 .arg(why));
    default:
        return Error::failed(u"Cannot listen on port %1 (acme.http_port) for the HTTP-01 challenge: %2."_s.arg(port).arg(why));
    }
}

void Http01Responder::stop()
{
    if (m_server.isListening())
        qCInfo(lcTls) << "ACME HTTP-01 responder on port" << m_server.serverPort() << "closed";
    m_server.close();
    m_tokens.clear();
}

void Http01Responder::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        // A slow or silent client is cut off; the socket dies with its connection.
        auto *timeout = new QTimer(socket);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, socket, &QTcpSocket::abort);
        timeout->start(RequestTimeoutMs);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (socket->property("answered").toBool()) {
                socket->readAll();
                return;
            }
            const QByteArray head = socket->peek(MaxRequestBytes + 1);
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (head.size() > MaxRequestBytes) {
                    socket->write(response(431, "Request Header Fields Too Large", "request too large\n"));
                    socket->disconnectFromHost();
                }
                return;
            }
            socket->readAll();
            socket->setProperty("answered", true);
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            QByteArray answer;
            if (requestLine.size() != 3 || (requestLine[0] != "GET" && requestLine[0] != "HEAD")) {
                answer = response(405, "Method Not Allowed", "only GET\n");
            } else {
                const QString path = QString::fromLatin1(requestLine[1]);
                const QString token = path.startsWith(ChallengePath) ? path.mid(ChallengePath.size()) : QString();
                const auto found = m_tokens.constFind(token);
                if (!token.isEmpty() && found != m_tokens.cend()) {
                    qCInfo(lcTls).noquote() << "ACME HTTP-01: answered the challenge" << token << "for" << socket->peerAddress().toString();
                    answer = response(200, "OK", found->toLatin1());
                    if (requestLine[0] == "HEAD")
                        answer.truncate(answer.indexOf("\r\n\r\n") + 4);
                } else {
                    qCInfo(lcTls).noquote() << "ACME HTTP-01: no challenge at" << path << "for" << socket->peerAddress().toString();
                    answer = response(404, "Not Found", "no such challenge\n");
                }
            }
            socket->write(answer);
            socket->disconnectFromHost();
        });
    }
}

} // namespace Doorstep::Tls
