#include <QRandomGenerator>
#include <QTest>

#include "engine/delivery/remote/outboundrewriter.h"
#include "tests/unit/delivery/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Delivery::rewriteOutbound;
using Doorstep::Delivery::RewriteRules;

namespace {

/** The seed's configuration: MASQUERADE_AS(datix.us), MASQUERADE_DOMAIN(datix.lan), both features, its genericstable. */
RewriteRules seedRules()
{
    RewriteRules rules;
    rules.masqueradeAs = u"datix.us"_s;
    rules.masqueradeDomains = {u"datix.lan"_s};
    rules.masqueradeEnvelope = true;
    rules.masqueradeEntireDomain = true;
    rules.localNames = {u"mail.datix.us"_s, u"datix.us"_s};
    rules.outboundNames = {{u"dad@datix.lan"_s, u"dadegraaf@datix.us"_s}, {u"mum"_s, u"mum@family.example"_s}};
    return rules;
}

QString shown(const QByteArray &bytes)
{
    return QString::fromUtf8(QByteArray(bytes).replace('\r', "\\r").replace('\n', "\\n"));
}

const QByteArray kRest("To: Bob <bob@pc.datix.lan>\r\nCc: dad@datix.lan, root\r\nSubject: =?utf-8?q?Gr=C3=BC=C3=9Fe?= from dad@pc.datix.lan\r\n"
                       "Message-ID: <1@pc.datix.lan>\r\n\r\n");

} // namespace

