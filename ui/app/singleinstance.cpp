#include "ui/app/singleinstance.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>

namespace Doorstep::Ui {

using namespace Qt::StringLiterals;

namespace {
const QString kName = u"org.doorstep.Doorstep"_s;
const QString kPath = u"/org/doorstep/Doorstep"_s;
constexpr int kActivateTimeoutMs = 3000;
} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{
}

bool SingleInstance::claim(bool activateOther)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return true; // no session bus: nothing to coordinate with
    // Blocking is fine here: this runs once at start-up, before any window exists.
    const auto registered = bus.interface()->registerService(kName, QDBusConnectionInterface::DontQueueService,
                                                             QDBusConnectionInterface::DontAllowReplacement);
    if (registered.isValid() && registered.value() == QDBusConnectionInterface::ServiceRegistered) {
        bus.registerObject(kPath, this, QDBusConnection::ExportScriptableSlots);
        return true;
    }
    if (activateOther) {
        const QDBusMessage call = QDBusMessage::createMethodCall(kName, kPath, kName, u"Activate"_s);
        bus.call(call, QDBus::Block, kActivateTimeoutMs);
    }
    return false;
}

void SingleInstance::Activate()
{
    Q_EMIT activateRequested();
}

} // namespace Doorstep::Ui
