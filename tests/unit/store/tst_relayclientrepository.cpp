#include <QTest>

#include "engine/store/repositories/relayclientrepository.h"
#include "tests/unit/store/testdatabase.h"
#include "tests/unit/store/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Store;
using Doorstep::Core::ErrorCode;
using Doorstep::Tests::TestDatabase;

void TestRelayClientRepository::normalize_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("normalized"); // empty = refused
    QTest::newRow("ipv4") << u"192.168.1.20"_s << u"192.168.1.20"_s;
    QTest::newRow("ipv6 shortened") << u"fd00:0:0:0:0:0:0:1"_s << u"fd00::1"_s;
    QTest::newRow("cidr v4") << u"192.168.1.0/24"_s << u"192.168.1.0/24"_s;
    QTest::newRow("cidr v6") << u"fd00::/8"_s << u"fd00::/8"_s;
    QTest::newRow("cidr host bits") << u"192.168.1.7/24"_s << QString();
    QTest::newRow("cidr bad prefix") << u"192.168.1.0/33"_s << QString();
    QTest::newRow("host name") << u"PC.Home.LAN."_s << u"pc.home.lan"_s;
    QTest::newRow("star domain") << u"*.home.lan"_s << u"*.home.lan"_s;
    QTest::newRow("dot domain") << u".home.lan"_s << u"*.home.lan"_s;
    QTest::newRow("star alone") << u"*"_s << QString();
    QTest::newRow("star tld") << u"*.lan"_s << QString();
    QTest::newRow("underscore") << u"my_pc.home.lan"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("three octets") << u"192.168.1"_s << QString();
    QTest::newRow("two parts") << u"10.77"_s << QString();
    QTest::newRow("hex") << u"0x7f.0.0.1"_s << QString();
    QTest::newRow("shorthand network") << u"10.77/16"_s << QString();
    QTest::newRow("ipv6 zone") << u"fe80::1%eth0"_s << QString();
    QTest::newRow("host name ending in a digit") << u"pc1"_s << u"pc1"_s;
}

void TestRelayClientRepository::normalize()
{
    QFETCH(QString, pattern);
    QFETCH(QString, normalized);
    const auto result = RelayClientRepository::normalizePattern(pattern);
    if (normalized.isEmpty()) {
        QVERIFY2(!result.ok(), qPrintable(u"got '%1', want a refusal"_s.arg(result.ok() ? result.value() : QString())));
    } else {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value(), normalized);
    }
}

void TestRelayClientRepository::addListRemove()
{
    TestDatabase t;
    RelayClientRepository clients(t.db());
    QCOMPARE(clients.add(u"192.168.1.0/24"_s, u"relay"_s, u"LAN"_s, 1)->action, u"RELAY"_s);
    QVERIFY(clients.add(u"203.0.113.9"_s, u"REJECT"_s, QString(), 1).ok());
    QVERIFY(clients.add(u".home.lan"_s, u"Ok"_s, u"trusted"_s, 1).ok());
    const auto list = clients.list().value();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].pattern, u"*.home.lan"_s);
    QCOMPARE(list[0].action, u"OK"_s);
    QCOMPARE(list[1].comment, u"LAN"_s);
    QCOMPARE(list[1].lastSeenUsec, quint64(0));
    QVERIFY(clients.touch(u"192.168.1.0/24"_s, 77).ok());
    QCOMPARE(clients.list().value()[1].lastSeenUsec, quint64(77));
    QCOMPARE(clients.remove(u"*.home.lan"_s).value(), u"*.home.lan"_s);
    QCOMPARE(clients.list().value().size(), 2);
}

void TestRelayClientRepository::refusals()
{
    TestDatabase t;
    RelayClientRepository clients(t.db());
    QVERIFY(clients.add(u"192.168.1.0/24"_s, u"RELAY"_s, QString(), 1).ok());
    const auto duplicate = clients.add(u"192.168.1.0/24"_s, u"REJECT"_s, QString(), 1);
    QCOMPARE(duplicate.error().code, ErrorCode::AlreadyExists);
    QVERIFY(duplicate.error().message.contains(u"RELAY"_s));
    QCOMPARE(clients.add(u"10.0.0.1"_s, u"ALLOW"_s, QString(), 1).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(clients.add(u"10.0.0.1"_s, u"OK"_s, QString(201, u'x'), 1).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(clients.add(u"10.0.0.1"_s, u"OK"_s, u"two\nlines"_s, 1).error().code, ErrorCode::InvalidArgument);
    const auto hostBits = clients.add(u"10.0.0.1/8"_s, u"OK"_s, QString(), 1);
    QVERIFY(hostBits.error().message.contains(u"did you mean '10.0.0.0/8'"_s));
    QCOMPARE(clients.remove(u"10.9.9.9"_s).error().code, ErrorCode::NotFound);
    QCOMPARE(clients.list().value().size(), 1);
}
