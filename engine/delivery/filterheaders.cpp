#include "engine/delivery/filterheaders.h"

#include <algorithm>

#include <QList>

#include "engine/core/headerblock.h"

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;

namespace {

QByteArray lineEnd(const QByteArray &headers)
{
    return headers.contains("\r\n") || headers.isEmpty() ? QByteArray("\r\n") : QByteArray("\n");
}

QByteArray encodedTag(const QString &tag)
{
    const bool ascii = std::all_of(tag.cbegin(), tag.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
    if (ascii)
        return tag.toLatin1();
    return "=?UTF-8?B?" + tag.toUtf8().toBase64() + "?="; // RFC 2047 4.1
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

QByteArray FilterHeaders::tagSubject(const QByteArray &headers, const QString &tag)
{
    if (tag.isEmpty())
        return headers;
    const QByteArray encoded = encodedTag(tag);
    for (const Core::HeaderField &field : Core::splitHeaderFields(headers)) {
        if (!field.is("Subject"))
            continue;
        if (Core::unfoldedValue(headers, field).startsWith(encoded))
            return headers;
        // The first byte of the subject text: after the blanks and any folding before it.
        qsizetype at = field.valueStart;
        while (at < field.end && isBlank(headers.at(at)))
            ++at;
        QByteArray result = headers;
        if (at >= field.end) {
            // An empty subject: the tag becomes the subject.
            result.replace(field.valueStart, field.end - field.valueStart, ' ' + encoded + lineEnd(headers));
            return result;
        }
        result.insert(at, encoded + ' ');
        return result;
    }
    return "Subject: " + encoded + lineEnd(headers) + headers;
}

QByteArray FilterHeaders::apply(const QByteArray &headers, const QByteArray &added, const QString &subjectTag)
{
    QByteArray result = headers;
    if (!added.isEmpty()) {
        QList<QByteArray> names;
        for (const Core::HeaderField &field : Core::splitHeaderFields(added))
            names << field.name.toLower();
        const QList<Core::HeaderField> fields = Core::splitHeaderFields(result);
        // Back to front, so the offsets of the fields still to go stay valid.
        for (auto it = fields.crbegin(); it != fields.crend(); ++it) {
            if (names.contains(it->name.toLower()))
                result.remove(it->start, it->end - it->start);
        }
    }
    result = tagSubject(result, subjectTag);
    QByteArray top = added;
    if (lineEnd(result) == "\n")
        top.replace("\r\n", "\n");
    return top + result;
}

} // namespace Doorstep::Delivery
