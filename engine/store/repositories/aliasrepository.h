#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "engine/core/result.h"

namespace Doorstep::Store {

class Database;

/** An incoming alias: its address and the full addresses it delivers to. */
struct AliasRecord
{
    QString address;
    QStringList targets;
    bool changed = true; // false when Set gave the targets it already had
};

/** An outbound name (genericstable): a local sender and the address it becomes outside. */
struct OutboundNameRecord
{
    QString local;
    QString external;
    bool changed = true; // false when SetOutbound gave the address it already had
};

/**
 * Incoming aliases (virtusertable, /etc/aliases) and outbound names (genericstable).
 * Alias addresses are "local@domain" or "@domain" in a local domain, or a bare name such as
 * "root"; targets are full addresses, local ones must exist.
 */
class AliasRepository final
{
public:
    explicit AliasRepository(Database &db) : m_db(db) {}

    Core::Result<QList<AliasRecord>> list();
    /** Creates or replaces an alias; returns it normalized. */
    Core::Result<AliasRecord> set(const QString &address, const QString &targets, quint64 nowUsec);
    /** Returns the normalized address removed. */
    Core::Result<QString> remove(const QString &address);

    Core::Result<QList<OutboundNameRecord>> listOutbound();
    Core::Result<OutboundNameRecord> setOutbound(const QString &local, const QString &external, quint64 nowUsec);
    Core::Result<QString> removeOutbound(const QString &local);

    /** Normalizes an alias address ("x@d", "@d" or a bare name); syntax only. */
    static Core::Result<QString> normalizeAliasAddress(const QString &address);
    /** True for a bare name as /etc/aliases has them: letters, digits, ".", "_", "-". */
    static bool isBareName(const QString &name);

private:
    Core::Result<void> findLoop(const QString &address, const QStringList &targets);

    Database &m_db;
};

} // namespace Doorstep::Store
