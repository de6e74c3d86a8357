#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

namespace Doorstep::Filters::Antivirus {

/**
 * The line protocol between doorstepd and doorstep-scan (README.md of this folder). Both
 * sides use these functions, so the two can never disagree on the format.
 *
 * On the scanner's stdout, once, when it is ready or when it cannot be:
 *   READY <signatures> <database time, seconds since epoch> <database version>
 *   FAILED <sentence>
 * On the Unix socket, one request line and one reply line at a time:
 *   SCAN <absolute path>  ->  OK | FOUND <signature> | ERROR <sentence>
 */
namespace Protocol {

/** Longest line either side sends or accepts, CRLF or LF included. */
constexpr qsizetype kMaxLine = 4096;

/** What the scanner said on stdout at start. */
struct Readiness
{
    bool ready = false;
    quint64 signatures = 0;
    quint64 databaseTime = 0; // seconds since the epoch, 0 when unknown
    quint64 databaseVersion = 0;
    QString failure; // the FAILED sentence
};

/** What the scanner answered to SCAN. */
struct ScanReply
{
    enum class Kind {
        Clean,
        Found,
        Error,
    };
    Kind kind = Kind::Error;
    QString text; // the signature (Found) or the sentence (Error)
};

QByteArray readyLine(quint64 signatures, quint64 databaseTime, quint64 databaseVersion);
QByteArray failedLine(const QString &sentence);
/** Parses a line of the scanner's stdout (without its line end); nullopt when malformed. */
std::optional<Readiness> parseReadiness(const QByteArray &line);

/** "SCAN <path>\n"; an empty result for a path the protocol cannot carry (relative, a line end). */
QByteArray scanRequest(const QString &path);
/** The path of a SCAN request line (without its line end); nullopt when malformed. */
std::optional<QString> parseScanRequest(const QByteArray &line);

QByteArray cleanReply();
QByteArray foundReply(const QString &signature);
QByteArray errorReply(const QString &sentence);
/** Parses a reply line (without its line end); nullopt when malformed. */
std::optional<ScanReply> parseScanReply(const QByteArray &line);

} // namespace Protocol
} // namespace Doorstep::Filters::Antivirus
