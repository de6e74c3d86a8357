#pragma once

#include <functional>

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace Doorstep::Filters {

/** The message a spam backend scores, with what the SMTP session knew about it. */
struct SpamRequest
{
    QByteArray message; // the whole message as queued (CRLF line ends, Received first)
    QHostAddress clientAddress; // null for Filters.ScoreMessage
    QString clientName;         // forward-confirmed reverse DNS name, "unknown"
    QString helo;
    QString sender; // "" for <>
    QStringList recipients;
    QString queueId;
    /** The client passed greylisting as a known triplet: it retried like a mail server's queue. */
    bool greylistPassed = false;
};

/** Where and how long a backend may take: from the `spam.*` settings at the time of the call. */
struct SpamOptions
{
    QString host; // spamd or rspamd; empty for the built-in scorer
    quint16 port = 0;
    int timeoutMs = 20000;
    QStringList dnsblZones; // the built-in scorer's blocklists
};

/** What a backend said about one message. */
struct SpamScore
{
    /** Why a message was not scored; the word goes into "X-Spam-Status: unscanned, <word>". */
    enum class Unscanned {
        No,          // it was scored
        Size,        // bigger than spam.max_size (as spamc skips big messages)
        Timeout,     // the backend did not answer within spam.timeout
        Unavailable, // the backend is down, refused the connection or answered nonsense
    };

    Unscanned unscanned = Unscanned::No;
    double score = 0.0;
    QStringList rules;  // names of the rules that hit, as SpamAssassin lists them
    QString problem;    // when unscanned: one sentence for logs and events

    bool scanned() const { return unscanned == Unscanned::No; }
    static SpamScore scored(double score, const QStringList &rules) { return {Unscanned::No, score, rules, QString()}; }
    static SpamScore failed(Unscanned why, const QString &problem) { return {why, 0.0, {}, problem}; }
};

/** "size", "timeout", "unavailable"; "" for a scored message. */
QString unscannedName(SpamScore::Unscanned why);

/**
 * One way of scoring a message: SpamAssassin's spamd, rspamd, or the built-in checks. Answers
 * once, later on the event loop; never when the backend is destroyed first. A backend that is
 * down or slow answers with an unscanned score, never an error: spam scoring does not stop mail.
 */
class SpamBackend
{
public:
    virtual ~SpamBackend() = default;
    /** "spamd", "rspamd", "builtin": the values of spam.backend. */
    virtual QString name() const = 0;
    virtual void score(const SpamRequest &request, const SpamOptions &options, std::function<void(SpamScore)> done) = 0;
};

} // namespace Doorstep::Filters
