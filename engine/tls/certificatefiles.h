#pragma once

#include <optional>

#include <QDateTime>
#include <QString>

#include "engine/core/result.h"
#include "engine/tls/certificatebundle.h"
#include "engine/tls/certificatesource.h"

namespace Doorstep::Tls {

/**
 * The files of DATA/tls and how they change durably:
 *
 *   cert.pem    the server certificate (0644)
 *   key.pem     its private key, PKCS#8 PEM (0600, never wider at any instant)
 *   chain.pem   intermediate certificates (0644), present only when there are some
 *   meta.json   {"source": "self-signed"|"imported"|"acme", "created": ISO 8601 UTC, "chain": bool,
 *               "acme_directory": URL (only for acme)}
 *
 * A replacement must never leave a key from one set next to a certificate from another.
 * replace() therefore stages the new set as *.new files (each written atomically), with
 * meta.json.new last as the commit record, and then renames them into place. load() finishes
 * an interrupted replacement first: with meta.json.new present it rolls forward, otherwise it
 * discards the partial *.new files. Files are only checked for presence and size here; what
 * is in them is CertificateBundle's business.
 *
 * All functions block on the disk (fsync): worker thread, or start-up before the loop runs.
 */
class CertificateFiles final
{
public:
    struct Contents
    {
        CertificateBundle bundle;
        CertificateSource source = CertificateSource::SelfSigned;
        /** When this set was made or imported (UTC); the file time when meta.json is absent. */
        QDateTime created;
        /** For source acme: the ACME directory it came from (renewals go there); else empty. */
        QString acmeDirectory;
    };

    explicit CertificateFiles(QString directory);

    const QString &directory() const { return m_directory; }
    QString certificatePath() const;
    QString privateKeyPath() const;
    QString chainPath() const;
    QString metaPath() const;
    /** The key of the last Certificates.CreateRequest (0600), until a certificate for it is imported. */
    QString requestKeyPath() const;

    /** Creates the directory (0700) when absent; its parent must exist. */
    Core::Result<void> createDirectory() const;

    /**
     * Finishes or discards an interrupted replacement, then reads the set: nullopt when there
     * is no cert.pem and no key.pem. Only one of them present is an error. Without meta.json
     * the set counts as imported (someone put the files there). A key.pem readable by group
     * or others is tightened to 0600.
     */
    Core::Result<std::optional<Contents>> load() const;

    /** Durably replaces the whole set with @p contents (see the class comment). */
    Core::Result<void> replace(const Contents &contents) const;

private:
    Core::Result<void> recover() const;
    Core::Result<void> commit(bool hasChain) const;

    QString m_directory;
};

} // namespace Doorstep::Tls
