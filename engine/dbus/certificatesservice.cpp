#include "engine/dbus/certificatesservice.h"

#include "engine/store/settings.h"
#include "engine/tls/certificaterenewal.h"
#include "engine/tls/certificatestore.h"

namespace Doorstep::DBus {

using namespace Qt::StringLiterals;

CertificatesService::CertificatesService(ServiceContext &context, QObject *parent)
    : QueueService(context, parent)
{
    connect(&m_context.renewal, &Tls::CertificateRenewal::progress, this, &CertificatesService::AcmeProgress);
}

QVariantMap CertificatesService::Current()
{
    handle([this](const PendingReply &reply) {
        const Tls::CertificateStore &store = m_context.certificates;
        if (!store.hasCertificate()) {
            reply.sendValue(QVariantMap());
            return;
        }
        QVariantMap current = store.current().toVariantMap();
        current.insert(m_context.renewal.state());
        reply.sendValue(current);
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

QString CertificatesService::CreateRequest(const QStringList &names)
{
    handle([this, names](const PendingReply &reply) {
        const QStringList wanted = names.isEmpty() ? QStringList{m_context.settings.stringValue(u"identity.hostname"_s)} : names;
        m_context.certificates.createRequest(wanted, this, [reply](Core::Result<QByteArray> pem) {
            finish(reply, std::move(pem), [&reply](const QByteArray &request) { reply.sendValue(QString::fromLatin1(request)); });
        });
    });
    return {};
}

void CertificatesService::Import(const QString &cert_pem, const QString &key_pem, const QString &chain_pem)
{
    handle([this, cert_pem, key_pem, chain_pem](const PendingReply &reply) {
        const QString hostName = m_context.settings.stringValue(u"identity.hostname"_s);
        const Tls::CertificateBundle given{cert_pem.toUtf8(), key_pem.toUtf8(), chain_pem.toUtf8()};
        m_context.certificates.importCertificate(given, hostName, this, [this, reply](Core::Result<Tls::CertificateInfo> made) {
            if (!made) {
                reply.fail(made.error());
                return;
            }
            announce(u"Imported a certificate for %1 from %2 (fingerprint %3)."_s.arg(made->names.join(u", "_s), made->issuer,
                                                                                      made->fingerprintSha256),
                     {{u"object"_s, u"certificate"_s}, {u"action"_s, u"imported"_s}, {u"names"_s, made->names}});
            reply.send();
        });
    });
}

void CertificatesService::RequestAcme(const QString &directory_url, const QStringList &names, const QString &email)
{
    handle([this, directory_url, names, email](const PendingReply &reply) {
        m_context.renewal.requestAcme(directory_url, names, email, this,
                                      [this, reply](Core::Result<Tls::CertificateInfo> made) { replyIssued(reply, made); });
    });
}

void CertificatesService::Renew()
{
    handle([this](const PendingReply &reply) {
        m_context.renewal.renew(this, [this, reply](Core::Result<Tls::CertificateInfo> made) { replyIssued(reply, made); });
    });
}

void CertificatesService::replyIssued(const PendingReply &reply, const Core::Result<Tls::CertificateInfo> &made)
{
    if (!made)
        reply.fail(made.error());
    else
        reply.send();
}

} // namespace Doorstep::DBus
