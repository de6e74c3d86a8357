#pragma once

#include <QByteArray>
#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Queue {

/**
 * A message being written into the spool: DATA/spool/queue/<id>. Until the Spool commits it
 * no queue row names it, so a crash leaves an orphan that the next start removes; destroying
 * an uncommitted SpoolFile removes it at once. Writes go to the page cache (no fsync here: the
 * Spool's commit syncs, on the store thread).
 */
class SpoolFile final
{
    Q_DISABLE_COPY_MOVE(SpoolFile)

public:
    ~SpoolFile();

    const QString &id() const { return m_id; }
    const QString &path() const { return m_path; }
    quint64 size() const { return m_size; }

    /** Appends @p bytes; a failed write (disk full) is reported once and spoils the file. */
    Core::Result<void> write(const QByteArray &bytes);

    /**
     * Takes the message out of the spool (the quarantine): syncs its data and renames it to
     * @p target on the same file system. The caller syncs the target's directory. Afterwards
     * the file is no longer removed with this object.
     */
    Core::Result<void> moveTo(const QString &target);

private:
    friend class Spool;
    SpoolFile(QString id, QString path, int fd);

    QString m_id;
    QString m_path;
    int m_fd = -1;
    quint64 m_size = 0;
    bool m_failed = false;
    bool m_committed = false;
};

} // namespace Doorstep::Queue
