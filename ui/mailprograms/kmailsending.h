#pragma once

#include <QCoreApplication>
#include <QDBusConnection>
#include <QString>

#include "ui/mailprograms/environment.h"
#include "ui/mailprograms/mailaccount.h"
#include "ui/mailprograms/outcome.h"

namespace Doorstep::Ui::MailPrograms {

/**
 * KMail's sending side, which lives outside Akonadi in two KConfig files that KDE's libraries
 * share between processes:
 *  - ~/.config/mailtransports (KMailTransport's TransportManager): one "[Transport <id>]" group
 *    per SMTP server, keys from mailtransport.kcfg (id, name, identifier=SMTP, host, port, user,
 *    auth, authtype, encryption, storepass), "[General] default-transport";
 *  - ~/.config/emailidentities (KIdentityManagement's IdentityManager): one "[Identity #N]"
 *    group per identity ("Identity", "Name", "Email Address", "Transport" = the transport's id,
 *    "uoid"), "[General] Default Identity" = a uoid.
 * Ids are fresh random positive numbers, as KRandom::random() gives the libraries. Each file
 * is changed under KConfig's own lock file (<file>.lock, a QLockFile), by appending the new
 * group to the file's bytes as they were, and replaced atomically (QSaveFile, as KConfig
 * writes). Running programs hold both lists in memory and write them back, so announce() then
 * sends the broadcasts with which the libraries tell each other to re-read: changesCommitted
 * (org.kde.pim.TransportManager) and identitiesChanged (org.kde.pim.IdentityManager).
 *
 * Checked with Debian 12's libKF5MailTransport and libKF5IdentityManagement 22.12: a running
 * TransportManager and IdentityManager reloaded on these broadcasts and read the new transport
 * (SMTP, PLAIN, TLS) and the identity, default and linked to it, as written here.
 */
class KMailSending final
{
    Q_DECLARE_TR_FUNCTIONS(KMailSending)

public:
    /** What write() added. */
    struct Written {
        int transportId = 0;
        uint identityUoid = 0;
    };

    explicit KMailSending(const Environment &environment);

    QString transportsPath() const;
    QString identitiesPath() const;

    /**
     * The sentence that says why @p account cannot be added (a transport with its server, port
     * and user, or an identity with its address, is there already), or an empty string.
     */
    QString conflict(const MailAccount &account) const;

    /**
     * Adds a transport for @p account's SMTP server and an identity for its address that sends
     * through it, making each the default when there is no usable default yet. Both files or
     * neither: when the identity cannot be written, the transports file is put back.
     */
    Outcome<Written> write(const MailAccount &account) const;

    /** Asks every running TransportManager and IdentityManager on @p bus to re-read the files. */
    static void announce(const QDBusConnection &bus);

private:
    QString m_configHome;
};

} // namespace Doorstep::Ui::MailPrograms
