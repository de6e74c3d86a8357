#include "engine/core/settingsregistry.h"

#include <cmath>
#include <limits>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>
#include <QSysInfo>
#include <QUrl>

#include "engine/core/hostport.h"
#include "engine/core/nexthop.h"
#include "engine/core/mailaddress.h"
#include "engine/core/textrules.h"

namespace Doorstep::Core {

using namespace Qt::StringLiterals;

QString dbusSignature(SettingType type)
{
    switch (type) {
    case SettingType::Bool:
        return u"b"_s;
    case SettingType::UInt32:
        return u"u"_s;
    case SettingType::UInt64:
        return u"t"_s;
    case SettingType::Double:
        return u"d"_s;
    case SettingType::String:
        return u"s"_s;
    case SettingType::StringList:
        return u"as"_s;
    }
    return u"s"_s;
}

namespace {

constexpr quint32 kMinute = 60;
constexpr quint32 kHour = 3600;
constexpr quint32 kDay = 86400;
constexpr quint64 kMiB = 1024 * 1024;

// ---- validators -------------------------------------------------------------------------

bool hasControlCharacters(const QString &text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

Result<QVariant> plainText(const QString &key, const QVariant &value, int maxLength)
{
    const QString text = value.toString();
    if (characterCount(text) > maxLength)
        return Error::invalidArgument(u"Setting '%1' must be at most %2 characters long."_s.arg(key).arg(maxLength));
    if (hasControlCharacters(text))
        return Error::invalidArgument(u"Setting '%1' must not contain control characters such as line breaks."_s.arg(key));
    return QVariant(text);
}

SettingDefinition::Validator textUpTo(int maxLength)
{
    return [maxLength](const QString &key, const QVariant &value) { return plainText(key, value, maxLength); };
}

Result<QVariant> word(const QString &key, const QVariant &value)
{
    const QString text = value.toString();
    for (QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return Error::invalidArgument(u"Setting '%1' must not contain spaces or control characters, not '%2'."_s.arg(key, text));
    }
    return plainText(key, value, 253);
}

Result<QVariant> hostName(const QString &key, const QVariant &value)
{
    QString name = value.toString();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (!isValidHostName(name))
        return Error::invalidArgument(
            u"Setting '%1' must be a host name such as 'mail.example.org' (letters, digits, hyphens and dots), not '%2'."_s.arg(key, value.toString()));
    return QVariant(name.toLower());
}

Result<QVariant> optionalDomain(const QString &key, const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return QVariant(text);
    const auto domain = normalizeDomain(text);
    if (!domain)
        return Error::invalidArgument(u"Setting '%1': %2"_s.arg(key, domain.error().message));
    return QVariant(domain.value());
}

Result<QVariant> optionalEmail(const QString &key, const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return QVariant(text);
    const auto address = MailAddress::parse(text);
    if (!address)
        return Error::invalidArgument(u"Setting '%1': %2"_s.arg(key, address.error().message));
    return QVariant(address->toString());
}

SettingDefinition::Validator optionalServer(quint16 defaultPort)
{
    return [defaultPort](const QString &key, const QVariant &value) -> Result<QVariant> {
        const QString text = value.toString();
        if (text.isEmpty())
            return QVariant(text);
        // A next hop: "host[:port]", "[host][:port]" (no MX lookup), an IP address.
        const auto server = NextHop::parse(text, defaultPort);
        if (!server)
            return Error::invalidArgument(u"Setting '%1': %2"_s.arg(key, server.error().message));
        return QVariant(text.trimmed().toLower());
    };
}

Result<QVariant> optionalUrl(const QString &key, const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return QVariant(text);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty())
        return Error::invalidArgument(
            u"Setting '%1' must be an http:// or https:// address such as 'https://example.org/path', not '%2'."_s.arg(key, text));
    return QVariant(text);
}

Result<QVariant> urlOrServer(const QString &key, const QVariant &value)
{
    const QString text = value.toString();
    if (text.startsWith(u"http://"_s) || text.startsWith(u"https://"_s))
        return optionalUrl(key, value);
    return optionalServer(0)(key, value);
}

Result<QVariant> absolutePath(const QString &key, const QVariant &value)
{
    const QString text = value.toString();
    if (!QDir::isAbsolutePath(text) || hasControlCharacters(text))
        return Error::invalidArgument(u"Setting '%1' must be an absolute path such as '/var/lib/clamav', not '%2'."_s.arg(key, text));
    return QVariant(QDir::cleanPath(text));
}

Result<QVariant> optionalAbsolutePath(const QString &key, const QVariant &value)
{
    if (value.toString().isEmpty())
        return value;
    return absolutePath(key, value);
}

Result<QVariant> folderName(const QString &key, const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > 100 || text.startsWith(u'.') || text.contains(u'/') || text.contains(u".."_s)
        || hasControlCharacters(text))
        return Error::invalidArgument(
            u"Setting '%1' must be a folder name of 1 to 100 characters without '/', '..' or a leading dot, such as 'spamtrap', not '%2'."_s
                .arg(key, text));
    return QVariant(text);
}

Result<QVariant> dnsLabel(const QString &key, const QVariant &value)
{
    const QString text = value.toString();
    if (!isValidHostName(text))
        return Error::invalidArgument(
            u"Setting '%1' must be a DNS label such as 'doorstep' or '2026a' (letters, digits, hyphens), not '%2'."_s.arg(key, text));
    return QVariant(text.toLower());
}

Result<QVariant> ipSource(const QString &key, const QVariant &value)
{
    const QString text = value.toString();
    if (text == u"web"_s)
        return QVariant(text);
    if (text.startsWith(u"interface:"_s) && text.size() > 10 && text.size() <= 25 && !text.contains(u' '))
        return QVariant(text);
    if (text.startsWith(u"fixed:"_s)) {
        if (const auto address = parseIpAddress(text.mid(6)))
            return QVariant(u"fixed:"_s + address->toString());
    }
    return Error::invalidArgument(
        u"Setting '%1' must be 'web' (ask ddns.ip_url), 'interface:NAME' (an address of a local interface) or 'fixed:ADDRESS', not '%2'."_s
            .arg(key, text));
}

// Validators for one item of a list; the list wrapper refuses duplicates.
using ItemValidator = std::function<Result<QString>(const QString &key, const QString &item)>;

SettingDefinition::Validator eachItem(ItemValidator itemValidator)
{
    return [itemValidator](const QString &key, const QVariant &value) -> Result<QVariant> {
        QStringList normalized;
        QSet<QString> seen;
        for (const QString &item : value.toStringList()) {
            const auto checked = itemValidator(key, item);
            if (!checked)
                return checked.error();
            if (seen.contains(checked.value()))
                return Error::invalidArgument(u"Setting '%1' lists '%2' twice."_s.arg(key, item));
            seen.insert(checked.value());
            normalized << checked.value();
        }
        return QVariant(normalized);
    };
}

Result<QString> listenItem(const QString &key, const QString &item)
{
    const auto address = HostPort::parseListenAddress(item);
    if (!address)
        return Error::invalidArgument(u"Setting '%1': %2"_s.arg(key, address.error().message));
    return address->toString();
}

Result<QString> domainItem(const QString &key, const QString &item)
{
    const auto domain = normalizeDomain(item);
    if (!domain)
        return Error::invalidArgument(u"Setting '%1': %2"_s.arg(key, domain.error().message));
    return domain.value();
}

Result<QString> nameServerItem(const QString &key, const QString &item)
{
    const auto server = HostPort::parseServer(item, 53);
    if (!server || !parseIpAddress(server->host))
        return Error::invalidArgument(
            u"Setting '%1' takes name servers as IP or IP:PORT, such as '127.0.0.53' or '[2001:db8::53]:5353', not '%2'."_s.arg(key, item));
    return server->toString();
}

Result<QString> durationItem(const QString &key, const QString &item)
{
    bool ok = false;
    const uint seconds = item.toUInt(&ok);
    if (!ok || seconds < 1 || seconds > 30 * kDay)
        return Error::invalidArgument(
            u"Setting '%1' takes durations in seconds from 1 to 2592000 (30 days), such as '300', not '%2'."_s.arg(key, item));
    return QString::number(seconds);
}

Result<QVariant> retrySchedule(const QString &key, const QVariant &value)
{
    if (value.toStringList().isEmpty())
        return Error::invalidArgument(u"Setting '%1' needs at least one retry interval in seconds, such as '300'."_s.arg(key));
    return eachItem(durationItem)(key, value);
}

// ---- builders ---------------------------------------------------------------------------

SettingDefinition boolean(const QString &key, bool defaultValue, const QString &help)
{
    SettingDefinition d;
    d.key = key;
    d.type = SettingType::Bool;
    d.defaultValue = defaultValue;
    d.help = help;
    return d;
}

SettingDefinition count(const QString &key, quint32 defaultValue, quint32 min, quint32 max, const QString &unit, const QString &help)
{
    SettingDefinition d;
    d.key = key;
    d.type = SettingType::UInt32;
    d.defaultValue = defaultValue;
    d.minimum = min;
    d.maximum = max;
    d.unit = unit;
    d.help = help;
    return d;
}

SettingDefinition seconds(const QString &key, quint32 defaultValue, quint32 min, quint32 max, const QString &help)
{
    return count(key, defaultValue, min, max, u"s"_s, help);
}

SettingDefinition bytes(const QString &key, quint64 defaultValue, quint64 min, quint64 max, const QString &help)
{
    SettingDefinition d;
    d.key = key;
    d.type = SettingType::UInt64;
    d.defaultValue = QVariant::fromValue<qulonglong>(defaultValue);
    d.minimum = QVariant::fromValue<qulonglong>(min);
    d.maximum = QVariant::fromValue<qulonglong>(max);
    d.unit = u"bytes"_s;
    d.help = help;
    return d;
}

SettingDefinition score(const QString &key, double defaultValue, double min, double max, const QString &help)
{
    SettingDefinition d;
    d.key = key;
    d.type = SettingType::Double;
    d.defaultValue = defaultValue;
    d.minimum = min;
    d.maximum = max;
    d.help = help;
    return d;
}

SettingDefinition text(const QString &key, const QString &defaultValue, const QString &help,
                       SettingDefinition::Validator validator = textUpTo(1024))
{
    SettingDefinition d;
    d.key = key;
    d.type = SettingType::String;
    d.defaultValue = defaultValue;
    d.help = help;
    d.validator = std::move(validator);
    return d;
}

SettingDefinition secret(const QString &key, const QString &help)
{
    SettingDefinition d = text(key, QString(), help, textUpTo(1024));
    d.secret = true;
    return d;
}

SettingDefinition choice(const QString &key, const QString &defaultValue, const QStringList &choices, const QString &help)
{
    SettingDefinition d = text(key, defaultValue, help, {});
    d.choices = choices;
    return d;
}

SettingDefinition list(const QString &key, const QStringList &defaultValue, const QString &item, const QString &help,
                       SettingDefinition::Validator validator)
{
    SettingDefinition d;
    d.key = key;
    d.type = SettingType::StringList;
    d.defaultValue = defaultValue;
    d.listItem = item;
    d.help = help;
    d.validator = std::move(validator);
    return d;
}

QString defaultHostName()
{
    QString name = QSysInfo::machineHostName().toLower();
    if (!isValidHostName(name))
        name = u"localhost"_s;
    return name;
}

std::vector<SettingDefinition> buildTable(RunMode mode)
{
    const bool system = mode == RunMode::System;
    const auto listen = [system](quint16 systemPort, quint16 sessionPort) {
        if (system)
            return QStringList{u"0.0.0.0:%1"_s.arg(systemPort), u"[::]:%1"_s.arg(systemPort)};
        return QStringList{u"127.0.0.1:%1"_s.arg(sessionPort)};
    };
    const auto listenList = eachItem(listenItem);

    return {
        // identity
        text(u"identity.hostname"_s, defaultHostName(),
             u"The server's own name: greeting, Received headers, HELO to other servers and the certificate (sendmail's $j)."_s, hostName),
        text(u"identity.masquerade_as"_s, QString(),
             u"Domain that replaces local host names in outgoing sender addresses (MASQUERADE_AS); empty = off."_s, optionalDomain),
        list(u"identity.masquerade_domains"_s, {}, u"domain"_s,
             u"Other domains (such as LAN host names) whose senders are masqueraded too (MASQUERADE_DOMAIN)."_s, eachItem(domainItem)),
        boolean(u"identity.masquerade_envelope"_s, false,
                u"Masquerade the envelope sender as well as the From header (FEATURE masquerade_envelope)."_s),
        boolean(u"identity.masquerade_entire_domain"_s, false,
                u"Masquerade every host inside the masquerade domains, not just the domains themselves (FEATURE masquerade_entire_domain)."_s),
        boolean(u"identity.local_no_masquerade"_s, false,
                u"Leave mail between local users unmasqueraded (FEATURE local_no_masquerade)."_s),

        // listeners and limits
        list(u"listeners.mta"_s, listen(25, 2525), u"IP:PORT"_s,
             u"Addresses where other mail servers deliver to us (SMTP, port 25); empty = off."_s, listenList),
        list(u"listeners.submission"_s, listen(587, 2587), u"IP:PORT"_s,
             u"Addresses where your own mail programs send mail, with login required (submission, port 587); empty = off."_s, listenList),
        list(u"listeners.smtps"_s, listen(465, 2465), u"IP:PORT"_s,
             u"Addresses for submission over implicit TLS (SMTPS, port 465); empty = off."_s, listenList),
        bytes(u"limits.max_message_size"_s, 50 * kMiB, 0, 2048 * kMiB,
              u"Largest message accepted, in bytes (advertised as SIZE); 0 = no limit."_s),
        count(u"limits.max_recipients"_s, 100, 1, 10000, QString(), u"Most recipients accepted for one message."_s),
        count(u"limits.max_connections"_s, 100, 1, 10000, QString(), u"Most SMTP connections at once, in all."_s),
        count(u"limits.max_connections_per_ip"_s, 20, 1, 10000, QString(), u"Most SMTP connections at once from one client address."_s),
        seconds(u"limits.idle_timeout"_s, 300, 1, kDay,
                u"A client that sends nothing for this long is disconnected (RFC 5321 4.5.3.2: at least 300 s)."_s),
        count(u"limits.max_errors"_s, 20, 1, 1000, QString(), u"A client is disconnected after this many errors in one session."_s),
        seconds(u"limits.greeting_delay"_s, 0, 0, 300,
                u"Seconds to wait before greeting; clients that talk first are refused (0 = no delay)."_s),
        bytes(u"limits.min_free_disk"_s, 100 * kMiB, 0, std::numeric_limits<qint64>::max(),
              u"Below this much free disk space mail is refused with 452 4.3.1 until space is freed; 0 = off."_s),

        // relay
        text(u"relay.smart_host"_s, QString(),
             u"Send all outgoing mail through this server (SMART_HOST): host[:port], [host] skips the MX lookup; empty = deliver directly."_s,
             optionalServer(25)),
        text(u"relay.smart_host_user"_s, QString(), u"Login name at the smart host (authinfo U:)."_s, textUpTo(256)),
        secret(u"relay.smart_host_password"_s, u"Password at the smart host (authinfo P:); write-only."_s),
        choice(u"relay.smart_host_tls"_s, u"opportunistic"_s, {u"opportunistic"_s, u"required"_s, u"verify"_s, u"implicit"_s},
               u"TLS to the smart host: opportunistic (STARTTLS when offered), required, verify (required and certificate checked), implicit (port 465)."_s),
        text(u"relay.fallback_host"_s, QString(),
             u"Relay used when direct delivery cannot work from this line (port 25 blocked, address on a blocklist): host[:port]."_s,
             optionalServer(25)),
        text(u"relay.probe_host"_s, u"gmail-smtp-in.l.google.com"_s,
             u"Server whose port 25 the outbound probe tries, to tell whether your provider blocks it."_s, optionalServer(25)),
        count(u"relay.mx_port"_s, 25, 1, 65535, u"port"_s, u"Port of remote mail servers for direct delivery (25)."_s),
        count(u"relay.max_per_destination"_s, 5, 1, 100, QString(), u"Most connections at once to one destination."_s),

        // queue
        list(u"queue.retry_schedule"_s, {u"300"_s, u"900"_s, u"1800"_s, u"3600"_s, u"7200"_s, u"14400"_s}, u"seconds"_s,
             u"Waits between delivery attempts, in seconds; the last one repeats."_s, retrySchedule),
        seconds(u"queue.warn_after"_s, 4 * kHour, 1, 30 * kDay, u"Tell the sender their message is delayed after this long."_s),
        seconds(u"queue.bounce_after"_s, 4 * kDay, 1, 30 * kDay,
                u"Give up and return the message to its sender after this long (sendmail: 4 days)."_s),

        // greylist
        boolean(u"greylist.enabled"_s, true, u"Ask unknown senders to retry later (greylisting, as milter-greylist did)."_s),
        seconds(u"greylist.delay"_s, 5 * kMinute, 1, kDay, u"How long a new sender must wait before the retry is accepted."_s),
        seconds(u"greylist.expire_unconfirmed"_s, 2 * kDay, 1, 30 * kDay, u"How long a first attempt is remembered while waiting for its retry."_s),
        seconds(u"greylist.expire_confirmed"_s, 35 * kDay, 1, 365 * kDay,
                u"How long a sender that retried stays accepted without delay (refreshed on use)."_s),
        count(u"greylist.prefix_v4"_s, 24, 8, 32, QString(), u"IPv4 clients in one network of this prefix length count as one sender."_s),
        count(u"greylist.prefix_v6"_s, 64, 16, 128, QString(), u"IPv6 clients in one network of this prefix length count as one sender."_s),

        // antivirus
        boolean(u"antivirus.enabled"_s, false,
                u"Scan every message with ClamAV; when on without a database, mail is deferred rather than passed unscanned."_s),
        text(u"antivirus.database_dir"_s, u"/var/lib/clamav"_s, u"Directory of ClamAV's signature database (where freshclam puts it)."_s,
             absolutePath),
        choice(u"antivirus.action"_s, u"reject"_s, {u"reject"_s, u"quarantine"_s},
               u"What to do with a virus: reject it (554 5.7.0) or accept it into the quarantine."_s),
        boolean(u"antivirus.low_memory_reload"_s, false,
                u"Reload the database by pausing scans (mail deferred meanwhile) instead of holding two copies in memory."_s),
        seconds(u"antivirus.scan_timeout"_s, 60, 1, 3600,
                u"Longest one scan may take; a message that takes longer is deferred and a hung scanner restarted."_s),
        bytes(u"antivirus.max_scan_size"_s, 100 * kMiB, kMiB, 4096 * kMiB,
              u"Bytes of a message (and of each file unpacked from it) that the scanner reads at most."_s),

        // spam
        boolean(u"spam.enabled"_s, true, u"Score every incoming message for spam."_s),
        choice(u"spam.backend"_s, u"builtin"_s, {u"builtin"_s, u"spamd"_s, u"rspamd"_s},
               u"Who scores: built-in checks, SpamAssassin's spamd, or rspamd."_s),
        text(u"spam.address"_s, QString(),
             u"Address of spamd or rspamd as host:port; empty = the backend's standard port on 127.0.0.1."_s, optionalServer(0)),
        score(u"spam.threshold"_s, 5.0, 0.0, 100.0, u"Messages scoring at least this much are spam and go to the spam folder (SpamAssassin: 5.0)."_s),
        score(u"spam.reject_threshold"_s, 0.0, 0.0, 100.0, u"Messages scoring at least this much are refused at once; 0 = never refuse."_s),
        text(u"spam.subject_tag"_s, u"[SPAM]"_s, u"Text put before the subject of spam; empty = leave the subject alone."_s, textUpTo(100)),
        text(u"spam.folder"_s, u"spamtrap"_s, u"Folder that spam is filed into (the seed's spamtrap)."_s, folderName),
        list(u"spam.dnsbl_zones"_s, {u"zen.spamhaus.org"_s}, u"DNS zone"_s,
             u"DNS blocklists the built-in scorer asks about each sending address."_s, eachItem(domainItem)),
        seconds(u"spam.timeout"_s, 20, 1, 600,
                u"How long to wait for spamd or rspamd; a message it does not score in time is accepted unscanned."_s),
        bytes(u"spam.max_size"_s, 512000, 0, 100 * kMiB,
              u"Messages bigger than this are not scored (spamc's limit: 500 KiB); 0 = score every size."_s),

        // ddns
        choice(u"ddns.provider"_s, u"none"_s, {u"none"_s, u"namecheap"_s, u"dyndns2"_s, u"duckdns"_s, u"cloudflare"_s, u"rfc2136"_s},
               u"Dynamic DNS provider that keeps your domain pointed at your home address; none = off."_s),
        text(u"ddns.host"_s, QString(), u"Host to update: '@' or a name inside ddns.domain, or the full name, as the provider expects."_s, word),
        text(u"ddns.domain"_s, QString(), u"Domain at the dynamic DNS provider."_s, optionalDomain),
        text(u"ddns.username"_s, QString(), u"Login at the provider (where it has one)."_s, textUpTo(256)),
        secret(u"ddns.password"_s, u"Password, key or API token at the provider; write-only."_s),
        seconds(u"ddns.interval"_s, kHour, 1, 30 * kDay, u"How often the public address is checked and, when changed, updated (ddclient: hourly)."_s),
        text(u"ddns.ip_source"_s, u"web"_s,
             u"Where the public address comes from: 'web' (ddns.ip_url), 'interface:NAME' or 'fixed:ADDRESS'."_s, ipSource),
        text(u"ddns.ip_url"_s, u"https://api.ipify.org"_s, u"Web address that answers with your public IP address."_s, optionalUrl),
        text(u"ddns.server"_s, QString(), u"Endpoint override: a URL or host[:port] instead of the provider's own server."_s, urlOrServer),
        text(u"ddns.tsig_name"_s, QString(), u"TSIG key name for RFC 2136 updates."_s, word),
        choice(u"ddns.tsig_algorithm"_s, u"hmac-sha256"_s, {u"hmac-sha256"_s, u"hmac-sha512"_s, u"hmac-sha1"_s, u"hmac-md5"_s},
               u"TSIG algorithm for RFC 2136 updates."_s),
        secret(u"ddns.tsig_secret"_s, u"TSIG secret (base64) for RFC 2136 updates; write-only."_s),

        // certificates
        text(u"acme.directory_url"_s, u"https://acme-v02.api.letsencrypt.org/directory"_s,
             u"ACME directory of the certificate authority (Let's Encrypt by default)."_s, optionalUrl),
        text(u"acme.email"_s, QString(), u"Contact address given to the certificate authority."_s, optionalEmail),
        count(u"acme.http_port"_s, 80, 1, 65535, u"port"_s,
              u"Port of the HTTP-01 challenge responder, bound only while a challenge runs (80 on a real host)."_s),
        text(u"acme.ca_file"_s, QString(), u"Extra certificate authority to trust for the ACME server (PEM file); empty = none."_s,
             optionalAbsolutePath),
        seconds(u"acme.renew_before"_s, 30 * kDay, kDay, 90 * kDay, u"Renew certificates this long before they expire."_s),

        // authentication of mail
        boolean(u"dkim.enabled"_s, true, u"Sign mail leaving for other domains with DKIM."_s),
        text(u"dkim.selector"_s, u"doorstep"_s, u"DKIM selector: the DNS name of the key is SELECTOR._domainkey.DOMAIN."_s, dnsLabel),
        boolean(u"dkim.ed25519"_s, false, u"Add a second, Ed25519 signature (RFC 8463) beside the RSA one."_s),
        list(u"health.blocklists"_s, {u"zen.spamhaus.org"_s, u"bl.spamcop.net"_s, u"b.barracudacentral.org"_s}, u"DNS zone"_s,
             u"DNS blocklists the health check looks your address up in."_s, eachItem(domainItem)),

        // mailbox access
        boolean(u"imap.enabled"_s, true, u"Serve the mailboxes over IMAP through the managed Dovecot."_s),
        list(u"imap.listen"_s, listen(143, 2143), u"IP:PORT"_s, u"Addresses for IMAP with STARTTLS (143)."_s, listenList),
        list(u"imaps.listen"_s, listen(993, 2993), u"IP:PORT"_s, u"Addresses for IMAP over implicit TLS (993)."_s, listenList),
        boolean(u"pop3.enabled"_s, false, u"Also serve the mailboxes over POP3 with implicit TLS."_s),
        list(u"pop3s.listen"_s, listen(995, 2995), u"IP:PORT"_s, u"Addresses for POP3 over implicit TLS (995)."_s, listenList),
        list(u"sieve.listen"_s, listen(4190, 24190), u"IP:PORT"_s, u"Addresses for ManageSieve, where mail programs edit rules (4190)."_s,
             listenList),

        // dns
        list(u"dns.servers"_s, {}, u"IP[:PORT]"_s, u"Name servers to ask; empty = the system's (/etc/resolv.conf)."_s, eachItem(nameServerItem)),
        seconds(u"dns.timeout"_s, 5, 1, 60, u"How long to wait for a DNS answer."_s),
    };
}

// Reads an integer of any D-Bus width; false when @p value is not an integer.
bool integerOf(const QVariant &value, qint64 &signedOut, quint64 &unsignedOut, bool &negative)
{
    switch (value.typeId()) {
    case QMetaType::UChar:
    case QMetaType::UShort:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        unsignedOut = value.toULongLong();
        negative = false;
        return true;
    case QMetaType::Short:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
        signedOut = value.toLongLong();
        negative = signedOut < 0;
        unsignedOut = negative ? 0 : quint64(signedOut);
        return true;
    default:
        return false;
    }
}

QString describeValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(u',');
    return value.toString();
}

