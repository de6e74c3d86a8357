// unit.mailprograms.kmail: without Akonadi on the bus, KMail gets a sentence that says what
// to do; with a fake Akonadi, the IMAP resource is created, configured, saved, named and
// reconfigured once, KMail's transport and identity are written to mailtransports and
// emailidentities (read back as KConfig reads them, the existing entries kept), the KDE
// libraries' change signals are broadcast, and a second add is refused, whichever of the
// three is there already, before anything is changed.

#include <optional>
#include <utility>

#include <QDBusConnection>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include "tests/unit/mailprograms/fakeakonadi.h"
#include "tests/unit/mailprograms/mailprogramsfixture.h"
#include "tests/unit/mailprograms/tests.h"
#include "ui/mailprograms/keyfile.h"
#include "ui/mailprograms/kmail.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::MailProgramsFixture;
using Doorstep::Ui::MailPrograms::KeyFile;
using Doorstep::Ui::MailPrograms::KMail;
using Doorstep::Ui::MailPrograms::Outcome;

namespace {

/**
 * What a running KMail would hear: TransportManager's changesCommitted and IdentityManager's
 * identitiesChanged, matched as the libraries match them (any sender, any path), on a
 * connection of its own.
 */
class KdeListener final : public QObject
{
    Q_OBJECT

public:
    KdeListener() : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"doorstep-kde-listener"_s))
    {
        // QDBusConnection::connect in Qt 6.4 takes the slot only by its SLOT() name.
        m_bus.connect(QString(), QString(), u"org.kde.pim.TransportManager"_s, u"changesCommitted"_s, this,
                      SLOT(transportsChanged()));
        m_bus.connect(QString(), QString(), u"org.kde.pim.IdentityManager"_s, u"identitiesChanged"_s, this,
                      SLOT(identitiesChanged(QString)));
    }
    ~KdeListener() override { QDBusConnection::disconnectFromBus(u"doorstep-kde-listener"_s); }

    int transports = 0;
    QStringList identities;

public Q_SLOTS:
    void transportsChanged() { ++transports; }
    void identitiesChanged(const QString &id) { identities.append(id); }

private:
    QDBusConnection m_bus;
};

QString addAndWait(KMail &kmail)
{
    QObject context;
    std::optional<Outcome<QString>> got;
    kmail.add(MailProgramsFixture::account(), &context, [&got](const Outcome<QString> &outcome) { got = outcome; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 10'000))
        return u"<no answer>"_s;
    return got->isOk() ? u"added: "_s + got->value() : got->error();
}

QString configPath(const MailProgramsFixture &fixture, const QString &name)
{
    return QDir(fixture.home()).filePath(u".config/"_s + name);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).path()) && file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QStringList matching(const KeyFile &file, const QString &pattern)
{
    return file.groups().filter(QRegularExpression(pattern));
}

// As TransportManager and IdentityManager write them, with one transport and one identity.
const QByteArray kTransports = "[General]\n"
                               "default-transport=1111\n"
                               "\n"
                               "[Transport 1111]\n"
                               "auth=true\n"
                               "encryption=SSL\n"
                               "host=smtp.isp.example\n"
                               "id=1111\n"
                               "name=ISP\n"
                               "port=465\n"
                               "user=carol\n";
const QByteArray kIdentities = "[General]\n"
                               "Default Identity=2222\n"
                               "\n"
                               "[Identity #0]\n"
                               "Email Address=carol@isp.example\n"
                               "Identity=ISP\n"
                               "Name=Carol Example\n"
                               "Transport=1111\n"
                               "uoid=2222\n";

} // namespace

void TestKMail::refusedWithoutAkonadi()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        QSKIP("no session bus: run under dbus-run-session (refusedWithoutBus covers the sentence)");
    MailProgramsFixture fixture;
    KMail kmail(fixture.environment(), bus);
    QCOMPARE(addAndWait(kmail), KMail::notRunning());
    QCOMPARE(KMail::notRunning(), u"KMail's mail store (Akonadi) is not running. Start KMail once, then try again."_s);
}

