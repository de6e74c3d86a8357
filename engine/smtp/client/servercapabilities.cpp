#include "engine/smtp/client/servercapabilities.h"

namespace Doorstep::Smtp {

using namespace Qt::StringLiterals;

ServerCapabilities ServerCapabilities::fromEhlo(const Reply &reply)
{
    ServerCapabilities capabilities;
    if (reply.code != 250)
        return capabilities;
    capabilities.esmtp = true;
    // The first line is the greeting ("mx.example.org Hello ..."), never a keyword.
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QString line = reply.lines.at(i).simplified();
        // Servers from before RFC 4954 (and many still, for old clients) say "AUTH=LOGIN PLAIN".
        qsizetype split = -1;
        for (qsizetype j = 0; j < line.size() && split < 0; ++j) {
            if (line.at(j) == u' ' || line.at(j) == u'=')
                split = j;
        }
        const QString keyword = (split < 0 ? line : line.left(split)).toUpper();
        const QStringList parameters = split < 0 ? QStringList() : line.mid(split + 1).split(u' ', Qt::SkipEmptyParts);
        if (keyword == u"PIPELINING"_s) {
            capabilities.pipelining = true;
        } else if (keyword == u"SIZE"_s) {
            capabilities.size = true;
            bool ok = false;
            const quint64 limit = parameters.value(0).toULongLong(&ok);
            capabilities.sizeLimit = ok ? limit : 0;
        } else if (keyword == u"8BITMIME"_s) {
            capabilities.eightBitMime = true;
        } else if (keyword == u"SMTPUTF8"_s) {
            capabilities.smtputf8 = true;
        } else if (keyword == u"STARTTLS"_s) {
            capabilities.startTls = true;
        } else if (keyword == u"ENHANCEDSTATUSCODES"_s) {
            capabilities.enhancedStatusCodes = true;
        } else if (keyword == u"AUTH"_s) {
            for (const QString &mechanism : parameters) {
                const QString name = mechanism.toUpper();
                if (!capabilities.authMechanisms.contains(name))
                    capabilities.authMechanisms << name;
            }
        }
    }
    return capabilities;
}

} // namespace Doorstep::Smtp
