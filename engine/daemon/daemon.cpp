#include "engine/daemon/daemon.h"

#include <cstdio>

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QFileInfo>
#include <QTcpSocket>
#include <QThreadPool>

#include "engine/core/clock.h"
#include "engine/core/enginestate.h"
#include "engine/core/eventlog.h"
#include "engine/core/log.h"
#include "engine/core/settingsregistry.h"
#include "engine/daemon/datadirectory.h"
#include "engine/daemon/log.h"
#include "engine/daemon/unixsignals.h"
#include "engine/dbus/authorizer.h"
#include "engine/dbus/engineobject.h"
#include "engine/dbus/servicecontext.h"
#include "engine/smtp/listener.h"
#include "engine/store/settings.h"
#include "engine/store/statistics.h"
#include "engine/store/store.h"

namespace Doorstep::Daemon {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {
const QStringList kListenerNames{u"mta"_s, u"submission"_s, u"smtps"_s};

QString describeOwner(QDBusConnectionInterface *bus, const QString &name)
{
    const QDBusReply<uint> pid = bus->servicePid(name);
    if (!pid.isValid())
        return u"another process"_s;
    const QString exe = QFileInfo(u"/proc/%1/exe"_s.arg(pid.value())).symLinkTarget();
    return exe.isEmpty() ? u"pid %1"_s.arg(pid.value()) : u"pid %1 (%2)"_s.arg(pid.value()).arg(exe);
}
} // namespace

Daemon::Daemon(const Options &options)
    : m_options(options)
    , m_bus(QString())
{
}

Result<std::unique_ptr<Daemon>> Daemon::start(const Options &options)
{
    std::unique_ptr<Daemon> daemon(new Daemon(options));
    if (auto started = daemon->startUp(); !started) {
        daemon->shutdown();
        return started.error();
    }
    return daemon;
}

Result<void> Daemon::connectBus()
{
    m_bus = m_options.mode == Core::RunMode::Session ? QDBusConnection::sessionBus() : QDBusConnection::systemBus();
    if (!m_bus.isConnected())
        return Error::failed(u"cannot connect to the %1 bus: %2"_s.arg(Core::runModeName(m_options.mode), m_bus.lastError().message()));
    // Refuse early and clearly when another engine serves the name; takeBusName() repeats
    // the check atomically at the end of start-up.
    const QDBusReply<bool> owned = m_bus.interface()->isServiceRegistered(QString(kBusName));
    if (owned.isValid() && owned.value())
        return Error::failed(u"the bus name %1 is already owned by %2"_s.arg(QString(kBusName), describeOwner(m_bus.interface(), QString(kBusName))));
    return {};
}

Result<void> Daemon::startUp()
{
    m_startedAtUsec = Core::Clock::system().nowUsec();
    m_state = std::make_unique<Core::EngineState>();
    m_events = std::make_unique<Core::EventLog>(Core::Clock::system());

    auto directory = DataDirectory::claim(m_options.dataDirectory);
    if (!directory)
        return directory.error();
    m_dataDirectory = std::move(directory).value();

    if (auto connected = connectBus(); !connected)
        return connected;

    m_registry = std::make_unique<Core::SettingsRegistry>(m_options.mode);
    auto store = Store::Store::open(m_dataDirectory->filePath(u"doorstep.db"_s));
    if (!store)
        return store.error();
    m_store = std::move(store).value();

    m_settings = std::make_unique<Store::Settings>(*m_registry, *m_store, Core::Clock::system());
    if (auto loaded = m_settings->load(); !loaded)
        return loaded;
    for (auto it = m_options.listenOverrides.cbegin(); it != m_options.listenOverrides.cend(); ++it)
        m_settings->setOverride(u"listeners."_s + it.key(), it.value());

    m_statistics = std::make_unique<Store::Statistics>(*m_store, Core::Clock::system());
    if (auto loaded = m_statistics->load(); !loaded)
        return loaded;

    if (auto listening = startListeners(); !listening)
        return listening;

    m_authorizer = std::make_unique<DBus::Authorizer>(m_bus, m_options.mode);
    m_serviceContext.reset(new DBus::ServiceContext{m_options.mode, m_dataDirectory->path(), m_startedAtUsec, Core::Clock::system(),
                                                    *m_state, *m_events, *m_store, *m_settings, *m_statistics, *m_authorizer,
                                                    [this] { return boundListeners(); }});
    m_engineObject = std::make_unique<DBus::EngineObject>(*m_serviceContext);
    if (auto registered = m_engineObject->registerOn(m_bus); !registered)
        return registered;

    if (auto named = takeBusName(); !named)
        return named;

    m_state->setRunning();
    qCInfo(lcDaemon).noquote() << "doorstepd" << QStringLiteral(DOORSTEP_VERSION) << "running on the" << Core::runModeName(m_options.mode)
                               << "bus with data directory" << m_dataDirectory->path();
    return {};
}

Result<void> Daemon::startListeners()
{
    for (const QString &name : kListenerNames) {
        auto listener = std::make_unique<Smtp::Listener>(name);
        const QString key = u"listeners."_s + name;
        if (auto bound = listener->bind(m_settings->listValue(key)); !bound)
            return bound;
        // XXX: the SMTP conversation arrives with the receiving issue; until then every
        // client is told plainly that this server does not take mail yet.
        connect(listener.get(), &Smtp::Listener::connectionAccepted, this, [this](QTcpSocket *socket) {
            const QByteArray host = m_settings->stringValue(u"identity.hostname"_s).toUtf8();
            socket->write("421 4.3.2 " + host + " Doorstep does not accept mail yet, closing connection\r\n");
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
        Smtp::Listener *raw = listener.get();
        m_settings->setApplier(key, [raw](const QString &, const QVariant &value) { return raw->bind(value.toStringList()); });
        m_listeners.push_back(std::move(listener));
    }
    return {};
}

QVariantMap Daemon::boundListeners() const
{
    QVariantMap map;
    for (const auto &listener : m_listeners)
        map.insert(listener->name(), listener->boundAddresses());
    return map;
}

Result<void> Daemon::takeBusName()
{
    const QDBusReply<QDBusConnectionInterface::RegisterServiceReply> reply = m_bus.interface()->registerService(
        QString(kBusName), QDBusConnectionInterface::DontQueueService, QDBusConnectionInterface::DontAllowReplacement);
    if (!reply.isValid())
        return Error::failed(u"cannot take the bus name %1: %2"_s.arg(QString(kBusName), reply.error().message()));
    if (reply.value() != QDBusConnectionInterface::ServiceRegistered)
        return Error::failed(u"the bus name %1 is already owned by %2"_s.arg(QString(kBusName), describeOwner(m_bus.interface(), QString(kBusName))));
    m_ownsName = true;
    return {};
}

void Daemon::shutdown()
{
    if (m_stopped)
        return;
    m_stopped = true;
    for (auto &listener : m_listeners)
        listener->close();
    if (m_ownsName) {
        m_bus.interface()->unregisterService(QString(kBusName));
        m_ownsName = false;
    }
    if (m_engineObject)
        m_engineObject->unregister();
    // Work still on the pool posts back to the services: let it finish first.
    QThreadPool::globalInstance()->waitForDone();
    if (m_statistics)
        m_statistics->flushSync();
}

Daemon::~Daemon()
{
    shutdown();
    m_engineObject.reset();
    m_serviceContext.reset();
    m_authorizer.reset();
    m_listeners.clear();
    m_statistics.reset();
    m_settings.reset();
    m_store.reset(); // finishes queued jobs, closes the database
    m_dataDirectory.reset(); // releases the lock last
}

int Daemon::main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"doorstepd"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DOORSTEP_VERSION));

    const auto options = Options::parse(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "doorstepd: %s\n", qPrintable(options.error().message));
        return 2;
    }
    if (options->showHelp) {
        std::fputs(qPrintable(Options::helpText()), stdout);
        return 0;
    }
    if (options->showVersion) {
        std::printf("doorstepd %s\n", DOORSTEP_VERSION);
        return 0;
    }
    Core::setUpLogging(options->debug);

    UnixSignals signals;
    auto daemon = Daemon::start(options.value());
    if (!daemon) {
        std::fprintf(stderr, "doorstepd: %s\n", qPrintable(daemon.error().message));
        return 1;
    }
    QObject::connect(&signals, &UnixSignals::terminationRequested, &app, [&](const QString &name) {
        qCInfo(lcDaemon).noquote() << name << "received, shutting down";
        daemon.value()->shutdown();
        QCoreApplication::quit();
    });
    const int code = QCoreApplication::exec();
    daemon.value().reset();
    qCInfo(lcDaemon) << "stopped";
    return code;
}

} // namespace Doorstep::Daemon
