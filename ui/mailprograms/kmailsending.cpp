#include "ui/mailprograms/kmailsending.h"

#include <limits>

#include <QDBusMessage>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include "ui/mailprograms/keyfile.h"
#include "ui/mailprograms/settingsfile.h"

namespace Doorstep::Ui::MailPrograms {

using namespace Qt::StringLiterals;

namespace {

// KConfig's group for settings that are not per item, in both files.
const QString kGeneral = u"General"_s;
// kmailtransport's TransportManagerPrivate::readConfig: groups "^Transport (.+)$".
const QString kTransportPrefix = u"Transport "_s;
const QString kDefaultTransport = u"default-transport"_s;
// kidentitymanagement's IdentityManager: groups "^Identity #\d+$", keys from identity.h.
const QString kDefaultIdentity = u"Default Identity"_s;
const QString kEmailAddress = u"Email Address"_s;
const QString kUoid = u"uoid"_s;

// How long to wait for a KDE program that is writing the same file (KConfig holds the lock
// only while it writes).
constexpr int kLockWaitMs = 3'000;

const QRegularExpression &identityGroup()
{
    static const QRegularExpression re(u"^Identity #(\\d+)$"_s);
    return re;
}

QStringList transportGroups(const KeyFile &file)
{
    QStringList groups;
    for (const QString &group : file.groups()) {
        if (group.startsWith(kTransportPrefix) && group.size() > kTransportPrefix.size())
            groups.append(group);
    }
    return groups;
}

QStringList identityGroups(const KeyFile &file)
{
    return file.groups().filter(identityGroup());
}

/** A positive int not in @p used, as KRandom::random() gives TransportManager and IdentityManager. */
int freshId(const QSet<QString> &used)
{
    int id = 0;
    do {
        id = int(QRandomGenerator::global()->bounded(1, std::numeric_limits<int>::max()));
    } while (used.contains(QString::number(id)));
    return id;
}

/** @p name, or "name #2", "name #3" … when taken (IdentityManager::makeUnique's form). */
QString unique(const QString &name, const QSet<QString> &taken)
{
    QString result = name;
    for (int suffix = 2; taken.contains(result); ++suffix)
        result = u"%1 #%2"_s.arg(name).arg(suffix);
    return result;
}

/** @p bytes ready for a group to follow: ending in a line break and a blank line, unless empty. */
QByteArray separated(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return bytes;
    return bytes + (bytes.endsWith('\n') ? "\n" : "\n\n");
}

/**
 * @p bytes with @p key in [@p group] set to @p value (a number: nothing to escape): the key's
 * line is replaced where it is, else a [@p group] section with it is appended, which KConfig
 * reads as part of the same group. Every other line stays as it was.
 */
QByteArray withValue(const QByteArray &bytes, const QString &group, const QString &key, const QString &value)
{
    QList<QByteArray> lines = bytes.split('\n');
    QString current;
    for (QByteArray &line : lines) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.startsWith(u'[') && text.endsWith(u']')) {
            current = text.mid(1, text.size() - 2);
            continue;
        }
        const qsizetype equals = text.indexOf(u'=');
        if (current == group && equals > 0 && text.left(equals).trimmed() == key) {
            line = (key + u'=' + value).toUtf8();
            return lines.join('\n');
        }
    }
    return separated(bytes) + (u"[%1]\n%2=%3\n"_s.arg(group, key, value)).toUtf8();
}

/** @p bytes with the groups of @p added after them. */
QByteArray appended(const QByteArray &bytes, const KeyFile &added)
{
    return separated(bytes) + added.toBytes();
}

/** One KConfig file as it is on disk, read under its lock. */
struct ConfigFile {
    QString path;
    bool exists = false;
    QByteArray bytes;
    KeyFile keys;
};

