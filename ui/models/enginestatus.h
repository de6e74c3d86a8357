#pragma once

#include <QObject>
#include <QVariantMap>

#include "ui/client/clienterror.h"
#include "ui/models/enginestate.h"

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Models {

class RefreshThrottle;

/**
 * The engine's Manager.GetStatus, shared by the Overview page and the tray so that one call
 * serves both. Refreshed when the engine appears and, coalesced to at most once a second, on
 * StatisticsChanged, State changes and Event; never polled.
 */
class EngineStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineStatus)

public:
    explicit EngineStatus(EngineClient &client, QObject *parent = nullptr);
    ~EngineStatus() override;

    static constexpr int kRefreshIntervalMs = 1000;

    const EngineState &state() const { return m_state; }
    /** True once a GetStatus answered since the engine (re)appeared. */
    bool isLoaded() const { return !m_status.isEmpty(); }
    /** The last GetStatus result (empty while the engine is absent). */
    const QVariantMap &status() const { return m_status; }

    QString version() const;
    /** When the engine started, microseconds since the epoch (0 when unknown). */
    quint64 startedAtUsec() const;
    QString dataDirectory() const;
    /** Listener name ("mta", "submission", "smtps") to its bound addresses. */
    QStringList listenerAddresses(const QString &listener) const;
    /** Today's value of a GetStatistics counter ("received", ...). */
    quint64 today(const QString &counter) const;
    uint domainCount() const;
    uint userCount() const;

public Q_SLOTS:
    /** Asks for a new GetStatus (coalesced). */
    void refresh();

Q_SIGNALS:
    void changed();
    /** GetStatus failed for another reason than the engine going away. */
    void failed(const Doorstep::Ui::ClientError &error);

private:
    void load();
    void setState(const EngineState &state);

    /** How often GetStatus is asked again while the managed Dovecot is starting. */
    static constexpr int kStartingPollMs = 2000;

    EngineClient &m_client;
    RefreshThrottle *m_throttle;
    EngineState m_state;
    QVariantMap m_status;
    quint64 m_generation = 0;
};

} // namespace Doorstep::Ui::Models
