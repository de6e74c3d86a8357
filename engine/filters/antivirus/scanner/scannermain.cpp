#include "engine/filters/antivirus/scanner/scannermain.h"

#include <cstdio>
#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QThreadPool>

#include "engine/filters/antivirus/protocol.h"
#include "engine/filters/antivirus/scanner/clamengine.h"
#include "engine/filters/antivirus/scanner/scanserver.h"

namespace Doorstep::Filters::Antivirus {

using namespace Qt::StringLiterals;

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::fprintf(stderr, "doorstep-scan: %s\n", qPrintable(text));
}

} // namespace

int scannerMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"doorstep-scan"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DOORSTEP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Doorstep's virus scanner (libclamav); started and supervised by doorstepd."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(u"database"_s, u"Directory of the ClamAV database."_s, u"DIR"_s);
    const QCommandLineOption socket(u"socket"_s, u"Unix socket to serve scans on."_s, u"PATH"_s);
    const QCommandLineOption maxSize(u"max-scan-size"_s, u"Bytes scanned per message at most."_s, u"BYTES"_s);
    const QCommandLineOption maxTime(u"max-scan-time"_s, u"Seconds one scan may take."_s, u"SECONDS"_s);
    parser.addOptions({database, socket, maxSize, maxTime});
    parser.process(app); // --help, --version and unknown options exit here (code 0 or 1)
    if (!parser.isSet(database) || !parser.isSet(socket) || !parser.positionalArguments().isEmpty()) {
        note(u"--database and --socket are required; see --help"_s);
        return 2;
    }
    ScanLimits limits;
    bool ok = true;
    if (parser.isSet(maxSize))
        limits.maxScanSize = limits.maxFileSize = parser.value(maxSize).toULongLong(&ok);
    if (ok && parser.isSet(maxTime))
        limits.maxScanTimeMs = parser.value(maxTime).toUInt(&ok) * 1000;
    if (!ok || limits.maxScanSize == 0 || limits.maxScanTimeMs == 0) {
        note(u"--max-scan-size and --max-scan-time take positive numbers"_s);
        return 2;
    }
    const QString directory = parser.value(database);
    const QString socketPath = parser.value(socket);

    std::unique_ptr<ClamEngine> engine;
    std::unique_ptr<ScanServer> server;

    // The engine holds our stdin: when it closes (engine stopping us, or gone), finish the
    // scans in flight and end. Loading takes long with a full database, so this is watched
    // from the start.
    QSocketNotifier stdinWatch(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinWatch, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0)
            return; // nothing is sent on stdin; ignore it
        stdinWatch.setEnabled(false);
        if (!server)
            ::_exit(0); // still loading: nothing to finish (the load thread holds no state of value)
        QObject::connect(server.get(), &ScanServer::finished, &app, [] { QCoreApplication::exit(0); });
        server->finish();
    });

    QElapsedTimer clock;
    clock.start();
    QThreadPool::globalInstance()->start([&app, &engine, &server, directory, socketPath, limits, &clock] {
        auto loaded = ClamEngine::load(directory, limits);
        QMetaObject::invokeMethod(&app, [&engine, &server, loaded = std::make_shared<decltype(loaded)>(std::move(loaded)),
                                         socketPath, directory, &clock]() mutable {
            if (!*loaded) {
                note(loaded->error().message);
                say(Protocol::failedLine(loaded->error().message));
                QCoreApplication::exit(1);
                return;
            }
            engine = std::move(*loaded).value();
            server = std::make_unique<ScanServer>(*engine);
            if (auto listening = server->listen(socketPath); !listening) {
                note(listening.error().message);
                say(Protocol::failedLine(listening.error().message));
                QCoreApplication::exit(1);
                return;
            }
            note(u"%1 signatures loaded from %2 in %3 s; serving %4"_s.arg(engine->signatures())
                     .arg(directory)
                     .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                     .arg(socketPath));
            say(Protocol::readyLine(engine->signatures(), engine->databaseTime(), engine->databaseVersion()));
        }, Qt::QueuedConnection);
    });
    const int code = QCoreApplication::exec();
    server.reset();
    QThreadPool::globalInstance()->waitForDone();
    return code;
}

} // namespace Doorstep::Filters::Antivirus
