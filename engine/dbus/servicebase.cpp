#include "engine/dbus/servicebase.h"

#include <QPointer>
#include <QThreadPool>

#include "engine/core/eventlog.h"
#include "engine/dbus/access.h"
#include "engine/dbus/authorizer.h"

namespace Doorstep::DBus {

ServiceBase::ServiceBase(ServiceContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

ServiceBase::~ServiceBase() = default;

void ServiceBase::handle(Work work)
{
    Q_ASSERT(calledFromDBus());
    setDelayedReply(true);
    const QDBusMessage call = message();
    const PendingReply reply(connection(), call);
    const Access access = AccessTable::instance().accessOf(call.interface(), call.member());
    QPointer<ServiceBase> guard(this);
    m_context.authorizer.authorize(call, access, [guard, reply, work = std::move(work)](Core::Result<void> allowed) {
        if (!allowed) {
            reply.fail(allowed.error());
            return;
        }
        if (!guard) {
            reply.fail(Core::Error::failed(QStringLiteral("The engine is shutting down.")));
            return;
        }
        work(reply);
    });
}

void ServiceBase::announce(const QString &summary, const QVariantMap &details)
{
    m_context.events.add(Core::EventKind::ConfigChanged, summary, details);
}

void ServiceBase::runInPool(std::function<void()> job, QThreadPool *pool)
{
    (pool ? pool : QThreadPool::globalInstance())->start(std::move(job));
}

} // namespace Doorstep::DBus
