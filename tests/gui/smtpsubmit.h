#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Doorstep::Tests {

/** What to send through the engine's submission listener. */
struct Submission
{
    quint16 port = 0;
    QString user;
    QString password;
    QString from;
    QStringList to;
    QByteArray message; // header and body, CRLF line ends, without the final "."
};

/**
 * One SMTP exchange as a mail program makes it: EHLO, STARTTLS, EHLO, AUTH PLAIN, MAIL FROM,
 * RCPT TO for each recipient, DATA. Blocks (test code only) for at most a few seconds.
 * Returns "" when the server accepted the message, else the step and the server's reply.
 */
QString submitMessage(const Submission &submission);

/** alice@example.org (password "correct horse battery") sends a short message to @p to. */
QString submitFromAlice(quint16 port, const QString &to, const QByteArray &subject);

} // namespace Doorstep::Tests