void TestKMail::refusedWithoutBus()
{
    MailProgramsFixture fixture;
    KMail kmail(fixture.environment(), QDBusConnection(u"doorstep-no-such-connection"_s));
    QCOMPARE(addAndWait(kmail), KMail::notRunning());
}

void TestKMail::addsThroughAkonadi()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no session bus: run under dbus-run-session");
    Doorstep::Tests::FakeAkonadi akonadi(200);
    QVERIFY(akonadi.start());
    KdeListener listener;
    MailProgramsFixture fixture;
    KMail kmail(fixture.environment(), QDBusConnection::sessionBus());

    const QString added = addAndWait(kmail);
    QCOMPARE(added, u"added: carol@example.net was added to KMail for reading and sending mail. KMail asks for the "
                    "mailbox's password when it first connects."_s);
    QCOMPARE(akonadi.resources().size(), 1);
    const QString instance = akonadi.resources().firstKey();
    QCOMPARE(instance, u"akonadi_imap_resource_0"_s);
    const QVariantMap settings = akonadi.resources().value(instance);
    QCOMPARE(settings.value(u"ImapServer"_s).toString(), u"mail.example.net"_s);
    QCOMPARE(settings.value(u"ImapPort"_s).toInt(), 993);
    QCOMPARE(settings.value(u"UserName"_s).toString(), u"carol@example.net"_s);
    QCOMPARE(settings.value(u"Safety"_s).toString(), u"SSL"_s);
    QCOMPARE(settings.value(u"Authentication"_s).toInt(), 1); // MailTransport's PLAIN
    QVERIFY(settings.value(u"saved"_s).toBool());
    QVERIFY(akonadi.resources().value(instance).value(u"reconfigured"_s).toBool());
    QCOMPARE(akonadi.names().value(instance), u"carol@example.net"_s);

    // mailtransports: one "Transport <id>" group with mailtransport.kcfg's keys and enum names.
    const KeyFile transports = KeyFile::parse(Doorstep::Tests::readAll(configPath(fixture, u"mailtransports"_s)));
    const QStringList transportGroups = matching(transports, u"^Transport (.+)$"_s);
    QCOMPARE(transportGroups.size(), 1);
    const QString transport = transportGroups.first();
    const QString id = transports.value(transport, u"id"_s);
    QCOMPARE(transport, u"Transport "_s + id);
    QVERIFY2(id.toInt() > 0, qPrintable(u"got id '%1', want a positive int"_s.arg(id)));
    const QList<std::pair<QString, QString>> wantTransport{
        {u"name"_s, u"carol@example.net"_s}, {u"identifier"_s, u"SMTP"_s}, {u"host"_s, u"mail.example.net"_s},
        {u"port"_s, u"587"_s},   {u"user"_s, u"carol@example.net"_s}, {u"auth"_s, u"true"_s},
        {u"authtype"_s, u"PLAIN"_s}, {u"storepass"_s, u"true"_s}, {u"encryption"_s, u"TLS"_s}};
    for (const auto &[key, want] : wantTransport)
        QVERIFY2(transports.value(transport, key) == want,
                 qPrintable(u"%1: got '%2', want '%3'"_s.arg(key, transports.value(transport, key), want)));
    QCOMPARE(transports.value(u"General"_s, u"default-transport"_s), id);

    // emailidentities: "Identity #0" sending through that transport, and the default.
    const KeyFile identities = KeyFile::parse(Doorstep::Tests::readAll(configPath(fixture, u"emailidentities"_s)));
    QCOMPARE(matching(identities, u"^Identity #\\d+$"_s), QStringList{u"Identity #0"_s});
    const QString identity = u"Identity #0"_s;
    QCOMPARE(identities.value(identity, u"Identity"_s), u"carol@example.net"_s);
    QCOMPARE(identities.value(identity, u"Name"_s), u"Carol Example"_s);
    QCOMPARE(identities.value(identity, u"Email Address"_s), u"carol@example.net"_s);
    QCOMPARE(identities.value(identity, u"Transport"_s), id);
    const QString uoid = identities.value(identity, u"uoid"_s);
    QVERIFY2(uoid.toInt() > 0, qPrintable(u"got uoid '%1', want a positive int"_s.arg(uoid)));
    QCOMPARE(identities.value(u"General"_s, u"Default Identity"_s), uoid);

    // The broadcasts, once each; the identity id is not any running manager's own.
    QTRY_COMPARE(listener.transports, 1);
    QTRY_COMPARE(listener.identities.size(), 1);
    QCOMPARE(listener.identities.first(),
             QDBusConnection::sessionBus().baseService() + u"//KIDENTITYMANAGER_IdentityManager"_s);

    QCOMPARE(addAndWait(kmail), u"carol@example.net is already set up in KMail."_s);
    QCOMPARE(akonadi.resources().size(), 1);
}

