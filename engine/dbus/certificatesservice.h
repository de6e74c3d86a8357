#pragma once

#include <QStringList>

#include "engine/dbus/queueservice.h"

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
};

} // namespace Doorstep::DBus
