// unit.delivery.clientsetup: the mail-program settings of a mailbox (Users.ClientSetup) from
// the listener settings, in session-mode and system ports; the Thunderbird autoconfig XML read
// back with QXmlStreamReader; the Apple profile read back by Python's plistlib, which proves it
// is a property list with the right keys and types.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTest>
#include <QXmlStreamReader>

#include "engine/delivery/dovecot/clientsetup.h"
#include "tests/unit/delivery/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Core::ErrorCode;
using Doorstep::Delivery::ClientEndpoint;
using Doorstep::Delivery::ClientSetup;
using Doorstep::Delivery::ClientSetupInput;
using Doorstep::Delivery::MailListenerSettings;
using Protocol = ClientEndpoint::Protocol;
using Security = ClientEndpoint::Security;

namespace {

constexpr int kWaitMs = 15000;
const QString kPython = u"/usr/bin/python3"_s;

MailListenerSettings systemListeners()
{
    MailListenerSettings l;
    l.hostname = u"mail.example.org"_s;
    l.imapListen = {u"0.0.0.0:143"_s, u"[::]:143"_s};
    l.imapsListen = {u"0.0.0.0:993"_s, u"[::]:993"_s};
    l.pop3sListen = {u"0.0.0.0:995"_s, u"[::]:995"_s};
    l.submissionListen = {u"0.0.0.0:587"_s, u"[::]:587"_s};
    l.smtpsListen = {u"0.0.0.0:465"_s, u"[::]:465"_s};
    return l;
}

MailListenerSettings sessionListeners()
{
    MailListenerSettings l;
    l.hostname = u"mail.example.org"_s;
    l.imapListen = {u"127.0.0.1:2143"_s};
    l.imapsListen = {u"127.0.0.1:2993"_s};
    l.pop3sListen = {u"127.0.0.1:2995"_s};
    l.submissionListen = {u"127.0.0.1:2587"_s};
    l.smtpsListen = {u"127.0.0.1:2465"_s};
    return l;
}

/** "imap 993 tls, imap 143 starttls" for people reading a failure. */
QString endpointList(const QList<ClientEndpoint> &endpoints)
{
    QStringList parts;
    for (const ClientEndpoint &e : endpoints)
        parts << u"%1 %2 %3 %4"_s.arg(protocolName(e.protocol), e.hostname).arg(e.port).arg(securityName(e.security));
    return parts.join(u", "_s);
}

ClientSetup setupFor(const QString &address, const MailListenerSettings &listeners)
{
    auto setup = ClientSetup::fromListeners(address, listeners);
    if (!setup)
        qFatal("fromListeners failed: %s", qPrintable(setup.error().message));
    return setup.value();
}

/** A profile-like input with characters XML must escape in every free-text field. */
ClientSetupInput awkwardInput()
{
    ClientSetupInput input;
    input.address = u"o'hara&co@example.org"_s;
    input.displayName = u"Tom & \"Jerry\" <home>"_s;
    input.organization = u"Smith & Sons <\"ours\">"_s;
    input.hostname = u"mail.example.org"_s;
    input.incoming = {ClientEndpoint{Protocol::Imap, u"mail.example.org"_s, 993, Security::ImplicitTls}};
    input.outgoing = {ClientEndpoint{Protocol::Smtp, u"mail.example.org"_s, 465, Security::ImplicitTls}};
    return input;
}

/** One server element of the autoconfig file as read back. */
struct ParsedServer
{
    QString element;
    QString type;
    QMap<QString, QString> fields;
};

/** The autoconfig file read back: emailProvider's id, its text children and its servers. */
struct ParsedAutoconfig
{
    QString version;
    QString providerId;
    QMap<QString, QString> provider;
    QList<ParsedServer> servers;
    QString error;
};

ParsedAutoconfig readAutoconfig(const QByteArray &xml)
{
    ParsedAutoconfig parsed;
    QXmlStreamReader reader(xml);
    ParsedServer *server = nullptr;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement()) {
            if (reader.isEndElement() && server && reader.name().endsWith(u"Server"))
                server = nullptr;
            continue;
        }
        const QString name = reader.name().toString();
        if (name == u"clientConfig") {
            parsed.version = reader.attributes().value(u"version"_s).toString();
        } else if (name == u"emailProvider") {
            parsed.providerId = reader.attributes().value(u"id"_s).toString();
        } else if (name == u"incomingServer" || name == u"outgoingServer") {
            parsed.servers.append(ParsedServer{name, reader.attributes().value(u"type"_s).toString(), {}});
            server = &parsed.servers.last();
        } else {
            const QString text = reader.readElementText();
            (server ? server->fields : parsed.provider).insert(name, text);
        }
    }
    if (reader.hasError())
        parsed.error = reader.errorString();
    return parsed;
}

