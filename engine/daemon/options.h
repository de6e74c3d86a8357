#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include "engine/core/result.h"
#include "engine/core/runmode.h"

namespace Doorstep::Daemon {

/** doorstepd's command line, parsed. */
struct Options
{
    Core::RunMode mode = Core::RunMode::System;
    QString dataDirectory;
    /** `--listen NAME=ADDR:PORT`: listener name ("mta", ...) to addresses, for this run only. */
    QMap<QString, QStringList> listenOverrides;
    bool debug = false;
    bool showHelp = false;
    bool showVersion = false;

    /** Parses the arguments (argv[0] first); the error is one line for the user. */
    static Core::Result<Options> parse(const QStringList &arguments);
    static QString helpText();
    /** Where the data lives when --data-dir is not given. */
    static QString defaultDataDirectory(Core::RunMode mode);
};

} // namespace Doorstep::Daemon
