#include "ui/models/enginestatus.h"

#include <QDBusPendingReply>
#include <QTimer>

#include "ui/client/engineclient.h"
#include "ui/models/dbusvalue.h"
#include "ui/models/refreshthrottle.h"

namespace Doorstep::Ui::Models {

using namespace Qt::StringLiterals;

EngineStatus::EngineStatus(EngineClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_throttle(new RefreshThrottle(kRefreshIntervalMs, [this] { load(); }, this))
{
    connect(&m_client, &EngineClient::engineAppeared, this, [this] {
        m_status.clear();
        setState(EngineState::fromProperty(u"starting"_s));
        m_throttle->runNow();
    });
    connect(&m_client, &EngineClient::engineVanished, this, [this] {
        ++m_generation; // answers still on their way are stale now
        m_status.clear();
        setState(EngineState::notRunning());
    });
    connect(&m_client, &EngineClient::stateChanged, this, [this](const QString &state) {
        setState(EngineState::fromProperty(state));
        refresh();
    });
    connect(&m_client, &EngineClient::statisticsChanged, this, &EngineStatus::refresh);
    connect(&m_client, &EngineClient::event, this, &EngineStatus::refresh);

    if (!m_client.isConnected())
        m_state = EngineState::unreachable(m_client.bus() == EngineClient::Bus::System ? tr("The system bus is not available.")
                                                                                        : tr("The session bus is not available."));
    else if (m_client.isAvailable())
        m_throttle->runNow();
}

EngineStatus::~EngineStatus() = default;

void EngineStatus::refresh()
{
    if (m_client.isAvailable())
        m_throttle->request();
}

void EngineStatus::load()
{
    const quint64 generation = ++m_generation;
    EngineClient::whenFinished(m_client.manager().GetStatus(), this, [this, generation](const QDBusPendingCall &call) {
        if (generation != m_generation)
            return;
        const QDBusPendingReply<QVariantMap> reply = call;
        if (reply.isError()) {
            const ClientError error(reply.error());
            if (error.kind() == ClientError::Kind::Unreachable && !m_client.isAvailable())
                return; // the engine went away: engineVanished says so
            if (error.kind() == ClientError::Kind::AccessDenied)
                setState(EngineState::unreachable(tr("You may not read its status; ask to be added to the group 'doorstep'.")));
            Q_EMIT failed(error);
            return;
        }
        m_status = reply.value();
        m_state = EngineState::fromProperty(m_status.value(u"state"_s).toString());
        // Dovecot's first start raises no event: look again until it is past "starting".
        if (toVariantMap(m_status.value(u"imap"_s)).value(u"state"_s).toString() == u"starting"_s)
            QTimer::singleShot(kStartingPollMs, this, &EngineStatus::refresh);
        Q_EMIT changed();
    });
}

void EngineStatus::setState(const EngineState &state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT changed();
}

QString EngineStatus::version() const
{
    return m_status.value(u"version"_s).toString();
}

quint64 EngineStatus::startedAtUsec() const
{
    return m_status.value(u"started_at"_s).toULongLong();
}

QString EngineStatus::dataDirectory() const
{
    return m_status.value(u"data_directory"_s).toString();
}

QStringList EngineStatus::listenerAddresses(const QString &listener) const
{
    return toVariantMap(m_status.value(u"listeners"_s)).value(listener).toStringList();
}

quint64 EngineStatus::today(const QString &counter) const
{
    return toVariantMap(m_status.value(u"today"_s)).value(counter).toULongLong();
}

uint EngineStatus::domainCount() const
{
    return m_status.value(u"domains"_s).toUInt();
}

uint EngineStatus::userCount() const
{
    return m_status.value(u"users"_s).toUInt();
}

} // namespace Doorstep::Ui::Models
