#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace Doorstep::Tests {

/**
 * Just enough of Akonadi on a bus for KMail's conversation: the agent manager
 * (org.freedesktop.Akonadi.Control, /AgentManager) and, for each IMAP resource it creates,
 * the resource's /Settings object and its agent control object, with the method names and
 * argument types Akonadi and its IMAP resource use (as read in akonadi's
 * org.freedesktop.Akonadi.AgentManager.xml and agentinstance.cpp, and the setters
 * kdepim-runtime's resources/imap/setupserver.cpp calls: setSafety takes "None", "SSL" or
 * "STARTTLS", setAuthentication a MailTransport authentication type). It answers on
 * connections of its own, and registers a new resource's names only after
 * @p registrationDelayMs, as a starting agent process would.
 */
class FakeAkonadi final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Akonadi.AgentManager")

public:
    explicit FakeAkonadi(int registrationDelayMs);
    ~FakeAkonadi() override;

    bool start();
    /** The settings each resource was given ("ImapServer", "ImapPort", …) and whether saved/reconfigured. */
    const QMap<QString, QVariantMap> &resources() const { return m_resources; }
    QMap<QString, QString> names() const { return m_names; }

public Q_SLOTS:
    Q_SCRIPTABLE QStringList agentInstances() const;
    Q_SCRIPTABLE QString createAgentInstance(const QString &identifier);
    Q_SCRIPTABLE void setAgentInstanceName(const QString &identifier, const QString &name);

private:
    friend class FakeImapSettings;
    friend class FakeAgentControl;

    QDBusConnection m_bus;
    int m_delay;
    QMap<QString, QVariantMap> m_resources;
    QMap<QString, QString> m_names;
    QStringList m_connections;
};

} // namespace Doorstep::Tests
