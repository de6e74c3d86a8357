#include "ui/cli/cli.h"

#include <cstdio>

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include "ui/cli/clicontext.h"
#include "ui/client/engineclient.h"

namespace Doorstep::Ui::Cli {

using namespace Qt::StringLiterals;

namespace {

QList<Verb> allVerbs()
{
    QList<Verb> verbs;
    verbs << managerVerbs() << settingsVerbs() << directoryVerbs() << relayVerbs() << queueVerbs() << certificateVerbs() << filtersVerbs()
          << greylistVerbs() << ddnsVerbs() << rulesVerbs();
    return verbs;
}

QString helpText(const QList<Verb> &verbs)
{
    QString text = CliText::tr("Usage: doorstepctl [--session | --system] [--json] VERB [ARGUMENTS]\n"
                      "\n"
                      "Controls the Doorstep mail server engine over D-Bus.\n"
                      "\n"
                      "Options (before VERB):\n"
                      "  --session   talk to an engine on the session bus (doorstepd --session)\n"
                      "  --system    talk to the system engine (the default)\n"
                      "  --json      print results as JSON, for scripts\n"
                      "  --help      print this help\n"
                      "  --version   print the version\n"
                      "\n"
                      "Verbs:\n");
    qsizetype width = 0;
    for (const Verb &v : verbs)
        width = std::max(width, (v.words.join(u' ') + u' ' + v.arguments).size());
    for (const Verb &v : verbs)
        text += u"  "_s + (v.words.join(u' ') + u' ' + v.arguments).leftJustified(width + 2) + v.help + u'\n';
    text += CliText::tr("\nExit status: 0 done, 1 the engine refused (its reason is printed), 2 usage error, "
               "3 the engine is not reachable.\n");
    return text;
}

} // namespace

int Context::wait(QDBusPendingCall call)
{
    call.waitForFinished();
    if (!call.isError())
        return Success;
    const ClientError error(call.error());
    if (error.kind() == ClientError::Kind::Unreachable) {
        m_output.error(CliText::tr("doorstepctl: the Doorstep engine is not reachable on the %1 bus (%2).")
                           .arg(m_client.bus() == EngineClient::Bus::Session ? CliText::tr("session") : CliText::tr("system"), error.message()));
        return Unreachable;
    }
    m_output.error(u"doorstepctl: "_s + error.message());
    return Refused;
}

int Context::usage(const QString &message, const QString &usage)
{
    m_output.error(u"doorstepctl: "_s + message);
    m_output.error(CliText::tr("Usage: doorstepctl %1").arg(usage));
    return Usage;
}

std::optional<QString> Context::readFile(const QString &path, const QString &usage, int &code)
{
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        code = this->usage(CliText::tr("Cannot read '%1': %2.").arg(path, file.errorString()), usage);
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Output output(out, err);
    const QList<Verb> verbs = allVerbs();

    EngineClient::Bus bus = EngineClient::Bus::System;
    bool json = false;
    int i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (!a.startsWith(u"--"_s) && a != u"-h"_s)
            break;
        if (a == u"--session"_s) {
            bus = EngineClient::Bus::Session;
        } else if (a == u"--system"_s) {
            bus = EngineClient::Bus::System;
        } else if (a == u"--json"_s) {
            json = true;
        } else if (a == u"--help"_s || a == u"-h"_s) {
            out << helpText(verbs);
            return Success;
        } else if (a == u"--version"_s) {
            output.line(u"doorstepctl "_s + QCoreApplication::applicationVersion());
            return Success;
        } else {
            output.error(CliText::tr("doorstepctl: unknown option '%1'; see doorstepctl --help").arg(a));
            return Usage;
        }
    }
    const QStringList rest = arguments.mid(i);
    if (rest.isEmpty()) {
        err << helpText(verbs);
        return Usage;
    }

    // The longest run of words that names a verb wins ("user add" before "user").
    const Verb *verb = nullptr;
    for (const Verb &v : verbs) {
        if (rest.size() >= v.words.size() && rest.mid(0, v.words.size()) == v.words
            && (!verb || v.words.size() > verb->words.size()))
            verb = &v;
    }
    if (!verb) {
        QStringList group;
        for (const Verb &v : verbs) {
            if (v.words.first() == rest.first() && v.words.size() > 1)
                group << v.words.join(u' ') + u' ' + v.arguments;
        }
        if (!group.isEmpty()) {
            output.error(CliText::tr("doorstepctl: '%1' needs one of:").arg(rest.first()));
            for (const QString &g : group)
                output.error(u"  doorstepctl "_s + g.trimmed());
        } else {
            output.error(CliText::tr("doorstepctl: unknown verb '%1'; see doorstepctl --help").arg(rest.join(u' ')));
        }
        return Usage;
    }
    const QStringList args = rest.mid(verb->words.size());
    if (args.size() < verb->minArgs || (verb->maxArgs >= 0 && args.size() > verb->maxArgs)) {
        output.error(CliText::tr("doorstepctl: wrong number of arguments for '%1'").arg(verb->words.join(u' ')));
        output.error(CliText::tr("Usage: doorstepctl %1").arg((verb->words.join(u' ') + u' ' + verb->arguments).trimmed()));
        return Usage;
    }

    EngineClient client(bus);
    const QString busName = bus == EngineClient::Bus::Session ? CliText::tr("session") : CliText::tr("system");
    if (!client.isConnected()) {
        output.error(CliText::tr("doorstepctl: cannot connect to the %1 bus: %2").arg(busName, client.connection().lastError().message()));
        return Unreachable;
    }
    if (!client.isAvailable()) {
        output.error(CliText::tr("doorstepctl: the Doorstep engine is not running on the %1 bus. Start it with %2.")
                         .arg(busName, bus == EngineClient::Bus::Session ? u"'doorstepd --session'"_s : u"'systemctl start doorstepd'"_s));
        return Unreachable;
    }
    Context context(client, output, json);
    return verb->run(context, args);
}

} // namespace Doorstep::Ui::Cli
