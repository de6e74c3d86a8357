#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Doorstep::Ui::Models {

/**
 * The engine's state as people see it. Parsed from Manager.State ("starting", "running",
 * "degraded: <reason>; <reason>"): the token before the colon decides, an unknown token is
 * shown as unknown (never guessed). Not running and not reachable are states of the client.
 */
class EngineState final
{
    Q_DECLARE_TR_FUNCTIONS(EngineState)

public:
    enum class Kind {
        Running,
        Starting,
        Degraded,
        Unknown,     // a token this version does not know
        NotRunning,  // nobody owns org.doorstep.Engine1
        Unreachable, // no bus, or the engine refuses to talk to us
    };

    EngineState() = default;
    static EngineState fromProperty(const QString &state);
    static EngineState notRunning();
    static EngineState unreachable(const QString &why);

    Kind kind() const { return m_kind; }
    /** The token as the engine sent it ("running"); empty when the engine is absent. */
    const QString &token() const { return m_token; }
    /** Reasons for a degraded state (sentences from the engine) or why it is unreachable. */
    const QStringList &reasons() const { return m_reasons; }

    /** One word for a status badge: OK, Starting, Warning, Failed, Not running, Not reachable. */
    QString word() const;
    /** A sentence saying what the state means, with the reasons. */
    QString sentence() const;

    bool operator==(const EngineState &other) const = default;

private:
    Kind m_kind = Kind::NotRunning;
    QString m_token;
    QStringList m_reasons;
};

} // namespace Doorstep::Ui::Models
