#include "engine/delivery/remote/dkimsigner.h"

#include <QFile>
#include <QPointer>
#include <QThreadPool>

#include "engine/core/clock.h"
#include "engine/core/enginestate.h"
#include "engine/core/headerblock.h"
#include "engine/core/mailaddress.h"
#include "engine/delivery/log.h"
#include "engine/delivery/remote/addresslist.h"
#include "engine/delivery/remote/dkimcanonicalization.h"
#include "engine/delivery/remote/dkimsignature.h"
#include "engine/store/settings.h"
#include "engine/tls/dkimkey.h"
#include "engine/tls/dkimkeystore.h"

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

namespace {

constexpr qint64 kBodyChunk = 64 * 1024;
const QString kStateKey = u"dkim"_s;

} // namespace

DkimSigner::DkimSigner(Tls::DkimKeyStore &keys, const Store::Settings &settings, Core::EngineState &state, const Core::Clock &clock,
                       IsOurDomain isOurs, QObject *parent)
    : QObject(parent)
    , m_keys(keys)
    , m_settings(settings)
    , m_state(state)
    , m_clock(clock)
    , m_isOurs(std::move(isOurs))
{
}

std::optional<QString> DkimSigner::signingDomain(QByteArrayView headers)
{
    std::optional<QString> domain;
    for (const Core::HeaderField &field : Core::splitHeaderFields(headers)) {
        if (!field.is("from"))
            continue;
        if (domain)
            return std::nullopt; // two From fields: not a message to vouch for
        const QByteArrayView value = headers.sliced(field.valueStart, field.end - field.valueStart);
        const auto mailboxes = parseAddressList(value);
        if (!mailboxes || mailboxes->size() != 1 || !mailboxes->first().hasDomain())
            return std::nullopt;
        const MailboxSpan &span = mailboxes->first();
        // d= and the Domains list hold the ASCII form of an internationalized name.
        const auto name = Core::normalizeDomain(QString::fromUtf8(value.sliced(span.domainStart, span.domainEnd - span.domainStart)));
        if (!name)
            return std::nullopt;
        domain = name.value();
    }
    return domain;
}

Result<QByteArray> DkimSigner::signatureFields(const QList<Tls::DkimKey> &keys, QByteArrayView headers, const QString &bodyPath,
                                               qint64 bodyOffset, quint64 timestamp)
{
    QFile body(bodyPath);
    if (!body.open(QIODevice::ReadOnly) || !body.seek(bodyOffset))
        return Error::failed(u"Cannot read the message body '%1' to sign it: %2."_s.arg(bodyPath, body.errorString()));
    RelaxedBodyHash bodyHash;
    for (;;) {
        const QByteArray chunk = body.read(kBodyChunk);
        if (body.error() != QFileDevice::NoError)
            return Error::failed(u"Cannot read the message body '%1' to sign it: %2."_s.arg(bodyPath, body.errorString()));
        if (chunk.isEmpty())
            break;
        bodyHash.add(chunk);
    }
    const QByteArray bh = bodyHash.finish();
    const QByteArrayList signedFields = DkimSignature::fieldsToSign(headers);
    QByteArray fields;
    for (const Tls::DkimKey &key : keys) {
        DkimSignature signature{key.signatureAlgorithm(), key.domain, key.selector, timestamp, bh, signedFields};
        auto signed_ = key.sign(signature.signingInput(headers));
        if (!signed_)
            return signed_.error();
        fields += signature.complete(signed_.value());
    }
    return fields;
}

void DkimSigner::sign(const QByteArray &headers, const QString &bodyPath, qint64 bodyOffset, QObject *context,
                      std::function<void(QByteArray)> done)
{
    QPointer<QObject> guard(context);
    const auto finish = [guard, done](const QByteArray &result) {
        if (guard)
            done(result);
    };
    const std::optional<QString> domain = signingDomain(headers);
    if (!m_settings.boolValue(u"dkim.enabled"_s) || !domain || !m_isOurs(*domain)) {
        QMetaObject::invokeMethod(this, [finish, headers] { finish(headers); }, Qt::QueuedConnection);
        return;
    }
    const quint64 timestamp = m_clock.nowUsec() / 1000000;
    m_keys.keys(*domain, m_settings.stringValue(u"dkim.selector"_s), m_settings.boolValue(u"dkim.ed25519"_s), this,
                [this, finish, headers, bodyPath, bodyOffset, domain = *domain, timestamp](Result<QList<Tls::DkimKey>> keys) {
        if (!keys) {
            reportUnsigned(domain, keys.error().message);
            finish(headers);
            return;
        }
        QPointer<DkimSigner> self(this);
        QThreadPool::globalInstance()->start([self, finish, headers, bodyPath, bodyOffset, domain, timestamp, keys = keys.value()] {
            auto fields = std::make_shared<Result<QByteArray>>(signatureFields(keys, headers, bodyPath, bodyOffset, timestamp));
            QMetaObject::invokeMethod(
                self,
                [self, finish, headers, domain, fields] {
                    if (!*fields) {
                        self->reportUnsigned(domain, fields->error().message);
                        finish(headers);
                        return;
                    }
                    self->m_state.clearDegraded(kStateKey);
                    finish(fields->value() + headers);
                },
                Qt::QueuedConnection);
        });
    });
}

void DkimSigner::reportUnsigned(const QString &domain, const QString &reason)
{
    qCWarning(lcDelivery).noquote() << "sending mail from" << domain << "without a DKIM signature:" << reason;
    m_state.setDegraded(kStateKey, u"mail from %1 leaves without a DKIM signature: %2"_s.arg(domain, reason));
}

void DkimSigner::prepareKeys(const QString &domain)
{
    if (!m_settings.boolValue(u"dkim.enabled"_s))
        return;
    m_keys.keys(domain, m_settings.stringValue(u"dkim.selector"_s), m_settings.boolValue(u"dkim.ed25519"_s), this,
                [domain](const Result<QList<Tls::DkimKey>> &keys) {
        if (!keys)
            qCWarning(lcDelivery).noquote() << "cannot make the DKIM keys of" << domain << "yet:" << keys.error().message;
    });
}

void DkimSigner::records(const QString &domain, QObject *context, std::function<void(Result<QList<DkimRecord>>)> done)
{
    const auto normalized = Core::normalizeDomain(domain.trimmed());
    const QString name = normalized ? normalized.value() : QString();
    if (!normalized || !m_isOurs(name)) {
        const Error refusal = Error::notFound(
            u"'%1' is not a local domain: DKIM keys exist for the Domains list and identity.masquerade_as only."_s.arg(domain));
        QMetaObject::invokeMethod(context, [done = std::move(done), refusal] { done(refusal); }, Qt::QueuedConnection);
        return;
    }
    m_keys.keys(name, m_settings.stringValue(u"dkim.selector"_s), m_settings.boolValue(u"dkim.ed25519"_s), context,
                [done = std::move(done)](Result<QList<Tls::DkimKey>> keys) {
        if (!keys) {
            done(keys.error());
            return;
        }
        QList<DkimRecord> records;
        for (const Tls::DkimKey &key : keys.value())
            records.append({key.dnsName(), key.txtRecord()});
        done(records);
    });
}

} // namespace Doorstep::Delivery
