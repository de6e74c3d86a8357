#include "engine/filters/spam/spamdprotocol.h"

#include <QRegularExpression>

#include "engine/filters/spam/headedreply.h"

namespace Doorstep::Filters {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

QByteArray SpamdProtocol::symbolsRequest(const QByteArray &message, const QString &user)
{
    QByteArray request = "SYMBOLS SPAMC/1.5\r\nContent-length: " + QByteArray::number(message.size()) + "\r\n";
    if (!user.isEmpty())
        request += "User: " + user.toUtf8() + "\r\n";
    request += "\r\n";
    request += message;
    return request;
}

bool SpamdProtocol::isComplete(const QByteArray &reply)
{
    return HeadedReply::parse(reply).isComplete();
}

Result<SpamScore> SpamdProtocol::parseReply(const QByteArray &bytes)
{
    const HeadedReply reply = HeadedReply::parse(bytes);
    // Error replies ("SPAMD/1.0 76 Bad header line") may come without the empty line.
    static const QRegularExpression status(u"^SPAMD/\\d+\\.\\d+ +(\\d+) *(.*)$"_s);
    const auto statusMatch = status.match(QString::fromLatin1(reply.statusLine));
    if (!statusMatch.hasMatch())
        return Error::failed(u"spamd answered '%1', not a SPAMD reply."_s.arg(QString::fromLatin1(reply.statusLine.left(100))));
    if (statusMatch.captured(1) != u"0"_s)
        return Error::failed(u"spamd refused the message: '%1'."_s.arg(QString::fromLatin1(reply.statusLine.left(200))));
    if (!reply.headerComplete)
        return Error::failed(u"spamd's reply ended before its headers did."_s);

    // "Spam: True ; 15.0 / 5.0" (older spamd: "Yes"/"No").
    static const QRegularExpression spam(u"^(True|False|Yes|No) *; *(-?\\d+(?:\\.\\d+)?) */ *(-?\\d+(?:\\.\\d+)?)$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QByteArray spamHeader = reply.header("spam");
    const auto spamMatch = spam.match(QString::fromLatin1(spamHeader));
    if (!spamMatch.hasMatch())
        return Error::failed(u"spamd's reply has no valid 'Spam:' header (got '%1')."_s.arg(QString::fromLatin1(spamHeader.left(100))));

    QStringList rules;
    for (const QByteArray &name : reply.bodyOfLength().split(',')) {
        const QString rule = QString::fromLatin1(name.trimmed());
        if (!rule.isEmpty())
            rules << rule;
    }
    return SpamScore::scored(spamMatch.captured(2).toDouble(), rules);
}

} // namespace Doorstep::Filters
