#pragma once

#include <sys/types.h>

#include <QByteArray>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Tls {

/**
 * Durable file operations (STYLE rule 21): a write goes to a temporary file in the same
 * directory, which is fsync'd, renamed over the target, and then the directory is fsync'd,
 * so that after a crash the target holds either the old or the new contents, never a mix.
 * QSaveFile is not used: its commit() neither reports sync errors nor syncs the directory.
 *
 * Every call blocks on the disk: use them on a worker thread, never on the event loop.
 */
class AtomicFile final
{
public:
    /** Largest file read() accepts; certificate files are a few KiB. */
    static constexpr qsizetype MaxReadSize = 1024 * 1024;

    /**
     * Replaces @p path with @p contents. The temporary file is created with mode 0600 and
     * only then changed to @p mode, so a key is never readable by others, not even for an
     * instant (umask aside, a file created 0644 would be).
     */
    static Core::Result<void> write(const QString &path, const QByteArray &contents, mode_t mode);

    /** Who a written file belongs to; the default leaves it to the writing process. */
    struct Owner
    {
        uid_t uid = uid_t(-1);
        gid_t gid = gid_t(-1);
    };
    /**
     * write() that hands the file to @p owner before it takes the name (only root can), so a
     * reader running as that owner never finds the file unreadable.
     */
    static Core::Result<void> write(const QString &path, const QByteArray &contents, mode_t mode, Owner owner);

    /**
     * write() without the fsyncs: still atomic for readers (a temporary file renamed over
     * @p path, never half a file), but not durable. For scratch files that are rewritten or
     * deleted a moment later, where a crash loses nothing (Pigeonhole's check files).
     */
    static Core::Result<void> writeScratch(const QString &path, const QByteArray &contents, mode_t mode, Owner owner);

    /** Renames @p from over @p to (same directory) and fsyncs the directory. */
    static Core::Result<void> rename(const QString &from, const QString &to);

    /** Removes @p path if it exists and fsyncs its directory; absent is success. */
    static Core::Result<void> remove(const QString &path);

    /** fsync() of a directory, making renames and removals inside it durable. */
    static Core::Result<void> syncDirectory(const QString &directory);

    /** Whole contents of @p path, refusing files over MaxReadSize. */
    static Core::Result<QByteArray> read(const QString &path);

    /**
     * Creates @p directory with mode 0700 and makes its entry durable; an existing directory
     * is fine. @p what names it in the error sentence ("the certificate directory").
     */
    static Core::Result<void> createPrivateDirectory(const QString &directory, const QString &what);

    /** Removes the temporary files an interrupted write() left in @p directory. */
    static Core::Result<void> removeTemporaryFiles(const QString &directory);

    /** True for the temporary files write() leaves behind when it is interrupted. */
    static bool isTemporaryName(const QString &fileName);

private:
    static Core::Result<void> replace(const QString &path, const QByteArray &contents, mode_t mode, Owner owner, bool durable);
};

} // namespace Doorstep::Tls