/**
 * @p plist as Python's plistlib reads it, every value tagged with its Python type:
 * {"type": "dict", "value": {"key": {"type": "int", "value": 993}, ...}}. An object with
 * "error" when Python refuses the file.
 */
QJsonObject loadWithPlistlib(const QByteArray &plist)
{
    const QString script = u"import json, plistlib, sys\n"
                           "def typed(v):\n"
                           "    if isinstance(v, bool): return {'type': 'bool', 'value': v}\n"
                           "    if isinstance(v, int): return {'type': 'int', 'value': v}\n"
                           "    if isinstance(v, str): return {'type': 'str', 'value': v}\n"
                           "    if isinstance(v, list): return {'type': 'list', 'value': [typed(x) for x in v]}\n"
                           "    if isinstance(v, dict): return {'type': 'dict', 'value': {k: typed(x) for k, x in v.items()}}\n"
                           "    return {'type': type(v).__name__, 'value': repr(v)}\n"
                           "print(json.dumps(typed(plistlib.load(sys.stdin.buffer, fmt=plistlib.FMT_XML))))\n"_s;
    QProcess python;
    python.start(kPython, {u"-c"_s, script});
    if (!python.waitForStarted(kWaitMs))
        return {{u"error"_s, u"cannot start "_s + kPython}};
    python.write(plist);
    python.closeWriteChannel();
    if (!python.waitForFinished(kWaitMs) || python.exitCode() != 0)
        return {{u"error"_s, QString::fromUtf8(python.readAllStandardError())}};
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

/** {"key": "type:value"} of a plistlib dict, for exact comparison. */
QMap<QString, QString> flatten(const QJsonObject &typedDict)
{
    QMap<QString, QString> out;
    const QJsonObject dict = typedDict.value(u"value"_s).toObject();
    for (auto it = dict.begin(); it != dict.end(); ++it) {
        const QJsonObject v = it.value().toObject();
        const QString type = v.value(u"type"_s).toString();
        const QJsonValue value = v.value(u"value"_s);
        QString text;
        if (type == u"str")
            text = value.toString();
        else if (type == u"int")
            text = QString::number(value.toInteger());
        else if (type == u"bool")
            text = value.toBool() ? u"true"_s : u"false"_s;
        else
            text = u"(not compared)"_s; // lists and dicts are looked into on their own
        out.insert(it.key(), type + u':' + text);
    }
    return out;
}

/** The one mail payload inside a profile read by loadWithPlistlib(). */
QJsonObject onlyPayload(const QJsonObject &profile)
{
    const QJsonArray content = profile.value(u"value"_s).toObject().value(u"PayloadContent"_s).toObject().value(u"value"_s).toArray();
    return content.size() == 1 ? content.first().toObject() : QJsonObject();
}

bool pythonAvailable()
{
    QProcess check;
    check.start(kPython, {u"-c"_s, u"import plistlib"_s});
    return check.waitForFinished(kWaitMs) && check.exitCode() == 0;
}

} // namespace

