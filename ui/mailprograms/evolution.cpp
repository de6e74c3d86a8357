#include "ui/mailprograms/evolution.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include "ui/mailprograms/keyfile.h"

namespace Doorstep::Ui::MailPrograms {

using namespace Qt::StringLiterals;

namespace {

const QString kDataSource = u"Data Source"_s;
const QString kMailAccount = u"Mail Account"_s;
const QString kAuthentication = u"Authentication"_s;
const QString kSecurity = u"Security"_s;

// ESourceSecurity's methods (CamelNetworkSecurityMethod's nicks).
QString securityMethod(MailEndpoint::Security security)
{
    return security == MailEndpoint::Security::ImplicitTls ? u"ssl-on-alternate-port"_s : u"starttls-on-standard-port"_s;
}

KeyFile source(const QString &displayName, const QString &parent)
{
    KeyFile file;
    file.setValue(kDataSource, u"DisplayName"_s, displayName);
    file.setValue(kDataSource, u"Enabled"_s, u"true"_s);
    file.setValue(kDataSource, u"Parent"_s, parent);
    return file;
}

void setServer(KeyFile &file, const MailEndpoint &endpoint, const QString &user)
{
    file.setValue(kAuthentication, u"Host"_s, endpoint.hostname);
    // SASL PLAIN inside TLS: the password as it is, which Doorstep's servers offer.
    file.setValue(kAuthentication, u"Method"_s, u"PLAIN"_s);
    file.setValue(kAuthentication, u"Port"_s, QString::number(endpoint.port));
    file.setValue(kAuthentication, u"User"_s, user);
    file.setValue(kAuthentication, u"RememberPassword"_s, u"true"_s);
    file.setValue(kSecurity, u"Method"_s, securityMethod(endpoint.security));
}

/**
 * Writes one source file, first under a temporary name beside the sources folder and then
 * renamed into it, so that the registry never reads half a file. evolution-source-registry
 * 3.46 did not notice files that QSaveFile put in place while it ran (checked here), whereas
 * a file renamed in from outside the folder is loaded at once. Returns the path written.
 */
Outcome<QString> writeSource(const QString &folder, const QString &uid, const QByteArray &content)
{
    const QString path = QDir(folder).filePath(uid + u".source"_s);
    QFile file(QFileInfo(folder).dir().filePath(u".doorstep-%1.source.part"_s.arg(uid)));
    const bool written = file.open(QIODevice::WriteOnly | QIODevice::NewOnly) && file.write(content) == content.size()
        && file.flush();
    file.close();
    if (written && file.rename(path))
        return path;
    const QString error = file.errorString();
    file.remove();
    return Outcome<QString>::failure(
        Evolution::tr("Could not write Evolution's settings in %1: %2").arg(QDir::toNativeSeparators(path), error));
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Evolution::Evolution(Environment environment) : FileMailProgram(std::move(environment), u"Evolution"_s, u"evolution"_s) {}

QString Evolution::sourcesPath() const
{
    return QDir(environment().configHome()).filePath(u"evolution/sources"_s);
}

bool Evolution::hasAccount(const MailAccount &account) const
{
    const QDir dir(sourcesPath());
    const QStringList names = dir.entryList({u"*.source"_s}, QDir::Files);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const KeyFile source = KeyFile::parse(file.readAll());
        if (!source.hasGroup(kMailAccount))
            continue;
        if (source.value(kAuthentication, u"Host"_s).compare(account.incoming.hostname, Qt::CaseInsensitive) == 0
            && source.value(kAuthentication, u"User"_s).compare(account.username, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Outcome<QString> Evolution::addNow(const MailAccount &account) const
{
    if (hasAccount(account))
        return Outcome<QString>::failure(tr("%1 is already set up in Evolution.").arg(account.address));
    const QString folder = sourcesPath();
    if (!QDir().mkpath(folder))
        return Outcome<QString>::failure(tr("Could not create Evolution's settings folder %1.").arg(QDir::toNativeSeparators(folder)));

    const QString accountUid = newUid();
    const QString identityUid = newUid();
    const QString transportUid = newUid();

    KeyFile mailAccount = source(account.address, QString());
    mailAccount.setValue(kMailAccount, u"BackendName"_s, u"imapx"_s);
    mailAccount.setValue(kMailAccount, u"IdentityUid"_s, identityUid);
    setServer(mailAccount, account.incoming, account.username);

    KeyFile transport = source(account.address, accountUid);
    transport.setValue(u"Mail Transport"_s, u"BackendName"_s, u"smtp"_s);
    setServer(transport, account.outgoing, account.username);

    KeyFile identity = source(account.address, accountUid);
    identity.setValue(u"Mail Identity"_s, u"Address"_s, account.address);
    identity.setValue(u"Mail Identity"_s, u"Name"_s, account.displayName);
    identity.setValue(u"Mail Submission"_s, u"TransportUid"_s, transportUid);

    // The account last: the registry shows it once it appears, and by then the identity and
    // transport it names are there to be adopted.
    const QList<std::pair<QString, const KeyFile *>> files{
        {transportUid, &transport}, {identityUid, &identity}, {accountUid, &mailAccount}};
    QStringList written;
    for (const auto &[uid, keyFile] : files) {
        const auto path = writeSource(folder, uid, keyFile->toBytes());
        if (!path) {
            for (const QString &done : std::as_const(written))
                QFile::remove(done);
            return Outcome<QString>::failure(path.error());
        }
        written.append(path.value());
    }
    return tr("%1 was added to Evolution. Evolution asks for the mailbox's password when it first connects.")
        .arg(account.address);
}

} // namespace Doorstep::Ui::MailPrograms