void TestOutboundRewriter::rewrite_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("want");

    // The seed's examples.
    QTest::newRow("masquerade_entire_domain: a LAN host") << "From: dad@pc.datix.lan\r\n" + kRest << "From: dad@datix.us\r\n" + kRest;
    QTest::newRow("genericstable: full address") << "From: dad@datix.lan\r\n" + kRest << "From: dadegraaf@datix.us\r\n" + kRest;
    QTest::newRow("bare root") << "From: root\r\n" + kRest << "From: root@datix.us\r\n" + kRest;
    QTest::newRow("bare root in angles") << "From: Cron Daemon <root>\r\n" + kRest << "From: Cron Daemon <root@datix.us>\r\n" + kRest;
    QTest::newRow("bare root with a comment") << "From: root (Cron Daemon)\r\n" + kRest << "From: root@datix.us (Cron Daemon)\r\n" + kRest;

    // genericstable by login: for our own and masqueraded domains, not for others.
    QTest::newRow("genericstable: login on a local name") << "From: Mum <mum@mail.datix.us>\r\n" + kRest
                                                          << "From: Mum <mum@family.example>\r\n" + kRest;
    QTest::newRow("genericstable: login on a LAN host") << "From: mum@laptop.datix.lan\r\n" + kRest << "From: mum@family.example\r\n" + kRest;
    QTest::newRow("genericstable: bare login") << "From: mum\r\n" + kRest << "From: mum@family.example\r\n" + kRest;
    QTest::newRow("genericstable: login in a foreign domain") << "From: mum@elsewhere.example\r\n" + kRest
                                                              << "From: mum@elsewhere.example\r\n" + kRest;
    QTest::newRow("genericstable: full key on another host is no match") << "From: dad@pc.datix.lan\r\n" + kRest
                                                                         << "From: dad@datix.us\r\n" + kRest;
    QTest::newRow("genericstable: case of the address") << "From: DAD@Datix.LAN\r\n" + kRest << "From: dadegraaf@datix.us\r\n" + kRest;

    // What stays as it was.
    QTest::newRow("display name and comments kept") << "From: \"de Graaf, Dad\" (home) <dad@pc.datix.lan> (laptop)\r\n" + kRest
                                                    << "From: \"de Graaf, Dad\" (home) <dad@datix.us> (laptop)\r\n" + kRest;
    QTest::newRow("encoded word kept") << "From: =?utf-8?q?J=C3=B6rg?= <joerg@pc.datix.lan>\r\n" + kRest
                                       << "From: =?utf-8?q?J=C3=B6rg?= <joerg@datix.us>\r\n" + kRest;
    QTest::newRow("quoted local part") << "From: \"dad smith\"@pc.datix.lan\r\n" + kRest << "From: \"dad smith\"@datix.us\r\n" + kRest;
    QTest::newRow("group") << "From: Family: dad@pc.datix.lan, \"Mum\" <mum@datix.lan>, bob@example.org;\r\n" + kRest
                           << "From: Family: dad@datix.us, \"Mum\" <mum@family.example>, bob@example.org;\r\n" + kRest;
    QTest::newRow("folded over lines") << "From: Dad\r\n <dad@pc.datix.lan>,\r\n\tJo <jo@pc.datix.lan>\r\n" + kRest
                                       << "From: Dad\r\n <dad@datix.us>,\r\n\tJo <jo@datix.us>\r\n" + kRest;
    QTest::newRow("several From fields") << "From: jo@pc.datix.lan\r\n" + kRest.chopped(2) + "From: ann@nas.datix.lan\r\n\r\n"
                                         << "From: jo@datix.us\r\n" + kRest.chopped(2) + "From: ann@datix.us\r\n\r\n";
    QTest::newRow("all sender fields") << QByteArray("Sender: jo@pc.datix.lan\r\nReply-To: jo@pc.datix.lan, list@lists.example\r\n"
                                                     "Resent-From: jo@pc.datix.lan\r\nResent-Sender: jo@pc.datix.lan\r\n"
                                                     "Resent-To: ann@pc.datix.lan\r\n")
                                              + kRest
                                       << QByteArray("Sender: jo@datix.us\r\nReply-To: jo@datix.us, list@lists.example\r\n"
                                                     "Resent-From: jo@datix.us\r\nResent-Sender: jo@datix.us\r\n"
                                                     "Resent-To: ann@pc.datix.lan\r\n")
                                              + kRest;
    QTest::newRow("field names in any case") << "FROM: jo@pc.datix.lan\r\nreply-to: jo@pc.datix.lan\r\n" + kRest
                                             << "FROM: jo@datix.us\r\nreply-to: jo@datix.us\r\n" + kRest;
    QTest::newRow("case and trailing dots") << "From: jo@PC.Datix.LAN.\r\n" + kRest << "From: jo@datix.us\r\n" + kRest;
    QTest::newRow("the masquerade domain itself") << "From: jo@datix.lan\r\n" + kRest << "From: jo@datix.us\r\n" + kRest;
    QTest::newRow("a local name") << "From: jo@mail.datix.us\r\n" + kRest << "From: jo@datix.us\r\n" + kRest;
    QTest::newRow("already masqueraded: bytes kept") << "From: Jo@DATIX.US\r\n" + kRest << "From: Jo@DATIX.US\r\n" + kRest;
    QTest::newRow("a subdomain of a local name is not ours") << "From: jo@pc.mail.datix.us\r\n" + kRest
                                                             << "From: jo@pc.mail.datix.us\r\n" + kRest;
    QTest::newRow("a foreign domain") << "From: bob@example.org\r\n" + kRest << "From: bob@example.org\r\n" + kRest;
    QTest::newRow("a lookalike domain") << "From: bob@notdatix.lan\r\n" + kRest << "From: bob@notdatix.lan\r\n" + kRest;
    QTest::newRow("a domain literal") << "From: jo@[192.168.1.20]\r\n" + kRest << "From: jo@[192.168.1.20]\r\n" + kRest;
    QTest::newRow("no sender field") << kRest << kRest;
    QTest::newRow("LF line ends") << QByteArray("From: jo@pc.datix.lan\nTo: ann@pc.datix.lan\n\n") << QByteArray("From: jo@datix.us\nTo: ann@pc.datix.lan\n\n");
    QTest::newRow("8-bit bytes elsewhere kept") << "Subject: caf\xe9\r\nFrom: jo@pc.datix.lan\r\n" + kRest
                                                << "Subject: caf\xe9\r\nFrom: jo@datix.us\r\n" + kRest;
    QTest::newRow("UTF-8 local part") << "From: J\xc3\xb6rg <j\xc3\xb6rg@pc.datix.lan>\r\n" + kRest
                                      << "From: J\xc3\xb6rg <j\xc3\xb6rg@datix.us>\r\n" + kRest;

    // Never corrupt what is not understood.
    QTest::newRow("malformed: unclosed angle") << "From: Jo <jo@pc.datix.lan\r\n" + kRest << "From: Jo <jo@pc.datix.lan\r\n" + kRest;
    QTest::newRow("malformed: unclosed quote") << "From: \"Jo <jo@pc.datix.lan>\r\n" + kRest << "From: \"Jo <jo@pc.datix.lan>\r\n" + kRest;
    QTest::newRow("malformed: phrase only") << "From: Jo Smith\r\n" + kRest << "From: Jo Smith\r\n" + kRest;
    QTest::newRow("malformed: blanks around @") << "From: jo @ pc.datix.lan\r\n" + kRest << "From: jo @ pc.datix.lan\r\n" + kRest;
    QTest::newRow("malformed field, good one after it") << "From: Jo <jo@pc.datix.lan\r\nSender: jo@pc.datix.lan\r\n" + kRest
                                                        << "From: Jo <jo@pc.datix.lan\r\nSender: jo@datix.us\r\n" + kRest;
    QTest::newRow("sender fields in the body") << QByteArray("From: jo@pc.datix.lan\r\n\r\nFrom: jo@pc.datix.lan\r\n")
                                               << QByteArray("From: jo@datix.us\r\n\r\nFrom: jo@pc.datix.lan\r\n");
}

