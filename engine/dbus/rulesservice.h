#pragma once

#include <QStringList>
#include <QVariantMap>

#include "engine/dbus/ddnsservice.h"
#include "resources/dbus/dbustypes.h"

namespace Doorstep::DBus {

/** org.doorstep.Engine1.Rules: Sieve rules per user, the global spam rule, the dry run, procmail import. */
class RulesService : public DdnsService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesService)

public:
    explicit RulesService(ServiceContext &context, QObject *parent = nullptr);

    QString Get(const QString &user);
    void Set(const QString &user, const QString &script);
    /** Most messages Messages() lists at once. */
    static constexpr uint kMaxMessages = 500;

    QVariantMap Test(const QString &user, const QString &message);
    Doorstep::DBus::VariantMapList Messages(const QString &user, uint limit);
    QVariantMap TestStored(const QString &user, const QString &id);
    QString ImportProcmail(const QString &user, const QString &procmailrc, QStringList &untranslated);

private:
    /** NotFound unless @p user is "" (when @p allowGlobal) or an existing user. */
    Core::Result<void> checkUser(const QString &user, bool allowGlobal) const;
};

} // namespace Doorstep::DBus
