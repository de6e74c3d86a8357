#include "engine/delivery/dovecot/clientsetup.h"

#include <optional>

#include <QXmlStreamWriter>

#include "engine/core/hostport.h"

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;
using Protocol = ClientEndpoint::Protocol;
using Security = ClientEndpoint::Security;

namespace {

// The name space of Doorstep's version 5 UUIDs (RFC 4122 4.3), made once at random: the same
// address always gives the same UUID, and no other program's names collide with ours.
constexpr QUuid kUuidNamespace(0xeac6dd42, 0x1cf0, 0x40fc, 0xb9, 0xb1, 0xbd, 0xab, 0x6d, 0xb7, 0x7a, 0x84);

// Apple's examples write UUIDs in upper case without braces.
QString appleUuid(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces).toUpper();
}

/**
 * The port clients use for one listener setting: the first address with a port (port 0 picks
 * a free port at start; only the running engine knows it). Every address must parse, so a
 * broken setting is reported rather than skipped.
 */
Result<std::optional<quint16>> firstPort(const QString &key, const QStringList &addresses)
{
    std::optional<quint16> port;
    for (const QString &address : addresses) {
        const auto parsed = Core::HostPort::parseListenAddress(address);
        if (!parsed)
            return Error::invalidArgument(u"Setting '%1': %2"_s.arg(key, parsed.error().message));
        if (!port && parsed->port != 0)
            port = parsed->port;
    }
    return port;
}

bool hasControlCharacter(const QString &text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

Core::VoidResult checkEndpoints(const QList<ClientEndpoint> &endpoints, bool incoming)
{
    for (const ClientEndpoint &endpoint : endpoints) {
        const bool fits = incoming ? endpoint.protocol != Protocol::Smtp : endpoint.protocol == Protocol::Smtp;
        if (!fits)
            return Error::invalidArgument(u"'%1' is not a protocol for %2 mail."_s.arg(protocolName(endpoint.protocol),
                                                                                      incoming ? u"incoming"_s : u"outgoing"_s));
        if (!Core::isValidHostName(endpoint.hostname))
            return Error::invalidArgument(u"'%1' is not a host name a mail program can connect to."_s.arg(endpoint.hostname));
        if (endpoint.port == 0)
            return Error::invalidArgument(u"The %1 server on '%2' has no port: write one from 1 to 65535."_s.arg(
                protocolName(endpoint.protocol).toUpper(), endpoint.hostname));
    }
    return {};
}

// Thunderbird's names for the two securities; "SSL" is its word for implicit TLS.
QString thunderbirdSocketType(Security security)
{
    return security == Security::ImplicitTls ? u"SSL"_s : u"STARTTLS"_s;
}

// The words mail programs' manual setup shows.
QString securityLabel(Security security)
{
    return security == Security::ImplicitTls ? u"SSL/TLS"_s : u"STARTTLS"_s;
}

// The mailbox password as it is, which is safe because every endpoint is TLS by then.
QString authenticationName()
{
    return u"password-cleartext"_s;
}

void writeServer(QXmlStreamWriter &xml, const QString &element, const ClientEndpoint &endpoint, const QString &username)
{
    xml.writeStartElement(element);
    xml.writeAttribute(u"type"_s, protocolName(endpoint.protocol));
    xml.writeTextElement(u"hostname"_s, endpoint.hostname);
    xml.writeTextElement(u"port"_s, QString::number(endpoint.port));
    xml.writeTextElement(u"socketType"_s, thunderbirdSocketType(endpoint.security));
    xml.writeTextElement(u"username"_s, username);
    xml.writeTextElement(u"authentication"_s, authenticationName());
    xml.writeEndElement();
}

/** The parts of an XML property list (Apple's PropertyList-1.0 DTD) a profile uses. */
class PlistWriter final
{
public:
    explicit PlistWriter(QByteArray *out) : m_xml(out) { m_xml.setAutoFormatting(true); }

    void begin()
    {
        m_xml.writeStartDocument();
        m_xml.writeDTD(u"<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"_s);
        m_xml.writeStartElement(u"plist"_s);
        m_xml.writeAttribute(u"version"_s, u"1.0"_s);
    }
    void end() { m_xml.writeEndDocument(); }

    void startDict() { m_xml.writeStartElement(u"dict"_s); }
    void startArray(const QString &key)
    {
        m_xml.writeTextElement(u"key"_s, key);
        m_xml.writeStartElement(u"array"_s);
    }
    void close() { m_xml.writeEndElement(); }

    void string(const QString &key, const QString &value)
    {
        m_xml.writeTextElement(u"key"_s, key);
        m_xml.writeTextElement(u"string"_s, value);
    }
    void integer(const QString &key, qint64 value)
    {
        m_xml.writeTextElement(u"key"_s, key);
        m_xml.writeTextElement(u"integer"_s, QString::number(value));
    }
    void boolean(const QString &key, bool value)
    {
        m_xml.writeTextElement(u"key"_s, key);
        m_xml.writeEmptyElement(value ? u"true"_s : u"false"_s);
    }

private:
    QXmlStreamWriter m_xml;
};

/** The keys of one side of the Mail payload: "Incoming" or "Outgoing". */
void writeMailServer(PlistWriter &plist, const QString &side, const ClientEndpoint &endpoint, const QString &username)
{
    plist.string(side + u"MailServerAuthentication"_s, u"EmailAuthPassword"_s);
    plist.string(side + u"MailServerHostName"_s, endpoint.hostname);
    plist.integer(side + u"MailServerPortNumber"_s, endpoint.port);
    // XXX: a profile cannot ask for STARTTLS. UseSSL false on 143 or 587 leaves it to Apple
    // Mail, which upgrades when the server offers STARTTLS; ours always does, and refuses a
    // login before TLS, so no password travels in clear either way.
    plist.boolean(side + u"MailServerUseSSL"_s, endpoint.security == Security::ImplicitTls);
    plist.string(side + u"MailServerUsername"_s, username);
}

} // namespace

