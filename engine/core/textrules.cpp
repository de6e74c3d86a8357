#include "engine/core/textrules.h"

#include <QStringList>

namespace Doorstep::Core {

qsizetype characterCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

std::optional<QHostAddress> parseIpAddress(const QString &text)
{
    if (text.isEmpty() || text.contains(QLatin1Char('%')))
        return std::nullopt;
    if (!text.contains(QLatin1Char(':'))) {
        const QStringList octets = text.split(QLatin1Char('.'));
        if (octets.size() != 4)
            return std::nullopt;
        for (const QString &octet : octets) {
            if (octet.isEmpty() || octet.size() > 3)
                return std::nullopt;
            for (QChar c : octet) {
                if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                    return std::nullopt;
            }
            if (octet.toInt() > 255)
                return std::nullopt;
        }
    }
    QHostAddress address;
    if (!address.setAddress(text))
        return std::nullopt;
    return address;
}

} // namespace Doorstep::Core
