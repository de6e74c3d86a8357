#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTcpServer>

#include "engine/core/result.h"

namespace Doorstep::Tls {

/**
 * The small web server of the ACME HTTP-01 challenge (RFC 8555 8.3): GET
 * /.well-known/acme-challenge/TOKEN answers the key authorization for TOKEN, anything else
 * 404. It listens on every address of acme.http_port only between start() and stop(), that
 * is while a challenge runs, so that it never collides with a web server the machine has.
 * Each connection answers one request and is closed; requests are bounded in size and time.
 */
class Http01Responder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Http01Responder)

public:
    /** Where RFC 8555 8.3 puts the challenge; the token follows. */
    static constexpr QLatin1StringView ChallengePath{"/.well-known/acme-challenge/"};
    static constexpr qsizetype MaxRequestBytes = 8192;
    static constexpr int RequestTimeoutMs = 10000;

    explicit Http01Responder(QObject *parent = nullptr);
    ~Http01Responder() override;

    /** Binds @p port on all addresses; the error says when the port is taken or privileged. */
    Core::Result<void> start(quint16 port);
    /** Stops listening and forgets every token. Harmless when not listening. */
    void stop();
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }

    void setToken(const QString &token, const QString &keyAuthorization) { m_tokens.insert(token, keyAuthorization); }

private:
    void accept();

    QTcpServer m_server;
    QHash<QString, QString> m_tokens;
};

} // namespace Doorstep::Tls
