// dbus.greylist: Greylist.List/ListAllowed/Allow/Disallow/Forget through doorstepctl and
// directly, with triplets made by real SMTP attempts against the engine, and each refusal.

#include <QTcpSocket>

#include "tests/dbus/dbustest.h"
#include "tests/dbus/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Tests;

namespace {

const QString kGreylist = kInterfacePrefix + u"Greylist"_s;
constexpr int kSmtpWaitMs = 10000;

struct Triplet
{
    QString triplet;
    double lastSeen = 0;
    double passed = -1;
};

// `--json greylist list` as triplet text -> entry.
QMap<QString, Triplet> greylistList(const EngineFixture &engine, QString *error)
{
    QMap<QString, Triplet> triplets;
    const CtlRun run = ctl(engine, {u"--json"_s, u"greylist"_s, u"list"_s});
    if (run.exitCode != 0) {
        *error = run.mismatch(0);
        return triplets;
    }
    for (const QJsonValue &v : parseJson(run.out, error).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.keys() != QStringList{u"last_seen_usec"_s, u"network"_s, u"passed"_s, u"recipient"_s, u"sender"_s, u"triplet"_s})
            *error = gotWant(o, u"{triplet, network, sender, recipient, last_seen_usec, passed}"_s);
        const QString text = o.value(u"triplet"_s).toString();
        const QString joined = QStringList{o.value(u"network"_s).toString(), o.value(u"sender"_s).toString(), o.value(u"recipient"_s).toString()}
                                   .join(u',');
        if (joined != text)
            *error = gotWant(text, joined);
        triplets.insert(text, {text, o.value(u"last_seen_usec"_s).toDouble(), o.value(u"passed"_s).toDouble(-1)});
    }
    return triplets;
}

// One SMTP reply's code, or -1; reads continuation lines.
int smtpReply(QTcpSocket &socket, QString *text)
{
    while (true) {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(kSmtpWaitMs))
                return -1;
        }
        const QString line = QString::fromUtf8(socket.readLine()).trimmed();
        *text = line;
        if (line.size() < 4 || line[3] != u'-')
            return line.left(3).toInt();
    }
}

// A stranger's MAIL FROM:<> and RCPT TO:<recipient> on the MTA listener: the RCPT reply.
QString rcptReply(const EngineFixture &engine, const QString &recipient)
{
    QString error;
    const QStringList mta = boundListeners(engine, &error).value(u"mta"_s);
    if (mta.isEmpty())
        return u"no mta listener: "_s + error;
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, portOf(mta.first()));
    if (!socket.waitForConnected(kSmtpWaitMs))
        return u"cannot connect to "_s + mta.first();
    QString text;
    if (smtpReply(socket, &text) != 220)
        return u"greeting: "_s + text;
    for (const QString &command : {u"EHLO dbus-test.example"_s, u"MAIL FROM:<>"_s}) {
        socket.write((command + u"\r\n"_s).toUtf8());
        if (const int code = smtpReply(socket, &text); code != 250)
            return command + u": "_s + text;
    }
    socket.write((u"RCPT TO:<%1>\r\n"_s.arg(recipient)).toUtf8());
    smtpReply(socket, &text);
    socket.write("QUIT\r\n");
    socket.waitForBytesWritten(kSmtpWaitMs);
    return text;
}

} // namespace

void TestGreylist::initTestCase()
{
    m_engine = std::make_unique<EngineFixture>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));
    EXPECT_EXIT(ctl(*m_engine, {u"domain"_s, u"add"_s, u"example.org"_s}), 0);
    for (const QString &user : {u"alice@example.org"_s, u"bob@example.org"_s})
        EXPECT_EXIT(ctl(*m_engine, {u"user"_s, u"add"_s, user}, "Secret-pass-123\n"), 0);
}

void TestGreylist::cleanupTestCase()
{
    m_engine.reset();
}

