#pragma once

#include <optional>

#include <QList>
#include <QtGlobal>

#include "engine/core/result.h"
#include "engine/smtp/sessionhandler.h"

namespace Doorstep::Smtp {

/**
 * Who is at the other end of a connected Unix socket, as the kernel recorded it when the peer
 * connected (SO_PEERCRED, SO_PEERGROUPS): nothing the peer says can change it.
 */
struct PeerCredentials
{
    uint uid = 0;
    uint gid = 0;
    qint64 pid = 0;
    QList<uint> groups;        // the peer's supplementary groups
    bool groupsKnown = false;  // false on a kernel without SO_PEERGROUPS (< 4.13)

    static Core::Result<PeerCredentials> of(qintptr descriptor);

    /**
     * Root, the engine's own user (@p engineUid) and members of group doorstep
     * (@p doorstepGid, nullopt when there is no such group) may choose their sender (-f).
     */
    bool mayChooseSender(uint engineUid, std::optional<uint> doorstepGid) const;

    /**
     * The peer as a LocalClient: login and GECOS name from the password database, the
     * doorstep group from the group database (and, without SO_PEERGROUPS, the login's groups
     * from it). NSS lookups may block (LDAP, sssd): call this off the event loop.
     */
    LocalClient lookUp(uint engineUid) const;
};

} // namespace Doorstep::Smtp
