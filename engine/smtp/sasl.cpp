#include "engine/smtp/sasl.h"

#include <QList>

namespace Doorstep::Smtp::Sasl {

std::optional<QByteArray> decodeBase64(const QByteArray &line)
{
    if (line == "=")
        return QByteArray();
    if (line.isEmpty())
        return std::nullopt;
    // RFC 4648 4: groups of four, '=' only as padding at the very end (at most two).
    if (line.size() % 4 != 0)
        return std::nullopt;
    const qsizetype padding = line.endsWith("==") ? 2 : line.endsWith('=') ? 1 : 0;
    for (qsizetype i = 0; i < line.size() - padding; ++i) {
        const char c = line.at(i);
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
        if (!ok)
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(line, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<SaslCredentials> decodePlain(const QByteArray &decoded)
{
    const QList<QByteArray> parts = decoded.split('\0');
    if (parts.size() != 3 || parts[1].isEmpty())
        return std::nullopt;
    if (!parts[0].isEmpty() && parts[0] != parts[1])
        return std::nullopt; // acting as another user is not offered
    return SaslCredentials{QString::fromUtf8(parts[1]), QString::fromUtf8(parts[2])};
}

} // namespace Doorstep::Smtp::Sasl
