#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Doorstep::Ui::Models {

/**
 * The TLS modes of the smart host and of routes (relay.smart_host_tls, Relay.SetRoute):
 * opportunistic, required, verify, implicit; with a short label for lists and choices and a
 * sentence for people. Unknown tokens are shown as they are.
 */
class TlsMode final
{
    Q_DECLARE_TR_FUNCTIONS(TlsMode)

public:
    /** Every mode, in the order a choice offers them (the default first). */
    static QStringList all();
    static QString label(const QString &mode);
    static QString description(const QString &mode);
    /** The port a server usually listens on with @p mode (465 for implicit, otherwise 25). */
    static int usualPort(const QString &mode);
};

} // namespace Doorstep::Ui::Models