QString protocolName(ClientEndpoint::Protocol protocol)
{
    switch (protocol) {
    case Protocol::Imap:
        return u"imap"_s;
    case Protocol::Pop3:
        return u"pop3"_s;
    case Protocol::Smtp:
        return u"smtp"_s;
    }
    Q_UNREACHABLE();
}

QString securityName(ClientEndpoint::Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return u"tls"_s;
    case Security::StartTls:
        return u"starttls"_s;
    }
    Q_UNREACHABLE();
}

ClientSetup::ClientSetup(ClientSetupInput input, Core::MailAddress address)
    : m_input(std::move(input)), m_address(std::move(address))
{
}

Result<ClientSetup> ClientSetup::fromListeners(const QString &address, const MailListenerSettings &listeners)
{
    ClientSetupInput input;
    input.address = address;
    input.hostname = listeners.hostname;
    const struct
    {
        bool used;
        QString key;
        const QStringList &addresses;
        Protocol protocol;
        Security security;
    } sources[] = {
        // Implicit TLS first: nothing is said before TLS, and no client can be talked out of it.
        {listeners.imapEnabled, u"imaps.listen"_s, listeners.imapsListen, Protocol::Imap, Security::ImplicitTls},
        {listeners.imapEnabled, u"imap.listen"_s, listeners.imapListen, Protocol::Imap, Security::StartTls},
        {listeners.pop3Enabled, u"pop3s.listen"_s, listeners.pop3sListen, Protocol::Pop3, Security::ImplicitTls},
        {true, u"listeners.smtps"_s, listeners.smtpsListen, Protocol::Smtp, Security::ImplicitTls},
        {true, u"listeners.submission"_s, listeners.submissionListen, Protocol::Smtp, Security::StartTls},
    };
    for (const auto &source : sources) {
        if (!source.used)
            continue;
        const auto port = firstPort(source.key, source.addresses);
        if (!port)
            return port.error();
        if (!port.value())
            continue;
        QList<ClientEndpoint> &side = source.protocol == Protocol::Smtp ? input.outgoing : input.incoming;
        side.append(ClientEndpoint{source.protocol, listeners.hostname, *port.value(), source.security});
    }

    if (input.incoming.isEmpty())
        return Error::failed(
            u"No mail program can read mail from this server: turn on 'imap.enabled' with an address in 'imaps.listen' or 'imap.listen', or 'pop3.enabled' with one in 'pop3s.listen'."_s);
    if (input.outgoing.isEmpty())
        return Error::failed(
            u"No mail program can send mail through this server: give 'listeners.smtps' or 'listeners.submission' an address."_s);
    return create(std::move(input));
}

