#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantMap>

#include "engine/core/mailaddress.h"
#include "engine/core/result.h"

namespace Doorstep::Delivery {

/** One server a mail program talks to: protocol, host name, port and how TLS starts. */
struct ClientEndpoint
{
    enum class Protocol {
        Imap,
        Pop3,
        Smtp,
    };
    /** How the connection is secured; every endpoint requires TLS before the login. */
    enum class Security {
        ImplicitTls, // TLS from the first byte (993, 995, 465): "tls", Thunderbird's "SSL"
        StartTls,    // plain greeting, then STARTTLS (143, 587): "starttls"
    };

    Protocol protocol = Protocol::Imap;
    QString hostname;
    quint16 port = 0;
    Security security = Security::ImplicitTls;

    bool operator==(const ClientEndpoint &) const = default;
};

/** "imap", "pop3" or "smtp": the form D-Bus and the autoconfig file's type attribute use. */
QString protocolName(ClientEndpoint::Protocol protocol);
/** "tls" or "starttls": the form D-Bus uses. */
QString securityName(ClientEndpoint::Security security);

/** What a mail program needs to know about one mailbox and the servers that reach it. */
struct ClientSetupInput
{
    QString address;           // the mailbox, also the login name
    QString displayName;       // the account's name in the mail program; empty = the address
    QString hostname;          // identity.hostname: the name clients connect to
    QList<ClientEndpoint> incoming; // in order of preference
    QList<ClientEndpoint> outgoing; // in order of preference
    QString organization;      // shown by Apple devices as the profile's origin; empty = none
};

/** The listener settings the servers come from, as Settings.Get reports those in effect. */
struct MailListenerSettings
{
    QString hostname;            // identity.hostname
    bool imapEnabled = true;     // imap.enabled
    QStringList imapListen;      // imap.listen (STARTTLS)
    QStringList imapsListen;     // imaps.listen (implicit TLS)
    bool pop3Enabled = false;    // pop3.enabled
    QStringList pop3sListen;     // pop3s.listen (implicit TLS)
    QStringList submissionListen; // listeners.submission (STARTTLS)
    QStringList smtpsListen;     // listeners.smtps (implicit TLS)
};

/**
 * The settings a person types into a mail program for one mailbox (issue 8, Users.ClientSetup),
 * and the same as files that set the account up by themselves: Thunderbird's autoconfig XML
 * (clientConfig version 1.1) and an Apple configuration profile (.mobileconfig).
 *
 * Clients connect to `identity.hostname`, never to a listener's IP address: a listener bound
 * to 127.0.0.1 or 0.0.0.0 says which port is open, not how a laptop or phone finds the host.
 * The login name is the full address (the store's users are addresses), with the mailbox
 * password sent inside TLS ("password-cleartext" in Thunderbird's words, EmailAuthPassword in
 * Apple's). No file carries a password.
 *
 * A pure value: nothing here reads settings, the store or the network, so the daemon calls it
 * on the event loop.
 */
class ClientSetup final
{
public:
    /**
     * The servers of @p listeners for @p address, implicit TLS first (IMAPS 993, then IMAP with
     * STARTTLS 143, then POP3S 995 when `pop3.enabled`; SMTPS 465, then submission 587), each
     * from the first address of its list that has a port. InvalidArgument for a malformed
     * address or listener; Failed when no server lets a client read or send mail.
     */
    static Core::Result<ClientSetup> fromListeners(const QString &address, const MailListenerSettings &listeners);

    /**
     * Checks @p input: a valid address (normalized here) and host names, at least one incoming
     * (IMAP or POP3) and one outgoing (SMTP) endpoint with a port, no control characters in the
     * names. InvalidArgument or Failed, naming what is wrong.
     */
    static Core::Result<ClientSetup> create(ClientSetupInput input);

    const ClientSetupInput &input() const { return m_input; }

    /**
     * The reply of Users.ClientSetup (a{sv}): "address" (s), "hostname" (s), "display_name"
     * (s), "incoming" and "outgoing" (aa{sv}, in order of preference, each with "protocol"
     * (s: imap, pop3, smtp), "hostname" (s), "port" (u), "security" (s: tls, starttls),
     * "username" (s: the full address) and "authentication" (s: "password-cleartext", the
     * mailbox password inside TLS)), "summary" (as: summary()), "autoconfig_xml" (s) and
     * "mobileconfig" (s).
     */
    QVariantMap describe() const;

    /** Lines a person can read and copy into a mail program's manual setup, in English. */
    QStringList summary() const;

    /**
     * Thunderbird's autoconfig file (clientConfig version 1.1, the format of
     * autoconfig.<domain>/mail/config-v1.1.xml), every endpoint in order of preference. The
     * username is the literal address, not the %EMAILADDRESS% placeholder: this file is made
     * for one mailbox, and a client given it should not have to ask which address it is for.
     */
    QByteArray autoconfigXml() const;

    /**
     * An unsigned Apple configuration profile (XML property list) with one Mail payload
     * (com.apple.mail.managed) for the first incoming and the first outgoing endpoint. Its
     * UUIDs and identifiers derive from the address (profileUuid()), so a profile made again
     * for the same mailbox replaces the installed one instead of adding a second account.
     */
    QByteArray appleMobileConfig() const;

    /** The profile's PayloadUUID: a name-based (version 5) UUID of the address. */
    QUuid profileUuid() const;
    /** The mail payload's PayloadUUID, also version 5 from the address. */
    QUuid accountUuid() const;

private:
    explicit ClientSetup(ClientSetupInput input, Core::MailAddress address);

    ClientSetupInput m_input;
    Core::MailAddress m_address;
};

} // namespace Doorstep::Delivery
