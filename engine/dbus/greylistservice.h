#pragma once

#include <QStringList>

#include "engine/dbus/filtersservice.h"

namespace Doorstep::DBus {

/** org.doorstep.Engine1.Greylist: the greylist's triplets and its allow list. */
class GreylistService : public FiltersService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GreylistService)

public:
    explicit GreylistService(ServiceContext &context, QObject *parent = nullptr);

    GreylistEntryList List(uint max);
    QStringList ListAllowed();
    void Allow(const QString &pattern);
    void Disallow(const QString &pattern);
    void Forget(const QString &triplet);

private:
    /** Allow (@p allow) or Disallow, with the config_changed event. */
    void changeAllowed(const QString &pattern, bool allow);
};

} // namespace Doorstep::DBus
