#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Doorstep::Ui::Sendmail {

struct EngineReply;

/**
 * doorstep-sendmail: sendmail's command line for programs (cron, mail(1), logwatch, git
 * send-email, PHP's mail()), handing each message to the engine over its local submission
 * socket. @p arguments is the whole command line (argv[0] first: "newaliases" and "mailq"
 * act as -bi and -bp); the message comes from @p input. Returns sendmail's exit code
 * (sysexits.h) after one line on stderr when something went wrong.
 */
int run(const QStringList &arguments, int input);

/**
 * Where the engine's socket may be, in the order tried: $DOORSTEP_SUBMIT_SOCKET alone when
 * set; else a session engine's $XDG_RUNTIME_DIR/doorstep/submit.sock (when that variable is
 * set), then the system engine's /run/doorstep/submit.sock.
 */
QStringList socketCandidates();

/**
 * The exit code for the reply that ended a submission: 4xx and no reply EX_TEMPFAIL; an unknown
 * or disabled recipient EX_NOUSER; bad addresses, size and content EX_DATAERR; a policy
 * refusal (5.7.x) EX_NOPERM; a protocol mismatch between the two programs (5.5.x)
 * EX_SOFTWARE; any other 5xx EX_UNAVAILABLE.
 */
int exitCodeFor(const EngineReply &reply);

/** RFC 3461 4 xtext of @p text's UTF-8 (MAIL's FULLNAME parameter). */
QByteArray xtext(const QString &text);

} // namespace Doorstep::Ui::Sendmail
