#include "ui/app/application.h"

#include <QApplication>
#include <QCommandLineParser>

#include "ui/app/singleinstance.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/enginestatus.h"
#include "ui/tray/notifier.h"
#include "ui/tray/trayicon.h"

namespace Doorstep::Ui {

using namespace Qt::StringLiterals;

int Application::run(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The control center of the Doorstep mail server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption session(u"session"_s, tr("Manage the engine on the session bus (doorstepd --session)."));
    const QCommandLineOption system(u"system"_s, tr("Manage the system engine (the default)."));
    const QCommandLineOption tray(u"tray"_s, tr("Start hidden in the tray."));
    parser.addOptions({session, system, tray});
    parser.process(app);

    Options options;
    options.bus = parser.isSet(session) && !parser.isSet(system) ? EngineClient::Bus::Session : EngineClient::Bus::System;
    options.startInTray = parser.isSet(tray);

    SingleInstance instance;
    if (!instance.claim(!options.startInTray))
        return 0;
    Application application(options);
    connect(&instance, &SingleInstance::activateRequested, &application, &Application::showWindow);
    application.start();
    return QApplication::exec();
}

Application::Application(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(new EngineClient(options.bus, this))
    , m_status(new Models::EngineStatus(*m_client, this))
    , m_notifier(new Tray::Notifier(this))
    , m_tray(new Tray::TrayIcon(*m_status, *m_notifier, this))
    , m_window(std::make_unique<MainWindow>(*m_client, *m_status))
{
    m_notifier->watch(*m_client);
    connect(m_tray, &Tray::TrayIcon::openRequested, this, &Application::showWindow);
    connect(m_tray, &Tray::TrayIcon::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
}

Application::~Application() = default;

void Application::start()
{
    // With a tray, closing the window leaves the icon; without one, it ends the program.
    const bool tray = Tray::TrayIcon::isAvailable();
    m_window->setCloseToTray(tray);
    QApplication::setQuitOnLastWindowClosed(!tray);
    m_tray->show();
    if (!(tray && m_options.startInTray))
        m_window->show();
}

void Application::showWindow()
{
    m_window->bringToFront();
}

} // namespace Doorstep::Ui