void TestClientSetup::fromListeners_data()
{
    QTest::addColumn<MailListenerSettings>("listeners");
    QTest::addColumn<QString>("incoming");
    QTest::addColumn<QString>("outgoing");

    QTest::newRow("system ports, implicit TLS first")
        << systemListeners() << u"imap mail.example.org 993 tls, imap mail.example.org 143 starttls"_s
        << u"smtp mail.example.org 465 tls, smtp mail.example.org 587 starttls"_s;
    QTest::newRow("session ports on 127.0.0.1 still name the host")
        << sessionListeners() << u"imap mail.example.org 2993 tls, imap mail.example.org 2143 starttls"_s
        << u"smtp mail.example.org 2465 tls, smtp mail.example.org 2587 starttls"_s;

    MailListenerSettings pop3 = sessionListeners();
    pop3.pop3Enabled = true;
    QTest::newRow("POP3 on: after IMAP")
        << pop3 << u"imap mail.example.org 2993 tls, imap mail.example.org 2143 starttls, pop3 mail.example.org 2995 tls"_s
        << u"smtp mail.example.org 2465 tls, smtp mail.example.org 2587 starttls"_s;

    MailListenerSettings pop3Only = systemListeners();
    pop3Only.imapEnabled = false;
    pop3Only.pop3Enabled = true;
    QTest::newRow("IMAP off, POP3 on") << pop3Only << u"pop3 mail.example.org 995 tls"_s
                                       << u"smtp mail.example.org 465 tls, smtp mail.example.org 587 starttls"_s;

    MailListenerSettings ipv6 = systemListeners();
    ipv6.imapsListen = {u"[::1]:993"_s};
    ipv6.imapListen = {u"[2001:db8::25]:1143"_s, u"0.0.0.0:143"_s};
    QTest::newRow("IPv6 listeners: the first address's port")
        << ipv6 << u"imap mail.example.org 993 tls, imap mail.example.org 1143 starttls"_s
        << u"smtp mail.example.org 465 tls, smtp mail.example.org 587 starttls"_s;

    MailListenerSettings freePort = sessionListeners();
    freePort.imapsListen = {u"127.0.0.1:0"_s, u"[::1]:2994"_s};
    freePort.imapListen = {u"127.0.0.1:0"_s};
    QTest::newRow("port 0 is not a port a client can use")
        << freePort << u"imap mail.example.org 2994 tls"_s << u"smtp mail.example.org 2465 tls, smtp mail.example.org 2587 starttls"_s;

    MailListenerSettings starttlsOnly = systemListeners();
    starttlsOnly.imapsListen = {};
    starttlsOnly.smtpsListen = {};
    QTest::newRow("STARTTLS only") << starttlsOnly << u"imap mail.example.org 143 starttls"_s << u"smtp mail.example.org 587 starttls"_s;

    MailListenerSettings otherHost = systemListeners();
    otherHost.hostname = u"Home.Example.NET"_s;
    QTest::newRow("host name as set")
        << otherHost << u"imap Home.Example.NET 993 tls, imap Home.Example.NET 143 starttls"_s
        << u"smtp Home.Example.NET 465 tls, smtp Home.Example.NET 587 starttls"_s;
}

void TestClientSetup::fromListeners()
{
    QFETCH(MailListenerSettings, listeners);
    QFETCH(QString, incoming);
    QFETCH(QString, outgoing);
    const auto setup = ClientSetup::fromListeners(u"alice@example.org"_s, listeners);
    QVERIFY2(setup.ok(), qPrintable(setup.ok() ? QString() : setup.error().message));
    QCOMPARE(endpointList(setup->input().incoming), incoming);
    QCOMPARE(endpointList(setup->input().outgoing), outgoing);
    QCOMPARE(setup->input().hostname, listeners.hostname);
}

