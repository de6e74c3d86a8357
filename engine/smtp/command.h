#pragma once

#include <variant>

#include <QByteArray>
#include <QMap>
#include <QString>

#include "engine/smtp/reply.h"

namespace Doorstep::Smtp {

/** One SMTP command line, split into its verb and argument. */
struct Command
{
    enum class Verb {
        Helo,
        Ehlo,
        Mail,
        Rcpt,
        Data,
        Rset,
        Noop,
        Quit,
        Vrfy,
        Expn,
        Help,
        StartTls,
        Auth,
        Unknown,
    };
    Verb verb = Verb::Unknown;
    QString name;        // upper case, as the client sent it
    QByteArray argument; // after the first space, trimmed

    /** Parses a line without its CRLF. */
    static Command parse(const QByteArray &line);
};

/**
 * A reverse- or forward-path (RFC 5321 4.1.2): `<local@domain>` with an optional source route
 * (accepted and ignored, RFC 5321 C), `<>` for the null sender, `<postmaster>` for RCPT.
 */
struct Path
{
    QString address;        // local@domain as given (after the source route); "" for <>
    QString local;          // the local part as given, quotes included
    QString domain;         // as given: a name, or an address literal in brackets
    bool isNull = false;
    bool isPostmaster = false; // <postmaster> without a domain
    bool quotedLocal = false;
    bool addressLiteral = false;
    bool nonAscii = false;
};

/** MAIL FROM / RCPT TO arguments: the path and its ESMTP parameters (names upper-cased). */
struct PathArgument
{
    Path path;
    QMap<QString, QString> parameters;
};

/**
 * Parses "FROM:<path> params" (@p keyword "FROM") or "TO:<path> params" ("TO"); a refusal is
 * the reply to send (501 with the reason).
 */
std::variant<PathArgument, Reply> parsePathArgument(const QByteArray &argument, const QByteArray &keyword);

} // namespace Doorstep::Smtp
