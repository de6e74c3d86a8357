#pragma once

#include <functional>
#include <memory>

#include <QDBusConnection>
#include <QDBusPendingCall>
#include <QObject>

#include "resources/dbus/dbustypes.h"
#include "ui/client/aliasesproxy.h"
#include "ui/client/clienterror.h"
#include "ui/client/ddnsproxy.h"
#include "ui/client/domainsproxy.h"
#include "ui/client/filtersproxy.h"
#include "ui/client/greylistproxy.h"
#include "ui/client/managerproxy.h"
#include "ui/client/queueproxy.h"
#include "ui/client/certificatesproxy.h"
#include "ui/client/relayproxy.h"
#include "ui/client/rulesproxy.h"
#include "ui/client/settingsproxy.h"
#include "ui/client/usersproxy.h"

class QDBusServiceWatcher;

namespace Doorstep::Ui {

/**
 * The clients' side of org.doorstep.Engine1: the generated proxies, a watch on the bus name
 * (engine appears / goes away) and the signals a client listens to. Shared by doorstepctl and
 * the control center; no Widgets.
 */
class EngineClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineClient)

public:
    enum class Bus {
        Session,
        System,
    };

    static constexpr QLatin1StringView kService{"org.doorstep.Engine1"};
    static constexpr QLatin1StringView kPath{"/org/doorstep/Engine1"};
    /** Calls that take longer are given up (QtDBus's default is about 25 s). */
    static constexpr int kCallTimeoutMs = 30000;
    /** Ddns.UpdateNow waits for the address look-up and the provider (20 s each at most). */
    static constexpr int kDdnsCallTimeoutMs = 60000;

    explicit EngineClient(Bus bus, QObject *parent = nullptr);
    ~EngineClient() override;

    Bus bus() const { return m_busKind; }
    QDBusConnection connection() const { return m_connection; }
    /** True when the bus is reachable at all. */
    bool isConnected() const { return m_connection.isConnected(); }
    /** True while an engine owns the bus name. */
    bool isAvailable() const { return m_available; }

    OrgDoorstepEngine1ManagerInterface &manager() { return *m_manager; }
    OrgDoorstepEngine1SettingsInterface &settings() { return *m_settings; }
    OrgDoorstepEngine1DomainsInterface &domains() { return *m_domains; }
    OrgDoorstepEngine1UsersInterface &users() { return *m_users; }
    OrgDoorstepEngine1AliasesInterface &aliases() { return *m_aliases; }
    OrgDoorstepEngine1RelayInterface &relay() { return *m_relay; }
    OrgDoorstepEngine1QueueInterface &queue() { return *m_queue; }
    OrgDoorstepEngine1CertificatesInterface &certificates() { return *m_certificates; }
    OrgDoorstepEngine1FiltersInterface &filters() { return *m_filters; }
    OrgDoorstepEngine1GreylistInterface &greylist() { return *m_greylist; }
    OrgDoorstepEngine1DdnsInterface &ddns() { return *m_ddns; }
    OrgDoorstepEngine1RulesInterface &rules() { return *m_rules; }

    /**
     * Calls @p done on the event loop when @p call finishes (asynchronous: the UI never
     * waits); nothing happens if @p context is destroyed first.
     */
    static void whenFinished(const QDBusPendingCall &call, QObject *context, std::function<void(const QDBusPendingCall &)> done);

Q_SIGNALS:
    /** The engine took its bus name (at start, or after a restart): reload everything. */
    void engineAppeared();
    /** The engine left the bus. */
    void engineVanished();
    /** Manager.State changed (PropertiesChanged). */
    void stateChanged(const QString &state);
    void event(qulonglong id, qulonglong usec, const QString &kind, const QString &summary, const QVariantMap &details);
    void statisticsChanged();
    void settingsChanged(const QStringList &keys);

private Q_SLOTS:
    // QDBusConnection::connect only takes a slot by name (Qt 6.4).
    void onPropertiesChanged(const QString &interface, const QVariantMap &changed, const QStringList &invalidated);

private:
    void createProxies();

    Bus m_busKind;
    QDBusConnection m_connection;
    QDBusServiceWatcher *m_watcher = nullptr;
    bool m_available = false;
    std::unique_ptr<OrgDoorstepEngine1ManagerInterface> m_manager;
    std::unique_ptr<OrgDoorstepEngine1SettingsInterface> m_settings;
    std::unique_ptr<OrgDoorstepEngine1DomainsInterface> m_domains;
    std::unique_ptr<OrgDoorstepEngine1UsersInterface> m_users;
    std::unique_ptr<OrgDoorstepEngine1AliasesInterface> m_aliases;
    std::unique_ptr<OrgDoorstepEngine1RelayInterface> m_relay;
    std::unique_ptr<OrgDoorstepEngine1QueueInterface> m_queue;
    std::unique_ptr<OrgDoorstepEngine1CertificatesInterface> m_certificates;
    std::unique_ptr<OrgDoorstepEngine1FiltersInterface> m_filters;
    std::unique_ptr<OrgDoorstepEngine1GreylistInterface> m_greylist;
    std::unique_ptr<OrgDoorstepEngine1DdnsInterface> m_ddns;
    std::unique_ptr<OrgDoorstepEngine1RulesInterface> m_rules;
};

} // namespace Doorstep::Ui
