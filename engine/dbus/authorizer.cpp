#include "engine/dbus/authorizer.h"

#include <grp.h>

#include <QDBusArgument>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QMap>

#include "engine/dbus/log.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {
const QString kPolkitService = u"org.freedesktop.PolicyKit1"_s;
const QString kGroup = u"doorstep"_s;
constexpr int kInteractiveTimeoutMs = 120000;
constexpr int kTimeoutMs = 25000;

Error denied(Access access)
{
    if (access == Access::Read)
        return Error::accessDenied(u"Only root and members of group 'doorstep' may read the mail server's state."_s);
    return Error::accessDenied(u"You are not allowed to change the mail server: it takes root, membership of group 'doorstep' or polkit's permission for 'org.doorstep.engine.manage'."_s);
}
} // namespace

Authorizer::Authorizer(QDBusConnection bus, Core::RunMode mode, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
    , m_mode(mode)
{
    if (m_mode == Core::RunMode::System) {
        // Looked up once at start; NSS may be slow, the event loop is not running yet.
        if (const group *g = ::getgrnam(kGroup.toLocal8Bit().constData()))
            m_group = g->gr_gid;
        else
            qCInfo(lcDBus) << "there is no group 'doorstep': only root may use the engine without polkit";
    }
}

void Authorizer::authorize(const QDBusMessage &message, Access access, std::function<void(Result<void>)> done)
{
    if (m_mode == Core::RunMode::Session) {
        done({});
        return;
    }
    if (m_pending >= kMaxPending) {
        done(Error::failed(u"Too many requests are waiting for authorization; try again in a moment."_s));
        return;
    }
    if (access == Access::Read)
        checkCredentials(message.service(), access, std::move(done));
    else
        checkPolkit(message, std::move(done));
}

void Authorizer::checkPolkit(const QDBusMessage &message, std::function<void(Result<void>)> done)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kPolkitService, u"/org/freedesktop/PolicyKit1/Authority"_s,
                                                      u"org.freedesktop.PolicyKit1.Authority"_s, u"CheckAuthorization"_s);
    QDBusArgument subject;
    subject.beginStructure();
    subject << u"system-bus-name"_s << QVariantMap{{u"name"_s, message.service()}};
    subject.endStructure();
    QDBusArgument details;
    details.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QString>());
    details.endMap();
    const bool interactive = message.isInteractiveAuthorizationAllowed();
    const uint flags = interactive ? 1u : 0u; // AllowUserInteraction
    call << QVariant::fromValue(subject) << u"org.doorstep.engine.manage"_s << QVariant::fromValue(details) << flags << QString();

    ++m_pending;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, interactive ? kInteractiveTimeoutMs : kTimeoutMs), this);
    const QString sender = message.service();
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, sender, done = std::move(done)]() mutable {
        watcher->deleteLater();
        --m_pending;
        const QDBusMessage reply = watcher->reply();
        if (reply.type() == QDBusMessage::ErrorMessage) {
            const QString name = reply.errorName();
            if (name == u"org.freedesktop.DBus.Error.ServiceUnknown"_s || name == u"org.freedesktop.DBus.Error.NameHasNoOwner"_s) {
                checkCredentials(sender, Access::Manage, std::move(done));
                return;
            }
            qCWarning(lcDBus).noquote() << "polkit check failed:" << reply.errorMessage();
            done(Error::accessDenied(u"Authorization through polkit failed: %1"_s.arg(reply.errorMessage())));
            return;
        }
        bool authorized = false;
        bool challenge = false;
        QMap<QString, QString> detailsOut;
        const auto result = reply.arguments().value(0).value<QDBusArgument>();
        result.beginStructure();
        result >> authorized >> challenge >> detailsOut;
        result.endStructure();
        if (authorized)
            done({});
        else
            done(denied(Access::Manage));
    });
}

void Authorizer::checkCredentials(const QString &sender, Access access, std::function<void(Result<void>)> done)
{
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s,
                                                      u"GetConnectionCredentials"_s);
    call << sender;
    ++m_pending;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, kTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, access, done = std::move(done)] {
        watcher->deleteLater();
        --m_pending;
        QDBusPendingReply<QVariantMap> reply = *watcher;
        if (reply.isError()) {
            done(Error::accessDenied(u"Cannot tell who is calling: %1"_s.arg(reply.error().message())));
            return;
        }
        const QVariantMap credentials = reply.value();
        bool ok = false;
        const uint uid = credentials.value(u"UnixUserID"_s).toUInt(&ok);
        if (ok && uid == 0) {
            done({});
            return;
        }
        if (m_group) {
            const auto groups = qdbus_cast<QList<uint>>(credentials.value(u"UnixGroupIDs"_s));
            if (groups.contains(uint(*m_group))) {
                done({});
                return;
            }
        }
        done(denied(access));
    });
}

} // namespace Doorstep::DBus
