#include "engine/delivery/dovecot/dovecotlog.h"

#include <QRegularExpression>

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;

std::optional<DovecotLoginFailure> DovecotLog::loginFailure(const QString &line)
{
    // "auth failed" is Dovecot's word for a wrong password or an unknown user; a disabled user
    // (nologin) and a client that gave up before trying are other words.
    static const QRegularExpression failed(
        uR"re(\b(imap|pop3|managesieve)-login: (?:Info: )?.*\(auth failed, (\d+) attempts?[^)]*\): user=<([^>]{0,200})>.*?\brip=([0-9A-Fa-f:.]+))re"_s);
    const QRegularExpressionMatch match = failed.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    return DovecotLoginFailure{match.captured(1), match.captured(3).left(100), match.captured(4), qMax(1, match.captured(2).toInt())};
}

} // namespace Doorstep::Delivery