void TestClientSetup::refusals_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<MailListenerSettings>("listeners");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message"); // part of it

    QTest::newRow("address without domain") << u"alice"_s << systemListeners() << ErrorCode::InvalidArgument << u"alice"_s;
    MailListenerSettings badListener = systemListeners();
    badListener.imapsListen = {u"mail.example.org:993"_s};
    QTest::newRow("listener that is not IP:PORT") << u"alice@example.org"_s << badListener << ErrorCode::InvalidArgument
                                                  << u"Setting 'imaps.listen': 'mail.example.org:993'"_s;
    MailListenerSettings unbracketed = systemListeners();
    unbracketed.smtpsListen = {u"::1:465"_s};
    QTest::newRow("IPv6 listener without brackets") << u"alice@example.org"_s << unbracketed << ErrorCode::InvalidArgument
                                                    << u"Setting 'listeners.smtps'"_s;
    MailListenerSettings noIncoming = systemListeners();
    noIncoming.imapEnabled = false;
    QTest::newRow("IMAP off, POP3 off") << u"alice@example.org"_s << noIncoming << ErrorCode::Failed << u"'pop3.enabled'"_s;
    MailListenerSettings emptyImap = systemListeners();
    emptyImap.imapListen = {};
    emptyImap.imapsListen = {u"127.0.0.1:0"_s};
    QTest::newRow("IMAP lists without a port") << u"alice@example.org"_s << emptyImap << ErrorCode::Failed << u"No mail program can read mail"_s;
    MailListenerSettings noOutgoing = systemListeners();
    noOutgoing.submissionListen = {};
    noOutgoing.smtpsListen = {};
    QTest::newRow("no submission") << u"alice@example.org"_s << noOutgoing << ErrorCode::Failed << u"'listeners.submission'"_s;
    MailListenerSettings badHost = systemListeners();
    badHost.hostname = u"mail_server"_s;
    QTest::newRow("host name with underscore") << u"alice@example.org"_s << badHost << ErrorCode::InvalidArgument
                                               << u"'mail_server' is not a host name"_s;
}

void TestClientSetup::refusals()
{
    QFETCH(QString, address);
    QFETCH(MailListenerSettings, listeners);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    const auto setup = ClientSetup::fromListeners(address, listeners);
    QVERIFY2(!setup.ok(), "got a setup, want a refusal");
    QVERIFY2(setup.error().code == code, qPrintable(u"got code %1, want %2"_s.arg(int(setup.error().code)).arg(int(code))));
    QVERIFY2(setup.error().message.contains(message), qPrintable(u"got '%1', want it to contain '%2'"_s.arg(setup.error().message, message)));
}

void TestClientSetup::inputChecks_data()
{
    QTest::addColumn<ClientSetupInput>("input");
    QTest::addColumn<QString>("message"); // part of it

    ClientSetupInput control = awkwardInput();
    control.displayName = u"Tom\nJerry"_s;
    QTest::newRow("control character in the name") << control << u"control characters"_s;
    ClientSetupInput smtpIncoming = awkwardInput();
    smtpIncoming.incoming.first().protocol = Protocol::Smtp;
    QTest::newRow("SMTP as incoming") << smtpIncoming << u"'smtp' is not a protocol for incoming mail"_s;
    ClientSetupInput imapOutgoing = awkwardInput();
    imapOutgoing.outgoing.first().protocol = Protocol::Imap;
    QTest::newRow("IMAP as outgoing") << imapOutgoing << u"'imap' is not a protocol for outgoing mail"_s;
    ClientSetupInput noPort = awkwardInput();
    noPort.outgoing.first().port = 0;
    QTest::newRow("endpoint without port") << noPort << u"has no port"_s;
    ClientSetupInput ipHost = awkwardInput();
    ipHost.incoming.first().hostname = u"[::1]"_s;
    QTest::newRow("endpoint host that is no name") << ipHost << u"'[::1]' is not a host name"_s;
    ClientSetupInput nothingIn = awkwardInput();
    nothingIn.incoming.clear();
    QTest::newRow("no incoming endpoint") << nothingIn << u"no server to read mail from"_s;
}