QString typeNoun(SettingType type)
{
    switch (type) {
    case SettingType::Bool:
        return u"true or false"_s;
    case SettingType::UInt32:
    case SettingType::UInt64:
        return u"a whole number"_s;
    case SettingType::Double:
        return u"a number"_s;
    case SettingType::String:
        return u"text"_s;
    case SettingType::StringList:
        return u"a list of text"_s;
    }
    return {};
}

} // namespace

SettingsRegistry::SettingsRegistry(RunMode mode)
    : m_definitions(buildTable(mode))
{
    for (size_t i = 0; i < m_definitions.size(); ++i)
        m_index.insert(m_definitions[i].key, i);
}

const SettingDefinition *SettingsRegistry::find(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? nullptr : &m_definitions[*it];
}

Result<QVariant> SettingsRegistry::validate(const QString &key, const QVariant &value) const
{
    const SettingDefinition *d = find(key);
    if (!d)
        return Error::notFound(u"There is no setting '%1'."_s.arg(key));

    const auto wrongType = [&] {
        return Error::invalidArgument(u"Setting '%1' takes %2 (D-Bus type '%3'), not '%4'."_s.arg(
            key, typeNoun(d->type), dbusSignature(d->type), describeValue(value)));
    };

    QVariant typed;
    switch (d->type) {
    case SettingType::Bool:
        if (value.typeId() != QMetaType::Bool)
            return wrongType();
        typed = value.toBool();
        break;
    case SettingType::UInt32:
    case SettingType::UInt64: {
        qint64 s = 0;
        quint64 u = 0;
        bool negative = false;
        if (!integerOf(value, s, u, negative))
            return wrongType();
        const quint64 min = d->minimum.toULongLong();
        const quint64 max = d->maximum.toULongLong();
        if (negative || u < min || u > max) {
            const QString shown = negative ? QString::number(s) : QString::number(u);
            QString unit = d->unit == u"s"_s ? u" seconds"_s : d->unit == u"bytes"_s ? u" bytes"_s : QString();
            return Error::invalidArgument(
                u"Setting '%1' must be a whole number from %2 to %3%4, not '%5'."_s.arg(key).arg(min).arg(max).arg(unit, shown));
        }
        typed = d->type == SettingType::UInt32 ? QVariant(quint32(u)) : QVariant::fromValue<qulonglong>(u);
        break;
    }
    case SettingType::Double: {
        double number = 0;
        qint64 s = 0;
        quint64 u = 0;
        bool negative = false;
        if (value.typeId() == QMetaType::Double)
            number = value.toDouble();
        else if (integerOf(value, s, u, negative))
            number = negative ? double(s) : double(u);
        else
            return wrongType();
        const double min = d->minimum.toDouble();
        const double max = d->maximum.toDouble();
        if (!std::isfinite(number) || number < min || number > max)
            return Error::invalidArgument(u"Setting '%1' must be a number from %2 to %3, not '%4'."_s.arg(key)
                                              .arg(min, 0, 'f', 1)
                                              .arg(max, 0, 'f', 1)
                                              .arg(number));
        typed = number;
        break;
    }
    case SettingType::String:
        if (value.typeId() != QMetaType::QString)
            return wrongType();
        typed = value;
        if (!d->choices.isEmpty() && !d->choices.contains(value.toString()))
            return Error::invalidArgument(
                u"Setting '%1' must be one of %2, not '%3'."_s.arg(key, d->choices.join(u", "_s), value.toString()));
        break;
    case SettingType::StringList:
        if (value.typeId() != QMetaType::QStringList)
            return wrongType();
        typed = value;
        break;
    }
    if (d->validator)
        return d->validator(key, typed);
    return typed;
}