Outcome<ConfigFile> readConfig(const QString &path)
{
    ConfigFile config;
    config.path = path;
    QFile file(path);
    config.exists = file.exists();
    if (!config.exists)
        return config;
    if (!file.open(QIODevice::ReadOnly))
        return Outcome<ConfigFile>::failure(
            KMailSending::tr("Could not read KMail's settings in %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    config.bytes = file.readAll();
    config.keys = KeyFile::parse(config.bytes);
    return config;
}

/** Replaces the file atomically; an empty string when done, else the sentence. */
QString writeConfig(const ConfigFile &config, const QByteArray &bytes)
{
    const QString error = replaceSettingsFile(config.path, bytes);
    if (error.isEmpty())
        return {};
    return KMailSending::tr("Could not write KMail's settings in %1: %2").arg(QDir::toNativeSeparators(config.path), error);
}

QString lockBusy(const QString &path)
{
    return KMailSending::tr("KMail's settings in %1 are being changed by another program. Try again in a moment.")
        .arg(QDir::toNativeSeparators(path));
}

QString transportConflict(const KeyFile &transports, const MailAccount &account)
{
    const MailEndpoint &smtp = account.outgoing;
    for (const QString &group : transportGroups(transports)) {
        // mailtransport.kcfg: port defaults to 25, the user name's key is "user".
        if (transports.value(group, u"host"_s).compare(smtp.hostname, Qt::CaseInsensitive) == 0
            && transports.value(group, u"port"_s, u"25"_s).toUInt() == smtp.port
            && transports.value(group, u"user"_s).compare(account.username, Qt::CaseInsensitive) == 0)
            return KMailSending::tr("KMail already has an outgoing server %1 (port %2) for %3.")
                .arg(smtp.hostname)
                .arg(smtp.port)
                .arg(account.username);
    }
    return {};
}

QString identityConflict(const KeyFile &identities, const MailAccount &account)
{
    for (const QString &group : identityGroups(identities)) {
        if (identities.value(group, kEmailAddress).compare(account.address, Qt::CaseInsensitive) == 0)
            return KMailSending::tr("KMail already has an identity for %1.").arg(account.address);
    }
    return {};
}

/** The bytes of mailtransports with a transport for @p account as [Transport @p id]. */
QByteArray withTransport(const ConfigFile &config, const MailAccount &account, int id)
{
    QSet<QString> names;
    QSet<QString> ids;
    const QStringList groups = transportGroups(config.keys);
    for (const QString &group : groups) {
        names.insert(config.keys.value(group, u"name"_s));
        ids.insert(config.keys.value(group, u"id"_s));
    }
    const QString group = kTransportPrefix + QString::number(id);
    KeyFile added;
    // mailtransport.kcfg's keys; enums are written by their choice names, as KConfigXT does.
    added.setValue(group, u"id"_s, QString::number(id));
    added.setValue(group, u"name"_s, unique(account.address, names));
    added.setValue(group, u"identifier"_s, u"SMTP"_s);
    added.setValue(group, u"host"_s, account.outgoing.hostname);
    added.setValue(group, u"port"_s, QString::number(account.outgoing.port));
    added.setValue(group, u"user"_s, account.username);
    added.setValue(group, u"auth"_s, u"true"_s);
    // Doorstep's submission offers SASL PLAIN inside TLS. KMail asks for the password when it
    // first sends and keeps it in KWallet.
    added.setValue(group, u"authtype"_s, u"PLAIN"_s);
    added.setValue(group, u"storepass"_s, u"true"_s);
    // "SSL" is TLS from the first byte (465), "TLS" is STARTTLS (587).
    added.setValue(group, u"encryption"_s,
                   account.outgoing.security == MailEndpoint::Security::ImplicitTls ? u"SSL"_s : u"TLS"_s);
    QByteArray bytes = appended(config.bytes, added);
    // Without a default that names a transport, TransportManager takes the first; name ours.
    if (!ids.contains(config.keys.value(kGeneral, kDefaultTransport)))
        bytes = withValue(bytes, kGeneral, kDefaultTransport, QString::number(id));
    return bytes;
}

/** The bytes of emailidentities with an identity for @p account sending through @p transportId. */
QByteArray withIdentity(const ConfigFile &config, const MailAccount &account, int transportId, uint uoid)
{
    QSet<QString> names;
    QSet<QString> withAddress;
    int next = 0;
    const QStringList groups = identityGroups(config.keys);
    for (const QString &group : groups) {
        names.insert(config.keys.value(group, u"Identity"_s));
        if (!config.keys.value(group, kEmailAddress).isEmpty())
            withAddress.insert(config.keys.value(group, kUoid));
        next = std::max(next, identityGroup().match(group).captured(1).toInt() + 1);
    }
    const QString group = u"Identity #%1"_s.arg(next);
    KeyFile added;
    added.setValue(group, u"Identity"_s, unique(account.address, names));
    added.setValue(group, u"Name"_s, account.displayName.trimmed());
    added.setValue(group, kEmailAddress, account.address);
    added.setValue(group, u"Transport"_s, QString::number(transportId));
    added.setValue(group, kUoid, QString::number(uoid));
    QByteArray bytes = appended(config.bytes, added);
    // IdentityManager makes a placeholder default without an address when it starts with no
    // identities; ours replaces such a default, never one that can send.
    if (!withAddress.contains(config.keys.value(kGeneral, kDefaultIdentity)))
        bytes = withValue(bytes, kGeneral, kDefaultIdentity, QString::number(uoid));
    return bytes;
}

} // namespace

KMailSending::KMailSending(const Environment &environment) : m_configHome(environment.configHome()) {}

QString KMailSending::transportsPath() const
{
    return QDir(m_configHome).filePath(u"mailtransports"_s);
}

QString KMailSending::identitiesPath() const
{
    return QDir(m_configHome).filePath(u"emailidentities"_s);
}

QString KMailSending::conflict(const MailAccount &account) const
{
    const auto transports = readConfig(transportsPath());
    if (!transports)
        return transports.error();
    const QString transport = transportConflict(transports->keys, account);
    if (!transport.isEmpty())
        return transport;
    const auto identities = readConfig(identitiesPath());
    if (!identities)
        return identities.error();
    return identityConflict(identities->keys, account);
}

Outcome<KMailSending::Written> KMailSending::write(const MailAccount &account) const
{
    if (!QDir().mkpath(m_configHome))
        return Outcome<Written>::failure(
            tr("Could not create the settings folder %1.").arg(QDir::toNativeSeparators(m_configHome)));
    // KConfig's lock for each file (KConfigIniBackend::lock), held while we read and write.
    QLockFile transportsLock(transportsPath() + u".lock"_s);
    if (!transportsLock.tryLock(kLockWaitMs))
        return Outcome<Written>::failure(lockBusy(transportsPath()));
    QLockFile identitiesLock(identitiesPath() + u".lock"_s);
    if (!identitiesLock.tryLock(kLockWaitMs))
        return Outcome<Written>::failure(lockBusy(identitiesPath()));

    const auto transports = readConfig(transportsPath());
    if (!transports)
        return Outcome<Written>::failure(transports.error());
    const auto identities = readConfig(identitiesPath());
    if (!identities)
        return Outcome<Written>::failure(identities.error());
    // Again under the locks: a KDE program may have added the same meanwhile.
    for (const QString &refusal : {transportConflict(transports->keys, account), identityConflict(identities->keys, account)}) {
        if (!refusal.isEmpty())
            return Outcome<Written>::failure(refusal);
    }

    QSet<QString> transportIds;
    for (const QString &group : transportGroups(transports->keys)) {
        transportIds.insert(transports->keys.value(group, u"id"_s));
        transportIds.insert(group.mid(kTransportPrefix.size()));
    }
    QSet<QString> uoids;
    for (const QString &group : identityGroups(identities->keys))
        uoids.insert(identities->keys.value(group, kUoid));

    Written written;
    written.transportId = freshId(transportIds);
    written.identityUoid = uint(freshId(uoids));

    QString error = writeConfig(transports.value(), withTransport(transports.value(), account, written.transportId));
    if (!error.isEmpty())
        return Outcome<Written>::failure(error);
    error = writeConfig(identities.value(),
                        withIdentity(identities.value(), account, written.transportId, written.identityUoid));
    if (!error.isEmpty()) {
        // Put the transports back as they were: still ours to change under the lock.
        if (transports->exists)
            (void)writeConfig(transports.value(), transports->bytes);
        else
            QFile::remove(transportsPath());
        return Outcome<Written>::failure(error);
    }
    return written;
}

void KMailSending::announce(const QDBusConnection &bus)
{
    // kmailtransport's mailtransport_defs.h: every TransportManager listens for this signal from
    // any sender and path and re-reads mailtransports unless the change was its own.
    bus.send(QDBusMessage::createSignal(u"/TransportManager"_s, u"org.kde.pim.TransportManager"_s,
                                        u"changesCommitted"_s));
    // kidentitymanagement's identitymanager.cpp: every IdentityManager listens from any sender
    // and path and reloads emailidentities unless the id is its own ("<unique name>/<path>").
    const QString path = u"/KIDENTITYMANAGER_IdentityManager"_s;
    QDBusMessage identities = QDBusMessage::createSignal(path, u"org.kde.pim.IdentityManager"_s, u"identitiesChanged"_s);
    identities.setArguments({u"%1/%2"_s.arg(bus.baseService(), path)});
    bus.send(identities);
}

} // namespace Doorstep::Ui::MailPrograms
