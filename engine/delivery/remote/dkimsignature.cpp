#include "engine/delivery/remote/dkimsignature.h"

#include <QHash>

#include "engine/core/headerblock.h"
#include "engine/delivery/remote/dkimcanonicalization.h"

namespace Doorstep::Delivery {

namespace {

constexpr qsizetype kFoldWidth = 72;

} // namespace

const QByteArrayList DkimSignature::SignedFields{
    "from",         "to",         "cc",          "subject",     "date",       "message-id",   "reply-to",
    "sender",       "mime-version", "content-type", "content-transfer-encoding", "in-reply-to", "references",
    "list-id",      "list-unsubscribe",
};

QByteArrayList DkimSignature::fieldsToSign(QByteArrayView headers)
{
    const QList<Core::HeaderField> fields = Core::splitHeaderFields(headers);
    QByteArrayList names;
    for (const QByteArray &name : SignedFields) {
        for (const Core::HeaderField &field : fields) {
            if (field.is(name))
                names.append(name);
        }
        if (name == "from")
            names.append(name);
    }
    return names;
}

QByteArray DkimSignature::unsignedField() const
{
    return "DKIM-Signature: v=1; a=" + algorithm.toLatin1() + "; c=relaxed/relaxed;\r\n\td=" + domain.toUtf8() + "; s=" + selector.toUtf8()
        + "; t=" + QByteArray::number(timestamp) + ";\r\n\th=" + signedFields.join(':') + ";\r\n\tbh=" + bodyHash.toBase64() + ";\r\n\tb=";
}

QByteArray DkimSignature::signingInput(QByteArrayView headers) const
{
    const QList<Core::HeaderField> fields = Core::splitHeaderFields(headers);
    QHash<QByteArray, qsizetype> used; // per name: how many were taken from the bottom
    QByteArray input;
    for (const QByteArray &name : signedFields) {
        qsizetype skip = used.value(name);
        used[name] = skip + 1;
        for (auto it = fields.crbegin(); it != fields.crend(); ++it) {
            if (!it->is(name))
                continue;
            if (skip-- > 0)
                continue;
            input += relaxedHeaderField(headers.sliced(it->start, it->end - it->start));
            break;
        }
    }
    QByteArray own = relaxedHeaderField(unsignedField());
    own.chop(2); // RFC 6376 3.7: the signature field goes in without its CRLF
    return input + own;
}

QByteArray DkimSignature::complete(const QByteArray &signature) const
{
    QByteArray field = unsignedField();
    const QByteArray encoded = signature.toBase64();
    for (qsizetype at = 0; at < encoded.size(); at += kFoldWidth) {
        if (at > 0)
            field += "\r\n\t ";
        field += encoded.mid(at, kFoldWidth);
    }
    return field + "\r\n";
}

} // namespace Doorstep::Delivery
