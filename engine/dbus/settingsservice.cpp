#include "engine/dbus/settingsservice.h"

#include "engine/core/settingsregistry.h"
#include "engine/dbus/dbusvalue.h"
#include "engine/store/settings.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

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
    const QVariant raw = fromDBus(value.variant());
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

void SettingsService::SetMany(const QVariantMap &values)
{
    const QVariantMap raw = fromDBus(values);
    handle([this, raw](const PendingReply &reply) {
        m_context.settings.setMany(raw, this, [this, reply](Result<QStringList> changed) {
            finish(reply, std::move(changed), [this, reply](const QStringList &keys) {
                if (keys.size() == 1)
                    announce(u"Setting '%1' changed."_s.arg(keys.first()),
                             {{u"object"_s, u"setting"_s}, {u"action"_s, u"changed"_s}, {u"key"_s, keys.first()}, {u"keys"_s, keys}});
                else if (!keys.isEmpty())
                    announce(u"Settings '%1' changed."_s.arg(keys.join(u"', '"_s)),
                             {{u"object"_s, u"setting"_s}, {u"action"_s, u"changed"_s}, {u"keys"_s, keys}});
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
