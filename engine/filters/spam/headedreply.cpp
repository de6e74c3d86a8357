#include "engine/filters/spam/headedreply.h"

namespace Doorstep::Filters {

HeadedReply HeadedReply::parse(const QByteArray &bytes)
{
    HeadedReply reply;
    qsizetype end = bytes.indexOf("\r\n\r\n");
    qsizetype bodyStart = end + 4;
    if (end < 0) {
        end = bytes.indexOf("\n\n");
        bodyStart = end + 2;
    }
    if (end < 0) {
        reply.statusLine = bytes.left(bytes.indexOf('\n')).trimmed();
        return reply;
    }
    reply.headerComplete = true;
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    reply.statusLine = lines.value(0).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            reply.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    reply.body = bytes.mid(bodyStart);
    return reply;
}

QByteArray HeadedReply::header(QByteArrayView lowerName) const
{
    for (const auto &[name, value] : headers)
        if (name == lowerName)
            return value;
    return {};
}

qsizetype HeadedReply::contentLength() const
{
    bool ok = false;
    const qsizetype length = header("content-length").toLongLong(&ok);
    return ok && length >= 0 ? length : -1;
}

bool HeadedReply::isComplete() const
{
    const qsizetype length = contentLength();
    return headerComplete && length >= 0 && body.size() >= length;
}

QByteArray HeadedReply::bodyOfLength() const
{
    const qsizetype length = contentLength();
    return length >= 0 ? body.left(length) : body;
}

} // namespace Doorstep::Filters
