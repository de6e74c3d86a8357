#include "engine/store/passwordhash.h"

#include <crypt.h>
#include <cstring>
#include <memory>

#include <QThreadPool>

#include "engine/core/textrules.h"

namespace Doorstep::Store {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

// struct crypt_data is 32 KiB: on the heap, never on a small thread stack.
std::unique_ptr<crypt_data> newCryptData()
{
    auto data = std::make_unique<crypt_data>();
    std::memset(data.get(), 0, sizeof(crypt_data));
    return data;
}

// Compares without an early exit, so the time taken says nothing about where they differ.
bool constantTimeEqual(const char *a, const char *b, size_t length)
{
    unsigned char difference = 0;
    for (size_t i = 0; i < length; ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

QThreadPool &PasswordHash::pool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process; threads expire when idle
        p->setMaxThreadCount(2);
        p->setObjectName(QStringLiteral("doorstep-hashing"));
        return p;
    }();
    return *pool;
}

Result<void> PasswordHash::checkStrength(const QString &password)
{
    const qsizetype length = Core::characterCount(password);
    if (length < 8)
        return Error::invalidArgument(u"The password must be at least 8 characters long."_s);
    if (length > 1024)
        return Error::invalidArgument(u"The password must be at most 1024 characters long."_s);
    for (QChar c : password) {
        if (c.category() == QChar::Other_Control)
            return Error::invalidArgument(u"The password must not contain control characters such as line breaks."_s);
    }
    return {};
}

Result<QByteArray> PasswordHash::hash(const QString &password)
{
    char salt[CRYPT_GENSALT_OUTPUT_SIZE];
    // count 0 = libxcrypt's default cost for yescrypt; random bytes from the kernel.
    if (!crypt_gensalt_rn("$y$", 0, nullptr, 0, salt, sizeof salt))
        return Error::failed(u"Cannot make a password salt (libxcrypt: %1)."_s.arg(QString::fromLocal8Bit(std::strerror(errno))));
    auto data = newCryptData();
    const QByteArray utf8 = password.toUtf8();
    const char *hashed = crypt_rn(utf8.constData(), salt, data.get(), sizeof(crypt_data));
    if (!hashed || hashed[0] == '*')
        return Error::failed(u"Cannot hash the password (libxcrypt refused yescrypt)."_s);
    return QByteArray(hashed);
}

bool PasswordHash::verify(const QString &password, const QByteArray &hash)
{
    if (!hash.startsWith("$y$"))
        return false;
    auto data = newCryptData();
    const QByteArray utf8 = password.toUtf8();
    const char *hashed = crypt_rn(utf8.constData(), hash.constData(), data.get(), sizeof(crypt_data));
    if (!hashed || hashed[0] == '*')
        return false;
    const size_t length = std::strlen(hashed);
    return length == size_t(hash.size()) && constantTimeEqual(hashed, hash.constData(), length);
}

} // namespace Doorstep::Store