Result<ClientSetup> ClientSetup::create(ClientSetupInput input)
{
    auto address = Core::MailAddress::parse(input.address);
    if (!address)
        return address.error();
    input.address = address->toString();
    if (!Core::isValidHostName(input.hostname))
        return Error::invalidArgument(u"'%1' is not a host name a mail program can connect to."_s.arg(input.hostname));
    if (hasControlCharacter(input.displayName))
        return Error::invalidArgument(u"The account name '%1' contains control characters."_s.arg(input.displayName));
    if (hasControlCharacter(input.organization))
        return Error::invalidArgument(u"The organization '%1' contains control characters."_s.arg(input.organization));
    if (input.displayName.isEmpty())
        input.displayName = input.address;
    if (input.incoming.isEmpty())
        return Error::failed(u"The mailbox '%1' has no server to read mail from."_s.arg(input.address));
    if (input.outgoing.isEmpty())
        return Error::failed(u"The mailbox '%1' has no server to send mail through."_s.arg(input.address));
    if (auto checked = checkEndpoints(input.incoming, true); !checked)
        return checked.error();
    if (auto checked = checkEndpoints(input.outgoing, false); !checked)
        return checked.error();
    return ClientSetup(std::move(input), std::move(address).value());
}

QVariantMap ClientSetup::describe() const
{
    const auto endpoints = [this](const QList<ClientEndpoint> &list) {
        QList<QVariantMap> maps; // travels as aa{sv} (Doorstep::DBus::VariantMapList)
        for (const ClientEndpoint &endpoint : list) {
            maps.append(QVariantMap{{u"protocol"_s, protocolName(endpoint.protocol)},
                                    {u"hostname"_s, endpoint.hostname},
                                    {u"port"_s, uint(endpoint.port)},
                                    {u"security"_s, securityName(endpoint.security)},
                                    {u"username"_s, m_input.address},
                                    {u"authentication"_s, authenticationName()}});
        }
        return QVariant::fromValue(maps);
    };
    return QVariantMap{{u"address"_s, m_input.address},
                       {u"hostname"_s, m_input.hostname},
                       {u"display_name"_s, m_input.displayName},
                       {u"incoming"_s, endpoints(m_input.incoming)},
                       {u"outgoing"_s, endpoints(m_input.outgoing)},
                       {u"summary"_s, summary()},
                       {u"autoconfig_xml"_s, QString::fromUtf8(autoconfigXml())},
                       {u"mobileconfig"_s, QString::fromUtf8(appleMobileConfig())}};
}

QStringList ClientSetup::summary() const
{
    QStringList lines{u"Email address: %1"_s.arg(m_input.address),
                      u"User name: %1 (the whole address), with the mailbox's password"_s.arg(m_input.address)};
    const auto describeEndpoint = [](const QString &direction, const ClientEndpoint &endpoint) {
        return u"%1 (%2): server %3, port %4, %5"_s.arg(direction, protocolName(endpoint.protocol).toUpper(), endpoint.hostname)
            .arg(endpoint.port)
            .arg(securityLabel(endpoint.security));
    };
    for (const ClientEndpoint &endpoint : m_input.incoming)
        lines.append(describeEndpoint(u"Incoming mail"_s, endpoint));
    for (const ClientEndpoint &endpoint : m_input.outgoing)
        lines.append(describeEndpoint(u"Outgoing mail"_s, endpoint));
    lines.append(u"Authentication: normal password (sent only inside TLS)"_s);
    return lines;
}

