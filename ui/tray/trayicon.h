#pragma once

#include <memory>

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Doorstep::Ui::Models {
class EngineStatus;
}

namespace Doorstep::Ui::Tray {

class Notifier;

/**
 * The tray icon: its icon shows the engine's state (running, degraded, stopped, not
 * reachable) and its tooltip why. The menu opens the window, shows the state and today's
 * counts, pauses or mutes notifications, and quits the control center (never the engine).
 */
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    TrayIcon(Models::EngineStatus &status, Notifier &notifier, QObject *parent = nullptr);
    ~TrayIcon() override;

    /** True when the desktop has a tray to show the icon in. */
    static bool isAvailable();

    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu.get(); }
    /** The tooltip (also what the state line of the menu says). */
    QString toolTip() const;

    /** Shows the icon when the desktop has a tray. */
    void show();

Q_SIGNALS:
    void openRequested();
    void quitRequested();

private:
    void buildMenu();
    void showStatus();

    Models::EngineStatus &m_status;
    Notifier &m_notifier;
    std::unique_ptr<QMenu> m_menu; // a top-level widget: QSystemTrayIcon does not own it
    QSystemTrayIcon *m_icon;
    QAction *m_stateAction = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_filteredAction = nullptr;
};

} // namespace Doorstep::Ui::Tray
