#include <QRandomGenerator>
#include <QTest>

#include "engine/delivery/remote/addresslist.h"
#include "tests/unit/delivery/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Delivery::MailboxSpan;
using Doorstep::Delivery::parseAddressList;

namespace {

/** "local@domain|local|..." as the spans cut them out of @p value; "(not understood)" for nullopt. */
QString describe(const QByteArray &value)
{
    const auto mailboxes = parseAddressList(value);
    if (!mailboxes)
        return u"(not understood)"_s;
    QStringList parts;
    for (const MailboxSpan &m : *mailboxes) {
        QString text = QString::fromUtf8(value.mid(m.localStart, m.localEnd - m.localStart));
        if (m.hasDomain())
            text += u" @ "_s + QString::fromUtf8(value.mid(m.domainStart, m.domainEnd - m.domainStart));
        parts << text;
    }
    return parts.join(u'|');
}

} // namespace

void TestAddressList::parse_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("want");

    QTest::newRow("addr-spec") << QByteArray(" dad@pc.datix.lan\r\n") << u"dad @ pc.datix.lan"_s;
    QTest::newRow("name-addr") << QByteArray(" Dad <dad@datix.lan>") << u"dad @ datix.lan"_s;
    QTest::newRow("quoted display name with specials") << QByteArray(R"( "de Graaf, Dad <home>" <dad@datix.lan>)") << u"dad @ datix.lan"_s;
    QTest::newRow("comments everywhere") << QByteArray(" (a) Dad (b (nested)) <dad@datix.lan> (c)") << u"dad @ datix.lan"_s;
    QTest::newRow("comment after addr-spec") << QByteArray(" root@pc.datix.lan (Cron Daemon)") << u"root @ pc.datix.lan"_s;
    QTest::newRow("quoted local part") << QByteArray(R"( "dad smith"@datix.lan)") << u"\"dad smith\" @ datix.lan"_s;
    QTest::newRow("quoted local part with escapes") << QByteArray(R"( <"a\"b@c"@datix.lan>)") << u"\"a\\\"b@c\" @ datix.lan"_s;
    QTest::newRow("dotted local part") << QByteArray(" first.last@datix.lan") << u"first.last @ datix.lan"_s;
    QTest::newRow("list") << QByteArray(" a@x.example, B <b@y.example>,c@z.example") << u"a @ x.example|b @ y.example|c @ z.example"_s;
    QTest::newRow("empty list elements") << QByteArray(" , a@x.example,, ,b@y.example,") << u"a @ x.example|b @ y.example"_s;
    QTest::newRow("folded over lines") << QByteArray(" Dad\r\n <dad@pc.datix.lan>,\r\n\tMum <mum@pc.datix.lan>\r\n")
                                       << u"dad @ pc.datix.lan|mum @ pc.datix.lan"_s;
    QTest::newRow("group") << QByteArray(" Family: dad@datix.lan, \"Mum\" <mum@datix.lan>;") << u"dad @ datix.lan|mum @ datix.lan"_s;
    QTest::newRow("empty group") << QByteArray(" undisclosed-recipients:;") << QString();
    QTest::newRow("group then mailbox") << QByteArray(" G: a@x.example; , b@y.example") << u"a @ x.example|b @ y.example"_s;
    QTest::newRow("domain literal") << QByteArray(" dad@[192.168.1.20]") << u"dad @ [192.168.1.20]"_s;
    QTest::newRow("absolute domain") << QByteArray(" dad@pc.datix.lan.") << u"dad @ pc.datix.lan."_s;
    QTest::newRow("bare name") << QByteArray(" root") << u"root"_s;
    QTest::newRow("bare name in angles") << QByteArray(" Cron Daemon <root>") << u"root"_s;
    QTest::newRow("obsolete source route") << QByteArray(" <@relay.example,@b.example:dad@datix.lan>") << u"dad @ datix.lan"_s;
    QTest::newRow("encoded word display name") << QByteArray(" =?utf-8?q?J=C3=B6rg?= <joerg@pc.datix.lan>") << u"joerg @ pc.datix.lan"_s;
    QTest::newRow("UTF-8 address (RFC 6532)") << QByteArray(" J\xc3\xb6rg <j\xc3\xb6rg@b\xc3\xbc" "cher.example>")
                                              << u"jörg @ bücher.example"_s;
    QTest::newRow("obsolete phrase with a dot") << QByteArray(" John Q. Public <jqp@example.org>") << u"jqp @ example.org"_s;
    QTest::newRow("empty") << QByteArray(" ") << QString();

    QTest::newRow("phrase without an address") << QByteArray(" John Smith") << u"(not understood)"_s;
    QTest::newRow("unclosed angle") << QByteArray(" Dad <dad@datix.lan") << u"(not understood)"_s;
    QTest::newRow("unclosed quote") << QByteArray(" \"Dad <dad@datix.lan>") << u"(not understood)"_s;
    QTest::newRow("unclosed comment") << QByteArray(" dad@datix.lan (oops") << u"(not understood)"_s;
    QTest::newRow("stray closing parenthesis") << QByteArray(" dad@datix.lan)") << u"(not understood)"_s;
    QTest::newRow("blanks around @") << QByteArray(" dad @ datix.lan") << u"(not understood)"_s;
    QTest::newRow("comment inside an address") << QByteArray(" dad@(x)datix.lan") << u"(not understood)"_s;
    QTest::newRow("two @") << QByteArray(" a@b@c.example") << u"(not understood)"_s;
    QTest::newRow("empty angles") << QByteArray(" <>") << u"(not understood)"_s;
    QTest::newRow("double dot in domain") << QByteArray(" a@b..example") << u"(not understood)"_s;
    QTest::newRow("trailing dot in local part") << QByteArray(" a.@example.org") << u"(not understood)"_s;
    QTest::newRow("nested group") << QByteArray(" A: B: c@d.example;;") << u"(not understood)"_s;
    QTest::newRow("group without its semicolon") << QByteArray(" A: c@d.example") << u"(not understood)"_s;
    QTest::newRow("control character") << QByteArray(" dad@datix\x01.lan") << u"(not understood)"_s;
    QTest::newRow("nested domain literal") << QByteArray(" a@[1[2]]") << u"(not understood)"_s;
    QTest::newRow("text after the angle") << QByteArray(" Dad <dad@datix.lan> extra") << u"(not understood)"_s;
}

