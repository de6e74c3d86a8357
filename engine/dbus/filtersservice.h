#pragma once

#include <QVariantMap>

#include "engine/dbus/certificatesservice.h"

namespace Doorstep::DBus {

/**
 * org.doorstep.Engine1.Filters: the spam score of a message on demand (the thresholds wizard),
 * the virus scanner's state and the quarantine.
 */
class FiltersService : public CertificatesService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiltersService)

public:
    explicit FiltersService(ServiceContext &context, QObject *parent = nullptr);

    QVariantMap ScoreMessage(const QString &message);
    QVariantMap AntivirusStatus();
    QuarantineEntryList ListQuarantine();
    void ReleaseQuarantined(const QString &id);
    void DeleteQuarantined(const QString &id);
};

} // namespace Doorstep::DBus