void TestClientSetup::inputChecks()
{
    QFETCH(ClientSetupInput, input);
    QFETCH(QString, message);
    const auto setup = ClientSetup::create(input);
    QVERIFY2(!setup.ok(), "got a setup, want a refusal");
    QVERIFY2(setup.error().message.contains(message), qPrintable(u"got '%1', want it to contain '%2'"_s.arg(setup.error().message, message)));
}

void TestClientSetup::describeFields()
{
    MailListenerSettings listeners = sessionListeners();
    listeners.pop3Enabled = true;
    const ClientSetup setup = setupFor(u"Alice@Example.ORG"_s, listeners);
    const QVariantMap map = setup.describe();

    QCOMPARE(map.keys(), (QStringList{u"address"_s, u"autoconfig_xml"_s, u"display_name"_s, u"hostname"_s, u"incoming"_s,
                                      u"mobileconfig"_s, u"outgoing"_s, u"summary"_s}));
    QCOMPARE(map.value(u"address"_s).toString(), u"alice@example.org"_s); // normalized
    QCOMPARE(map.value(u"hostname"_s).toString(), u"mail.example.org"_s);
    QCOMPARE(map.value(u"display_name"_s).toString(), u"alice@example.org"_s);
    QCOMPARE(map.value(u"autoconfig_xml"_s).toString(), QString::fromUtf8(setup.autoconfigXml()));
    QCOMPARE(map.value(u"mobileconfig"_s).toString(), QString::fromUtf8(setup.appleMobileConfig()));
    QCOMPARE(map.value(u"summary"_s).toStringList(), setup.summary());
    QCOMPARE(map.value(u"summary"_s).metaType(), QMetaType::fromType<QStringList>()); // "as" on D-Bus

    const auto endpoint = [](const QString &protocol, uint port, const QString &security) {
        return QVariantMap{{u"protocol"_s, protocol},       {u"hostname"_s, u"mail.example.org"_s},
                           {u"port"_s, port},               {u"security"_s, security},
                           {u"username"_s, u"alice@example.org"_s}, {u"authentication"_s, u"password-cleartext"_s}};
    };
    const QVariantList incoming = map.value(u"incoming"_s).toList();
    const QVariantList wantIncoming{endpoint(u"imap"_s, 2993, u"tls"_s), endpoint(u"imap"_s, 2143, u"starttls"_s),
                                    endpoint(u"pop3"_s, 2995, u"tls"_s)};
    QCOMPARE(incoming, wantIncoming);
    QCOMPARE(incoming.first().toMap().value(u"port"_s).metaType(), QMetaType::fromType<uint>()); // "u" on D-Bus
    const QVariantList wantOutgoing{endpoint(u"smtp"_s, 2465, u"tls"_s), endpoint(u"smtp"_s, 2587, u"starttls"_s)};
    QCOMPARE(map.value(u"outgoing"_s).toList(), wantOutgoing);
}

void TestClientSetup::summaryLines()
{
    const ClientSetup setup = setupFor(u"alice@example.org"_s, systemListeners());
    const QStringList want{
        u"Email address: alice@example.org"_s,
        u"User name: alice@example.org (the whole address), with the mailbox's password"_s,
        u"Incoming mail (IMAP): server mail.example.org, port 993, SSL/TLS"_s,
        u"Incoming mail (IMAP): server mail.example.org, port 143, STARTTLS"_s,
        u"Outgoing mail (SMTP): server mail.example.org, port 465, SSL/TLS"_s,
        u"Outgoing mail (SMTP): server mail.example.org, port 587, STARTTLS"_s,
        u"Authentication: normal password (sent only inside TLS)"_s,
    };
    QCOMPARE(setup.summary(), want);
}

