#include "engine/smtp/reply.h"

namespace Doorstep::Smtp {

using namespace Qt::StringLiterals;

QByteArray Reply::toWire() const
{
    QByteArray wire;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        wire += QByteArray::number(code);
        wire += i + 1 < lines.size() ? '-' : ' ';
        if (!status.isEmpty()) // RFC 2034: on every line of a multi-line reply
            wire += status.toLatin1() + ' ';
        wire += lines[i].toUtf8();
        wire += "\r\n";
    }
    return wire;
}

QString Reply::toString() const
{
    return QString::number(code) + (status.isEmpty() ? QString() : u' ' + status) + u' ' + lines.join(u" / "_s);
}

Reply Reply::make(int code, const QString &status, const QString &text)
{
    return Reply{code, status, {text}};
}

Reply Reply::greeting(const QString &hostName) { return make(220, QString(), hostName + u" ESMTP Doorstep"_s); }
Reply Reply::ok() { return make(250, u"2.0.0"_s, u"Ok"_s); }
Reply Reply::queued(const QString &queueId) { return make(250, u"2.0.0"_s, u"Ok: queued as "_s + queueId); }
Reply Reply::closing(const QString &hostName) { return make(221, u"2.0.0"_s, hostName + u" closing connection"_s); }
Reply Reply::startTls() { return make(220, u"2.0.0"_s, u"Ready to start TLS"_s); }
Reply Reply::startData() { return make(354, QString(), u"End data with <CR><LF>.<CR><LF>"_s); }
Reply Reply::authenticated() { return make(235, u"2.7.0"_s, u"Authentication successful"_s); }
Reply Reply::authChallenge(const QByteArray &base64) { return make(334, QString(), QString::fromLatin1(base64)); }
Reply Reply::cannotVerify() { return make(252, u"2.5.2"_s, u"Cannot VRFY user, but will accept message and attempt delivery"_s); }
Reply Reply::help() { return make(214, u"2.0.0"_s, u"See RFC 5321; this is Doorstep"_s); }

Reply Reply::serviceUnavailable(const QString &why) { return make(421, u"4.3.2"_s, why); }
Reply Reply::tooManyConnections(const QString &why) { return make(421, u"4.7.0"_s, why); }
Reply Reply::timeout() { return make(421, u"4.4.2"_s, u"Timeout exceeded, closing connection"_s); }
Reply Reply::tooManyErrors() { return make(421, u"4.7.0"_s, u"Too many errors, closing connection"_s); }
Reply Reply::insufficientStorage() { return make(452, u"4.3.1"_s, u"Insufficient system storage, try again later"_s); }
Reply Reply::tooManyRecipients() { return make(452, u"4.5.3"_s, u"Too many recipients"_s); }
Reply Reply::localError(const QString &why) { return make(451, u"4.3.0"_s, why); }
Reply Reply::senderDomainTempFail(const QString &domain)
{
    return make(451, u"4.1.8"_s, u"Sender address rejected: cannot look up domain "_s + domain + u" right now, try again later"_s);
}
Reply Reply::greylisted(quint64 retryAfterSeconds)
{
    // The wording postgrey and Postfix made familiar; the seconds tell a person when to retry.
    return make(451, u"4.7.1"_s, u"Greylisted, please try again in %1 seconds"_s.arg(retryAfterSeconds));
}
Reply Reply::authTemporaryFailure() { return make(454, u"4.7.0"_s, u"Temporary authentication failure, try again later"_s); }
Reply Reply::tlsNotAvailable() { return make(454, u"4.7.0"_s, u"TLS not available"_s); }

