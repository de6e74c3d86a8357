#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

class QTcpServer;
class QTcpSocket;

namespace Doorstep::Tests {

class DnsServer;
class GuiSession;

/**
 * A small SMTP peer on 127.0.0.1 for the GUI tests, served from the test's own event loop
 * (QTRY_* keeps it turning): a 220 banner, 250 to EHLO, MAIL and DATA, and to RCPT either 250
 * or, for a recipient whose address contains "busy", the temporary refusal busyReply. It is
 * what the engine's port 25 probe, its MX delivery (relay.mx_port) and Relay.SendTestMessage
 * talk to. Messages are accepted and forgotten.
 */
class FakeSmtpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSmtpServer)

public:
    static constexpr QByteArrayView kBusyReply = "450 4.2.1 The mailbox is busy right now, please try again later";
    static constexpr QByteArrayView kAcceptedReply = "250 2.0.0 Ok: queued as FAKE42";

    explicit FakeSmtpServer(QObject *parent = nullptr);
    ~FakeSmtpServer() override;

    /** Listens on a free port of 127.0.0.1; false when that failed. */
    bool listen();
    quint16 port() const;
    /** How many connections came so far (the probe's included). */
    int connections() const { return m_connections; }
    /** The RCPT TO addresses received, in order. */
    const QStringList &recipients() const { return m_recipients; }

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server;
    int m_connections = 0;
    QStringList m_recipients;
};

/**
 * Makes @p smtp the mail server of @p domain for the session's engine: @p dns (not started
 * yet) gets the domain's MX pointing at 127.0.0.1 and starts, @p smtp listens, and the engine
 * takes dns.servers and relay.mx_port from them. "" on success, else what failed.
 */
QString serveDomain(GuiSession &session, DnsServer &dns, FakeSmtpServer &smtp, const QString &domain);

} // namespace Doorstep::Tests
