#include "engine/daemon/options.h"

#include <QDir>
#include <QStandardPaths>

#include "engine/core/hostport.h"

namespace Doorstep::Daemon {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {
const QStringList kListenerNames{u"mta"_s, u"submission"_s, u"smtps"_s, u"imap"_s, u"imaps"_s, u"pop3s"_s, u"sieve"_s};
}

QString Options::defaultDataDirectory(Core::RunMode mode)
{
    if (mode == Core::RunMode::System)
        return u"/var/lib/doorstep"_s;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"doorstep"_s);
}

QString Options::helpText()
{
    return u"Usage: doorstepd [--session | --system] [--data-dir DIR] [--listen NAME=ADDR:PORT]... [--debug]\n"
           "\n"
           "The Doorstep mail server engine, served on D-Bus as org.doorstep.Engine1.\n"
           "\n"
           "  --system               use the system bus and ports 25/587/465 (the default)\n"
           "  --session              use the session bus and unprivileged ports on 127.0.0.1\n"
           "                         (2525/2587/2465): for trying Doorstep out and for tests\n"
           "  --data-dir DIR         the directory the engine owns (default /var/lib/doorstep,\n"
           "                         or ~/.local/share/doorstep with --session)\n"
           "  --listen NAME=ADDR:PORT\n"
           "                         listen on ADDR:PORT instead of the setting listeners.NAME for\n"
           "                         this run (NAME: mta, submission, smtps; and imap, imaps,\n"
           "                         pop3s, sieve for the managed Dovecot's NAME.listen; repeat\n"
           "                         for more addresses; port 0 picks a free port; NAME= turns\n"
           "                         it off)\n"
           "  --debug                log everything (also QT_LOGGING_RULES=doorstep.*.debug=true)\n"
           "  --version              print the version and exit\n"
           "  --help                 print this help and exit\n"_s;
}

Result<Options> Options::parse(const QStringList &arguments)
{
    Options options;
    bool modeGiven = false;
    for (int i = 1; i < arguments.size(); ++i) {
        QString argument = arguments[i];
        QString inlineValue;
        bool hasInlineValue = false;
        if (argument.startsWith(u"--"_s) && argument.contains(u'=')) {
            inlineValue = argument.section(u'=', 1);
            argument = argument.section(u'=', 0, 0);
            hasInlineValue = true;
        }
        const auto takeValue = [&](QString &out) -> Result<void> {
            if (hasInlineValue) {
                out = inlineValue;
                return {};
            }
            if (i + 1 >= arguments.size())
                return Error::invalidArgument(u"option '%1' needs a value; see --help"_s.arg(argument));
            out = arguments[++i];
            return {};
        };
        if (argument == u"--session"_s || argument == u"--system"_s) {
            const auto mode = argument == u"--session"_s ? Core::RunMode::Session : Core::RunMode::System;
            if (modeGiven && mode != options.mode)
                return Error::invalidArgument(u"give either --session or --system, not both"_s);
            options.mode = mode;
            modeGiven = true;
        } else if (argument == u"--data-dir"_s) {
            if (auto taken = takeValue(options.dataDirectory); !taken)
                return taken.error();
            if (options.dataDirectory.isEmpty())
                return Error::invalidArgument(u"--data-dir needs a directory"_s);
        } else if (argument == u"--listen"_s) {
            QString spec;
            if (auto taken = takeValue(spec); !taken)
                return taken.error();
            const qsizetype eq = spec.indexOf(u'=');
            const QString name = spec.left(eq);
            if (eq < 0 || !kListenerNames.contains(name))
                return Error::invalidArgument(
                    u"--listen takes NAME=ADDR:PORT with NAME one of mta, submission, smtps, imap, imaps, pop3s, sieve, such as 'mta=127.0.0.1:0', not '%1'"_s.arg(spec));
            const QString address = spec.mid(eq + 1);
            QStringList &list = options.listenOverrides[name];
            if (address.isEmpty())
                continue;
            const auto parsed = Core::HostPort::parseListenAddress(address);
            if (!parsed)
                return Error::invalidArgument(u"--listen %1: %2"_s.arg(spec, parsed.error().message));
            list << parsed->toString();
        } else if (argument == u"--debug"_s) {
            options.debug = true;
        } else if (argument == u"--help"_s || argument == u"-h"_s) {
            options.showHelp = true;
        } else if (argument == u"--version"_s) {
            options.showVersion = true;
        } else {
            return Error::invalidArgument(u"unknown argument '%1'; see --help"_s.arg(arguments[i]));
        }
    }
    if (options.dataDirectory.isEmpty())
        options.dataDirectory = defaultDataDirectory(options.mode);
    options.dataDirectory = QDir(options.dataDirectory).absolutePath();
    return options;
}

} // namespace Doorstep::Daemon
