#include "engine/delivery/dovecot/passwdfile.h"

#include <algorithm>


namespace Doorstep::Delivery {

QByteArray PasswdFile::render(const QList<PasswdEntry> &entries)
{
    QList<PasswdEntry> sorted = entries;
    std::sort(sorted.begin(), sorted.end(), [](const PasswdEntry &a, const PasswdEntry &b) { return a.address.toLower() < b.address.toLower(); });
    QByteArray out = "# Written by doorstepd from its users: every change here is overwritten.\n";
    for (const PasswdEntry &entry : std::as_const(sorted)) {
        const QByteArray address = entry.address.toLower().toUtf8();
        // A ':' or a line break would shift the fields; addresses and hashes never carry one,
        // but a line that could is left out rather than misread.
        if (address.isEmpty() || address.contains(':') || address.contains('\n') || entry.passwordHash.contains(':')
            || entry.passwordHash.contains('\n'))
            continue;
        out += address + ":{CRYPT}" + entry.passwordHash + "::::::";
        if (!entry.enabled)
            out += "nologin";
        out += '\n';
    }
    return out;
}

Core::Result<void> PasswdFile::write(const QString &path, const QList<PasswdEntry> &entries, Tls::AtomicFile::Owner owner)
{
    return Tls::AtomicFile::write(path, render(entries), 0600, owner);
}

} // namespace Doorstep::Delivery