void TestOutboundRewriter::rewrite()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, want);
    const auto result = rewriteOutbound(seedRules(), u"dad@pc.datix.lan"_s, headers);
    QVERIFY2(result.headers == want, qPrintable(u"got '%1', want '%2'"_s.arg(shown(result.headers), shown(want))));
}

void TestOutboundRewriter::envelope_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<bool>("masqueradeEnvelope");
    QTest::addColumn<QString>("want");
    QTest::newRow("masqueraded with masquerade_envelope") << u"dad@pc.datix.lan"_s << true << u"dad@datix.us"_s;
    QTest::newRow("kept without masquerade_envelope") << u"dad@pc.datix.lan"_s << false << u"dad@pc.datix.lan"_s;
    QTest::newRow("genericstable with masquerade_envelope") << u"dad@datix.lan"_s << true << u"dadegraaf@datix.us"_s;
    QTest::newRow("genericstable without masquerade_envelope") << u"dad@datix.lan"_s << false << u"dadegraaf@datix.us"_s;
    QTest::newRow("genericstable by login") << u"mum@pc.datix.lan"_s << false << u"mum@family.example"_s;
    QTest::newRow("bare name") << u"root"_s << true << u"root@datix.us"_s;
    QTest::newRow("case and trailing dot") << u"Jo@PC.DATIX.LAN."_s << true << u"Jo@datix.us"_s;
    QTest::newRow("quoted local part") << u"\"jo smith\"@pc.datix.lan"_s << true << u"\"jo smith\"@datix.us"_s;
    QTest::newRow("foreign") << u"bob@example.org"_s << true << u"bob@example.org"_s;
    QTest::newRow("null sender") << QString() << true << QString();
    QTest::newRow("null sender written <>") << u"<>"_s << true << u"<>"_s;
}

void TestOutboundRewriter::envelope()
{
    QFETCH(QString, sender);
    QFETCH(bool, masqueradeEnvelope);
    QFETCH(QString, want);
    RewriteRules rules = seedRules();
    rules.masqueradeEnvelope = masqueradeEnvelope;
    const QByteArray headers = "From: dad@pc.datix.lan\r\n" + kRest;
    const auto result = rewriteOutbound(rules, sender, headers);
    QVERIFY2(result.envelopeSender == want, qPrintable(u"got '%1', want '%2'"_s.arg(result.envelopeSender, want)));
    // The header sender is masqueraded either way.
    QCOMPARE(result.headers, "From: dad@datix.us\r\n" + kRest);
}

void TestOutboundRewriter::withoutEntireDomain()
{
    RewriteRules rules = seedRules();
    rules.masqueradeEntireDomain = false;
    const QByteArray headers("From: dad@pc.datix.lan, jo@datix.lan, mum@pc.datix.lan\r\n\r\n");
    const auto result = rewriteOutbound(rules, u"jo@pc.datix.lan"_s, headers);
    // Only the domain itself is masqueraded; genericstable's login key still needs a domain of ours.
    QCOMPARE(result.headers, QByteArray("From: dad@pc.datix.lan, jo@datix.us, mum@pc.datix.lan\r\n\r\n"));
    QCOMPARE(result.envelopeSender, u"jo@pc.datix.lan"_s);
}

void TestOutboundRewriter::withoutMasquerading()
{
    RewriteRules rules = seedRules();
    rules.masqueradeAs.clear();
    const QByteArray headers("From: dad@datix.lan\r\nSender: jo@pc.datix.lan\r\nReply-To: root, mum\r\n\r\n");
    const auto result = rewriteOutbound(rules, u"jo@pc.datix.lan"_s, headers);
    // genericstable still applies, masquerading does not.
    QCOMPARE(result.headers, QByteArray("From: dadegraaf@datix.us\r\nSender: jo@pc.datix.lan\r\nReply-To: root, mum@family.example\r\n\r\n"));
    QCOMPARE(result.envelopeSender, u"jo@pc.datix.lan"_s);
}

