#include "engine/delivery/dovecot/dovecotfiles.h"

#include <cerrno>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QFile>
#include <QFileInfo>

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;

namespace {

Core::Result<void> systemFailure(const QString &what, const QString &path)
{
    return Core::Error::failed(u"Could not %1 '%2': %3."_s.arg(what, path, qt_error_string(errno)));
}

// nftw() has no user pointer: the owner of one hand-over at a time (the pool has one thread).
uid_t g_chownUid = 0;
gid_t g_chownGid = 0;

int chownEntry(const char *path, const struct stat *, int, struct FTW *)
{
    return ::lchown(path, g_chownUid, g_chownGid) == 0 ? 0 : -1;
}

Core::Result<void> chownTree(const QString &path, const DovecotIdentity &owner)
{
    g_chownUid = owner.uid;
    g_chownGid = owner.gid;
    if (::nftw(QFile::encodeName(path).constData(), chownEntry, 16, FTW_PHYS) != 0)
        return systemFailure(u"hand over the mail in"_s, path);
    return {};
}

/**
 * Whether @p owner can reach @p directory (search permission on it and every folder above).
 * The data directory itself is the engine's: it gets the permission when it lacks it.
 */
Core::Result<void> makeReachable(const QString &directory, const DovecotIdentity &owner)
{
    QString path = QFileInfo(directory).absoluteFilePath();
    bool own = true;
    while (!path.isEmpty()) {
        struct stat info{};
        if (::stat(QFile::encodeName(path).constData(), &info) != 0)
            return systemFailure(u"look at"_s, path);
        const mode_t bit = info.st_uid == owner.uid ? S_IXUSR : info.st_gid == owner.gid ? S_IXGRP : S_IXOTH;
        if (!(info.st_mode & bit)) {
            if (!own)
                return Core::Error::failed(u"Dovecot runs as '%1', who cannot reach '%2': give others search permission on it (chmod o+x)."_s
                                               .arg(owner.user, path));
            if (::chmod(QFile::encodeName(path).constData(), (info.st_mode & 07777) | S_IXOTH) != 0)
                return systemFailure(u"open for Dovecot the folder"_s, path);
        }
        own = false;
        if (path == u"/"_s)
            break;
        path = QFileInfo(path).absolutePath();
    }
    return {};
}

} // namespace

Core::Result<void> DovecotFiles::makeFolder(const QString &path, const DovecotIdentity &identity, bool handOver)
{
    // Every missing folder on the way, each private (0700) and Dovecot's when handing over.
    QStringList missing;
    for (QString folder = QFileInfo(path).absoluteFilePath(); !QFileInfo::exists(folder); folder = QFileInfo(folder).absolutePath())
        missing.prepend(folder);
    if (!QFileInfo(path).isDir() && missing.isEmpty())
        return Core::Error::failed(u"Could not create the folder '%1': a file of that name is in the way."_s.arg(path));
    for (const QString &folder : missing) {
        const QByteArray name = QFile::encodeName(folder);
        if (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST)
            return systemFailure(u"create the folder"_s, folder);
    }
    if (handOver && ::chown(QFile::encodeName(path).constData(), identity.uid, identity.gid) != 0)
        return systemFailure(u"hand over the folder"_s, path);
    for (const QString &folder : missing) {
        if (handOver && ::chown(QFile::encodeName(folder).constData(), identity.uid, identity.gid) != 0)
            return systemFailure(u"hand over the folder"_s, folder);
    }
    return {};
}

Tls::AtomicFile::Owner DovecotFiles::ownerFor(const DovecotIdentity &identity, bool handOver)
{
    return handOver ? Tls::AtomicFile::Owner{identity.uid, identity.gid} : Tls::AtomicFile::Owner{};
}

Core::Result<void> DovecotFiles::write() const
{
    for (const QString &directory : {layout.directory, layout.runDirectory(), layout.stateDirectory(),
                                     QFileInfo(layout.certificatePath()).absolutePath(), layout.mailRoot, layout.sieveRoot}) {
        if (auto made = makeFolder(directory, identity, handOver); !made)
            return made;
    }
    if (handOver) {
        if (auto reachable = makeReachable(dataDirectory, identity); !reachable)
            return reachable;
        for (const QString &tree : {layout.mailRoot, layout.sieveRoot, layout.runDirectory(), layout.stateDirectory()}) {
            if (auto handed = chownTree(tree, identity); !handed)
                return handed;
        }
    }
    const Tls::AtomicFile::Owner owner = ownerFor(identity, handOver);
    if (auto written = writeCertificate(layout, certificate, privateKey, owner); !written)
        return written;
    if (auto written = PasswdFile::write(layout.passwdPath(), users, owner); !written)
        return written;
    if (auto written = Tls::AtomicFile::write(layout.globalSievePath(), globalScript, 0600, owner); !written)
        return written;
    // A compiled global script from an older spam.folder would be used as long as it is newer.
    QFile::remove(QFileInfo(layout.globalSievePath()).absolutePath() + u"/global.svbin"_s);
    return Tls::AtomicFile::write(layout.configPath(), config, 0600, owner);
}

Core::Result<void> DovecotFiles::writeCertificate(const DovecotLayout &layout, const QByteArray &certificate, const QByteArray &privateKey,
                                                  Tls::AtomicFile::Owner owner)
{
    if (auto written = Tls::AtomicFile::write(layout.certificatePath(), certificate, 0600, owner); !written)
        return written;
    return Tls::AtomicFile::write(layout.privateKeyPath(), privateKey, 0600, owner);
}

Core::Result<bool> DovecotFiles::writeUsersIfChanged(const QString &path, const QList<PasswdEntry> &users, Tls::AtomicFile::Owner owner)
{
    QFile current(path);
    if (current.open(QIODevice::ReadOnly) && current.readAll() == PasswdFile::render(users))
        return false;
    if (auto written = PasswdFile::write(path, users, owner); !written)
        return written.error();
    return true;
}

} // namespace Doorstep::Delivery