void TestClientSetup::autoconfigReadBack()
{
    MailListenerSettings listeners = sessionListeners();
    listeners.pop3Enabled = true;
    const QByteArray xml = setupFor(u"alice@example.org"_s, listeners).autoconfigXml();
    QVERIFY2(xml.startsWith(R"(<?xml version="1.0" encoding="UTF-8"?>)"), xml.constData());

    const ParsedAutoconfig parsed = readAutoconfig(xml);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.version, u"1.1"_s);
    QCOMPARE(parsed.providerId, u"example.org"_s);
    const QMap<QString, QString> provider{{u"domain"_s, u"example.org"_s},
                                          {u"displayName"_s, u"alice@example.org"_s},
                                          {u"displayShortName"_s, u"example.org"_s}};
    QCOMPARE(parsed.provider, provider);

    const struct
    {
        const char16_t *element;
        const char16_t *type;
        const char16_t *port;
        const char16_t *socketType;
    } want[] = {
        {u"incomingServer", u"imap", u"2993", u"SSL"},  {u"incomingServer", u"imap", u"2143", u"STARTTLS"},
        {u"incomingServer", u"pop3", u"2995", u"SSL"},  {u"outgoingServer", u"smtp", u"2465", u"SSL"},
        {u"outgoingServer", u"smtp", u"2587", u"STARTTLS"},
    };
    QCOMPARE(parsed.servers.size(), qsizetype(std::size(want)));
    for (qsizetype i = 0; i < parsed.servers.size(); ++i) {
        const ParsedServer &server = parsed.servers.at(i);
        QCOMPARE(server.element, QString::fromUtf16(want[i].element));
        QCOMPARE(server.type, QString::fromUtf16(want[i].type));
        const QMap<QString, QString> fields{{u"hostname"_s, u"mail.example.org"_s},
                                            {u"port"_s, QString::fromUtf16(want[i].port)},
                                            {u"socketType"_s, QString::fromUtf16(want[i].socketType)},
                                            {u"username"_s, u"alice@example.org"_s},
                                            {u"authentication"_s, u"password-cleartext"_s}};
        QCOMPARE(server.fields, fields);
    }
}

void TestClientSetup::autoconfigEscaping()
{
    const auto setup = ClientSetup::create(awkwardInput());
    QVERIFY2(setup.ok(), qPrintable(setup.ok() ? QString() : setup.error().message));
    const QByteArray xml = setup->autoconfigXml();
    QVERIFY2(xml.contains("<displayName>Tom &amp; &quot;Jerry&quot; &lt;home&gt;</displayName>"), xml.constData());
    QVERIFY2(xml.contains("<username>o'hara&amp;co@example.org</username>"), xml.constData());
    QVERIFY2(!xml.contains("Tom & "), xml.constData());

    const ParsedAutoconfig parsed = readAutoconfig(xml);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.provider.value(u"displayName"_s), u"Tom & \"Jerry\" <home>"_s);
    QCOMPARE(parsed.servers.size(), 2);
    QCOMPARE(parsed.servers.first().fields.value(u"username"_s), u"o'hara&co@example.org"_s);
}

