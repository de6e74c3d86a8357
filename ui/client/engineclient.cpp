#include "ui/client/engineclient.h"

#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusServiceWatcher>
#include <QPointer>

namespace Doorstep::Ui {

using namespace Qt::StringLiterals;

EngineClient::EngineClient(Bus bus, QObject *parent)
    : QObject(parent)
    , m_busKind(bus)
    , m_connection(bus == Bus::Session ? QDBusConnection::sessionBus() : QDBusConnection::systemBus())
{
    DBus::registerTypes();
    createProxies();
    if (!m_connection.isConnected())
        return;

    m_watcher = new QDBusServiceWatcher(QString(kService), m_connection,
                                        QDBusServiceWatcher::WatchForRegistration | QDBusServiceWatcher::WatchForUnregistration, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] {
        // A new engine process: new proxies, and every view loads again.
        createProxies();
        m_available = true;
        Q_EMIT engineAppeared();
    });
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
        m_available = false;
        Q_EMIT engineVanished();
    });
    m_connection.connect(QString(kService), QString(kPath), u"org.freedesktop.DBus.Properties"_s, u"PropertiesChanged"_s, this,
                         SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
    const QDBusReply<bool> registered = m_connection.interface()->isServiceRegistered(QString(kService));
    m_available = registered.isValid() && registered.value();
}

EngineClient::~EngineClient() = default;

void EngineClient::createProxies()
{
    const QString service(kService);
    const QString path(kPath);
    m_manager = std::make_unique<OrgDoorstepEngine1ManagerInterface>(service, path, m_connection);
    m_settings = std::make_unique<OrgDoorstepEngine1SettingsInterface>(service, path, m_connection);
    m_domains = std::make_unique<OrgDoorstepEngine1DomainsInterface>(service, path, m_connection);
    m_users = std::make_unique<OrgDoorstepEngine1UsersInterface>(service, path, m_connection);
    m_aliases = std::make_unique<OrgDoorstepEngine1AliasesInterface>(service, path, m_connection);
    m_relay = std::make_unique<OrgDoorstepEngine1RelayInterface>(service, path, m_connection);
    m_queue = std::make_unique<OrgDoorstepEngine1QueueInterface>(service, path, m_connection);
    m_certificates = std::make_unique<OrgDoorstepEngine1CertificatesInterface>(service, path, m_connection);
    m_filters = std::make_unique<OrgDoorstepEngine1FiltersInterface>(service, path, m_connection);
    m_greylist = std::make_unique<OrgDoorstepEngine1GreylistInterface>(service, path, m_connection);
    m_ddns = std::make_unique<OrgDoorstepEngine1DdnsInterface>(service, path, m_connection);
    m_rules = std::make_unique<OrgDoorstepEngine1RulesInterface>(service, path, m_connection);
    for (QDBusAbstractInterface *proxy : std::initializer_list<QDBusAbstractInterface *>{
             m_manager.get(), m_settings.get(), m_domains.get(), m_users.get(), m_aliases.get(), m_relay.get(), m_queue.get(),
             m_certificates.get(), m_filters.get(), m_greylist.get(), m_rules.get()})
        proxy->setTimeout(kCallTimeoutMs);
    m_ddns->setTimeout(kDdnsCallTimeoutMs);
    connect(m_manager.get(), &OrgDoorstepEngine1ManagerInterface::Event, this, &EngineClient::event);
    connect(m_manager.get(), &OrgDoorstepEngine1ManagerInterface::StatisticsChanged, this, &EngineClient::statisticsChanged);
    connect(m_settings.get(), &OrgDoorstepEngine1SettingsInterface::Changed, this, &EngineClient::settingsChanged);
}

void EngineClient::onPropertiesChanged(const QString &interface, const QVariantMap &changed, const QStringList &)
{
    if (interface == u"org.doorstep.Engine1.Manager"_s && changed.contains(u"State"_s))
        Q_EMIT stateChanged(changed.value(u"State"_s).toString());
}

void EngineClient::whenFinished(const QDBusPendingCall &call, QObject *context, std::function<void(const QDBusPendingCall &)> done)
{
    auto *watcher = new QDBusPendingCallWatcher(call, context);
    connect(watcher, &QDBusPendingCallWatcher::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(*watcher);
    });
}

} // namespace Doorstep::Ui
