// dbus.relay: relay add/list/remove (sendmail's access file): addresses, networks, host names,
// domain patterns, the three actions and comments, and each refusal.

#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

namespace {

const QString kRelay = kInterfacePrefix + u"Relay"_s;

struct Client
{
    QString action;
    QString comment;
    double lastSeen = -1;
};

// `--json relay list` as pattern -> client.
QMap<QString, Client> relayList(const EngineFixture &engine, QString *error)
{
    QMap<QString, Client> clients;
    const CtlRun run = ctl(engine, {u"--json"_s, u"relay"_s, u"list"_s});
    if (run.exitCode != 0) {
        *error = run.mismatch(0);
        return clients;
    }
    for (const QJsonValue &v : parseJson(run.out, error).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.keys() != QStringList{u"action"_s, u"comment"_s, u"last_seen_usec"_s, u"pattern"_s})
            *error = gotWant(o, u"{pattern, action, comment, last_seen_usec}"_s);
        clients.insert(o.value(u"pattern"_s).toString(),
                       {o.value(u"action"_s).toString(), o.value(u"comment"_s).toString(), o.value(u"last_seen_usec"_s).toDouble(-1)});
    }
    return clients;
}

} // namespace

void TestRelay::initTestCase()
{
    m_engine = std::make_unique<EngineFixture>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));
    EXPECT_EXIT(ctl(*m_engine, {u"relay"_s, u"add"_s, u"192.168.7.0/24"_s, u"RELAY"_s, u"the LAN"_s}), 0);
}

void TestRelay::cleanupTestCase()
{
    m_engine.reset();
}

void TestRelay::add_data()
{
    QTest::addColumn<QStringList>("args"); // after `relay add`
    QTest::addColumn<QString>("wantPattern");
    QTest::addColumn<QString>("wantAction");
    QTest::addColumn<QString>("wantComment");

    QTest::newRow("IPv4 address, default RELAY") << QStringList{u"192.168.1.20"_s} << u"192.168.1.20"_s << u"RELAY"_s << QString();
    QTest::newRow("IPv6 address, normalized") << QStringList{u"2001:DB8:0::1"_s} << u"2001:db8::1"_s << u"RELAY"_s << QString();
    QTest::newRow("IPv4 network") << QStringList{u"192.168.1.0/24"_s} << u"192.168.1.0/24"_s << u"RELAY"_s << QString();
    QTest::newRow("IPv6 network") << QStringList{u"fd00::/8"_s} << u"fd00::/8"_s << u"RELAY"_s << QString();
    QTest::newRow("host name, lower-cased") << QStringList{u"PC.Home.LAN"_s} << u"pc.home.lan"_s << u"RELAY"_s << QString();
    QTest::newRow("*.domain") << QStringList{u"*.home.lan"_s} << u"*.home.lan"_s << u"RELAY"_s << QString();
    QTest::newRow(".domain becomes *.domain") << QStringList{u".office.lan"_s} << u"*.office.lan"_s << u"RELAY"_s << QString();
    QTest::newRow("REJECT") << QStringList{u"10.0.0.1"_s, u"REJECT"_s} << u"10.0.0.1"_s << u"REJECT"_s << QString();
    QTest::newRow("reject in lower case") << QStringList{u"10.0.0.2"_s, u"reject"_s} << u"10.0.0.2"_s << u"REJECT"_s << QString();
    QTest::newRow("OK in mixed case") << QStringList{u"10.0.0.3"_s, u"Ok"_s} << u"10.0.0.3"_s << u"OK"_s << QString();
    QTest::newRow("RELAY given") << QStringList{u"10.0.0.4"_s, u"relay"_s} << u"10.0.0.4"_s << u"RELAY"_s << QString();
    QTest::newRow("comment of several words") << QStringList{u"10.0.0.5"_s, u"OK"_s, u"printer"_s, u"in"_s, u"the"_s, u"hall"_s}
                                              << u"10.0.0.5"_s << u"OK"_s << u"printer in the hall"_s;
    QTest::newRow("comment of exactly 200 characters") << QStringList{u"10.0.0.6"_s, u"RELAY"_s, QString(200, u'c')} << u"10.0.0.6"_s
                                                       << u"RELAY"_s << QString(200, u'c');
    // "up to 200 characters" (Relay.xml): 200 emoji are 200 characters, though 400 UTF-16 units.
    QTest::newRow("comment of 200 characters outside the BMP") << QStringList{u"10.0.0.8"_s, u"OK"_s, u"😀"_s.repeated(200)} << u"10.0.0.8"_s
                                                               << u"OK"_s << u"😀"_s.repeated(200);
    QTest::newRow("comment with non-ASCII letters") << QStringList{u"10.0.0.7"_s, u"OK"_s, u"Büro-PC von Jürgen"_s} << u"10.0.0.7"_s << u"OK"_s
                                                    << u"Büro-PC von Jürgen"_s;
}