void TestClientSetup::mobileConfigIsAPlist()
{
    if (!pythonAvailable())
        QSKIP("/usr/bin/python3 with plistlib is missing");
    const ClientSetup setup = setupFor(u"alice@example.org"_s, systemListeners());
    const QByteArray plist = setup.appleMobileConfig();
    QVERIFY2(plist.contains(R"(<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">)"),
             plist.constData());
    QVERIFY2(plist.contains("<integer>993</integer>") && plist.contains("<true/>") && plist.contains("<false/>"), plist.constData());

    const QJsonObject profile = loadWithPlistlib(plist);
    QVERIFY2(!profile.contains(u"error"_s), qPrintable(profile.value(u"error"_s).toString()));
    QCOMPARE(profile.value(u"type"_s).toString(), u"dict"_s);

    const QString profileUuid = setup.profileUuid().toString(QUuid::WithoutBraces).toUpper();
    const QString accountUuid = setup.accountUuid().toString(QUuid::WithoutBraces).toUpper();
    QMap<QString, QString> top = flatten(profile);
    QVERIFY2(top.value(u"PayloadContent"_s).startsWith(u"list:"_s), qPrintable(top.value(u"PayloadContent"_s)));
    top.remove(u"PayloadContent"_s);
    const QMap<QString, QString> wantTop{
        {u"PayloadDescription"_s, u"str:Sets up the mail account alice@example.org on mail.example.org. Mail asks for the password."_s},
        {u"PayloadDisplayName"_s, u"str:alice@example.org"_s},
        {u"PayloadIdentifier"_s, u"str:org.doorstep.mailaccount."_s + profileUuid},
        {u"PayloadRemovalDisallowed"_s, u"bool:false"_s},
        {u"PayloadType"_s, u"str:Configuration"_s},
        {u"PayloadUUID"_s, u"str:"_s + profileUuid},
        {u"PayloadVersion"_s, u"int:1"_s},
    };
    QCOMPARE(top, wantTop);

    const QMap<QString, QString> wantMail{
        {u"EmailAccountDescription"_s, u"str:alice@example.org"_s},
        {u"EmailAccountType"_s, u"str:EmailTypeIMAP"_s},
        {u"EmailAddress"_s, u"str:alice@example.org"_s},
        {u"IncomingMailServerAuthentication"_s, u"str:EmailAuthPassword"_s},
        {u"IncomingMailServerHostName"_s, u"str:mail.example.org"_s},
        {u"IncomingMailServerPortNumber"_s, u"int:993"_s},
        {u"IncomingMailServerUseSSL"_s, u"bool:true"_s},
        {u"IncomingMailServerUsername"_s, u"str:alice@example.org"_s},
        {u"OutgoingMailServerAuthentication"_s, u"str:EmailAuthPassword"_s},
        {u"OutgoingMailServerHostName"_s, u"str:mail.example.org"_s},
        {u"OutgoingMailServerPortNumber"_s, u"int:465"_s},
        {u"OutgoingMailServerUseSSL"_s, u"bool:true"_s},
        {u"OutgoingMailServerUsername"_s, u"str:alice@example.org"_s},
        {u"OutgoingPasswordSameAsIncomingPassword"_s, u"bool:true"_s},
        {u"PayloadDescription"_s, u"str:Mail account alice@example.org on mail.example.org"_s},
        {u"PayloadDisplayName"_s, u"str:alice@example.org"_s},
        {u"PayloadIdentifier"_s, u"str:org.doorstep.mailaccount."_s + profileUuid + u".mail"_s},
        {u"PayloadType"_s, u"str:com.apple.mail.managed"_s},
        {u"PayloadUUID"_s, u"str:"_s + accountUuid},
        {u"PayloadVersion"_s, u"int:1"_s},
    };
    QCOMPARE(flatten(onlyPayload(profile)), wantMail); // exactly these keys: no IncomingPassword, no OutgoingPassword
}

void TestClientSetup::mobileConfigServers_data()
{
    QTest::addColumn<MailListenerSettings>("listeners");
    QTest::addColumn<QString>("accountType");
    QTest::addColumn<QString>("incoming"); // port:UseSSL
    QTest::addColumn<QString>("outgoing");

    QTest::newRow("session ports") << sessionListeners() << u"str:EmailTypeIMAP"_s << u"int:2993 bool:true"_s << u"int:2465 bool:true"_s;
    MailListenerSettings starttls = systemListeners();
    starttls.imapsListen = {};
    starttls.smtpsListen = {};
    QTest::newRow("STARTTLS only") << starttls << u"str:EmailTypeIMAP"_s << u"int:143 bool:false"_s << u"int:587 bool:false"_s;
    MailListenerSettings pop3 = systemListeners();
    pop3.imapEnabled = false;
    pop3.pop3Enabled = true;
    QTest::newRow("POP3 only") << pop3 << u"str:EmailTypePOP"_s << u"int:995 bool:true"_s << u"int:465 bool:true"_s;
    MailListenerSettings both = systemListeners();
    both.pop3Enabled = true;
    QTest::newRow("IMAP before POP3") << both << u"str:EmailTypeIMAP"_s << u"int:993 bool:true"_s << u"int:465 bool:true"_s;
}

