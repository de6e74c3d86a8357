#include "engine/smtp/local/peercredentials.h"

#include <cerrno>
#include <cstring>
#include <vector>

#include <grp.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Doorstep::Smtp {

using namespace Qt::StringLiterals;
using Core::Error;

namespace {

constexpr char kGroup[] = "doorstep";

// getpwuid_r/getgrnam_r with a buffer that grows while the entry does not fit.
template <typename Entry, typename Lookup>
std::optional<Entry> lookUpEntry(Lookup lookup, std::vector<char> &buffer)
{
    buffer.resize(4096);
    while (true) {
        Entry entry{};
        Entry *found = nullptr;
        const int error = lookup(&entry, buffer.data(), buffer.size(), &found);
        if (error == ERANGE && buffer.size() < (1u << 20)) {
            buffer.resize(buffer.size() * 2);
            continue;
        }
        if (error != 0 || !found)
            return std::nullopt;
        return entry;
    }
}

} // namespace

Core::Result<PeerCredentials> PeerCredentials::of(qintptr descriptor)
{
    const int fd = int(descriptor);
    ucred credentials{};
    socklen_t length = sizeof credentials;
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0)
        return Error::failed(u"cannot read the peer's credentials (SO_PEERCRED): %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno))));
    PeerCredentials peer;
    peer.uid = credentials.uid;
    peer.gid = credentials.gid;
    peer.pid = credentials.pid;
    std::vector<gid_t> groups(64);
    while (true) {
        socklen_t size = socklen_t(groups.size() * sizeof(gid_t));
        if (::getsockopt(fd, SOL_SOCKET, SO_PEERGROUPS, groups.data(), &size) == 0) {
            groups.resize(size / sizeof(gid_t));
            peer.groupsKnown = true;
            break;
        }
        if (errno != ERANGE || size <= groups.size() * sizeof(gid_t))
            break; // no SO_PEERGROUPS here: lookUp() asks the group database
        groups.resize(size / sizeof(gid_t));
    }
    if (peer.groupsKnown)
        peer.groups = QList<uint>(groups.cbegin(), groups.cend());
    return peer;
}

bool PeerCredentials::mayChooseSender(uint engineUid, std::optional<uint> doorstepGid) const
{
    if (uid == 0 || uid == engineUid)
        return true;
    return doorstepGid && (gid == *doorstepGid || groups.contains(*doorstepGid));
}

LocalClient PeerCredentials::lookUp(uint engineUid) const
{
    LocalClient client;
    client.uid = uid;
    client.gid = gid;
    client.pid = pid;
    std::vector<char> buffer;
    const auto account = lookUpEntry<passwd>(
        [this](passwd *entry, char *data, size_t size, passwd **found) { return ::getpwuid_r(uid, entry, data, size, found); }, buffer);
    if (account) {
        client.login = QString::fromLocal8Bit(account->pw_name);
        // GECOS: "Full Name,room,phone,...": the name is the first field.
        client.fullName = QString::fromLocal8Bit(account->pw_gecos ? account->pw_gecos : "").section(u',', 0, 0).trimmed();
    }
    std::vector<char> groupBuffer;
    const auto group = lookUpEntry<::group>(
        [](::group *entry, char *data, size_t size, ::group **found) { return ::getgrnam_r(kGroup, entry, data, size, found); },
        groupBuffer);
    PeerCredentials peer = *this;
    if (!groupsKnown && account) {
        int count = 64;
        std::vector<gid_t> list(static_cast<size_t>(count));
        if (::getgrouplist(account->pw_name, gid, list.data(), &count) < 0) {
            list.resize(size_t(count));
            ::getgrouplist(account->pw_name, gid, list.data(), &count);
        }
        list.resize(size_t(std::max(count, 0)));
        peer.groups = QList<uint>(list.cbegin(), list.cend());
    }
    client.mayChooseSender = peer.mayChooseSender(engineUid, group ? std::optional<uint>(group->gr_gid) : std::nullopt);
    return client;
}

} // namespace Doorstep::Smtp