void TestOutboundRewriter::rulesNormalized()
{
    RewriteRules rules;
    rules.masqueradeAs = u"Datix.US."_s;
    rules.masqueradeDomains = {u"DATIX.LAN."_s};
    rules.masqueradeEntireDomain = true;
    rules.masqueradeEnvelope = true;
    rules.localNames = {u"Mail.Datix.US"_s, QString()};
    rules.outboundNames = {{u"Dad@Datix.LAN."_s, u"dadegraaf@datix.us"_s}};
    const QByteArray headers("From: jo@pc.datix.lan\r\nSender: dad@datix.lan\r\nReply-To: jo@mail.datix.us\r\n\r\n");
    const auto result = rewriteOutbound(rules, u"dad@datix.lan"_s, headers);
    QCOMPARE(result.headers, QByteArray("From: jo@Datix.US\r\nSender: dadegraaf@datix.us\r\nReply-To: jo@Datix.US\r\n\r\n"));
    QCOMPARE(result.envelopeSender, u"dadegraaf@datix.us"_s);
}

void TestOutboundRewriter::changesForTheLog()
{
    const QByteArray headers("From: Dad <dad@pc.datix.lan>, root\r\nTo: bob@example.org\r\nReply-To: dad@datix.lan\r\n\r\n");
    const auto result = rewriteOutbound(seedRules(), u"dad@pc.datix.lan"_s, headers);
    QCOMPARE(result.changes, (QStringList{u"From: dad@pc.datix.lan -> dad@datix.us"_s, u"From: root -> root@datix.us"_s,
                                          u"Reply-To: dad@datix.lan -> dadegraaf@datix.us"_s,
                                          u"Envelope sender: dad@pc.datix.lan -> dad@datix.us"_s}));
    QVERIFY(result.notUnderstood.isEmpty());

    const auto unchanged = rewriteOutbound(seedRules(), u"bob@example.org"_s, "From: bob@example.org\r\n\r\n");
    QVERIFY(unchanged.changes.isEmpty());
}

void TestOutboundRewriter::notUnderstoodNamed()
{
    const QByteArray headers("From: Jo <jo@pc.datix.lan\r\nSender: jo@pc.datix.lan\r\nReply-To: \"open\r\n\r\n");
    const auto result = rewriteOutbound(seedRules(), u"jo@pc.datix.lan"_s, headers);
    QCOMPARE(result.notUnderstood, (QStringList{u"From"_s, u"Reply-To"_s}));
    QCOMPARE(result.headers, QByteArray("From: Jo <jo@pc.datix.lan\r\nSender: jo@datix.us\r\nReply-To: \"open\r\n\r\n"));
}

void TestOutboundRewriter::nothingToDo()
{
    const QByteArray headers = "From: dad@pc.datix.lan\r\n" + kRest;
    const auto result = rewriteOutbound(RewriteRules(), u"dad@pc.datix.lan"_s, headers);
    QCOMPARE(result.headers, headers);
    QCOMPARE(result.envelopeSender, u"dad@pc.datix.lan"_s);
    QVERIFY(result.changes.isEmpty());
}

void TestOutboundRewriter::onlySenderAddressesChange()
{
    // Random From values next to the same text in To: To never changes, and From changes only
    // where an address of ours was (run under ASan: no read outside the block).
    const QList<QByteArray> pieces{"jo", ".", "@", "<", ">", "(", ")", "\"", " ", ",", ";", ":", "pc", "datix", "lan", "\r\n ", "\t"};
    QRandomGenerator random(20260102);
    int changed = 0;
    for (int round = 0; round < 5000; ++round) {
        QByteArray value;
        const int length = int(random.bounded(30));
        for (int i = 0; i < length; ++i)
            value += pieces[random.bounded(int(pieces.size()))];
        const QByteArray headers = "To:" + value + "\r\nFrom:" + value + "\r\n\r\n";
        const auto result = rewriteOutbound(seedRules(), QString(), headers);
        const qsizetype from = result.headers.indexOf("\r\nFrom:", value.size());
        QVERIFY2(from == value.size() + 3, headers.constData());
        QCOMPARE(result.headers.left(from), "To:" + value);
        QVERIFY(result.headers.endsWith("\r\n\r\n"));
        if (result.changes.isEmpty()) {
            QCOMPARE(result.headers, headers);
        } else {
            ++changed;
            QVERIFY2(result.headers.contains("@datix.us"), result.headers.constData());
        }
    }
    QVERIFY2(changed > 50, qPrintable(u"only %1 of 5000 random fields had an address to rewrite"_s.arg(changed)));
}