void TestGreylist::listShowsAttempts()
{
    const QString first = rcptReply(*m_engine, u"alice@example.org"_s);
    EXPECT_CONTAINS(first, u"451 4.7.1 Greylisted, please try again in 300 seconds"_s, u"RCPT TO:<alice@example.org>"_s);
    const QString second = rcptReply(*m_engine, u"Bob@Example.org"_s);
    EXPECT_CONTAINS(second, u"451 4.7.1"_s, u"RCPT TO:<Bob@Example.org>"_s);
    QString error;
    const auto triplets = greylistList(*m_engine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString alice = u"127.0.0.0/24,,alice@example.org"_s;
    const QString bob = u"127.0.0.0/24,,bob@example.org"_s;
    QVERIFY2(triplets.contains(alice) && triplets.contains(bob), qPrintable(gotWant(QStringList(triplets.keys()), alice + u" and "_s + bob)));
    EXPECT_EQ(triplets.value(alice).passed, 0.0, u"passed of "_s + alice);
    QVERIFY2(triplets.value(alice).lastSeen > 1.6e15, qPrintable(gotWant(triplets.value(alice).lastSeen, u"a time in usec"_s)));
    // The most recent first.
    const DBusResult direct = callEngine(m_engine->connection(), kGreylist, u"List"_s, {QVariant::fromValue<uint>(1)});
    QVERIFY2(direct.ok(), qPrintable(direct.describe()));
    EXPECT_EQ(signatureOf(direct.values.value(0)), u"a(ssstu)"_s, u"List's signature"_s);
    const CtlRun one = ctl(*m_engine, {u"greylist"_s, u"list"_s, u"1"_s});
    EXPECT_EXIT(one, 0);
    const QStringList lines = one.outLines();
    EXPECT_EQ(lines.value(0).simplified(), u"TRIPLET STATE LAST SEEN"_s, u"header"_s);
    EXPECT_EQ(lines.size(), 2, u"lines of `greylist list 1`"_s);
    EXPECT_EQ(lines.value(1).section(u' ', 0, 0), bob, u"the most recent triplet"_s);
    EXPECT_CONTAINS(lines.value(1), u"waiting"_s, u"state"_s);
    // Counted as greylisted, not as rejected.
    const CtlRun stats = ctl(*m_engine, {u"--json"_s, u"stats"_s, u"1"_s});
    EXPECT_EXIT(stats, 0);
    const QJsonObject counters = parseJson(stats.out, &error).toObject();
    EXPECT_EQ(counters.value(u"greylisted"_s).toArray().last().toDouble(), 2.0, u"greylisted today"_s);
    EXPECT_EQ(counters.value(u"rejected"_s).toArray().last().toDouble(), 0.0, u"rejected today"_s);
}

void TestGreylist::forget()
{
    QCOMPARE(rcptReply(*m_engine, u"alice@example.org"_s).left(9), u"451 4.7.1"_s);
    const QString alice = u"127.0.0.0/24,,alice@example.org"_s;
    EXPECT_EXIT(ctl(*m_engine, {u"greylist"_s, u"forget"_s, alice}), 0);
    QString error;
    QVERIFY2(!greylistList(*m_engine, &error).contains(alice), qPrintable(u"`greylist list` still shows "_s + alice));
    const CtlRun again = ctl(*m_engine, {u"greylist"_s, u"forget"_s, alice});
    EXPECT_EXIT(again, 1);
    EXPECT_CONTAINS(again.sentence(), u"'127.0.0.0/24,,alice@example.org' is not known"_s, u"sentence"_s);
    EXPECT_EQ(callEngine(m_engine->connection(), kGreylist, u"Forget"_s, {alice}).errorName, kErrorPrefix + u"NotFound"_s,
              u"D-Bus error of Forget"_s);
}

void TestGreylist::allowAndDisallow()
{
    EXPECT_EXIT(ctl(*m_engine, {u"greylist"_s, u"allow"_s, u"@Friend.example"_s}), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"greylist"_s, u"allow"_s, u"192.0.2.0/24"_s}), 0);
    EXPECT_EXIT(ctl(*m_engine, {u"greylist"_s, u"allow"_s, u"*.mail.example"_s}), 0);
    const CtlRun allowed = ctl(*m_engine, {u"greylist"_s, u"allowed"_s});
    EXPECT_EXIT(allowed, 0);
    EXPECT_EQ(allowed.outLines(), (QStringList{u"*.mail.example"_s, u"192.0.2.0/24"_s, u"@friend.example"_s}), u"greylist allowed"_s);
    const DBusResult direct = callEngine(m_engine->connection(), kGreylist, u"ListAllowed"_s);
    QVERIFY2(direct.ok(), qPrintable(direct.describe()));
    EXPECT_EQ(direct.values.value(0).toStringList(), allowed.outLines(), u"ListAllowed"_s);
    // The loopback network skips greylisting once allowed.
    EXPECT_EXIT(ctl(*m_engine, {u"greylist"_s, u"allow"_s, u"127.0.0.0/8"_s}), 0);
    EXPECT_CONTAINS(rcptReply(*m_engine, u"alice@example.org"_s), u"250 2.1.5"_s, u"RCPT from an allowed network"_s);
    EXPECT_EXIT(ctl(*m_engine, {u"greylist"_s, u"disallow"_s, u"127.0.0.0/8"_s}), 0);
    EXPECT_CONTAINS(rcptReply(*m_engine, u"alice@example.org"_s), u"451 4.7.1"_s, u"RCPT after disallow"_s);
    EXPECT_EXIT(ctl(*m_engine, {u"greylist"_s, u"disallow"_s, u"@FRIEND.example"_s}), 0);
    const CtlRun after = ctl(*m_engine, {u"--json"_s, u"greylist"_s, u"allowed"_s});
    EXPECT_EQ(after.out.simplified().remove(u' '), u"[\"*.mail.example\",\"192.0.2.0/24\"]"_s, u"--json greylist allowed"_s);
}

