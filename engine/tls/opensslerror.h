#pragma once

#include <QString>

#include "engine/core/result.h"

namespace Doorstep::Tls {

/**
 * Turning OpenSSL's per-thread error queue into Doorstep errors. Every OpenSSL call that can
 * fail is checked, and its failure becomes an Error whose sentence carries the
 * ERR_error_string text, so a log line or D-Bus reply says what OpenSSL said.
 */
class OpenSslError final
{
public:
    /**
     * Empties this thread's error queue and returns its entries as ERR_error_string texts
     * joined by "; " (oldest first), or "no details" when the queue was empty.
     */
    static QString takeAll();

    /** Empties this thread's error queue: call before an operation whose failure we report. */
    static void clear();

    /**
     * Error::failed("<what> failed (OpenSSL: <queue>)."), emptying the queue; @p what is a
     * sentence start such as "Generating the RSA key".
     */
    static Core::Error failed(const QString &what);
};

} // namespace Doorstep::Tls
