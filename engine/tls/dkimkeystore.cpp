#include "engine/tls/dkimkeystore.h"

#include <optional>

#include <QFileInfo>
#include <QPointer>

#include "engine/core/mailaddress.h"
#include "engine/tls/atomicfile.h"
#include "engine/tls/log.h"

namespace Doorstep::Tls {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;

DkimKeyStore::DkimKeyStore(QString directory)
    : m_directory(std::move(directory))
{
    m_worker.setMaxThreadCount(1);
}

DkimKeyStore::~DkimKeyStore()
{
    m_worker.clear();
    m_worker.waitForDone();
}

Result<std::unique_ptr<DkimKeyStore>> DkimKeyStore::open(const QString &dataDirectory)
{
    const QString directory = dataDirectory + u"/dkim"_s;
    if (auto created = AtomicFile::createPrivateDirectory(directory, u"the DKIM key directory"_s); !created)
        return created.error();
    if (auto removed = AtomicFile::removeTemporaryFiles(directory); !removed)
        return removed.error();
    return std::unique_ptr<DkimKeyStore>(new DkimKeyStore(directory));
}

QString DkimKeyStore::filePath(DkimAlgorithm algorithm, const QString &domain, const QString &selector) const
{
    // Host names hold no '_', so "_domainkey" keeps every (selector, domain) pair apart.
    return u"%1/%2._domainkey.%3.%4.pem"_s.arg(m_directory, selector, domain, dkimKeyTypeName(algorithm));
}

Result<DkimKey> DkimKeyStore::loadOrMake(const QString &path, DkimAlgorithm algorithm, const QString &domain, const QString &selector)
{
    if (QFileInfo::exists(path)) {
        auto pem = AtomicFile::read(path);
        if (!pem)
            return pem.error();
        return DkimKey::fromPem(algorithm, domain, selector, pem.value(), u"the DKIM key '%1'"_s.arg(path));
    }
    auto made = DkimKey::generate(algorithm, domain, selector);
    if (!made)
        return made.error();
    if (auto written = AtomicFile::write(path, made->privateKeyPem, 0600); !written)
        return written.error();
    qCInfo(lcTls).noquote() << "Made the DKIM" << made->keyType() << "key" << made->dnsName() << "in" << path;
    return made;
}

void DkimKeyStore::keys(const QString &domain, const QString &selector, bool withEd25519, QObject *context, Done done)
{
    Q_ASSERT(context);
    QPointer<QObject> guard(context);
    const QString name = domain.toLower();
    const QString label = selector.toLower();
    if (!Core::isValidHostName(name) || !Core::isValidHostName(label)) {
        const Error refusal = Error::invalidArgument(
            u"DKIM keys need a domain and a selector made of letters, digits, hyphens and dots, not '%1' and '%2'."_s.arg(domain, selector));
        QMetaObject::invokeMethod(context, [done = std::move(done), refusal] { done(refusal); }, Qt::QueuedConnection);
        return;
    }
    QList<DkimAlgorithm> algorithms{DkimAlgorithm::Rsa};
    if (withEd25519)
        algorithms.append(DkimAlgorithm::Ed25519);
    QList<DkimKey> found;
    QList<std::pair<QString, DkimAlgorithm>> missing;
    for (const DkimAlgorithm algorithm : algorithms) {
        const QString path = filePath(algorithm, name, label);
        if (const auto it = m_loaded.constFind(path); it != m_loaded.cend())
            found.append(*it);
        else
            missing.append({path, algorithm});
    }
    if (missing.isEmpty()) {
        QMetaObject::invokeMethod(context, [done = std::move(done), found] { done(found); }, Qt::QueuedConnection);
        return;
    }
    m_worker.start([this, guard, done = std::move(done), algorithms, name, label]() {
        QList<DkimKey> keys;
        std::optional<Error> failure;
        for (const DkimAlgorithm algorithm : algorithms) {
            auto key = loadOrMake(filePath(algorithm, name, label), algorithm, name, label);
            if (!key) {
                failure = key.error();
                break;
            }
            keys.append(key.value());
        }
        // The destructor waits for this job, so `this` is alive while the call is posted.
        QMetaObject::invokeMethod(
            this,
            [this, guard, done, keys, failure] {
                for (const DkimKey &key : keys)
                    m_loaded.insert(filePath(key.algorithm, key.domain, key.selector), key);
                if (!guard)
                    return;
                if (failure)
                    done(*failure);
                else
                    done(keys);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Doorstep::Tls
