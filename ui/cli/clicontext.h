#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDBusPendingReply>
#include <QString>
#include <QStringList>

#include "ui/cli/output.h"
#include "ui/client/clienterror.h"

namespace Doorstep::Ui {

class EngineClient;

namespace Cli {

/** doorstepctl's translation context: CliText::tr("...") reads "Cli" in the .ts files. */
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/** Exit codes of doorstepctl (DESIGN.md): scripts rely on them. */
enum ExitCode {
    Success = 0,
    Refused = 1,     // the engine refused; its sentence is on stderr
    Usage = 2,
    Unreachable = 3, // no engine on the bus
};

/** What every verb gets: the engine, the output, and how to finish a call. */
class Context final
{
public:
    Context(EngineClient &client, Output &output, bool json)
        : m_client(client)
        , m_output(output)
        , m_json(json)
    {
    }

    EngineClient &client() { return m_client; }
    Output &out() { return m_output; }
    bool json() const { return m_json; }

    /** Waits for @p call (a CLI may block) and returns the exit code for its error, or Success. */
    int wait(QDBusPendingCall call);
    /** Prints a usage error for @p usage and returns ExitCode::Usage. */
    int usage(const QString &message, const QString &usage);
    /**
     * The contents of the file @p path ("-" = stdin) as UTF-8 text; nullopt after a usage
     * error for @p usage (its exit code in @p code) when it cannot be read.
     */
    std::optional<QString> readFile(const QString &path, const QString &usage, int &code);

private:
    EngineClient &m_client;
    Output &m_output;
    bool m_json;
};

/** One doorstepctl verb: its words ("user add"), arguments and what it does. */
struct Verb
{
    QStringList words;
    QString arguments; // e.g. "ADDRESS"
    QString help;      // translated one line
    int minArgs = 0;
    int maxArgs = 0;   // -1 = any number
    std::function<int(Context &, const QStringList &)> run;
};

QList<Verb> managerVerbs();
QList<Verb> settingsVerbs();
QList<Verb> directoryVerbs();
QList<Verb> relayVerbs();
QList<Verb> queueVerbs();
QList<Verb> certificateVerbs();
QList<Verb> filtersVerbs();
QList<Verb> greylistVerbs();
QList<Verb> ddnsVerbs();
QList<Verb> rulesVerbs();

} // namespace Cli
} // namespace Doorstep::Ui
