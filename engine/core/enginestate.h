#pragma once

#include <QMap>
#include <QObject>
#include <QString>

namespace Doorstep::Core {

/**
 * Manager.State: "starting", "running", or "degraded: <reason>; <reason>" while any subsystem
 * reports a problem. Subsystems set and clear their own reason under a stable key.
 */
class EngineState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineState)

public:
    explicit EngineState(QObject *parent = nullptr);

    QString text() const;

    /** Start-up finished. */
    void setRunning();
    /** @p subsystem has a problem, described by @p reason (a sentence for people). */
    void setDegraded(const QString &subsystem, const QString &reason);
    void clearDegraded(const QString &subsystem);

Q_SIGNALS:
    void changed(const QString &text);

private:
    void update();

    bool m_running = false;
    QMap<QString, QString> m_reasons;
    QString m_text;
};

} // namespace Doorstep::Core
