#pragma once

#include <QCoreApplication>
#include <QDBusConnection>

#include "ui/mailprograms/mailprogram.h"

namespace Doorstep::Ui::MailPrograms {

/**
 * KMail reads mail through Akonadi: an account is an instance of Akonadi's IMAP resource.
 * Adding asks Akonadi's agent manager (org.freedesktop.Akonadi.Control, /AgentManager) for a
 * new "akonadi_imap_resource", sets the server through the resource's /Settings object (the
 * setters its imapresource.kcfg generates, as KDE's import wizard calls them), saves, names
 * the instance and asks it to reconfigure (org.freedesktop.Akonadi.Agent.Control), all
 * asynchronously over the session bus. Akonadi must be running: KMail starts it.
 *
 * KMail sends through a MailTransport entry and a KIdentityManagement identity, which are not
 * in Akonadi: KMailSending writes both files once the IMAP resource is configured and
 * broadcasts the libraries' own change signals, so that a running KMail re-reads them instead
 * of writing its older lists back. Every refusal (this IMAP account, transport or identity is
 * there already) comes before anything is changed.
 *
 * Checked against Debian 12's Akonadi 22.12 (akonadi-server, kdepim-runtime) on a private bus:
 * the real akonadi_imap_resource answers these setters and reads the values back through its
 * getters (imapServer, imapPort, userName, safety, authentication).
 */
class KMail final : public MailProgram
{
    Q_DECLARE_TR_FUNCTIONS(KMail)

public:
    KMail(Environment environment, QDBusConnection bus);

    void add(const MailAccount &account, QObject *context, Done done) override;

    /** The sentence when Akonadi is not on the bus. */
    static QString notRunning();

private:
    QDBusConnection m_bus;
};

} // namespace Doorstep::Ui::MailPrograms