void TestRelay::add()
{
    QFETCH(QStringList, args);
    QFETCH(QString, wantPattern);
    QFETCH(QString, wantAction);
    QFETCH(QString, wantComment);
    const CtlRun run = ctl(*m_engine, QStringList{u"relay"_s, u"add"_s} + args);
    EXPECT_EXIT(run, 0);
    QString error;
    const auto clients = relayList(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(clients.contains(wantPattern), qPrintable(gotWant(QStringList(clients.keys()), u"a list with "_s + wantPattern)));
    const Client client = clients.value(wantPattern);
    EXPECT_EQ(client.action, wantAction, u"action of "_s + wantPattern);
    EXPECT_EQ(client.comment, wantComment, u"comment of "_s + wantPattern);
    EXPECT_EQ(client.lastSeen, 0.0, u"last_seen_usec of "_s + wantPattern);
    if (args.first() != wantPattern)
        QVERIFY2(!clients.contains(args.first()), qPrintable(u"relay list: got the unnormalized '%1' too"_s.arg(args.first())));
}

void TestRelay::listForPeople()
{
    const CtlRun run = ctl(*m_engine, {u"relay"_s, u"list"_s});
    EXPECT_EXIT(run, 0);
    const QStringList lines = run.outLines();
    EXPECT_EQ(lines.value(0).simplified(), u"PATTERN ACTION LAST SEEN COMMENT"_s, u"header"_s);
    EXPECT_EQ(lines.filter(u"192.168.7.0/24"_s).value(0).simplified(), u"192.168.7.0/24 RELAY never the LAN"_s, u"row of 192.168.7.0/24"_s);
    QStringList patterns;
    for (const QString &line : lines.mid(1))
        patterns << line.section(u' ', 0, 0);
    QStringList sorted = patterns;
    sorted.sort();
    EXPECT_EQ(patterns, sorted, u"patterns (sorted)"_s);
}

void TestRelay::remove_data()
{
    QTest::addColumn<QString>("added");
    QTest::addColumn<QString>("removed");
    QTest::newRow("address as listed") << u"172.16.0.9"_s << u"172.16.0.9"_s;
    QTest::newRow("IPv6 address spelled out") << u"2001:db8::99"_s << u"2001:0DB8:0:0:0:0:0:99"_s;
    QTest::newRow("network") << u"172.16.0.0/12"_s << u"172.16.0.0/12"_s;
    QTest::newRow(".domain for *.domain") << u"*.gone.lan"_s << u".gone.lan"_s;
    QTest::newRow("host name in upper case") << u"old.home.lan"_s << u"OLD.home.lan."_s;
}

void TestRelay::remove()
{
    QFETCH(QString, added);
    QFETCH(QString, removed);
    EXPECT_EXIT(ctl(*m_engine, {u"relay"_s, u"add"_s, added}), 0);
    QString error;
    const auto before = relayList(*m_engine, &error);
    QVERIFY2(before.contains(added), qPrintable(gotWant(QStringList(before.keys()), u"a list with "_s + added)));
    const CtlRun run = ctl(*m_engine, {u"relay"_s, u"remove"_s, removed});
    EXPECT_EXIT(run, 0);
    const auto after = relayList(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    EXPECT_EQ(after.size(), before.size() - 1, u"relay clients after `relay remove %1`"_s.arg(removed));
    QVERIFY2(!after.contains(added), qPrintable(gotWant(QStringList(after.keys()), u"no "_s + added)));
}

void TestRelay::refused_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("wantError");
    QTest::addColumn<QStringList>("wantParts");

    QTest::newRow("add: IPv4 network with host bits set") << u"add"_s << QStringList{u"192.168.1.1/24"_s} << u"InvalidArgument"_s
                                                          << QStringList{u"'192.168.1.1/24'"_s, u"did you mean '192.168.1.0/24'?"_s};
    QTest::newRow("add: IPv6 network with host bits set") << u"add"_s << QStringList{u"fd00::1/8"_s} << u"InvalidArgument"_s
                                                          << QStringList{u"'fd00::1/8'"_s, u"did you mean 'fd00::/8'?"_s};
    QTest::newRow("add: prefix too long") << u"add"_s << QStringList{u"192.168.1.0/33"_s} << u"InvalidArgument"_s
                                          << QStringList{u"'192.168.1.0/33'"_s};
    QTest::newRow("add: not a pattern") << u"add"_s << QStringList{u"not_a_pattern!"_s} << u"InvalidArgument"_s
                                        << QStringList{u"'not_a_pattern!'"_s, u"'*.home.lan'"_s};
    QTest::newRow("add: domain pattern of a top-level domain") << u"add"_s << QStringList{u"*.lan"_s} << u"InvalidArgument"_s
                                                               << QStringList{u"'*.lan'"_s};
    QTest::newRow("add: empty pattern") << u"add"_s << QStringList{QString()} << u"InvalidArgument"_s << QStringList{u"''"_s};
    QTest::newRow("add: unknown action") << u"add"_s << QStringList{u"10.0.0.9"_s, u"ALLOW"_s} << u"InvalidArgument"_s
                                         << QStringList{u"'ALLOW'"_s, u"RELAY, REJECT or OK"_s};
    QTest::newRow("add: already listed") << u"add"_s << QStringList{u"192.168.7.0/24"_s, u"REJECT"_s} << u"AlreadyExists"_s
                                         << QStringList{u"'192.168.7.0/24'"_s, u"already listed with RELAY"_s};
    QTest::newRow("add: comment over 200 characters") << u"add"_s << QStringList{u"10.0.0.9"_s, u"OK"_s, QString(201, u'c')} << u"InvalidArgument"_s
                                                      << QStringList{u"'10.0.0.9'"_s, u"at most 200 characters"_s};
    QTest::newRow("add: comment with a line break") << u"add"_s << QStringList{u"10.0.0.9"_s, u"OK"_s, u"two\nlines"_s} << u"InvalidArgument"_s
                                                    << QStringList{u"control characters"_s};
    QTest::newRow("remove: not listed") << u"remove"_s << QStringList{u"9.9.9.9"_s} << u"NotFound"_s
                                        << QStringList{u"Relay client '9.9.9.9' is not listed."_s};
    QTest::newRow("remove: malformed") << u"remove"_s << QStringList{u"not_a_pattern!"_s} << u"NotFound"_s << QStringList{u"'not_a_pattern!'"_s};
}

void TestRelay::refused()
{
    QFETCH(QString, verb);
    QFETCH(QStringList, args);
    QFETCH(QString, wantError);
    QFETCH(QStringList, wantParts);

    QString error;
    const auto before = relayList(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CtlRun run = ctl(*m_engine, QStringList{u"relay"_s, verb} + args);
    EXPECT_EXIT(run, 1);
    for (const QString &part : wantParts)
        EXPECT_CONTAINS(run.sentence(), part, u"sentence"_s);
    const DBusResult direct = verb == u"add"_s
                                  ? callEngine(m_engine->connection(), kRelay, u"AddClient"_s,
                                               {args.value(0), args.value(1, u"RELAY"_s), args.mid(2).join(u' ')})
                                  : callEngine(m_engine->connection(), kRelay, u"RemoveClient"_s, {args.value(0)});
    EXPECT_EQ(direct.errorName, kErrorPrefix + wantError, u"D-Bus error of relay %1 %2"_s.arg(verb, args.join(u' ')));
    const auto after = relayList(*m_engine, &error);
    EXPECT_EQ(QStringList(after.keys()), QStringList(before.keys()), u"relay clients after the refusal"_s);
}

void TestRelay::partialAddressIsNotAnotherHost_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("otherHost"); // what inet_aton() makes of it: a different single host
    QTest::addColumn<QString>("network");   // sendmail's meaning of a partial address, or "" if none

    // sendmail's access file writes networks as partial addresses ("192.168.1 RELAY"); users of
    // the seed setup will type them. Refusing them or reading them as sendmail does are both
    // fine; silently relaying for another host instead is not.
    QTest::newRow("three parts, sendmail's /24") << u"192.168.1"_s << u"192.168.0.1"_s << u"192.168.1.0/24"_s;
    QTest::newRow("two parts, sendmail's /16") << u"10.77"_s << u"10.0.0.77"_s << u"10.77.0.0/16"_s;
    QTest::newRow("hexadecimal part") << u"0x7f.0.0.1"_s << u"127.0.0.1"_s << QString();
}

void TestRelay::partialAddressIsNotAnotherHost()
{
    QFETCH(QString, pattern);
    QFETCH(QString, otherHost);
    QFETCH(QString, network);
    const CtlRun run = ctl(*m_engine, {u"relay"_s, u"add"_s, pattern});
    if (run.exitCode == 1) {
        EXPECT_CONTAINS(run.sentence(), u"'%1'"_s.arg(pattern), u"sentence"_s);
        return;
    }
    EXPECT_EXIT(run, 0);
    QString error;
    const auto clients = relayList(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!clients.contains(otherHost),
             qPrintable(u"relay add %1: got it stored as the single host '%2', want it refused%3"_s.arg(
                 pattern, otherHost, network.isEmpty() ? QString() : u" or stored as '%1'"_s.arg(network))));
    QVERIFY2(!network.isEmpty() && clients.contains(network),
             qPrintable(u"relay add %1: "_s.arg(pattern) + gotWant(QStringList(clients.keys()), network.isEmpty() ? u"a refusal"_s : network)));
}
