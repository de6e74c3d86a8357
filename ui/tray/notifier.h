#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVariantMap>

class QSystemTrayIcon;

namespace Doorstep::Ui {
class EngineClient;
}

namespace Doorstep::Ui::Tray {

/**
 * Desktop notifications for the event kinds that matter to a person (bounced, queue_stuck,
 * virus, filter_degraded, certificate_expiring, address_changed, health_changed). Events are
 * collected for a moment and a burst becomes one notification ("5 messages bounced"), never
 * fifty bubbles. Kinds can be muted and all notifications paused (kept in Preferences).
 * Sent through org.freedesktop.Notifications on the session bus, falling back to
 * QSystemTrayIcon::showMessage when that service is not there.
 */
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    static constexpr int kBurstWindowMs = 1500;
    /** A burst's notification lists at most this many sentences. */
    static constexpr int kMaxListed = 3;

    explicit Notifier(QObject *parent = nullptr);
    ~Notifier() override;

    /** Feeds the engine's Manager.Event signal into the notifier. */
    void watch(EngineClient &client);
    /** Where to show notifications when the session bus has no notification service. */
    void setFallback(QSystemTrayIcon *trayIcon);

    /** One event (from Manager.Event, or fed directly by tests). */
    void handleEvent(const QString &kind, const QString &summary, const QVariantMap &details = {});

    /**
     * The sentence a notification shows for one event: plain words made from the details for
     * a blocked virus ("A virus was blocked: …") and a degraded filter, else the engine's summary.
     */
    static QString sentence(const QString &kind, const QString &summary, const QVariantMap &details);

    bool isMuted(const QString &kind) const;
    void setMuted(const QString &kind, bool muted);
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

    /** Events waiting for the burst window to end. */
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    /** A notification was handed to the desktop (or to the tray fallback). */
    void notified(const QString &summary, const QString &body);
    void mutedChanged();

private:
    struct Pending
    {
        QString kind;
        QString summary;
    };

    void flush();
    void send(const QString &summary, const QString &body);
    void showFallback(const QString &summary, const QString &body);

    QList<Pending> m_pending;
    QTimer m_burst;
    QSet<QString> m_muted;
    bool m_paused = false;
    QPointer<QSystemTrayIcon> m_fallback;
};

} // namespace Doorstep::Ui::Tray
