#include "tests/gui/fakesmtpserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include "tests/gui/guitest.h"
#include "tests/support/dnsserver.h"

namespace Doorstep::Tests {

using namespace Qt::StringLiterals;

namespace {
const char *const kInData = "inData";
const char *const kBuffer = "buffer";
const char *const kAccepted = "acceptedRecipients";
} // namespace

FakeSmtpServer::FakeSmtpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeSmtpServer::onConnection);
}

FakeSmtpServer::~FakeSmtpServer() = default;

bool FakeSmtpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeSmtpServer::port() const
{
    return m_server->serverPort();
}

void FakeSmtpServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->write("220 fake.test ESMTP ready\r\n");
    }
}

void FakeSmtpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(kBuffer).toByteArray() + socket->readAll();
    QByteArray replies;
    qsizetype end;
    while ((end = buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = buffer.left(end);
        buffer.remove(0, end + 2);
        if (socket->property(kInData).toBool()) {
            if (line == ".") {
                socket->setProperty(kInData, false);
                replies += kAcceptedReply.toByteArray() + "\r\n";
            }
            continue;
        }
        const QByteArray verb = line.left(4).toUpper();
        if (verb == "EHLO")
            replies += "250-fake.test\r\n250-PIPELINING\r\n250 8BITMIME\r\n";
        else if (verb == "HELO" || verb == "NOOP")
            replies += "250 2.0.0 Ok\r\n";
        else if (verb == "MAIL" || verb == "RSET") {
            socket->setProperty(kAccepted, 0);
            replies += "250 2.0.0 Ok\r\n";
        } else if (verb == "RCPT") {
            m_recipients << QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
            const bool busy = line.contains("busy");
            if (!busy)
                socket->setProperty(kAccepted, socket->property(kAccepted).toInt() + 1);
            replies += busy ? kBusyReply.toByteArray() + "\r\n" : QByteArray("250 2.1.5 Ok\r\n");
        } else if (verb == "DATA") {
            // RFC 2920 3.1: a pipelined DATA after refused recipients gets a refusal, not 354.
            const bool any = socket->property(kAccepted).toInt() > 0;
            socket->setProperty(kInData, any);
            replies += any ? QByteArray("354 End data with <CR><LF>.<CR><LF>\r\n") : QByteArray("554 5.5.1 No valid recipients\r\n");
        } else if (verb == "QUIT") {
            replies += "221 2.0.0 Bye\r\n";
            socket->write(replies);
            socket->disconnectFromHost();
            return;
        } else {
            replies += "502 5.5.2 Command not recognised\r\n";
        }
    }
    socket->setProperty(kBuffer, buffer);
    if (!replies.isEmpty())
        socket->write(replies);
}

QString serveDomain(GuiSession &session, DnsServer &dns, FakeSmtpServer &smtp, const QString &domain)
{
    dns.addLocalDomain(domain);
    dns.addMx(domain, u"mx."_s + domain, 10);
    dns.addAddress(u"mx."_s + domain, u"127.0.0.1"_s);
    if (!dns.start())
        return dns.error();
    if (!smtp.listen())
        return u"the SMTP peer cannot listen on 127.0.0.1"_s;
    if (!session.ctlOk({u"settings"_s, u"set"_s, u"dns.servers"_s, dns.serverSpec()})
        || !session.ctlOk({u"settings"_s, u"set"_s, u"relay.mx_port"_s, QString::number(smtp.port())}))
        return u"the engine refused dns.servers or relay.mx_port"_s;
    return {};
}

} // namespace Doorstep::Tests
