#pragma once

#include <memory>

#include <QObject>

#include "ui/client/engineclient.h"

class QApplication;

namespace Doorstep::Ui {

class MainWindow;

namespace Models {
class EngineStatus;
}

namespace Tray {
class Notifier;
class TrayIcon;
} // namespace Tray

/**
 * The control center: the engine client, the main window, the tray icon and notifications.
 * `doorstep [--session|--system] [--tray]`. Quitting it never stops the engine.
 */
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    struct Options
    {
        EngineClient::Bus bus = EngineClient::Bus::System;
        /** Start hidden in the tray (when there is one). */
        bool startInTray = false;
    };

    /** Parses the command line of @p app, starts and runs the event loop; the exit code. */
    static int run(QApplication &app);

    explicit Application(const Options &options, QObject *parent = nullptr);
    ~Application() override;

    /** Shows the window, or only the tray icon with --tray. */
    void start();
    /** Shows and raises the window. */
    void showWindow();

    EngineClient &client() { return *m_client; }
    Models::EngineStatus &status() { return *m_status; }
    MainWindow &mainWindow() { return *m_window; }
    Tray::TrayIcon &trayIcon() { return *m_tray; }
    Tray::Notifier &notifier() { return *m_notifier; }

private:
    Options m_options;
    EngineClient *m_client;
    Models::EngineStatus *m_status;
    Tray::Notifier *m_notifier;
    Tray::TrayIcon *m_tray;
    std::unique_ptr<MainWindow> m_window; // destroyed before the objects it uses
};

} // namespace Doorstep::Ui
