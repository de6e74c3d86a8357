#include "engine/dbus/settingsservice.h"

#include <QDBusArgument>

#include "engine/core/settingsregistry.h"
#include "engine/store/settings.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

// A list arrives as a QDBusArgument when its element type is not known up front ("av" or
// "as" inside a variant): turn "as" into a QStringList; anything else stays as it is and is
// refused by the registry with a sentence.
QVariant unwrap(const QVariant &value)
{
    if (value.userType() != qMetaTypeId<QDBusArgument>())
        return value;
    const auto argument = value.value<QDBusArgument>();
    if (argument.currentSignature() == u"as"_s)
        return qdbus_cast<QStringList>(argument);
    return QVariant(argument.currentSignature());
}

} // namespace

SettingsService::SettingsService(ServiceContext &context, QObject *parent)
    : ManagerService(context, parent)
{
    connect(&m_context.settings, &Store::Settings::changed, this, &SettingsService::Changed);
}

QDBusVariant SettingsService::Get(const QString &key)
{
    handle([this, key](const PendingReply &reply) {
        if (!m_context.settings.registry().find(key)) {
            reply.fail(Error::notFound(u"There is no setting '%1'."_s.arg(key)));
            return;
        }
        reply.sendValue(QDBusVariant(m_context.settings.publicValue(key)));
    });
    return {};
}

void SettingsService::Set(const QString &key, const QDBusVariant &value)
{
    const QVariant raw = unwrap(value.variant());
    handle([this, key, raw](const PendingReply &reply) {
        m_context.settings.set(key, raw, this, [this, key, reply](Result<bool> changed) {
            finish(reply, std::move(changed), [this, key, reply](bool didChange) {
                if (didChange)
                    announce(u"Setting '%1' changed."_s.arg(key), {{u"object"_s, u"setting"_s}, {u"action"_s, u"changed"_s}, {u"key"_s, key}});
                reply.send();
            });
        });
    });
}

QVariantMap SettingsService::GetAll()
{
    handle([this](const PendingReply &reply) {
        QVariantMap all;
        for (const Core::SettingDefinition &definition : m_context.settings.registry().definitions())
            all.insert(definition.key, m_context.settings.publicValue(definition.key));
        reply.sendValue(all);
    });
    return {};
}

SettingDescriptionList SettingsService::Describe()
{
    handle([this](const PendingReply &reply) {
        SettingDescriptionList list;
        const auto &registry = m_context.settings.registry();
        for (const Core::SettingDefinition &definition : registry.definitions())
            list.append({definition.key, registry.describe(definition)});
        reply.sendValue(list);
    });
    return {};
}

} // namespace Doorstep::DBus
