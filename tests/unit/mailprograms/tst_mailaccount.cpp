// unit.mailprograms.mailaccount: which servers of Users.ClientSetup's answer a mail program on
// this computer gets, and the sentences when it cannot get one.

#include <QTest>

#include "tests/unit/mailprograms/mailprogramsfixture.h"
#include "tests/unit/mailprograms/tests.h"
#include "ui/mailprograms/evolution.h"
#include "ui/mailprograms/kmail.h"
#include "ui/mailprograms/mailaccount.h"
#include "ui/mailprograms/thunderbird.h"

using namespace Qt::StringLiterals;
using Doorstep::Ui::MailPrograms::MailAccount;
using Doorstep::Ui::MailPrograms::MailEndpoint;
using Security = MailEndpoint::Security;

namespace {

QVariantMap server(const QString &protocol, uint port, const QString &security)
{
    return {{u"protocol"_s, protocol},
            {u"hostname"_s, u"mail.example.net"_s},
            {u"port"_s, port},
            {u"security"_s, security},
            {u"username"_s, u"carol@example.net"_s},
            {u"authentication"_s, u"password-cleartext"_s}};
}

QVariantMap setup(const QVariantList &incoming, const QVariantList &outgoing)
{
    return {{u"address"_s, u"carol@example.net"_s},
            {u"hostname"_s, u"mail.example.net"_s},
            {u"display_name"_s, u"Carol Example"_s},
            {u"incoming"_s, incoming},
            {u"outgoing"_s, outgoing}};
}

} // namespace

void TestMailAccount::fromClientSetup_data()
{
    QTest::addColumn<QVariantMap>("setup");
    QTest::addColumn<quint16>("imapPort");
    QTest::addColumn<Security>("imapSecurity");
    QTest::addColumn<quint16>("smtpPort");
    QTest::addColumn<Security>("smtpSecurity");

    const QVariantList smtp{server(u"smtp"_s, 465, u"tls"_s), server(u"smtp"_s, 587, u"starttls"_s)};
    QTest::newRow("imaps first") << setup({server(u"imap"_s, 993, u"tls"_s), server(u"imap"_s, 143, u"starttls"_s)}, smtp)
                                 << quint16(993) << Security::ImplicitTls << quint16(465) << Security::ImplicitTls;
    QTest::newRow("imaps listed after imap") << setup({server(u"imap"_s, 143, u"starttls"_s), server(u"imap"_s, 993, u"tls"_s)}, smtp)
                                             << quint16(993) << Security::ImplicitTls << quint16(465) << Security::ImplicitTls;
    QTest::newRow("imap starttls only, pop3s beside")
        << setup({server(u"pop3"_s, 995, u"tls"_s), server(u"imap"_s, 143, u"starttls"_s)},
                 {server(u"smtp"_s, 587, u"starttls"_s)})
        << quint16(143) << Security::StartTls << quint16(587) << Security::StartTls;
    QTest::newRow("engine's first smtp wins") << setup({server(u"imap"_s, 993, u"tls"_s)},
                                                       {server(u"smtp"_s, 587, u"starttls"_s), server(u"smtp"_s, 465, u"tls"_s)})
                                              << quint16(993) << Security::ImplicitTls << quint16(587) << Security::StartTls;
}

void TestMailAccount::fromClientSetup()
{
    QFETCH(QVariantMap, setup);
    QFETCH(quint16, imapPort);
    QFETCH(Security, imapSecurity);
    QFETCH(quint16, smtpPort);
    QFETCH(Security, smtpSecurity);

    const auto account = MailAccount::fromClientSetup(setup);
    QVERIFY2(account.isOk(), qPrintable(account.error()));
    QCOMPARE(account->address, u"carol@example.net"_s);
    QCOMPARE(account->displayName, u"Carol Example"_s);
    QCOMPARE(account->username, u"carol@example.net"_s);
    QCOMPARE(account->incoming.hostname, u"mail.example.net"_s);
    QCOMPARE(account->incoming.port, imapPort);
    QVERIFY(account->incoming.security == imapSecurity);
    QCOMPARE(account->outgoing.port, smtpPort);
    QVERIFY(account->outgoing.security == smtpSecurity);
}

void TestMailAccount::refusals_data()
{
    QTest::addColumn<QVariantMap>("setup");
    QTest::addColumn<QString>("want");

    QTest::newRow("pop3 only") << setup({server(u"pop3"_s, 995, u"tls"_s)}, {server(u"smtp"_s, 587, u"starttls"_s)})
                               << u"no IMAP"_s;
    QTest::newRow("no smtp") << setup({server(u"imap"_s, 993, u"tls"_s)}, {}) << u"no SMTP"_s;
    QTest::newRow("unknown security") << setup({server(u"imap"_s, 143, u"none"_s)}, {server(u"smtp"_s, 587, u"starttls"_s)})
                                      << u"no IMAP"_s;
    QTest::newRow("nothing") << QVariantMap() << u"no IMAP"_s;
}

void TestMailAccount::refusals()
{
    QFETCH(QVariantMap, setup);
    QFETCH(QString, want);
    const auto account = MailAccount::fromClientSetup(setup);
    QVERIFY(!account.isOk());
    QVERIFY2(account.error().contains(want), qPrintable(u"got '%1', want it to say '%2'"_s.arg(account.error(), want)));
}

void TestMailAccount::installedFromPath()
{
    Doorstep::Tests::MailProgramsFixture fixture;
    QVERIFY(fixture.isValid());
    Doorstep::Ui::MailPrograms::Thunderbird thunderbird(fixture.environment());
    Doorstep::Ui::MailPrograms::Evolution evolution(fixture.environment());
    Doorstep::Ui::MailPrograms::KMail kmail(fixture.environment(), QDBusConnection(u"none"_s));
    QVERIFY(!thunderbird.isInstalled());
    fixture.installFakeProgram(u"thunderbird"_s);
    fixture.installFakeProgram(u"kmail"_s);
    QVERIFY(thunderbird.isInstalled());
    QVERIFY(!evolution.isInstalled());
    QVERIFY(kmail.isInstalled());
}
