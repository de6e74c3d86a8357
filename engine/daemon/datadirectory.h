#pragma once

#include <memory>

#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Daemon {

/**
 * The engine's claim on its data directory: created when missing, checked for writing, and
 * held by an flock() on DATA/doorstepd.lock for the engine's lifetime. The kernel drops the
 * lock when the process dies, so a crash never leaves a stale lock behind.
 */
class DataDirectory final
{
    Q_DISABLE_COPY_MOVE(DataDirectory)

public:
    static Core::Result<std::unique_ptr<DataDirectory>> claim(const QString &path);
    ~DataDirectory();

    const QString &path() const { return m_path; }
    QString filePath(const QString &name) const;

private:
    DataDirectory(QString path, int lockFd);

    QString m_path;
    int m_lockFd = -1;
};

} // namespace Doorstep::Daemon
