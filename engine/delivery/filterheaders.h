#pragma once

#include <QByteArray>
#include <QString>

namespace Doorstep::Delivery {

/**
 * What the content filters decided, applied to a message's header block at delivery (local
 * and remote alike, so a relayed message carries its X-Spam headers): the added header lines
 * go on top, any fields of the same names that came with the message are dropped (a sender
 * cannot forge "X-Spam-Flag: NO" past us), and the subject of spam gets its tag.
 */
class FilterHeaders final
{
public:
    /**
     * @p headers is a header block (CRLF or LF lines, with or without its empty line);
     * @p added complete CRLF header lines; @p subjectTag "" for none. The result keeps the
     * block's line ends.
     */
    static QByteArray apply(const QByteArray &headers, const QByteArray &added, const QString &subjectTag);

    /**
     * Puts @p tag before the subject text (RFC 2047-aware: the tag goes in front of the first
     * word, so an encoded word is never split; a non-ASCII tag becomes an encoded word
     * itself). A subject that already starts with the tag is left alone; a block without a
     * Subject gets "Subject: <tag>" on top.
     */
    static QByteArray tagSubject(const QByteArray &headers, const QString &tag);
};

} // namespace Doorstep::Delivery
