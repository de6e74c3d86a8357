#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Doorstep::Smtp {

/**
 * An SMTP reply: code, enhanced status code (RFC 3463) and text. Every refusal the engine
 * sends is made by one of the named constructors below, never from a hand-typed string at the
 * call site (STYLE rule 20), so each situation has exactly one code.
 */
struct Reply
{
    int code = 250;
    QString status; // "2.0.0"; empty only for the greeting and EHLO
    QStringList lines;

    bool isPositive() const { return code < 400; }
    bool isTemporary() const { return code >= 400 && code < 500; }
    bool isError() const { return code >= 400; }
    /** The wire form, CRLF-terminated, multi-line with "250-" continuation. */
    QByteArray toWire() const;
    QString toString() const;

    static Reply make(int code, const QString &status, const QString &text);

    // 2xx / 3xx
    static Reply greeting(const QString &hostName);
    static Reply ok();
    static Reply queued(const QString &queueId);
    static Reply closing(const QString &hostName);
    static Reply startTls();
    static Reply startData();
    static Reply authenticated();
    static Reply authChallenge(const QByteArray &base64);
    static Reply cannotVerify();
    static Reply help();

    // 4xx
    static Reply serviceUnavailable(const QString &why);    // 421 4.3.2
    static Reply tooManyConnections(const QString &why);    // 421 4.7.0
    static Reply timeout();                                 // 421 4.4.2
    static Reply tooManyErrors();                           // 421 4.7.0
    static Reply insufficientStorage();                     // 452 4.3.1
    static Reply tooManyRecipients();                       // 452 4.5.3
    static Reply localError(const QString &why);            // 451 4.3.0
    static Reply senderDomainTempFail(const QString &domain); // 451 4.1.8
    static Reply greylisted(quint64 retryAfterSeconds);     // 451 4.7.1
    static Reply authTemporaryFailure();                    // 454 4.7.0
    static Reply tlsNotAvailable();                         // 454 4.7.0
    static Reply virusScanUnavailable(const QString &why);  // 451 4.7.1

    // 5xx
    static Reply syntaxError(const QString &why);           // 500 5.5.2
    static Reply lineTooLong();                             // 500 5.5.2
    static Reply argumentError(const QString &why);         // 501 5.5.4
    static Reply badAddressSyntax(const QString &why);      // 501 5.1.3 / 553 5.1.3
    static Reply badSenderSyntax(const QString &why);       // 501 5.1.7
    static Reply notImplemented(const QString &command);    // 502 5.5.1
    static Reply badSequence(const QString &why);           // 503 5.5.1
    static Reply unsupportedParameter(const QString &name); // 555 5.5.4
    static Reply authRequired();                            // 530 5.7.0
    static Reply authInvalid();                             // 535 5.7.8
    static Reply encryptionRequired();                      // 538 5.7.11
    static Reply authCancelled();                           // 501 5.0.0
    static Reply authMechanismUnknown(const QString &name); // 504 5.5.4
    static Reply mailboxUnknown(const QString &address);    // 550 5.1.1
    static Reply mailboxDisabled(const QString &address);   // 550 5.2.1
    static Reply relayDenied(const QString &address);       // 554 5.7.1
    static Reply clientRejected();                          // 554 5.7.1
    static Reply virusFound(const QString &signature);      // 554 5.7.0
    static Reply senderNotOwned(const QString &address);    // 553 5.7.1
    static Reply localSenderFromOutside(const QString &address); // 550 5.7.1
    static Reply senderDomainUnknown(const QString &domain); // 550 5.1.8
    static Reply messageTooBig(quint64 limit);              // 552 5.3.4
    static Reply badMessageContent(const QString &why);     // 550 5.6.0
    static Reply spamRefused(const QString &score);         // 550 5.7.1
    static Reply bareLineEnding();                          // 521 5.5.2 (and close)
    static Reply pregreet();                                // 554 5.5.1 (and close)
    static Reply noValidRecipients();                       // 554 5.5.1
    static Reply eightBitNotDeclared();                     // 553 5.6.7

    // What the outbound client (engine/smtp/client) tells a recipient when the remote never
    // answered for it: local conditions, each with the enhanced code that fits. @p why and
    // @p remote name the next hop ("mx.example.org[192.0.2.1]:25").
    static Reply noConnection(const QString &why);           // 421 4.4.1
    static Reply connectionLost(const QString &why);         // 421 4.4.2
    static Reply remoteProtocolError(const QString &why);    // 421 4.5.0
    static Reply tlsNotOffered(const QString &remote);       // 454 4.7.4
    static Reply tlsFailed(const QString &why);              // 454 4.7.5
    static Reply authNotPossible(const QString &why);        // 454 4.7.0
    static Reply authRefusedByRemote(const QString &remote, const Reply &answer); // 454 4.7.0
    static Reply tooBigForRemote(quint64 size, quint64 limit, const QString &remote); // 552 5.3.4
    static Reply smtputf8NotOffered(const QString &remote);  // 553 5.6.7
    // local submission (doorstep-sendmail)
    static Reply localNameUnknown(const QString &name);     // 550 5.1.1
    static Reply localUserUnknown(uint uid);                // 554 5.7.1 (and close)
};

} // namespace Doorstep::Smtp