void TestClientSetup::mobileConfigServers()
{
    if (!pythonAvailable())
        QSKIP("/usr/bin/python3 with plistlib is missing");
    QFETCH(MailListenerSettings, listeners);
    QFETCH(QString, accountType);
    QFETCH(QString, incoming);
    QFETCH(QString, outgoing);
    const QJsonObject profile = loadWithPlistlib(setupFor(u"alice@example.org"_s, listeners).appleMobileConfig());
    QVERIFY2(!profile.contains(u"error"_s), qPrintable(profile.value(u"error"_s).toString()));
    const QMap<QString, QString> mail = flatten(onlyPayload(profile));
    QCOMPARE(mail.value(u"EmailAccountType"_s), accountType);
    QCOMPARE(mail.value(u"IncomingMailServerPortNumber"_s) + u' ' + mail.value(u"IncomingMailServerUseSSL"_s), incoming);
    QCOMPARE(mail.value(u"OutgoingMailServerPortNumber"_s) + u' ' + mail.value(u"OutgoingMailServerUseSSL"_s), outgoing);
}

void TestClientSetup::mobileConfigEscaping()
{
    if (!pythonAvailable())
        QSKIP("/usr/bin/python3 with plistlib is missing");
    const auto setup = ClientSetup::create(awkwardInput());
    QVERIFY2(setup.ok(), qPrintable(setup.ok() ? QString() : setup.error().message));
    const QJsonObject profile = loadWithPlistlib(setup->appleMobileConfig());
    QVERIFY2(!profile.contains(u"error"_s), qPrintable(profile.value(u"error"_s).toString()));
    const QMap<QString, QString> top = flatten(profile);
    QCOMPARE(top.value(u"PayloadDisplayName"_s), u"str:Tom & \"Jerry\" <home>"_s);
    QCOMPARE(top.value(u"PayloadOrganization"_s), u"str:Smith & Sons <\"ours\">"_s);
    const QMap<QString, QString> mail = flatten(onlyPayload(profile));
    QCOMPARE(mail.value(u"EmailAccountDescription"_s), u"str:Tom & \"Jerry\" <home>"_s);
    QCOMPARE(mail.value(u"EmailAddress"_s), u"str:o'hara&co@example.org"_s);
    QCOMPARE(mail.value(u"IncomingMailServerUsername"_s), u"str:o'hara&co@example.org"_s);
}

void TestClientSetup::stableIdentifiers()
{
    const ClientSetup alice = setupFor(u"alice@example.org"_s, systemListeners());
    const ClientSetup aliceAgain = setupFor(u"ALICE@example.org"_s, sessionListeners());
    const ClientSetup bob = setupFor(u"bob@example.org"_s, systemListeners());

    QCOMPARE(alice.profileUuid().version(), QUuid::Sha1);
    QCOMPARE(alice.accountUuid().version(), QUuid::Sha1);
    QVERIFY(alice.profileUuid() != alice.accountUuid());
    QCOMPARE(aliceAgain.profileUuid(), alice.profileUuid()); // same mailbox, other ports: replaces the profile
    QCOMPARE(aliceAgain.accountUuid(), alice.accountUuid());
    QVERIFY(bob.profileUuid() != alice.profileUuid());
    QVERIFY(bob.accountUuid() != alice.accountUuid());
    QCOMPARE(setupFor(u"alice@example.org"_s, systemListeners()).appleMobileConfig(), alice.appleMobileConfig());
}