QVariantMap SettingsRegistry::describe(const SettingDefinition &d) const
{
    QVariantMap map{
        {u"type"_s, dbusSignature(d.type)},
        {u"default"_s, d.secret ? QVariant(QString()) : d.defaultValue},
        {u"help"_s, d.help},
        {u"group"_s, d.group()},
        {u"unit"_s, d.unit},
        {u"secret"_s, d.secret},
    };
    if (d.minimum.isValid())
        map.insert(u"min"_s, d.minimum);
    if (d.maximum.isValid())
        map.insert(u"max"_s, d.maximum);
    if (!d.choices.isEmpty())
        map.insert(u"choices"_s, d.choices);
    if (!d.listItem.isEmpty())
        map.insert(u"list_item"_s, d.listItem);
    return map;
}

QByteArray SettingsRegistry::encode(const SettingDefinition &d, const QVariant &value)
{
    QJsonArray wrapper;
    switch (d.type) {
    case SettingType::Bool:
        wrapper.append(value.toBool());
        break;
    case SettingType::UInt32:
    case SettingType::UInt64:
        // As text, so that 64-bit sizes survive JSON's doubles.
        wrapper.append(QString::number(value.toULongLong()));
        break;
    case SettingType::Double:
        wrapper.append(value.toDouble());
        break;
    case SettingType::String:
        wrapper.append(value.toString());
        break;
    case SettingType::StringList:
        wrapper.append(QJsonArray::fromStringList(value.toStringList()));
        break;
    }
    return QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
}

