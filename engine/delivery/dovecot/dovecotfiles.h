#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "engine/core/result.h"
#include "engine/delivery/dovecot/dovecotconfig.h"
#include "engine/delivery/dovecot/passwdfile.h"
#include "engine/tls/atomicfile.h"

namespace Doorstep::Delivery {

/**
 * What a launch of the managed Dovecot writes into DATA/dovecot (DovecotLayout): its
 * configuration, the passwd-file, the certificate and key, the global Sieve script, and the
 * folders (made, and handed to Dovecot's user when the engine runs as root). Captured on the
 * event loop, written on a pool: every write blocks (fsync, chown of the mail tree).
 */
struct DovecotFiles
{
    DovecotLayout layout;
    DovecotIdentity identity;
    /** The engine runs as root and Dovecot as identity: files and folders are handed over. */
    bool handOver = false;
    QString dataDirectory;
    QByteArray config;
    QList<PasswdEntry> users;
    QByteArray certificate;
    QByteArray privateKey;
    QByteArray globalScript;

    /**
     * Makes @p path and any missing folder above it (0700), handed to @p identity when
     * @p handOver; an existing @p path is handed over again. Blocking.
     */
    static Core::Result<void> makeFolder(const QString &path, const DovecotIdentity &identity, bool handOver);

    /** Who owns what the engine writes for Dovecot: @p identity when handing over, else the engine. */
    static Tls::AtomicFile::Owner ownerFor(const DovecotIdentity &identity, bool handOver);

    /** Everything, folders first. */
    Core::Result<void> write() const;

    /** Only the certificate and its key (Dovecot reloads them on SIGHUP). */
    static Core::Result<void> writeCertificate(const DovecotLayout &layout, const QByteArray &certificate, const QByteArray &privateKey,
                                               Tls::AtomicFile::Owner owner);

    /** The passwd-file, unless it already holds exactly these users; true when it was written. */
    static Core::Result<bool> writeUsersIfChanged(const QString &path, const QList<PasswdEntry> &users, Tls::AtomicFile::Owner owner);
};

} // namespace Doorstep::Delivery
