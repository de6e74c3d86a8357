#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "engine/core/hostport.h"

namespace Doorstep::Delivery {

/** Where the managed Dovecot keeps its files, all under the data directory. */
struct DovecotLayout
{
    /** DATA/dovecot: the configuration, the passwd-file, the certificate copy. */
    QString directory;
    /** DATA/mail: Maildir++ per user at DATA/mail/<domain>/<local>/. */
    QString mailRoot;
    /** DATA/sieve: the rules, a folder per user at DATA/sieve/<domain>/<local>/. */
    QString sieveRoot;

    static DovecotLayout inDataDirectory(const QString &dataDirectory);

    QString configPath() const;
    QString passwdPath() const;
    QString certificatePath() const;
    QString privateKeyPath() const;
    /** Dovecot's base_dir: its sockets and master.pid. */
    QString runDirectory() const;
    QString stateDirectory() const;
    /** The LMTP socket the engine delivers to. */
    QString lmtpSocketPath() const;
    /** The global script run before every user's (the spam rule). */
    QString globalSievePath() const;
};

/** Who Dovecot runs as: every Dovecot process, the mail files it writes, the logins it serves. */
struct DovecotIdentity
{
    QString user;
    QString group;
    uint uid = 0;
    uint gid = 0;
};

/** Everything the configuration says, resolved (ports are real: no port 0). */
struct DovecotConfigInput
{
    DovecotLayout layout;
    DovecotIdentity identity;
    QList<Core::HostPort> imap;  // IMAP with STARTTLS
    QList<Core::HostPort> imaps; // IMAP over implicit TLS
    bool pop3 = false;
    QList<Core::HostPort> pop3s;
    QList<Core::HostPort> sieve; // ManageSieve
    /** spam.folder: created and subscribed for every user, marked \Junk for mail programs. */
    QString spamFolder;
    /** How Sieve's vacation and redirect send mail: doorstep-sendmail into the engine's local submission socket. */
    QString sendmailPath;
    QString submitSocket;
};

/**
 * The complete dovecot.conf the engine runs Dovecot with (nothing from /etc/dovecot is read):
 * rootless (every process as one identity, no chroot), IMAP/IMAPS/POP3S/ManageSieve on the
 * given addresses only, LMTP on a Unix socket with Pigeonhole's Sieve, TLS 1.2+ with a copy
 * of the engine's certificate, passwords from the engine's passwd-file (`{CRYPT}` yescrypt),
 * users as full lower-case addresses, `mail_location = maildir:DATA/mail/%d/%n`.
 */
class DovecotConfig final
{
public:
    static QByteArray render(const DovecotConfigInput &input);
    /** The global Sieve script (sieve_before): mail the spam filter marked goes into @p spamFolder. */
    static QByteArray globalScript(const QString &spamFolder);
    /**
     * The configuration Pigeonhole's tools (sievec, sieve-test) run with: the same identity
     * and mail location, nothing else.
     */
    static QByteArray renderToolsConfig(const DovecotConfigInput &input);
};

} // namespace Doorstep::Delivery
