#pragma once

// Header-only, so that test programs that do not link doorstep_test_support (unit_tls) can
// use it too.

#include <sys/stat.h>

#include <QFile>
#include <QString>

namespace Doorstep::Tests {

/** The permission bits of @p path (07777), or 0 when it cannot be stat'ed. */
inline mode_t fileMode(const QString &path)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & 07777;
}

} // namespace Doorstep::Tests
