#pragma once

#include <QString>

#include "engine/core/result.h"
#include "engine/ddns/publicaddresses.h"

namespace Doorstep::Ddns {

/**
 * What was last sent to the provider, kept in DATA/ddns/last-update.json so that a restart
 * does not send the same address again (DynDNS2 providers block clients that provoke "nochg"
 * repeatedly), and the public address last seen, so that a change across a restart is still
 * announced.
 */
struct LastUpdate
{
    QString destination; // ProviderSettings::destinationKey() of the update
    PublicAddresses sent;
    quint64 sentAtUsec = 0;
    QString result; // the provider's answer in words
    PublicAddresses seen;

    bool isEmpty() const { return sentAtUsec == 0 && seen.isEmpty(); }
};

class LastUpdateFile final
{
public:
    explicit LastUpdateFile(QString path) : m_path(std::move(path)) {}

    /** An empty LastUpdate when the file does not exist yet; an error when it is unreadable. */
    Core::Result<LastUpdate> load() const;
    /** Replaces the file (temp file + rename). */
    Core::Result<void> save(const LastUpdate &update) const;

    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace Doorstep::Ddns
