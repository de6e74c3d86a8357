#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include "engine/core/result.h"
#include "engine/tls/dkimkey.h"

namespace Doorstep::Tls {

/**
 * The DKIM signing keys in DATA/dkim (mode 0700): one file per domain, selector and key type,
 * named after the DNS name the key is published at, "SELECTOR._domainkey.DOMAIN.rsa.pem"
 * and "….ed25519.pem", mode 0600, PKCS#8. A key is made the first time it is asked for and
 * kept for good: a new selector gets new keys beside the old ones, which stay valid for as
 * long as someone still publishes them.
 *
 * Key generation and every file access run on the store's own single worker thread, in
 * submission order, so two requests for the same missing key make it once. Results come back
 * on the store's thread as a queued call (never before keys() has returned); keys already
 * loaded come from memory.
 */
class DkimKeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DkimKeyStore)

public:
    /** The keys asked for, RSA first, or why they could not be read or made. */
    using Done = std::function<void(Core::Result<QList<DkimKey>>)>;

    /** Opens DATA/dkim, creating it with mode 0700, and removes files of interrupted writes. */
    static Core::Result<std::unique_ptr<DkimKeyStore>> open(const QString &dataDirectory);
    /** Drops queued jobs and waits for a running one (at most one key generation). */
    ~DkimKeyStore() override;

    /** DATA/dkim. */
    const QString &directory() const { return m_directory; }
    /** Where a key is stored: DATA/dkim/SELECTOR._domainkey.DOMAIN.TYPE.pem. */
    QString filePath(DkimAlgorithm algorithm, const QString &domain, const QString &selector) const;

    /**
     * The RSA key of @p domain and @p selector, and with @p withEd25519 its Ed25519 key as
     * well, read from DATA/dkim or made there. A domain or selector that is not a host name
     * (case does not matter) is refused with InvalidArgument. @p done runs later on this
     * thread, unless @p context is gone by then.
     */
    void keys(const QString &domain, const QString &selector, bool withEd25519, QObject *context, Done done);

private:
    explicit DkimKeyStore(QString directory);
    static Core::Result<DkimKey> loadOrMake(const QString &path, DkimAlgorithm algorithm, const QString &domain, const QString &selector);

    QString m_directory;
    QHash<QString, DkimKey> m_loaded; // by file path; this thread only
    QThreadPool m_worker;             // one thread: a missing key is made once
};

} // namespace Doorstep::Tls
