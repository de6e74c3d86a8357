#pragma once

#include "resources/dbus/dbustypes.h"
#include "ui/mainwindow/page.h"

class QAction;
class QComboBox;
class QDBusPendingCall;
class QPushButton;
class QTimer;

namespace Doorstep::Ui::Models {
class QueueModel;
}

namespace Doorstep::Ui::Widgets {
class MessageBar;
class TablePane;
} // namespace Doorstep::Ui::Widgets

namespace Doorstep::Ui::Pages {

class QueueDetailsPane;

/**
 * Queue: the messages accepted and not yet delivered to every recipient (Queue.List), with
 * their state, next attempt, attempts and last error; a filter by state; Retry now, Bounce
 * and Remove (both after asking) for the selected message, whose recipients with their last
 * remote reply and headers (Queue.Get) show below. Refreshed by the engine's received, delivered, deferred and bounced events
 * (at most once a second) and, while shown, every 10 seconds, never faster.
 */
class QueuePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePage)

public:
    static constexpr int kEventRefreshMs = 1000;
    static constexpr int kTimerRefreshMs = 10000;

    QueuePage(const PageContext &context, QWidget *parent = nullptr);
    ~QueuePage() override;

    QString id() const override;
    QString title() const override;
    QString description() const override;
    QIcon icon() const override;

    Models::QueueModel *model() const { return m_model; }
    Widgets::TablePane *queuePane() const { return m_pane; }
    QueueDetailsPane *detailsPane() const { return m_details; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QTimer *refreshTimer() const { return m_timer; }

protected:
    void reload() override;
    void engineGone() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateButtons();
    void showCallError(const QDBusPendingCall &call);
    void loadDetails(const QString &id);
    void retry(const QString &id);
    void remove(const QString &id);
    void bounce(const QString &id);
    /** The listed entry @p id while the engine can act on it; nullptr otherwise. */
    const DBus::QueueEntry *actionableEntry(const QString &id) const;
    /** Shows @p call's error, if any, and loads the queue again when it finished. */
    void reloadAfter(const QDBusPendingCall &call);

    Widgets::MessageBar *m_messageBar;
    Models::QueueModel *m_model;
    Widgets::TablePane *m_pane;
    QComboBox *m_stateFilter;
    QueueDetailsPane *m_details;
    QPushButton *m_retry;
    QPushButton *m_bounce;
    QPushButton *m_remove;
    QAction *m_refreshAction;
    QTimer *m_timer;
    quint64 m_generation = 0;
    quint64 m_detailsGeneration = 0;
};

} // namespace Doorstep::Ui::Pages
