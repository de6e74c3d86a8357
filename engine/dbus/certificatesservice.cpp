#include "engine/dbus/certificatesservice.h"

#include "engine/store/settings.h"
#include "engine/tls/certificatestore.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;

CertificatesService::CertificatesService(ServiceContext &context, QObject *parent)
    : QueueService(context, parent)
{
}

QVariantMap CertificatesService::Current()
{
    handle([this](const PendingReply &reply) {
        const Tls::CertificateStore &store = m_context.certificates;
        reply.sendValue(store.hasCertificate() ? store.current().toVariantMap() : QVariantMap());
    });
    return {};
}

void CertificatesService::GenerateSelfSigned(const QStringList &names)
{
    handle([this, names](const PendingReply &reply) {
        const QStringList wanted = names.isEmpty() ? QStringList{m_context.settings.stringValue(u"identity.hostname"_s)} : names;
        m_context.certificates.generateSelfSigned(wanted, this, [this, reply](Core::Result<Tls::CertificateInfo> made) {
            if (!made) {
                reply.fail(made.error());
                return;
            }
            announce(u"New self-signed certificate for %1 (fingerprint %2)."_s.arg(made->names.join(u", "_s), made->fingerprintSha256),
                     {{u"object"_s, u"certificate"_s}, {u"action"_s, u"generated"_s}, {u"names"_s, made->names}});
            reply.send();
        });
    });
}

} // namespace Doorstep::DBus