Result<QVariant> SettingsRegistry::decode(const SettingDefinition &d, const QByteArray &text) const
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    if (!document.isArray() || document.array().size() != 1)
        return Error::failed(u"Stored value of '%1' is not readable."_s.arg(d.key));
    const QJsonValue v = document.array().at(0);
    QVariant value;
    switch (d.type) {
    case SettingType::Bool:
        if (!v.isBool())
            return Error::failed(u"Stored value of '%1' is not a boolean."_s.arg(d.key));
        value = v.toBool();
        break;
    case SettingType::UInt32:
    case SettingType::UInt64: {
        bool ok = false;
        const quint64 n = v.toString().toULongLong(&ok);
        if (!ok)
            return Error::failed(u"Stored value of '%1' is not a number."_s.arg(d.key));
        value = d.type == SettingType::UInt32 ? QVariant(qlonglong(n)) : QVariant::fromValue<qulonglong>(n);
        break;
    }
    case SettingType::Double:
        if (!v.isDouble())
            return Error::failed(u"Stored value of '%1' is not a number."_s.arg(d.key));
        value = v.toDouble();
        break;
    case SettingType::String:
        if (!v.isString())
            return Error::failed(u"Stored value of '%1' is not text."_s.arg(d.key));
        value = v.toString();
        break;
    case SettingType::StringList: {
        if (!v.isArray())
            return Error::failed(u"Stored value of '%1' is not a list."_s.arg(d.key));
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << item.toString();
        value = items;
        break;
    }
    }
    // Stored values pass the same validation as new ones: a hand-edited database cannot
    // smuggle in what Set would refuse.
    return validate(d.key, value);
}

} // namespace Doorstep::Core
