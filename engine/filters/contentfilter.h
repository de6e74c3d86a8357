#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QString>

#include "engine/smtp/reply.h"
#include "engine/smtp/sessionhandler.h"

namespace Doorstep::Filters {

/** A message at the end of DATA, written to its spool file but not yet queued. */
struct ContentMessage
{
    QString queueId;
    QString path;   // the spool file: the whole message, Received header first
    quint64 size = 0;
    Smtp::SessionInfo session;
    Smtp::MessageEnvelope envelope;
};

/**
 * What one content filter decided. A refusal ends the pipeline: 5xx refuses the message
 * (554 5.7.0 a virus, 550 5.7.1 spam), 4xx asks the client to try again (451 4.7.1: a
 * scanner that could not scan); either way it is never queued. Otherwise the message is
 * queued with what the filters added.
 */
struct ContentVerdict
{
    std::optional<Smtp::Reply> refusal;
    /** Complete header lines (CRLF ends) that delivery puts on top of the message. */
    QByteArray addedHeaders;
    /** Put before the Subject at delivery (spam.subject_tag), "" for none. */
    QString subjectTag;
    /** Local delivery files it into spam.folder instead of the inbox. */
    bool spam = false;
    /** Accepted (250) but kept in the quarantine, never delivered (antivirus.action). */
    bool quarantine = false;
    /** For the log, the Received event and a refusal's event: "virus Eicar-Test", "spam 7.2". */
    QString summary;
};

/**
 * One check at the end of DATA (virus scan, spam score). Implementations answer once, later,
 * on the event loop; a backend that fails decides for itself whether that is a tempfail
 * (antivirus: never pass unscanned) or an unscored pass (spam: X-Spam-Status: unscanned).
 */
class ContentFilter
{
public:
    virtual ~ContentFilter() = default;
    /** "antivirus", "spam": for logs. */
    virtual QString name() const = 0;
    virtual void check(const ContentMessage &message, std::function<void(ContentVerdict)> done) = 0;
};

} // namespace Doorstep::Filters
