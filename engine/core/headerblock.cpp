#include "engine/core/headerblock.h"

#include <QFile>

namespace Doorstep::Core {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kReadBlock = 16 * 1024;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

/** RFC 5322 2.2 ftext: printable ASCII except ':'. */
bool isFieldName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 33 || u > 126 || c == ':')
            return false;
    }
    return true;
}

} // namespace

bool HeaderField::is(QByteArrayView other) const
{
    return name.size() == other.size() && qstrnicmp(name.constData(), name.size(), other.data(), other.size()) == 0;
}

QList<HeaderField> splitHeaderFields(QByteArrayView block)
{
    QList<HeaderField> fields;
    bool open = false; // the last line belonged to a field, so a continuation extends it
    qsizetype pos = 0;
    const qsizetype size = block.size();
    while (pos < size) {
        const qsizetype lf = block.indexOf('\n', pos);
        const qsizetype next = lf < 0 ? size : lf + 1;
        qsizetype lineEnd = lf < 0 ? size : lf;
        if (lineEnd > pos && block[lineEnd - 1] == '\r')
            --lineEnd;
        if (lineEnd == pos && lf >= 0)
            break; // the empty line: the body follows
        if (isBlank(block[pos])) {
            if (open)
                fields.back().end = next;
        } else {
            const QByteArrayView line = block.sliced(pos, lineEnd - pos);
            const qsizetype colon = line.indexOf(':');
            QByteArrayView name = colon < 0 ? QByteArrayView() : line.first(colon);
            while (!name.isEmpty() && isBlank(name.back()))
                name.chop(1);
            open = isFieldName(name);
            if (open)
                fields.append({name.toByteArray(), pos, pos + colon + 1, next});
        }
        pos = next;
    }
    return fields;
}

QByteArray unfoldedValue(QByteArrayView block, const HeaderField &field)
{
    QByteArray value = block.sliced(field.valueStart, field.end - field.valueStart).toByteArray();
    value.removeIf([](char c) { return c == '\r' || c == '\n'; });
    return value.trimmed();
}

QList<QByteArray> headerValues(QByteArrayView block, QByteArrayView name)
{
    QList<QByteArray> values;
    for (const HeaderField &field : splitHeaderFields(block)) {
        if (field.is(name))
            values.append(unfoldedValue(block, field));
    }
    return values;
}

QByteArrayView headerBlockOf(QByteArrayView message)
{
    const qsizetype crlf = message.indexOf("\r\n\r\n");
    const qsizetype lf = message.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return message.first(crlf + 4);
    if (lf >= 0)
        return message.first(lf + 2);
    return message;
}

Result<QByteArray> readHeaderBlock(const QString &path, qsizetype maxBytes)
{
    QFile file(path);
    if (!file.exists())
        return Error::notFound(u"Message file '%1' does not exist."_s.arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(u"Cannot read message file '%1': %2."_s.arg(path, file.errorString()));

    QByteArray data;
    qsizetype scan = 0;       // start of the first line not looked at yet
    qsizetype fieldStart = 0; // start of the field that line belongs to
    const auto cut = [&]() -> QByteArray {
        // Over the cap: keep the fields that fit whole.
        const bool continuation = scan < data.size() && isBlank(data[scan]);
        return data.left(continuation ? fieldStart : scan);
    };
    for (;;) {
        for (qsizetype lf = data.indexOf('\n', scan); lf >= 0; lf = data.indexOf('\n', scan)) {
            if (lf + 1 > maxBytes)
                return cut();
            if (lf == scan || (lf == scan + 1 && data[scan] == '\r'))
                return data.left(lf + 1);
            if (!isBlank(data[scan]))
                fieldStart = scan;
            scan = lf + 1;
        }
        if (data.size() > maxBytes)
            return cut();
        if (file.atEnd())
            return data; // headers only, no body
        const QByteArray more = file.read(kReadBlock);
        if (more.isEmpty() && !file.atEnd())
            return Error::failed(u"Cannot read message file '%1': %2."_s.arg(path, file.errorString()));
        data += more;
    }
}

} // namespace Doorstep::Core
