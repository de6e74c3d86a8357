#pragma once

#include <QDBusError>
#include <QString>

namespace Doorstep::Ui {

/**
 * What went wrong with a call to the engine, sorted the way people need it: the engine
 * refused (its sentence says why), the engine is not there, or something else.
 */
class ClientError final
{
public:
    enum class Kind {
        None,
        InvalidArgument, // org.doorstep.Engine1.Error.InvalidArgument
        NotFound,
        AlreadyExists,
        AccessDenied,
        Failed,
        Unreachable,     // ServiceUnknown, NoReply, Disconnected, Timeout: the engine is not running
        Protocol,        // UnknownMethod, InvalidArgs, ...: an engine of another version
    };

    ClientError() = default;
    explicit ClientError(const QDBusError &error);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    /** True when the engine itself answered with one of org.doorstep.Engine1.Error.*. */
    bool isRefusal() const;
    /** The D-Bus error name, e.g. "org.doorstep.Engine1.Error.NotFound". */
    const QString &name() const { return m_name; }
    /** The engine's English sentence (or QtDBus's message). */
    const QString &message() const { return m_message; }

    /** A translated sentence chosen by the error's name, for people. */
    QString summary() const;

private:
    Kind m_kind = Kind::None;
    QString m_name;
    QString m_message;
};

} // namespace Doorstep::Ui
