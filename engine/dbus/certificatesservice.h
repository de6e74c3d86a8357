#pragma once

#include <QStringList>

#include "engine/dbus/queueservice.h"
#include "engine/tls/certificateinfo.h"

namespace Doorstep::DBus {

/** org.doorstep.Engine1.Certificates: the listeners' TLS certificate. */
class CertificatesService : public QueueService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificatesService)

public:
    explicit CertificatesService(ServiceContext &context, QObject *parent = nullptr);

    QVariantMap Current();
    void GenerateSelfSigned(const QStringList &names);
    QString CreateRequest(const QStringList &names);
    void Import(const QString &cert_pem, const QString &key_pem, const QString &chain_pem);
    void RequestAcme(const QString &directory_url, const QStringList &names, const QString &email);
    void Renew();

Q_SIGNALS:
    void AcmeProgress(const QString &step, const QString &sentence);

private:
    /** Replies to an ACME or Renew call with the certificate now in use. */
    void replyIssued(const PendingReply &reply, const Core::Result<Tls::CertificateInfo> &made);
};

} // namespace Doorstep::DBus
