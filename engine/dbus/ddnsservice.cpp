#include "engine/dbus/ddnsservice.h"

#include "engine/ddns/ddnsupdater.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;

DdnsService::DdnsService(ServiceContext &context, QObject *parent)
    : GreylistService(context, parent)
{
}

QVariantMap DdnsService::Status()
{
    handle([this](const PendingReply &reply) { reply.sendValue(m_context.ddns.status()); });
    return {};
}

QString DdnsService::UpdateNow()
{
    handle([this](const PendingReply &reply) {
        m_context.ddns.updateNow(this, [reply](Core::Result<QString> result) {
            finish(reply, std::move(result), [reply](const QString &sentence) { reply.sendValue(sentence); });
        });
    });
    return {};
}

} // namespace Doorstep::DBus