void TestAddressList::parse()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, want);
    const QString got = describe(value);
    QVERIFY2(got == want, qPrintable(u"got '%1', want '%2'"_s.arg(got, want)));
}

void TestAddressList::anyInputIsSafe()
{
    // Random text built from the characters that matter: the parser must never read outside it
    // (run under ASan), and what it finds must be in order and inside the text.
    static constexpr char kAlphabet[] = "ab.@<>()\"\\,;:[] \t\r\n=?\xc3\xa9";
    QRandomGenerator random(20260101);
    for (int round = 0; round < 20000; ++round) {
        QByteArray text;
        const int length = int(random.bounded(40));
        for (int i = 0; i < length; ++i)
            text += kAlphabet[random.bounded(int(sizeof(kAlphabet) - 1))];
        const auto mailboxes = parseAddressList(text);
        if (!mailboxes)
            continue;
        qsizetype previous = 0;
        for (const MailboxSpan &m : *mailboxes) {
            QVERIFY2(m.localStart >= previous && m.localStart < m.localEnd && m.localEnd <= text.size(), text.constData());
            if (m.hasDomain())
                QVERIFY2(m.domainStart == m.localEnd + 1 && m.domainStart < m.domainEnd && m.domainEnd <= text.size(), text.constData());
            previous = m.hasDomain() ? m.domainEnd : m.localEnd;
        }
    }
}
