#pragma once

#include <memory>
#include <vector>

#include <QObject>
#include <QString>
#include <QStringList>

#include "engine/core/result.h"

class QSslSocket;
class QTcpServer;

namespace Doorstep::Smtp {

/**
 * One named SMTP listener ("mta", "submission", "smtps") bound to a list of addresses.
 * Rebinding is all-or-nothing: new addresses are bound first, and only when every one
 * succeeds are the dropped ones closed; sockets already bound to an unchanged address stay.
 */
class Listener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Listener)

public:
    explicit Listener(QString name, QObject *parent = nullptr);
    ~Listener() override;

    const QString &name() const { return m_name; }

    /** Binds exactly @p addresses ("IP:PORT", already validated); an empty list turns it off. */
    Core::Result<void> bind(const QStringList &addresses);
    /** Stops accepting; existing connections are not touched. */
    void close();

    /** The addresses actually bound, with the real port where 0 was asked for. */
    QStringList boundAddresses() const;

Q_SIGNALS:
    /** A client connected; the socket (ready for STARTTLS) is parented to this listener. */
    void connectionAccepted(QSslSocket *socket);

private:
    struct Bound
    {
        QString requested;
        std::unique_ptr<QTcpServer> server;
    };
    Core::Result<std::unique_ptr<QTcpServer>> listenOn(const QString &address);

    QString m_name;
    std::vector<Bound> m_bound;
};

} // namespace Doorstep::Smtp