void TestGreylist::refused_data()
{
    QTest::addColumn<QStringList>("args"); // after `greylist`
    QTest::addColumn<QString>("method");
    QTest::addColumn<QVariantList>("callArgs");
    QTest::addColumn<QString>("wantError");
    QTest::addColumn<QStringList>("wantParts");
    QTest::newRow("allow: not a pattern") << QStringList{u"allow"_s, u"not_a_pattern!"_s} << u"Allow"_s << QVariantList{u"not_a_pattern!"_s}
                                          << u"InvalidArgument"_s << QStringList{u"'not_a_pattern!'"_s, u"'@example.net'"_s};
    QTest::newRow("allow: bad sender") << QStringList{u"allow"_s, u"bob@@example.net"_s} << u"Allow"_s << QVariantList{u"bob@@example.net"_s}
                                       << u"InvalidArgument"_s << QStringList{u"'bob@@example.net'"_s};
    QTest::newRow("allow: host bits") << QStringList{u"allow"_s, u"192.0.2.1/24"_s} << u"Allow"_s << QVariantList{u"192.0.2.1/24"_s}
                                      << u"InvalidArgument"_s << QStringList{u"'192.0.2.1/24'"_s};
    QTest::newRow("allow: already listed") << QStringList{u"allow"_s, u"192.0.2.0/24"_s} << u"Allow"_s << QVariantList{u"192.0.2.0/24"_s}
                                           << u"AlreadyExists"_s << QStringList{u"'192.0.2.0/24' is already on the greylist allow list"_s};
    QTest::newRow("disallow: not listed") << QStringList{u"disallow"_s, u"@nobody.example"_s} << u"Disallow"_s
                                          << QVariantList{u"@nobody.example"_s} << u"NotFound"_s
                                          << QStringList{u"'@nobody.example' is not on the greylist allow list"_s};
    QTest::newRow("forget: malformed") << QStringList{u"forget"_s, u"alice@example.org"_s} << u"Forget"_s << QVariantList{u"alice@example.org"_s}
                                       << u"InvalidArgument"_s << QStringList{u"'alice@example.org'"_s, u"NETWORK,SENDER,RECIPIENT"_s};
    QTest::newRow("forget: unknown") << QStringList{u"forget"_s, u"198.51.100.0/24,a@b.example,c@example.org"_s} << u"Forget"_s
                                     << QVariantList{u"198.51.100.0/24,a@b.example,c@example.org"_s} << u"NotFound"_s
                                     << QStringList{u"'198.51.100.0/24,a@b.example,c@example.org' is not known"_s};
    QTest::newRow("list: too many") << QStringList{u"list"_s, u"10001"_s} << u"List"_s << QVariantList{QVariant::fromValue<uint>(10001)}
                                    << u"InvalidArgument"_s << QStringList{u"at most 10000"_s};
}

void TestGreylist::refused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, method);
    QFETCH(QVariantList, callArgs);
    QFETCH(QString, wantError);
    QFETCH(QStringList, wantParts);
    const CtlRun before = ctl(*m_engine, {u"greylist"_s, u"allowed"_s});
    const CtlRun run = ctl(*m_engine, QStringList{u"greylist"_s} + args);
    EXPECT_EXIT(run, 1);
    for (const QString &part : wantParts)
        EXPECT_CONTAINS(run.sentence(), part, u"sentence"_s);
    const DBusResult direct = callEngine(m_engine->connection(), kGreylist, method, callArgs);
    EXPECT_EQ(direct.errorName, kErrorPrefix + wantError, u"D-Bus error of Greylist.%1"_s.arg(method));
    EXPECT_EQ(ctl(*m_engine, {u"greylist"_s, u"allowed"_s}).out, before.out, u"allow list after the refusal"_s);
}

void TestGreylist::usage()
{
    const CtlRun run = ctl(*m_engine, {u"greylist"_s, u"list"_s, u"many"_s});
    EXPECT_EXIT(run, 2);
    EXPECT_CONTAINS(run.err, u"'many'"_s, u"stderr"_s);
}
