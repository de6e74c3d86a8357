#include "engine/dbus/engineobject.h"

#include "engine/dbus/aliasesadaptor.h"
#include "engine/dbus/certificatesadaptor.h"
#include "engine/dbus/ddnsadaptor.h"
#include "engine/dbus/domainsadaptor.h"
#include "engine/dbus/filtersadaptor.h"
#include "engine/dbus/greylistadaptor.h"
#include "engine/dbus/manageradaptor.h"
#include "engine/dbus/queueadaptor.h"
#include "engine/dbus/relayadaptor.h"
#include "engine/dbus/rulesadaptor.h"
#include "engine/dbus/settingsadaptor.h"
#include "engine/dbus/usersadaptor.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;

EngineObject::EngineObject(ServiceContext &context, QObject *parent)
    : RulesService(context, parent)
    , m_registeredOn(QString())
{
    registerTypes();
    // Adaptors are children of this object; QtDBus owns nothing.
    new ManagerAdaptor(this);
    new SettingsAdaptor(this);
    new DomainsAdaptor(this);
    new UsersAdaptor(this);
    new AliasesAdaptor(this);
    new RelayAdaptor(this);
    new QueueAdaptor(this);
    new CertificatesAdaptor(this);
    new FiltersAdaptor(this);
    new GreylistAdaptor(this);
    new DdnsAdaptor(this);
    new RulesAdaptor(this);
}

EngineObject::~EngineObject()
{
    unregister();
}

Core::Result<void> EngineObject::registerOn(QDBusConnection bus)
{
    if (!bus.registerObject(QString(kPath), this, QDBusConnection::ExportAdaptors))
        return Core::Error::failed(u"Cannot export %1 on the bus: %2"_s.arg(QString(kPath), bus.lastError().message()));
    m_registeredOn = bus;
    setBus(bus, QString(kPath));
    return {};
}

void EngineObject::unregister()
{
    if (m_registeredOn.isConnected())
        m_registeredOn.unregisterObject(QString(kPath));
    m_registeredOn = QDBusConnection(QString());
}

} // namespace Doorstep::DBus
