#include "engine/dbus/managerservice.h"

#include <unistd.h>

#include "engine/core/clock.h"
#include "engine/core/enginestate.h"
#include "engine/core/eventlog.h"
#include "engine/core/runmode.h"
#include "engine/dbus/propertieschanged.h"
#include "engine/filters/antivirus/scannersupervisor.h"
#include "engine/store/repositories/domainrepository.h"
#include "engine/store/settings.h"
#include "engine/store/statistics.h"
#include "engine/store/store.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {
const QString kInterface = u"org.doorstep.Engine1.Manager"_s;
constexpr uint kMaxEvents = 1000;
} // namespace

ManagerService::ManagerService(ServiceContext &context, QObject *parent)
    : ServiceBase(context, parent)
    , m_bus(QString())
{
    connect(&m_context.events, &Core::EventLog::appended, this, &ManagerService::relayEvent);
    connect(&m_context.statistics, &Store::Statistics::changed, this, &ManagerService::StatisticsChanged);
    connect(&m_context.state, &Core::EngineState::changed, this, &ManagerService::emitStateChanged);
}

void ManagerService::setBus(const QDBusConnection &bus, const QString &path)
{
    m_bus = bus;
    m_path = path;
}

QString ManagerService::version() const
{
    return QStringLiteral(DOORSTEP_VERSION);
}

QString ManagerService::state() const
{
    return m_context.state.text();
}

qulonglong ManagerService::startedAt() const
{
    return m_context.startedAtUsec;
}

QString ManagerService::dataDirectory() const
{
    return m_context.dataDirectory;
}

uint ManagerService::interfaceRevision() const
{
    return kInterfaceRevision;
}

void ManagerService::relayEvent(const Core::EventRecord &event)
{
    Q_EMIT Event(event.id, event.usec, Core::eventKindName(event.kind), event.summary, event.details);
}

void ManagerService::emitStateChanged(const QString &state)
{
    if (m_bus.isConnected())
        emitPropertiesChanged(m_bus, m_path, kInterface, {{u"State"_s, state}});
}

QVariantMap ManagerService::GetStatus()
{
    handle([this](const PendingReply &reply) {
        m_context.store.run(
            this,
            [](Store::Database &db) -> Result<std::pair<uint, uint>> {
                auto q = db.query(u"SELECT (SELECT COUNT(*) FROM domains), (SELECT COUNT(*) FROM users)"_s);
                if (!q)
                    return q.error();
                q.value().next();
                return std::pair(q.value().value(0).toUInt(), q.value().value(1).toUInt());
            },
            [this, reply](Result<std::pair<uint, uint>> counts) {
                finish(reply, std::move(counts), [this, reply](std::pair<uint, uint> value) {
                    const quint64 now = m_context.clock.nowUsec();
                    const quint64 uptime = now > m_context.startedAtUsec ? (now - m_context.startedAtUsec) / 1000000 : 0;
                    const QVariantMap status{
                        {u"version"_s, version()},
                        {u"state"_s, state()},
                        {u"started_at"_s, QVariant::fromValue<qulonglong>(m_context.startedAtUsec)},
                        {u"uptime"_s, QVariant::fromValue<qulonglong>(uptime)},
                        {u"data_directory"_s, m_context.dataDirectory},
                        {u"mode"_s, Core::runModeName(m_context.mode)},
                        {u"pid"_s, uint(::getpid())},
                        {u"interface_revision"_s, kInterfaceRevision},
                        {u"listeners"_s, m_context.boundListeners()},
                        {u"domains"_s, value.first},
                        {u"users"_s, value.second},
                        {u"today"_s, m_context.statistics.today()},
                        {u"health"_s, m_context.healthSummary ? m_context.healthSummary() : QVariantMap()},
                        {u"imap"_s, m_context.imapStatus ? m_context.imapStatus() : QVariantMap()},
                    };
                    reply.sendValue(status);
                });
            });
    });
    return {};
}

QVariantMap ManagerService::GetStatistics(uint days)
{
    handle([this, days](const PendingReply &reply) {
        if (days < 1 || days > 366) {
            reply.fail(Error::invalidArgument(u"Statistics cover 1 to 366 days, not %1."_s.arg(days)));
            return;
        }
        m_context.statistics.query(int(days), this, [reply](Result<QVariantMap> statistics) {
            finish(reply, std::move(statistics), [reply](const QVariantMap &value) { reply.sendValue(value); });
        });
    });
    return {};
}

EventList ManagerService::GetRecentEvents(qulonglong after_id, uint max)
{
    handle([this, after_id, max](const PendingReply &reply) {
        if (max < 1 || max > kMaxEvents) {
            reply.fail(Error::invalidArgument(u"GetRecentEvents returns 1 to %1 events, not %2."_s.arg(kMaxEvents).arg(max)));
            return;
        }
        EventList list;
        for (const Core::EventRecord &e : m_context.events.after(after_id, int(max)))
            list.append({e.id, e.usec, Core::eventKindName(e.kind), e.summary, e.details});
        reply.sendValue(list);
    });
    return {};
}

void ManagerService::Reload()
{
    handle([this](const PendingReply &reply) {
        m_context.settings.reload(this, [this, reply](Result<QStringList> changed) {
            finish(reply, std::move(changed), [this, reply](const QStringList &keys) {
                // After the settings: a reload they caused (antivirus turned on, another
                // database_dir) is under way by now and is not started twice.
                const auto antivirus = m_context.antivirus.reloadDatabase();
                QString summary = keys.isEmpty() ? u"Reloaded the configuration: nothing had changed."_s
                                                 : u"Reloaded the configuration: %1 changed."_s.arg(keys.join(u", "_s));
                if (antivirus != Filters::Antivirus::ScannerSupervisor::ReloadRequest::Off)
                    summary += u" The virus database is being loaded again."_s;
                announce(summary, {{u"object"_s, u"engine"_s},
                                   {u"action"_s, u"reloaded"_s},
                                   {u"keys"_s, keys},
                                   {u"antivirus"_s, Filters::Antivirus::ScannerSupervisor::reloadRequestName(antivirus)}});
                reply.send();
            });
        });
    });
}

} // namespace Doorstep::DBus
