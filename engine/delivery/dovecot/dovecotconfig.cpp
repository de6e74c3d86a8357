#include "engine/delivery/dovecot/dovecotconfig.h"

#include <QDir>

namespace Doorstep::Delivery {

using namespace Qt::StringLiterals;

namespace {

/** A value for dovecot.conf: quoted when it holds anything but a plain word or path. */
QString quoted(const QString &value)
{
    static const QString plain = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+%:,="_s;
    bool needsQuotes = value.isEmpty();
    for (const QChar c : value)
        needsQuotes = needsQuotes || !plain.contains(c);
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

/** Dovecot writes IPv6 listen addresses in brackets, as settings do. */
QString addressOf(const Core::HostPort &listener)
{
    return listener.host.contains(u':') ? u'[' + listener.host + u']' : listener.host;
}

/**
 * The inet_listeners of one login service. The first of each kind keeps Dovecot's built-in
 * name (imap, imaps, ...) so it replaces the default on the standard port; an empty list
 * switches that default off (port 0).
 */
void appendListeners(QString &out, const QString &name, const QList<Core::HostPort> &listeners, bool implicitTls)
{
    if (listeners.isEmpty()) {
        out += u"  inet_listener %1 {\n    port = 0\n  }\n"_s.arg(name);
        return;
    }
    for (qsizetype i = 0; i < listeners.size(); ++i) {
        out += u"  inet_listener %1 {\n"_s.arg(i == 0 ? name : u"%1_%2"_s.arg(name).arg(i + 1));
        out += u"    address = %1\n    port = %2\n"_s.arg(addressOf(listeners[i])).arg(listeners[i].port);
        if (implicitTls)
            out += u"    ssl = yes\n"_s;
        out += u"  }\n"_s;
    }
}

} // namespace

DovecotLayout DovecotLayout::inDataDirectory(const QString &dataDirectory)
{
    const QDir data(dataDirectory);
    return {data.filePath(u"dovecot"_s), data.filePath(u"mail"_s), data.filePath(u"sieve"_s)};
}

QString DovecotLayout::configPath() const
{
    return directory + u"/dovecot.conf"_s;
}

QString DovecotLayout::passwdPath() const
{
    return directory + u"/passwd"_s;
}

QString DovecotLayout::certificatePath() const
{
    return directory + u"/tls/certificate.pem"_s;
}

QString DovecotLayout::privateKeyPath() const
{
    return directory + u"/tls/private-key.pem"_s;
}

QString DovecotLayout::runDirectory() const
{
    return directory + u"/run"_s;
}

QString DovecotLayout::stateDirectory() const
{
    return directory + u"/state"_s;
}

QString DovecotLayout::lmtpSocketPath() const
{
    return runDirectory() + u"/lmtp"_s;
}

QString DovecotLayout::globalSievePath() const
{
    return sieveRoot + u"/global.sieve"_s;
}

QByteArray DovecotConfig::render(const DovecotConfigInput &input)
{
    const DovecotLayout &layout = input.layout;
    const DovecotIdentity &id = input.identity;
    QString out;
    out += u"# Written by doorstepd, which runs this Dovecot: every change here is overwritten.\n"_s
           u"# The settings live in the engine (doorstepctl settings list imap).\n\n"_s;

    out += u"base_dir = %1\n"_s.arg(quoted(layout.runDirectory()));
    out += u"state_dir = %1\n"_s.arg(quoted(layout.stateDirectory()));
    out += u"instance_name = doorstep\n"_s;
    out += u"log_path = /dev/stderr\n"_s;
    out += u"log_timestamp =\n"_s; // the engine's log has its own
    QStringList protocols{u"imap"_s, u"lmtp"_s, u"sieve"_s};
    if (input.pop3)
        protocols << u"pop3"_s;
    out += u"protocols = %1\n"_s.arg(protocols.join(u' '));
    out += u"listen = 127.0.0.1\n"_s; // every listener below names its own address; this is for none
    out += u"shutdown_clients = yes\n\n"_s;

    out += u"# Rootless: every process runs as %1, mail included.\n"_s.arg(id.user);
    out += u"default_internal_user = %1\ndefault_internal_group = %2\ndefault_login_user = %1\n"_s.arg(quoted(id.user), quoted(id.group));
    out += u"first_valid_uid = %1\nlast_valid_uid = %1\nfirst_valid_gid = %2\nlast_valid_gid = %2\n"_s.arg(id.uid).arg(id.gid);
    out += u"mail_uid = %1\nmail_gid = %2\n\n"_s.arg(id.uid).arg(id.gid);

    out += u"ssl = required\n"_s;
    out += u"ssl_cert = <%1\nssl_key = <%2\n"_s.arg(layout.certificatePath(), layout.privateKeyPath());
    out += u"ssl_min_protocol = TLSv1.2\nssl_prefer_server_ciphers = yes\n\n"_s;

    out += u"auth_mechanisms = plain login\n"_s;
    out += u"disable_plaintext_auth = yes\n"_s;
    out += u"auth_username_format = %Lu\n"_s;
    out += u"auth_failure_delay = 2 secs\n"_s;
    out += u"passdb {\n  driver = passwd-file\n  args = scheme=CRYPT username_format=%Lu %1\n}\n"_s.arg(quoted(layout.passwdPath()));
    out += u"userdb {\n  driver = passwd-file\n  args = username_format=%Lu %1\n"_s.arg(quoted(layout.passwdPath()));
    out += u"  default_fields = uid=%1 gid=%2 home=%3/%d/%n\n}\n\n"_s.arg(id.uid).arg(id.gid).arg(layout.mailRoot);

    out += u"mail_location = maildir:%1/%d/%n\n"_s.arg(layout.mailRoot);
    out += u"mail_privileged_group =\n"_s;
    out += u"namespace inbox {\n  inbox = yes\n  separator = .\n"_s;
    const QList<std::pair<QString, QString>> special{
        {u"Drafts"_s, u"\\Drafts"_s}, {u"Sent"_s, u"\\Sent"_s}, {u"Trash"_s, u"\\Trash"_s}, {input.spamFolder, u"\\Junk"_s}};
    for (const auto &[folder, use] : special) {
        if (folder.isEmpty())
            continue;
        out += u"  mailbox %1 {\n    special_use = %2\n    auto = subscribe\n  }\n"_s.arg(quoted(folder), use);
    }
    out += u"}\n\n"_s;

    out += u"service imap-login {\n  chroot =\n"_s;
    appendListeners(out, u"imap"_s, input.imap, false);
    appendListeners(out, u"imaps"_s, input.imaps, true);
    out += u"}\n"_s;
    out += u"service pop3-login {\n  chroot =\n"_s;
    appendListeners(out, u"pop3"_s, {}, false); // POP3 only over implicit TLS
    appendListeners(out, u"pop3s"_s, input.pop3 ? input.pop3s : QList<Core::HostPort>{}, true);
    out += u"}\n"_s;
    out += u"service managesieve-login {\n  chroot =\n"_s;
    appendListeners(out, u"sieve"_s, input.sieve, false);
    out += u"}\n"_s;
    out += u"service lmtp {\n  unix_listener lmtp {\n    mode = 0600\n  }\n}\n"_s;
    out += u"service anvil {\n  chroot =\n}\n"_s;
    out += u"service stats {\n  chroot =\n}\n\n"_s;

    out += u"protocol lmtp {\n  mail_plugins = $mail_plugins sieve\n  postmaster_address = postmaster@localhost\n}\n"_s;
    out += u"lda_mailbox_autocreate = yes\nlda_mailbox_autosubscribe = yes\n"_s;
    if (!input.sendmailPath.isEmpty()) {
        // Vacation replies and redirects go back into the engine, which sends them on.
        // Dovecot runs the program with a cleaned environment: env(1) names the socket.
        const QString program = input.submitSocket.isEmpty()
                                    ? input.sendmailPath
                                    : u"/usr/bin/env DOORSTEP_SUBMIT_SOCKET=%1 %2"_s.arg(input.submitSocket, input.sendmailPath);
        out += u"sendmail_path = %1\n"_s.arg(quoted(program));
    }
    // The engine's own Received line names the queue id; the hop into the mailbox is internal.
    out += u"lmtp_add_received_header = no\n"_s;
    out += u"protocol imap {\n  mail_max_userip_connections = 20\n}\n\n"_s;

    out += u"plugin {\n"_s;
    out += u"  sieve = file:%1/%d/%n;active=%1/%d/%n/active.sieve\n"_s.arg(layout.sieveRoot);
    out += u"  sieve_before = %1\n"_s.arg(quoted(layout.globalSievePath()));
    out += u"  sieve_extensions = +vacation-seconds +editheader\n"_s;
    out += u"  sieve_vacation_min_period = 1h\n"_s;
    out += u"}\n"_s;
    return out.toUtf8();
}

QByteArray DovecotConfig::globalScript(const QString &spamFolder)
{
    QString folder = spamFolder.isEmpty() ? u"spamtrap"_s : spamFolder;
    folder.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u"# Written by doorstepd from the spam settings (spam.folder): every change here is overwritten.\n"
           u"# The seed's global procmail rule: mail the spam filter marked goes to the spam folder.\n"
           u"require [\"fileinto\", \"mailbox\"];\n"
           u"if header :is \"X-Spam-Flag\" \"YES\" {\n"
           u"    fileinto :create \"%1\";\n"
           u"    stop;\n"
           u"}\n"_s.arg(folder)
        .toUtf8();
}

QByteArray DovecotConfig::renderToolsConfig(const DovecotConfigInput &input)
{
    const DovecotIdentity &id = input.identity;
    QString out = u"# Written by doorstepd for sievec and sieve-test: every change here is overwritten.\n"_s;
    out += u"mail_uid = %1\nmail_gid = %2\nfirst_valid_uid = %1\nlast_valid_uid = %1\nfirst_valid_gid = %2\n"_s.arg(id.uid).arg(id.gid);
    out += u"mail_location = maildir:%1/%d/%n\n"_s.arg(input.layout.mailRoot);
    out += u"plugin {\n  sieve_extensions = +vacation-seconds +editheader\n}\n"_s;
    return out.toUtf8();
}

} // namespace Doorstep::Delivery
