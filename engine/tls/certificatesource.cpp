#include "engine/tls/certificatesource.h"

#include <array>
#include <utility>

namespace Doorstep::Tls {

namespace {
using namespace Qt::StringLiterals;

const std::array<std::pair<CertificateSource, QLatin1StringView>, 3> kSources{{
    {CertificateSource::SelfSigned, "self-signed"_L1},
    {CertificateSource::Imported, "imported"_L1},
    {CertificateSource::Acme, "acme"_L1},
}};
} // namespace

QString certificateSourceName(CertificateSource source)
{
    for (const auto &[s, name] : kSources) {
        if (s == source)
            return QString(name);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<CertificateSource> certificateSourceFromName(const QString &name)
{
    for (const auto &[s, n] : kSources) {
        if (name == n)
            return s;
    }
    return std::nullopt;
}

} // namespace Doorstep::Tls
