#include "ui/wizards/relayclient/clientconfiguration.h"

#include <QStringList>

namespace Doorstep::Ui::Wizards {

using namespace Qt::StringLiterals;

namespace {

constexpr int kSmtpPort = 25;

QString hostPort(const ClientSetup &setup)
{
    return u"[%1]:%2"_s.arg(setup.host).arg(setup.port);
}

} // namespace

QString ClientConfiguration::sendmail(const ClientSetup &setup)
{
    QStringList lines;
    lines << u"dnl /etc/mail/sendmail.mc"_s;
    lines << u"define(`SMART_HOST', `[%1]')dnl"_s.arg(setup.host);
    if (setup.port != kSmtpPort) {
        lines << u"define(`RELAY_MAILER_ARGS', `TCP $h %1')dnl"_s.arg(setup.port);
        lines << u"define(`ESMTP_MAILER_ARGS', `TCP $h %1')dnl"_s.arg(setup.port);
    }
    if (setup.authenticated()) {
        lines << u"define(`confAUTH_MECHANISMS', `PLAIN LOGIN')dnl"_s;
        lines << u"FEATURE(`authinfo', `hash /etc/mail/auth/client-info')dnl"_s;
        lines << QString();
        lines << u"# /etc/mail/auth/client-info"_s;
        lines << u"AuthInfo:%1 \"U:%2\" \"I:%2\" \"P:%3\" \"M:PLAIN\""_s.arg(setup.host, setup.user, setup.password);
        lines << QString();
        lines << u"# mkdir -m 700 -p /etc/mail/auth"_s;
        lines << u"# makemap hash /etc/mail/auth/client-info < /etc/mail/auth/client-info"_s;
        lines << u"# chmod 600 /etc/mail/auth/client-info*"_s;
    } else {
        lines << QString();
    }
    lines << u"# make -C /etc/mail && systemctl restart sendmail"_s;
    return lines.join(u'\n') + u'\n';
}

QString ClientConfiguration::postfix(const ClientSetup &setup)
{
    QStringList lines;
    lines << u"# /etc/postfix/main.cf"_s;
    lines << (setup.port == kSmtpPort ? u"relayhost = [%1]"_s.arg(setup.host) : u"relayhost = %1"_s.arg(hostPort(setup)));
    if (setup.authenticated()) {
        lines << u"smtp_sasl_auth_enable = yes"_s;
        lines << u"smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd"_s;
        lines << u"smtp_sasl_security_options = noanonymous"_s;
        lines << u"smtp_tls_security_level = encrypt"_s;
        if (setup.security == ClientSetup::Security::ImplicitTls)
            lines << u"smtp_tls_wrappermode = yes"_s;
        lines << QString();
        lines << u"# /etc/postfix/sasl_passwd"_s;
        lines << u"%1 %2:%3"_s.arg(hostPort(setup), setup.user, setup.password);
        lines << QString();
        lines << u"# postmap /etc/postfix/sasl_passwd"_s;
        lines << u"# chmod 600 /etc/postfix/sasl_passwd /etc/postfix/sasl_passwd.db"_s;
    } else {
        lines << u"smtp_tls_security_level = may"_s;
        lines << QString();
    }
    lines << u"# systemctl reload postfix"_s;
    return lines.join(u'\n') + u'\n';
}

QString ClientConfiguration::msmtp(const ClientSetup &setup)
{
    const bool implicitTls = setup.security == ClientSetup::Security::ImplicitTls;
    QStringList lines;
    lines << u"# ~/.msmtprc"_s;
    lines << u"defaults"_s;
    lines << u"tls            on"_s;
    lines << u"tls_starttls   %1"_s.arg(implicitTls ? u"off"_s : u"on"_s);
    if (!setup.selfSignedFingerprint.isEmpty())
        lines << u"tls_fingerprint %1"_s.arg(setup.selfSignedFingerprint);
    else
        lines << u"tls_trust_file /etc/ssl/certs/ca-certificates.crt"_s;
    lines << u"logfile        ~/.msmtp.log"_s;
    lines << QString();
    lines << u"account        doorstep"_s;
    lines << u"host           %1"_s.arg(setup.host);
    lines << u"port           %1"_s.arg(setup.port);
    if (setup.authenticated()) {
        lines << u"auth           on"_s;
        lines << u"user           %1"_s.arg(setup.user);
        lines << u"password       %1"_s.arg(setup.password);
        lines << u"from           %1"_s.arg(setup.user);
    } else {
        lines << u"auth           off"_s;
        lines << u"from           %U@%H"_s;
    }
    lines << QString();
    lines << u"account default : doorstep"_s;
    return lines.join(u'\n') + u'\n';
}

QString ClientConfiguration::thunderbird(const ClientSetup &setup)
{
    const auto row = [](const QString &label, const QString &value) { return label + u' ' + value; };
    QStringList lines;
    //: Field of Thunderbird's outgoing server (SMTP) dialog
    lines << row(tr("Server Name:"), setup.host);
    //: Field of Thunderbird's outgoing server (SMTP) dialog
    lines << row(tr("Port:"), QString::number(setup.port));
    //: Field of Thunderbird's outgoing server (SMTP) dialog; the values are STARTTLS and SSL/TLS
    lines << row(tr("Connection security:"), setup.security == ClientSetup::Security::ImplicitTls ? u"SSL/TLS"_s : u"STARTTLS"_s);
    if (setup.authenticated()) {
        //: Field of Thunderbird's outgoing server (SMTP) dialog; value as Thunderbird names it
        lines << row(tr("Authentication method:"), tr("Normal password"));
        //: Field of Thunderbird's outgoing server (SMTP) dialog
        lines << row(tr("User Name:"), setup.user);
        //: Thunderbird asks for the password when it first sends
        lines << row(tr("Password:"), tr("%1 (Thunderbird asks for it when it first sends)").arg(setup.password));
    } else {
        //: Field of Thunderbird's outgoing server (SMTP) dialog; value as Thunderbird names it
        lines << row(tr("Authentication method:"), tr("No authentication"));
    }
    if (!setup.selfSignedFingerprint.isEmpty()) {
        lines << QString();
        lines << tr("The server's certificate is self-signed: confirm the security exception when Thunderbird asks, "
                    "after checking that its SHA-256 fingerprint is %1.")
                     .arg(setup.selfSignedFingerprint);
    }
    return lines.join(u'\n') + u'\n';
}

QString ClientConfiguration::sendmailHint(const ClientSetup &setup)
{
    if (setup.security == ClientSetup::Security::ImplicitTls)
        return tr("Add the lines to sendmail.mc and run the commands as root. sendmail cannot use port %1 (TLS from the "
                  "start): switch on the submission listener of this server for sendmail clients.")
            .arg(setup.port);
    return tr("Add the lines to sendmail.mc and the files named in the comments, then run the commands as root.");
}

QString ClientConfiguration::postfixHint(const ClientSetup &)
{
    return tr("Add the lines to the files named in the comments, then run the commands as root.");
}

QString ClientConfiguration::msmtpHint(const ClientSetup &setup)
{
    if (setup.authenticated())
        return tr("Save this as ~/.msmtprc of the user who sends (chmod 600 ~/.msmtprc: it holds the password).");
    return tr("Save this as ~/.msmtprc of the user who sends.");
}

QString ClientConfiguration::thunderbirdHint(const ClientSetup &)
{
    return tr("In Thunderbird: Account Settings, Outgoing Server (SMTP), Add, then fill in these fields.");
}

} // namespace Doorstep::Ui::Wizards
