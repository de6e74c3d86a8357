#include "engine/tls/opensslerror.h"

#include <array>

#include <QStringList>

#include <openssl/err.h>

namespace Doorstep::Tls {

using namespace Qt::StringLiterals;

QString OpenSslError::takeAll()
{
    QStringList texts;
    while (const unsigned long code = ERR_get_error()) {
        std::array<char, 256> buffer{};
        ERR_error_string_n(code, buffer.data(), buffer.size());
        texts << QString::fromLatin1(buffer.data());
    }
    if (texts.isEmpty())
        return u"no details"_s;
    return texts.join(u"; "_s);
}

void OpenSslError::clear()
{
    ERR_clear_error();
}

Core::Error OpenSslError::failed(const QString &what)
{
    return Core::Error::failed(u"%1 failed (OpenSSL: %2)."_s.arg(what, takeAll()));
}

} // namespace Doorstep::Tls