void TestKMail::keepsKdeSettings()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no session bus: run under dbus-run-session");
    Doorstep::Tests::FakeAkonadi akonadi(0);
    QVERIFY(akonadi.start());
    MailProgramsFixture fixture;
    QVERIFY(writeFile(configPath(fixture, u"mailtransports"_s), kTransports));
    QVERIFY(writeFile(configPath(fixture, u"emailidentities"_s), kIdentities));
    KMail kmail(fixture.environment(), QDBusConnection::sessionBus());

    QVERIFY(addAndWait(kmail).startsWith(u"added: "_s));
    // The files as they were come first, byte for byte; the new groups follow.
    const QByteArray transportsBytes = Doorstep::Tests::readAll(configPath(fixture, u"mailtransports"_s));
    const QByteArray identitiesBytes = Doorstep::Tests::readAll(configPath(fixture, u"emailidentities"_s));
    QVERIFY2(transportsBytes.startsWith(kTransports), transportsBytes.constData());
    QVERIFY2(identitiesBytes.startsWith(kIdentities), identitiesBytes.constData());

    const KeyFile transports = KeyFile::parse(transportsBytes);
    QCOMPARE(matching(transports, u"^Transport (.+)$"_s).size(), 2);
    QCOMPARE(transports.value(u"General"_s, u"default-transport"_s), u"1111"_s); // still the ISP's
    const KeyFile identities = KeyFile::parse(identitiesBytes);
    QCOMPARE(matching(identities, u"^Identity #\\d+$"_s), (QStringList{u"Identity #0"_s, u"Identity #1"_s}));
    QCOMPARE(identities.value(u"Identity #1"_s, u"Email Address"_s), u"carol@example.net"_s);
    const QString id = identities.value(u"Identity #1"_s, u"Transport"_s);
    QCOMPARE(transports.value(u"Transport "_s + id, u"host"_s), u"mail.example.net"_s);
    QCOMPARE(identities.value(u"General"_s, u"Default Identity"_s), u"2222"_s);
}

void TestKMail::refusedWhenSendingExists_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("want");

    QTest::newRow("transport with the same server, port and user")
        << u"mailtransports"_s
        << QByteArray("[Transport 42]\nhost=MAIL.example.net\nid=42\nport=587\nuser=carol@example.net\n")
        << u"KMail already has an outgoing server mail.example.net (port 587) for carol@example.net."_s;
    QTest::newRow("identity with the same address")
        << u"emailidentities"_s << QByteArray("[Identity #0]\nEmail Address=Carol@Example.net\nuoid=7\n")
        << u"KMail already has an identity for carol@example.net."_s;
}

void TestKMail::refusedWhenSendingExists()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, want);
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no session bus: run under dbus-run-session");
    Doorstep::Tests::FakeAkonadi akonadi(0);
    QVERIFY(akonadi.start());
    MailProgramsFixture fixture;
    const QString path = configPath(fixture, file);
    QVERIFY(writeFile(path, content));
    KMail kmail(fixture.environment(), QDBusConnection::sessionBus());

    QCOMPARE(addAndWait(kmail), want);
    // Refused before anything changed: no IMAP resource, the files as they were.
    QVERIFY(akonadi.resources().isEmpty());
    QCOMPARE(Doorstep::Tests::readAll(path), content);
    QVERIFY(!QFile::exists(configPath(fixture, file == u"mailtransports"_s ? u"emailidentities"_s : u"mailtransports"_s)));
}

#include "tst_kmail.moc"
