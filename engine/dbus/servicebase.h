#pragma once

#include <functional>

#include <QDBusContext>
#include <QObject>

class QThreadPool;

#include "engine/core/eventkind.h"
#include "engine/core/result.h"
#include "engine/dbus/pendingreply.h"
#include "engine/dbus/servicecontext.h"

namespace Doorstep::DBus {

/**
 * What every D-Bus service shares: the context, and handle(), through which each method runs.
 * handle() defers the reply, authorizes the caller for the access the XML gives the method
 * (Manage unless annotated "read", so a new method cannot skip the check), then runs the work,
 * which replies exactly once through its PendingReply.
 *
 * QtDBus serves one QObject per object path and a generated adaptor calls its parent through
 * a static cast to the class named in qt_add_dbus_adaptor. All interfaces live at
 * /org/doorstep/Engine1, so the services form one chain of classes (ManagerService <-
 * SettingsService <- ... <- EngineObject): each adaptor reaches exactly its own interface's
 * methods, even where names repeat (Domains.List, Users.List).
 */
class ServiceBase : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceBase)

public:
    explicit ServiceBase(ServiceContext &context, QObject *parent = nullptr);
    ~ServiceBase() override;

protected:
    using Work = std::function<void(const PendingReply &reply)>;

    /** Call from every D-Bus method, first thing; the method then returns a dummy value. */
    void handle(Work work);

    /** Replies with the result's error, or runs @p onValue with its value. */
    template <typename T, typename F>
    static void finish(const PendingReply &reply, Core::Result<T> &&result, F &&onValue)
    {
        if (!result)
            reply.fail(result.error());
        else
            onValue(std::move(result).value());
    }

    /**
     * Runs @p job on @p pool (default: Qt's global pool), then @p done on the event loop: CPU
     * and disk work such as hashing (PasswordHash::pool()) and walking mailboxes.
     */
    template <typename T>
    void inPool(std::function<T()> job, std::function<void(T)> done, QThreadPool *pool = nullptr);

    /** A config_changed event (what changed, for people) with @p details. */
    void announce(const QString &summary, const QVariantMap &details);

    ServiceContext &m_context;

private:
    void runInPool(std::function<void()> job, QThreadPool *pool);
};

template <typename T>
void ServiceBase::inPool(std::function<T()> job, std::function<void(T)> done, QThreadPool *pool)
{
    // The daemon drains the pool before it destroys the services, so `self` outlives the job.
    ServiceBase *self = this;
    runInPool([self, job = std::move(job), done = std::move(done)] {
        auto result = std::make_shared<T>(job());
        QMetaObject::invokeMethod(self, [done, result] { done(std::move(*result)); }, Qt::QueuedConnection);
    }, pool);
}

} // namespace Doorstep::DBus
