#pragma once

#include <QList>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Store {

class Database;

/** A row of the relay-client list (sendmail's access file). */
struct RelayClientRecord
{
    QString pattern;
    QString action;   // RELAY, REJECT or OK
    QString comment;
    quint64 lastSeenUsec = 0;
};

/**
 * Who may connect and relay: IP addresses, CIDR networks, host names and domain patterns
 * ("*.home.lan"), each with RELAY, REJECT or OK.
 */
class RelayClientRepository final
{
public:
    explicit RelayClientRepository(Database &db) : m_db(db) {}

    Core::Result<QList<RelayClientRecord>> list();
    Core::Result<RelayClientRecord> add(const QString &pattern, const QString &action, const QString &comment, quint64 nowUsec);
    Core::Result<QString> remove(const QString &pattern);
    /** Records that a client matching @p pattern connected. */
    Core::Result<void> touch(const QString &pattern, quint64 usec);

    /** Normalizes a pattern (syntax only): addresses canonical, names lower case, ".dom" as "*.dom". */
    static Core::Result<QString> normalizePattern(const QString &pattern);

private:
    Database &m_db;
};

} // namespace Doorstep::Store