Reply Reply::syntaxError(const QString &why) { return make(500, u"5.5.2"_s, why); }
Reply Reply::lineTooLong() { return make(500, u"5.5.2"_s, u"Line too long"_s); }
Reply Reply::argumentError(const QString &why) { return make(501, u"5.5.4"_s, why); }
Reply Reply::badAddressSyntax(const QString &why) { return make(501, u"5.1.3"_s, why); }
Reply Reply::badSenderSyntax(const QString &why) { return make(501, u"5.1.7"_s, why); }
Reply Reply::notImplemented(const QString &command) { return make(502, u"5.5.1"_s, command + u" not implemented"_s); }
Reply Reply::badSequence(const QString &why) { return make(503, u"5.5.1"_s, why); }
Reply Reply::unsupportedParameter(const QString &name) { return make(555, u"5.5.4"_s, u"Unsupported parameter "_s + name); }
Reply Reply::authRequired() { return make(530, u"5.7.0"_s, u"Authentication required"_s); }
Reply Reply::authInvalid() { return make(535, u"5.7.8"_s, u"Authentication credentials invalid"_s); }
Reply Reply::encryptionRequired()
{
    return make(538, u"5.7.11"_s, u"Encryption required for requested authentication mechanism: use STARTTLS first"_s);
}
Reply Reply::authCancelled() { return make(501, u"5.0.0"_s, u"Authentication cancelled"_s); }
Reply Reply::authMechanismUnknown(const QString &name) { return make(504, u"5.5.4"_s, u"Unrecognized authentication mechanism "_s + name); }
Reply Reply::mailboxUnknown(const QString &address) { return make(550, u"5.1.1"_s, u"<"_s + address + u">: Recipient address rejected: no such user here"_s); }
Reply Reply::mailboxDisabled(const QString &address) { return make(550, u"5.2.1"_s, u"<"_s + address + u">: Mailbox disabled"_s); }
Reply Reply::relayDenied(const QString &address) { return make(554, u"5.7.1"_s, u"<"_s + address + u">: Relay access denied"_s); }
Reply Reply::clientRejected() { return make(554, u"5.7.1"_s, u"Access denied"_s); }
Reply Reply::virusFound(const QString &signature)
{
    return make(554, u"5.7.0"_s, u"Message refused: virus found ("_s + signature + u")"_s);
}
Reply Reply::virusScanUnavailable(const QString &why)
{
    return make(451, u"4.7.1"_s, u"Virus scan not possible right now, try again later ("_s + why + u")"_s);
}
Reply Reply::senderNotOwned(const QString &address)
{
    return make(553, u"5.7.1"_s, u"<"_s + address + u">: Sender address rejected: not owned by the authenticated user"_s);
}
Reply Reply::localSenderFromOutside(const QString &address)
{
    return make(550, u"5.7.1"_s, u"<"_s + address + u">: Sender address rejected: a local address needs authentication"_s);
}
Reply Reply::senderDomainUnknown(const QString &domain)
{
    return make(550, u"5.1.8"_s, u"Sender address rejected: domain "_s + domain + u" has no mail exchanger or address"_s);
}
Reply Reply::messageTooBig(quint64 limit) { return make(552, u"5.3.4"_s, u"Message size exceeds fixed limit of %1 bytes"_s.arg(limit)); }
Reply Reply::spamRefused(const QString &score) { return make(550, u"5.7.1"_s, u"Message refused as spam (score %1)"_s.arg(score)); }
Reply Reply::badMessageContent(const QString &why) { return make(550, u"5.6.0"_s, why); }
Reply Reply::bareLineEnding()
{
    return make(521, u"5.5.2"_s, u"Bare <LF> or <CR> in message text is not allowed (RFC 5321 2.3.8), closing connection"_s);
}
Reply Reply::pregreet() { return make(554, u"5.5.1"_s, u"Protocol error: talking before the greeting, closing connection"_s); }
Reply Reply::noValidRecipients() { return make(554, u"5.5.1"_s, u"No valid recipients"_s); }
Reply Reply::eightBitNotDeclared() { return make(553, u"5.6.7"_s, u"Non-ASCII address needs SMTPUTF8"_s); }
Reply Reply::localNameUnknown(const QString &name)
{
    return make(550, u"5.1.1"_s,
                u"<%1>: Recipient address rejected: no alias for the local name '%1' (add one with 'doorstepctl alias set %1 ADDRESS')"_s
                    .arg(name));
}
Reply Reply::localUserUnknown(uint uid)
{
    return make(554, u"5.7.1"_s, u"Your user ID %1 has no name in the password database, closing connection"_s.arg(uid));
}

Reply Reply::noConnection(const QString &why) { return make(421, u"4.4.1"_s, why); }
Reply Reply::connectionLost(const QString &why) { return make(421, u"4.4.2"_s, why); }
Reply Reply::remoteProtocolError(const QString &why) { return make(421, u"4.5.0"_s, why); }
Reply Reply::tlsNotOffered(const QString &remote) { return make(454, u"4.7.4"_s, u"TLS is required, but was not offered by "_s + remote); }
Reply Reply::tlsFailed(const QString &why) { return make(454, u"4.7.5"_s, why); }
Reply Reply::authNotPossible(const QString &why) { return make(454, u"4.7.0"_s, why); }
Reply Reply::authRefusedByRemote(const QString &remote, const Reply &answer)
{
    // Temporary whatever the remote said (Postfix defers SASL failures too): a wrong password
    // in the smart host settings is fixed by the user, not by bouncing the mail.
    return make(454, u"4.7.0"_s, u"SASL authentication failed with %1: %2"_s.arg(remote, answer.toString()));
}
Reply Reply::tooBigForRemote(quint64 size, quint64 limit, const QString &remote)
{
    return make(552, u"5.3.4"_s, u"Message size %1 exceeds the size limit %2 of %3"_s.arg(size).arg(limit).arg(remote));
}
Reply Reply::smtputf8NotOffered(const QString &remote)
{
    // RFC 6531 3.4: such a message must not be downgraded on the way; it is refused instead.
    return make(553, u"5.6.7"_s, u"The message needs SMTPUTF8, which %1 does not offer"_s.arg(remote));
}

} // namespace Doorstep::Smtp
