#include "tests/unit/mailprograms/fakeakonadi.h"

#include <QDBusConnectionInterface>
#include <QTimer>

namespace Doorstep::Tests {

using namespace Qt::StringLiterals;

/** One IMAP resource's /Settings: the setters its kcfg generates, save() and two getters. */
class FakeImapSettings final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.Akonadi.Imap.Settings")

public:
    FakeImapSettings(FakeAkonadi *akonadi, const QString &instance) : QObject(akonadi), m_akonadi(akonadi), m_instance(instance) {}

public Q_SLOTS:
    Q_SCRIPTABLE void setImapServer(const QString &value) { set(u"ImapServer"_s, value); }
    Q_SCRIPTABLE void setImapPort(int value) { set(u"ImapPort"_s, value); }
    Q_SCRIPTABLE void setUserName(const QString &value) { set(u"UserName"_s, value); }
    Q_SCRIPTABLE void setSafety(const QString &value) { set(u"Safety"_s, value); }
    Q_SCRIPTABLE void setAuthentication(int value) { set(u"Authentication"_s, value); }
    Q_SCRIPTABLE void save() { set(u"saved"_s, true); }
    Q_SCRIPTABLE QString imapServer() const { return m_akonadi->m_resources.value(m_instance).value(u"ImapServer"_s).toString(); }
    Q_SCRIPTABLE QString userName() const { return m_akonadi->m_resources.value(m_instance).value(u"UserName"_s).toString(); }

private:
    void set(const QString &key, const QVariant &value) { m_akonadi->m_resources[m_instance].insert(key, value); }

    FakeAkonadi *m_akonadi;
    QString m_instance;
};

/** The agent's own control object, of which KMail uses reconfigure(). */
class FakeAgentControl final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Akonadi.Agent.Control")

public:
    FakeAgentControl(FakeAkonadi *akonadi, const QString &instance) : QObject(akonadi), m_akonadi(akonadi), m_instance(instance) {}

public Q_SLOTS:
    Q_SCRIPTABLE void reconfigure() { m_akonadi->m_resources[m_instance].insert(u"reconfigured"_s, true); }

private:
    FakeAkonadi *m_akonadi;
    QString m_instance;
};

FakeAkonadi::FakeAkonadi(int registrationDelayMs)
    : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"doorstep-fake-akonadi"_s))
    , m_delay(registrationDelayMs)
{
}

FakeAkonadi::~FakeAkonadi()
{
    for (const QString &connection : std::as_const(m_connections))
        QDBusConnection::disconnectFromBus(connection);
    QDBusConnection::disconnectFromBus(u"doorstep-fake-akonadi"_s);
}

bool FakeAkonadi::start()
{
    return m_bus.isConnected()
        && m_bus.registerObject(u"/AgentManager"_s, this, QDBusConnection::ExportScriptableSlots)
        && m_bus.interface()->registerService(u"org.freedesktop.Akonadi.Control"_s).value()
            == QDBusConnectionInterface::ServiceRegistered;
}

QStringList FakeAkonadi::agentInstances() const
{
    return QStringList{u"akonadi_maildir_resource_0"_s} + m_resources.keys();
}

QString FakeAkonadi::createAgentInstance(const QString &identifier)
{
    const QString instance = u"%1_%2"_s.arg(identifier).arg(m_resources.size());
    m_resources.insert(instance, {});
    // Each agent is a process of its own: a connection of its own, owning its two names.
    QTimer::singleShot(m_delay, this, [this, instance] {
        const QString connection = u"doorstep-fake-"_s + instance;
        m_connections.append(connection);
        QDBusConnection agent = QDBusConnection::connectToBus(QDBusConnection::SessionBus, connection);
        agent.registerObject(u"/Settings"_s, new FakeImapSettings(this, instance), QDBusConnection::ExportScriptableSlots);
        agent.registerObject(u"/"_s, new FakeAgentControl(this, instance), QDBusConnection::ExportScriptableSlots);
        agent.interface()->registerService(u"org.freedesktop.Akonadi.Agent."_s + instance);
        agent.interface()->registerService(u"org.freedesktop.Akonadi.Resource."_s + instance);
    });
    return instance;
}

void FakeAkonadi::setAgentInstanceName(const QString &identifier, const QString &name)
{
    m_names.insert(identifier, name);
}

} // namespace Doorstep::Tests

#include "fakeakonadi.moc"
