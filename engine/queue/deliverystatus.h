#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Doorstep::Queue {

/** What a delivery status notification says about one recipient (RFC 3464 2.3). */
struct StatusRecipient
{
    enum class Action {
        Failed,
        Delayed,
        Delivered,
        Relayed,
        Expanded,
    };

    QString original;   // RCPT TO as given: Original-Recipient, when it differs from address
    QString address;    // Final-Recipient
    Action action = Action::Failed;
    QString status;     // "5.1.1"; "" = taken from the diagnostic's reply, else 5.0.0 / 4.0.0 / 2.0.0
    QString remoteMta;  // "mx.example.org" or "dns; mx.example.org"; "" = none (local delivery)
    QString diagnostic; // the remote's reply "550 5.1.1 <x@y>: Recipient address rejected", or our reason
    quint64 lastAttemptUsec = 0; // 0 = no Last-Attempt-Date
};

/** "failed", "delayed", "delivered", "relayed", "expanded" (RFC 3464 2.3.3). */
QString statusActionName(StatusRecipient::Action action);

/** One notification about one message: the per-message fields and the recipients it covers. */
struct StatusReport
{
    /** Messages larger than this are returned as their headers only. */
    static constexpr qsizetype kDefaultReturnLimit = 64 * 1024;

    QString reportingMta;           // identity.hostname: Reporting-MTA, the From: domain
    QString queueId;                // X-Doorstep-Queue-ID of the message reported on
    QString originalSender;         // its envelope sender: the report goes To: it
    quint64 arrivalUsec = 0;        // Arrival-Date; 0 = none
    quint64 willRetryUntilUsec = 0; // Will-Retry-Until of delayed recipients; 0 = none
    QList<StatusRecipient> recipients;
    QByteArray originalHeaders;     // the message's header block (readHeaderBlock)
    /** Its body: when set, a failure report returns the whole message if it fits returnLimit. */
    QByteArray originalBody;
    qsizetype returnLimit = kDefaultReturnLimit;
};

/**
 * Builds a delivery status notification (RFC 3464) as a complete message with CRLF line ends,
 * to be queued from the null sender <> to StatusReport::originalSender: a multipart/report
 * (RFC 6522) of a text for people, the message/delivery-status fields for programs, and the
 * original headers (text/rfc822-headers), or, for a failure with originalBody, the whole
 * message (message/rfc822) when it fits. It is a bounce when a recipient failed, else a delay
 * warning when one is delayed, else a success report. Marked Auto-Submitted: auto-replied
 * (RFC 3834) so that mustNotBounce() recognizes it. Addresses with non-ASCII characters make
 * it an internationalized report (RFC 6533: message/global-delivery-status, "utf-8;" addresses).
 * Every line is at most 998 octets: long diagnostics are folded. The multipart boundary is
 * random and occurs nowhere in the content.
 */
QByteArray makeStatusReport(const StatusReport &report, quint64 nowUsec, const QString &messageIdDomain);

/**
 * True when a message must never be answered with a notification, so that notifications never
 * loop: the null sender, a MAILER-DAEMON sender (envelope or From:), a message marked as an
 * automatic response (Auto-Submitted with any value but "no" or "auto-generated", RFC 3834 5),
 * or a report itself (multipart/report). A message a program wrote on its own (Auto-Submitted:
 * auto-generated, such as cron's output) does bounce to its non-null sender.
 * @p headers is the message's header block.
 */
bool mustNotBounce(const QString &envelopeSender, const QByteArray &headers);

} // namespace Doorstep::Queue
