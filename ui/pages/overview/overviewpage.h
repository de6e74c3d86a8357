#pragma once

#include <QHash>

#include "resources/dbus/dbustypes.h"
#include "ui/mainwindow/page.h"

class QLabel;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace Doorstep::Ui::Models {
class EventModel;
class RefreshThrottle;
} // namespace Doorstep::Ui::Models

namespace Doorstep::Ui::Widgets {
class MessageBar;
class StateBadge;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Pages {

class CountersTiles;
class StatisticsChart;

/**
 * Is my mail flowing? The engine's state (icon and word, the reason when degraded), version,
 * uptime, data directory, listeners, today's counters, a 7-day chart and the last events.
 * GetStatus (shared through EngineStatus) loads it; StatisticsChanged, State and Event
 * refresh it, at most once a second. The uptime ticks locally.
 */
class OverviewPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    OverviewPage(const PageContext &context, QWidget *parent = nullptr);
    ~OverviewPage() override;

    static constexpr int kMaxEvents = 20;
    static constexpr int kUptimeTickMs = 5000;

    QString id() const override;
    QString title() const override;
    QString description() const override;
    QIcon icon() const override;

    /** "3 days, 4 hours" for a number of seconds. */
    static QString formatDuration(qint64 seconds);
    /** The "Mailbox access" row: Manager.GetStatus "imap" in words (state, addresses or why not). */
    static QString imapText(const QVariantMap &imap);

protected:
    void reload() override;
    void engineGone() override;

private:
    QWidget *buildEngineSection();
    void showStatus();
    void updateUptime();
    void loadStatistics();
    void loadEvents();
    void onEvent(qulonglong id, qulonglong usec, const QString &kind, const QString &summary, const QVariantMap &details);
    void updateEventsEmptyState();
    void reloadEngineSettings();

    Widgets::MessageBar *m_messageBar;
    Widgets::StateBadge *m_stateBadge;
    QLabel *m_version;
    QLabel *m_uptime;
    QLabel *m_dataDirectory;
    QLabel *m_accounts;
    QLabel *m_health;
    QLabel *m_imap;
    QHash<QString, QLabel *> m_listeners;
    CountersTiles *m_counters;
    StatisticsChart *m_chart;
    Models::EventModel *m_eventModel;
    QTreeView *m_events;
    QStackedWidget *m_eventsStack;
    QTimer *m_uptimeTimer;
    Models::RefreshThrottle *m_statisticsThrottle;
    bool m_loadingEvents = false;
    DBus::EventList m_eventsDuringLoad;
};

} // namespace Doorstep::Ui::Pages