QByteArray ClientSetup::autoconfigXml() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"clientConfig"_s);
    xml.writeAttribute(u"version"_s, u"1.1"_s);
    xml.writeStartElement(u"emailProvider"_s);
    xml.writeAttribute(u"id"_s, m_address.domain);
    xml.writeTextElement(u"domain"_s, m_address.domain);
    xml.writeTextElement(u"displayName"_s, m_input.displayName);
    xml.writeTextElement(u"displayShortName"_s, m_address.domain);
    for (const ClientEndpoint &endpoint : m_input.incoming)
        writeServer(xml, u"incomingServer"_s, endpoint, m_input.address);
    for (const ClientEndpoint &endpoint : m_input.outgoing)
        writeServer(xml, u"outgoingServer"_s, endpoint, m_input.address);
    xml.writeEndDocument();
    return out;
}

QByteArray ClientSetup::appleMobileConfig() const
{
    const ClientEndpoint &incoming = m_input.incoming.constFirst();
    const ClientEndpoint &outgoing = m_input.outgoing.constFirst();
    const QString profileId = appleUuid(profileUuid());
    const QString accountId = appleUuid(accountUuid());
    const QString identifier = u"org.doorstep.mailaccount.%1"_s.arg(profileId);

    QByteArray out;
    PlistWriter plist(&out);
    plist.begin();
    plist.startDict();

    plist.startArray(u"PayloadContent"_s);
    plist.startDict();
    plist.string(u"EmailAccountDescription"_s, m_input.displayName);
    plist.string(u"EmailAccountType"_s, incoming.protocol == Protocol::Pop3 ? u"EmailTypePOP"_s : u"EmailTypeIMAP"_s);
    plist.string(u"EmailAddress"_s, m_input.address);
    writeMailServer(plist, u"Incoming"_s, incoming, m_input.address);
    writeMailServer(plist, u"Outgoing"_s, outgoing, m_input.address);
    plist.boolean(u"OutgoingPasswordSameAsIncomingPassword"_s, true);
    plist.string(u"PayloadDescription"_s, u"Mail account %1 on %2"_s.arg(m_input.address, m_input.hostname));
    plist.string(u"PayloadDisplayName"_s, m_input.displayName);
    plist.string(u"PayloadIdentifier"_s, identifier + u".mail"_s);
    plist.string(u"PayloadType"_s, u"com.apple.mail.managed"_s);
    plist.string(u"PayloadUUID"_s, accountId);
    plist.integer(u"PayloadVersion"_s, 1);
    plist.close(); // dict
    plist.close(); // array

    plist.string(u"PayloadDescription"_s, u"Sets up the mail account %1 on %2. Mail asks for the password."_s.arg(m_input.address, m_input.hostname));
    plist.string(u"PayloadDisplayName"_s, m_input.displayName);
    plist.string(u"PayloadIdentifier"_s, identifier);
    if (!m_input.organization.isEmpty())
        plist.string(u"PayloadOrganization"_s, m_input.organization);
    plist.boolean(u"PayloadRemovalDisallowed"_s, false);
    plist.string(u"PayloadType"_s, u"Configuration"_s);
    plist.string(u"PayloadUUID"_s, profileId);
    plist.integer(u"PayloadVersion"_s, 1);
    plist.close(); // dict
    plist.end();
    return out;
}

QUuid ClientSetup::profileUuid() const
{
    return QUuid::createUuidV5(kUuidNamespace, u"profile:"_s + m_input.address);
}

QUuid ClientSetup::accountUuid() const
{
    return QUuid::createUuidV5(kUuidNamespace, u"mail:"_s + m_input.address);
}

} // namespace Doorstep::Delivery
