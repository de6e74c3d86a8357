#include "ui/mailprograms/thunderbird.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include "ui/mailprograms/settingsfile.h"
#include "ui/mailprograms/thunderbirdprefs.h"
#include "ui/mailprograms/thunderbirdprofile.h"

namespace Doorstep::Ui::MailPrograms {

using namespace Qt::StringLiterals;

namespace {

// nsMsgSocketType: 2 = alwaysSTARTTLS, 3 = SSL (implicit TLS). The SMTP server keeps it in
// "try_ssl", the incoming server in "socketType".
int socketType(MailEndpoint::Security security)
{
    return security == MailEndpoint::Security::ImplicitTls ? 3 : 2;
}

// nsMsgAuthMethod::passwordCleartext ("Normal password"): the password inside TLS.
constexpr int kNormalPassword = 3;

/** The highest N in preference names "<prefix>N." and in @p lists' comma-separated values. */
int highestNumber(const ThunderbirdPrefs &prefs, const QString &prefix, const QStringList &lists = {})
{
    const QRegularExpression name(u"^"_s + QRegularExpression::escape(prefix) + uR"((\d+)\.)"_s);
    const QRegularExpression item(u"^"_s + QRegularExpression::escape(prefix.section(u'.', -1)) + uR"((\d+)$)"_s);
    int highest = 0;
    for (const QString &pref : prefs.names()) {
        const auto match = name.match(pref);
        if (match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    }
    for (const QString &list : lists) {
        for (const QString &entry : prefs.string(list).split(u',', Qt::SkipEmptyParts)) {
            const auto match = item.match(entry.trimmed());
            if (match.hasMatch())
                highest = std::max(highest, match.captured(1).toInt());
        }
    }
    return highest;
}

void setAll(ThunderbirdPrefs &prefs, const QString &prefix, std::initializer_list<std::pair<QString, QVariant>> values)
{
    for (const auto &[name, value] : values)
        prefs.set(prefix + name, value);
}

QString appended(const QString &list, const QString &entry)
{
    return list.trimmed().isEmpty() ? entry : list + u',' + entry;
}

} // namespace

Thunderbird::Thunderbird(Environment environment) : FileMailProgram(std::move(environment), u"Thunderbird"_s, u"thunderbird"_s) {}

bool Thunderbird::hasAccount(const ThunderbirdPrefs &prefs, const MailAccount &account)
{
    static const QRegularExpression hostnamePref(uR"(^mail\.server\.(server\d+)\.hostname$)"_s);
    for (const QString &pref : prefs.names()) {
        const auto match = hostnamePref.match(pref);
        if (!match.hasMatch())
            continue;
        const QString server = u"mail.server.%1."_s.arg(match.captured(1));
        const QString type = prefs.string(server + u"type"_s);
        if (type != u"imap"_s && type != u"pop3"_s)
            continue;
        if (prefs.string(pref).compare(account.incoming.hostname, Qt::CaseInsensitive) == 0
            && prefs.string(server + u"userName"_s).compare(account.username, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void Thunderbird::addTo(ThunderbirdPrefs &prefs, const MailAccount &account)
{
    const QString accountKey = u"account%1"_s.arg(
        highestNumber(prefs, u"mail.account.account"_s, {u"mail.accountmanager.accounts"_s}) + 1);
    const QString serverKey = u"server%1"_s.arg(highestNumber(prefs, u"mail.server.server"_s) + 1);
    const QString identityKey = u"id%1"_s.arg(highestNumber(prefs, u"mail.identity.id"_s) + 1);
    const QString smtpKey = u"smtp%1"_s.arg(highestNumber(prefs, u"mail.smtpserver.smtp"_s, {u"mail.smtpservers"_s}) + 1);

    const QString user = account.username;
    setAll(prefs, u"mail.server.%1."_s.arg(serverKey),
           {{u"type"_s, u"imap"_s},
            {u"hostname"_s, account.incoming.hostname},
            {u"port"_s, int(account.incoming.port)},
            {u"socketType"_s, socketType(account.incoming.security)},
            {u"userName"_s, user},
            {u"authMethod"_s, kNormalPassword},
            {u"name"_s, account.address},
            {u"login_at_startup"_s, true},
            {u"check_new_mail"_s, true}});
    setAll(prefs, u"mail.smtpserver.%1."_s.arg(smtpKey),
           {{u"type"_s, u"smtp"_s},
            {u"hostname"_s, account.outgoing.hostname},
            {u"port"_s, int(account.outgoing.port)},
            {u"try_ssl"_s, socketType(account.outgoing.security)},
            {u"username"_s, user},
            {u"authMethod"_s, kNormalPassword},
            {u"description"_s, account.address}});
    const QString smtpServers = prefs.string(u"mail.smtpservers"_s);
    prefs.set(u"mail.smtpservers"_s, appended(smtpServers, smtpKey));
    if (smtpServers.trimmed().isEmpty() && !prefs.value(u"mail.smtp.defaultserver"_s))
        prefs.set(u"mail.smtp.defaultserver"_s, smtpKey);

    // Sent, Drafts and Templates on the server, as the account setup chooses them.
    const QString serverUri = u"imap://%1@%2/"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(account.username)),
                                                     account.incoming.hostname);
    setAll(prefs, u"mail.identity.%1."_s.arg(identityKey),
           {{u"fullName"_s, account.displayName},
            {u"useremail"_s, account.address},
            {u"smtpServer"_s, smtpKey},
            {u"valid"_s, true},
            {u"reply_on_top"_s, 1},
            {u"fcc_folder"_s, serverUri + u"Sent"_s},
            {u"fcc_folder_picker_mode"_s, u"0"_s},
            {u"draft_folder"_s, serverUri + u"Drafts"_s},
            {u"drafts_folder_picker_mode"_s, u"0"_s},
            {u"stationery_folder"_s, serverUri + u"Templates"_s},
            {u"tmpl_folder_picker_mode"_s, u"0"_s}});

    setAll(prefs, u"mail.account.%1."_s.arg(accountKey), {{u"identities"_s, identityKey}, {u"server"_s, serverKey}});
    prefs.set(u"mail.accountmanager.accounts"_s, appended(prefs.string(u"mail.accountmanager.accounts"_s), accountKey));
    if (prefs.string(u"mail.accountmanager.defaultaccount"_s).isEmpty())
        prefs.set(u"mail.accountmanager.defaultaccount"_s, accountKey);
}

Outcome<QString> Thunderbird::addNow(const MailAccount &account) const
{
    const auto profile = ThunderbirdProfile::find(environment().home);
    if (!profile)
        return Outcome<QString>::failure(profile.error());
    if (profile->isInUse())
        return Outcome<QString>::failure(
            tr("Thunderbird is running. Quit Thunderbird, then try again: it writes its settings back when it quits, "
               "and the new account would be lost."));

    const QString path = profile->prefsPath();
    QFile current(path);
    QByteArray content;
    if (current.exists()) {
        if (!current.open(QIODevice::ReadOnly))
            return Outcome<QString>::failure(
                tr("Could not read Thunderbird's settings in %1: %2").arg(QDir::toNativeSeparators(path), current.errorString()));
        content = current.readAll();
        current.close();
    }
    ThunderbirdPrefs prefs = ThunderbirdPrefs::parse(content);
    if (hasAccount(prefs, account))
        return Outcome<QString>::failure(tr("%1 is already set up in Thunderbird.").arg(account.address));
    addTo(prefs, account);

    if (const QString error = replaceSettingsFile(path, prefs.toBytes()); !error.isEmpty())
        return Outcome<QString>::failure(tr("Could not write Thunderbird's settings in %1: %2").arg(QDir::toNativeSeparators(path), error));
    return tr("%1 was added to Thunderbird. Start Thunderbird: it asks for the mailbox's password when it first "
              "connects.")
        .arg(account.address);
}

} // namespace Doorstep::Ui::MailPrograms
