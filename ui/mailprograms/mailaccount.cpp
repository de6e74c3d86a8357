#include "ui/mailprograms/mailaccount.h"

#include <optional>

#include "ui/models/dbusvalue.h"

namespace Doorstep::Ui::MailPrograms {

using namespace Qt::StringLiterals;

namespace {

std::optional<MailEndpoint> endpoint(const QVariantMap &server)
{
    const QString security = server.value(u"security"_s).toString();
    const uint port = server.value(u"port"_s).toUInt();
    const QString hostname = server.value(u"hostname"_s).toString();
    if (hostname.isEmpty() || port == 0 || port > 65535)
        return std::nullopt;
    // Users.ClientSetup documents "tls" and "starttls"; anything else is a server a program
    // could only reach in clear, which no Doorstep listener offers.
    if (security == u"tls"_s)
        return MailEndpoint{hostname, quint16(port), MailEndpoint::Security::ImplicitTls};
    if (security == u"starttls"_s)
        return MailEndpoint{hostname, quint16(port), MailEndpoint::Security::StartTls};
    return std::nullopt;
}

/** The first usable server of @p protocol, preferring implicit TLS when @p preferTls. */
std::optional<std::pair<MailEndpoint, QString>> pick(const QList<QVariantMap> &servers, const QString &protocol,
                                                    bool preferTls)
{
    std::optional<std::pair<MailEndpoint, QString>> chosen;
    for (const QVariantMap &server : servers) {
        if (server.value(u"protocol"_s).toString() != protocol)
            continue;
        const auto found = endpoint(server);
        if (!found)
            continue;
        if (!chosen)
            chosen = std::pair{*found, server.value(u"username"_s).toString()};
        else if (preferTls && found->security == MailEndpoint::Security::ImplicitTls
                 && chosen->first.security != MailEndpoint::Security::ImplicitTls)
            chosen = std::pair{*found, server.value(u"username"_s).toString()};
    }
    return chosen;
}

} // namespace

Outcome<MailAccount> MailAccount::fromClientSetup(const QVariantMap &setup)
{
    MailAccount account;
    account.address = setup.value(u"address"_s).toString();
    account.displayName = setup.value(u"display_name"_s).toString();
    if (account.displayName.isEmpty())
        account.displayName = account.address;
    const auto imap = pick(Models::toVariantMapList(setup.value(u"incoming"_s)), u"imap"_s, true);
    if (!imap)
        return Outcome<MailAccount>::failure(
            tr("The server offers no IMAP for %1, so a mail program on this computer cannot be set up for it: "
               "turn on 'imap.enabled' first.")
                .arg(account.address));
    // The engine lists the submission servers best first; take its first choice.
    const auto smtp = pick(Models::toVariantMapList(setup.value(u"outgoing"_s)), u"smtp"_s, false);
    if (!smtp)
        return Outcome<MailAccount>::failure(
            tr("The server offers no SMTP for %1, so a mail program on this computer cannot be set up for it: give "
               "'listeners.smtps' or 'listeners.submission' an address first.")
                .arg(account.address));
    account.incoming = imap->first;
    account.outgoing = smtp->first;
    account.username = imap->second.isEmpty() ? account.address : imap->second;
    if (account.address.isEmpty())
        account.address = account.username;
    return account;
}

} // namespace Doorstep::Ui::MailPrograms
