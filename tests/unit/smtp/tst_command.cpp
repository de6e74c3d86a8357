#include <QTest>

#include "engine/smtp/command.h"
#include "tests/unit/smtp/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Smtp::Command;
using Doorstep::Smtp::PathArgument;
using Doorstep::Smtp::Reply;
using Verb = Doorstep::Smtp::Command::Verb;

Q_DECLARE_METATYPE(Doorstep::Smtp::Command::Verb)

void TestCommand::parse_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Verb>("verb");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("argument");

    QTest::newRow("EHLO with a name") << QByteArray("EHLO client.example") << Verb::Ehlo << u"EHLO"_s << QByteArray("client.example");
    QTest::newRow("HELO") << QByteArray("HELO client") << Verb::Helo << u"HELO"_s << QByteArray("client");
    QTest::newRow("lower-case verb") << QByteArray("mail FROM:<a@b.example>") << Verb::Mail << u"MAIL"_s << QByteArray("FROM:<a@b.example>");
    QTest::newRow("mixed-case verb") << QByteArray("RcPt TO:<a@b.example>") << Verb::Rcpt << u"RCPT"_s << QByteArray("TO:<a@b.example>");
    QTest::newRow("argument keeps its case") << QByteArray("MAIL FROM:<Alice@Example.ORG>") << Verb::Mail << u"MAIL"_s
                                             << QByteArray("FROM:<Alice@Example.ORG>");
    QTest::newRow("argument trimmed") << QByteArray("HELO   client   ") << Verb::Helo << u"HELO"_s << QByteArray("client");
    QTest::newRow("DATA without argument") << QByteArray("DATA") << Verb::Data << u"DATA"_s << QByteArray();
    QTest::newRow("verb with a trailing space") << QByteArray("QUIT ") << Verb::Quit << u"QUIT"_s << QByteArray();
    QTest::newRow("RSET") << QByteArray("rset") << Verb::Rset << u"RSET"_s << QByteArray();
    QTest::newRow("NOOP with argument") << QByteArray("NOOP hello") << Verb::Noop << u"NOOP"_s << QByteArray("hello");
    QTest::newRow("VRFY") << QByteArray("VRFY alice") << Verb::Vrfy << u"VRFY"_s << QByteArray("alice");
    QTest::newRow("EXPN") << QByteArray("EXPN list") << Verb::Expn << u"EXPN"_s << QByteArray("list");
    QTest::newRow("HELP") << QByteArray("HELP") << Verb::Help << u"HELP"_s << QByteArray();
    QTest::newRow("STARTTLS") << QByteArray("StartTLS") << Verb::StartTls << u"STARTTLS"_s << QByteArray();
    QTest::newRow("AUTH with mechanism and response") << QByteArray("AUTH PLAIN AGEAYg==") << Verb::Auth << u"AUTH"_s
                                                      << QByteArray("PLAIN AGEAYg==");
    QTest::newRow("unknown verb") << QByteArray("XYZZY plugh") << Verb::Unknown << u"XYZZY"_s << QByteArray("plugh");
    QTest::newRow("verb prefix is not the verb") << QByteArray("MAILFROM:<a@b.example>") << Verb::Unknown << u"MAILFROM:<A@B.EXAMPLE>"_s
                                                 << QByteArray();
    QTest::newRow("empty line") << QByteArray() << Verb::Unknown << QString() << QByteArray();
    QTest::newRow("leading space is no verb") << QByteArray(" NOOP") << Verb::Unknown << QString() << QByteArray("NOOP");
}

void TestCommand::parse()
{
    QFETCH(QByteArray, line);
    QFETCH(Verb, verb);
    QFETCH(QString, name);
    QFETCH(QByteArray, argument);
    const Command command = Command::parse(line);
    QVERIFY2(command.verb == verb, qPrintable(u"got verb %1, want %2"_s.arg(int(command.verb)).arg(int(verb))));
    QVERIFY2(command.name == name, qPrintable(u"got name '%1', want '%2'"_s.arg(command.name, name)));
    QVERIFY2(command.argument == argument,
             qPrintable(u"got argument '%1', want '%2'"_s.arg(QString::fromLatin1(command.argument), QString::fromLatin1(argument))));
}

namespace {

// What a parsed path looks like, in one comparable line.
QString describe(const PathArgument &parsed)
{
    QStringList flags;
    if (parsed.path.isNull)
        flags << u"null"_s;
    if (parsed.path.isPostmaster)
        flags << u"postmaster"_s;
    if (parsed.path.quotedLocal)
        flags << u"quoted"_s;
    if (parsed.path.addressLiteral)
        flags << u"literal"_s;
    if (parsed.path.nonAscii)
        flags << u"nonascii"_s;
    QStringList parameters;
    for (auto it = parsed.parameters.cbegin(); it != parsed.parameters.cend(); ++it)
        parameters << it.key() + u'=' + it.value();
    return u"address=[%1] local=[%2] domain=[%3] flags=[%4] parameters=[%5]"_s.arg(parsed.path.address, parsed.path.local, parsed.path.domain,
                                                                                  flags.join(u','), parameters.join(u' '));
}

QString expected(const QString &address, const QString &local, const QString &domain, const QString &flags = QString(),
                 const QString &parameters = QString())
{
    return u"address=[%1] local=[%2] domain=[%3] flags=[%4] parameters=[%5]"_s.arg(address, local, domain, flags, parameters);
}

} // namespace

void TestCommand::pathArgument_data()
{
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<QByteArray>("keyword");
    QTest::addColumn<QString>("want"); // describe() of the result, or "CODE STATUS" of the refusal

    const QByteArray from("FROM");
    const QByteArray to("TO");
    const QString local64(64, u'l');
    const QString label63(63, u'd');

    // accepted
    QTest::newRow("plain sender") << QByteArray("FROM:<alice@example.org>") << from
                                  << expected(u"alice@example.org"_s, u"alice"_s, u"example.org"_s);
    QTest::newRow("keyword in lower case") << QByteArray("from:<alice@example.org>") << from
                                           << expected(u"alice@example.org"_s, u"alice"_s, u"example.org"_s);
    QTest::newRow("space after the colon tolerated") << QByteArray("FROM: <alice@example.org>") << from
                                                     << expected(u"alice@example.org"_s, u"alice"_s, u"example.org"_s);
    QTest::newRow("address case kept as given") << QByteArray("TO:<Alice@Example.ORG>") << to
                                                << expected(u"Alice@Example.ORG"_s, u"Alice"_s, u"Example.ORG"_s);
    QTest::newRow("null sender") << QByteArray("FROM:<>") << from << expected(QString(), QString(), QString(), u"null"_s);
    QTest::newRow("null sender with parameters") << QByteArray("FROM:<> BODY=8BITMIME") << from
                                                 << expected(QString(), QString(), QString(), u"null"_s, u"BODY=8BITMIME"_s);
    QTest::newRow("postmaster recipient") << QByteArray("TO:<postmaster>") << to
                                          << expected(u"postmaster"_s, u"postmaster"_s, QString(), u"postmaster"_s);
    QTest::newRow("postmaster in any case") << QByteArray("TO:<PostMaster>") << to
                                            << expected(u"postmaster"_s, u"postmaster"_s, QString(), u"postmaster"_s);
    QTest::newRow("postmaster with a domain is a plain address")
        << QByteArray("TO:<postmaster@example.org>") << to << expected(u"postmaster@example.org"_s, u"postmaster"_s, u"example.org"_s);
    QTest::newRow("source route stripped") << QByteArray("TO:<@relay.example,@hop.example:bob@example.org>") << to
                                           << expected(u"bob@example.org"_s, u"bob"_s, u"example.org"_s);
    QTest::newRow("quoted local part") << QByteArray("TO:<\"john doe\"@example.org>") << to
                                       << expected(u"\"john doe\"@example.org"_s, u"\"john doe\""_s, u"example.org"_s, u"quoted"_s);
    QTest::newRow("escaped quote inside quotes") << QByteArray("TO:<\"a\\\"b\"@example.org>") << to
                                                 << expected(u"\"a\\\"b\"@example.org"_s, u"\"a\\\"b\""_s, u"example.org"_s, u"quoted"_s);
    QTest::newRow("'>' inside quotes") << QByteArray("TO:<\"a>b\"@example.org>") << to
                                       << expected(u"\"a>b\"@example.org"_s, u"\"a>b\""_s, u"example.org"_s, u"quoted"_s);
    QTest::newRow("'@' inside quotes: the last '@' decides")
        << QByteArray("TO:<\"bob@remote.example\"@example.org>") << to
        << expected(u"\"bob@remote.example\"@example.org"_s, u"\"bob@remote.example\""_s, u"example.org"_s, u"quoted"_s);
    QTest::newRow("percent hack is just a local part") << QByteArray("TO:<bob%remote.example@example.org>") << to
                                                       << expected(u"bob%remote.example@example.org"_s, u"bob%remote.example"_s, u"example.org"_s);
    QTest::newRow("bang path is just a local part") << QByteArray("TO:<remote.example!bob@example.org>") << to
                                                    << expected(u"remote.example!bob@example.org"_s, u"remote.example!bob"_s, u"example.org"_s);
    QTest::newRow("IPv4 address literal") << QByteArray("TO:<bob@[192.0.2.1]>") << to
                                          << expected(u"bob@[192.0.2.1]"_s, u"bob"_s, u"[192.0.2.1]"_s, u"literal"_s);
    QTest::newRow("IPv6 address literal") << QByteArray("TO:<bob@[IPv6:2001:db8::1]>") << to
                                          << expected(u"bob@[IPv6:2001:db8::1]"_s, u"bob"_s, u"[IPv6:2001:db8::1]"_s, u"literal"_s);
    QTest::newRow("trailing dot kept as given") << QByteArray("TO:<bob@example.org.>") << to
                                                << expected(u"bob@example.org."_s, u"bob"_s, u"example.org."_s);
    QTest::newRow("parameter names upper-cased, values as given")
        << QByteArray("FROM:<a@example.org> size=1000 body=8bitmime smtputf8") << from
        << expected(u"a@example.org"_s, u"a"_s, u"example.org"_s, QString(), u"BODY=8bitmime SIZE=1000 SMTPUTF8="_s);
    QTest::newRow("several spaces between parameters") << QByteArray("FROM:<a@example.org>  SIZE=5   BODY=7BIT") << from
                                                       << expected(u"a@example.org"_s, u"a"_s, u"example.org"_s, QString(), u"BODY=7BIT SIZE=5"_s);
    QTest::newRow("non-ASCII local part flagged") << QByteArray("TO:<j\xc3\xb6rg@example.org>") << to
                                                  << expected(u"jörg@example.org"_s, u"jörg"_s, u"example.org"_s, u"nonascii"_s);
    QTest::newRow("non-ASCII domain flagged") << QByteArray("TO:<bob@b\xc3\xbc" "cher.example>") << to
                                              << expected(u"bob@bücher.example"_s, u"bob"_s, u"bücher.example"_s, u"nonascii"_s);
    QTest::newRow("local part of 64 octets") << u"TO:<%1@example.org>"_s.arg(local64).toLatin1() << to
                                             << expected(local64 + u"@example.org"_s, local64, u"example.org"_s);
    // RFC 5321 4.5.3.1.3: a path is at most 256 octets "including the punctuation", i.e. the
    // angle brackets: "<" + 254 octets + ">".
    {
        const QString domain = label63 + u'.' + label63 + u'.' + label63 + u'.' + QString(59, u'e'); // 251
        const QString mailbox = u"ab@"_s + domain;                                                    // 254
        QTest::newRow("path of 256 octets with its brackets") << (u"TO:<"_s + mailbox + u'>').toLatin1() << to
                                                              << expected(mailbox, u"ab"_s, domain);
    }

    // refused
    QTest::newRow("null recipient") << QByteArray("TO:<>") << to << u"501 5.1.3"_s;
    QTest::newRow("postmaster as sender") << QByteArray("FROM:<postmaster>") << from << u"501 5.1.7"_s;
    QTest::newRow("missing keyword") << QByteArray("<alice@example.org>") << from << u"501 5.5.4"_s;
    QTest::newRow("wrong keyword") << QByteArray("TO:<alice@example.org>") << from << u"501 5.5.4"_s;
    QTest::newRow("missing brackets") << QByteArray("FROM:alice@example.org") << from << u"501 5.1.7"_s;
    QTest::newRow("missing closing bracket") << QByteArray("TO:<alice@example.org") << to << u"501 5.1.3"_s;
    QTest::newRow("text glued to the bracket") << QByteArray("FROM:<a@example.org>SIZE=5") << from << u"501 5.1.7"_s;
    QTest::newRow("doubled brackets") << QByteArray("TO:<<a@example.org>>") << to << u"501 5.1.3"_s;
    QTest::newRow("no at sign") << QByteArray("TO:<alice>") << to << u"501 5.1.3"_s;
    QTest::newRow("empty local part") << QByteArray("TO:<@example.org>") << to << u"501 5.1.3"_s;
    QTest::newRow("empty domain") << QByteArray("TO:<alice@>") << to << u"501 5.1.3"_s;
    QTest::newRow("source route without a mailbox") << QByteArray("TO:<@relay.example>") << to << u"501 5.1.3"_s;
    QTest::newRow("space in the local part") << QByteArray("TO:<al ice@example.org>") << to << u"501 5.1.3"_s;
    QTest::newRow("double dot in the local part") << QByteArray("TO:<al..ice@example.org>") << to << u"501 5.1.3"_s;
    QTest::newRow("leading dot in the local part") << QByteArray("TO:<.alice@example.org>") << to << u"501 5.1.3"_s;
    QTest::newRow("unterminated quote") << QByteArray("TO:<\"alice@example.org>") << to << u"501 5.1.3"_s;
    QTest::newRow("control character in quotes") << QByteArray("TO:<\"a\x01" "b\"@example.org>") << to << u"501 5.1.3"_s;
    QTest::newRow("local part of 65 octets") << u"TO:<%1l@example.org>"_s.arg(local64).toLatin1() << to << u"501 5.1.3"_s;
    QTest::newRow("domain label of 64 octets") << u"TO:<a@%1d.example>"_s.arg(label63).toLatin1() << to << u"501 5.1.3"_s;
    QTest::newRow("domain label starting with a hyphen") << QByteArray("TO:<a@-bad.example>") << to << u"501 5.1.3"_s;
    QTest::newRow("underscore in the domain") << QByteArray("TO:<a@bad_name.example>") << to << u"501 5.1.3"_s;
    QTest::newRow("empty domain label") << QByteArray("TO:<a@example..org>") << to << u"501 5.1.3"_s;
    QTest::newRow("address literal with a space") << QByteArray("TO:<a@[192.0.2.1 ]>") << to << u"501 5.1.3"_s;
    QTest::newRow("empty address literal") << QByteArray("TO:<a@[]>") << to << u"501 5.1.3"_s;
    // RFC 5321 4.1.3: an address literal is an IPv4 address, "IPv6:" and an IPv6 address, or
    // "tag:content"; anything else in brackets is no address.
    QTest::newRow("address literal that is no address") << QByteArray("TO:<a@[not-an-address]>") << to << u"501 5.1.3"_s;
    QTest::newRow("parameter without a name") << QByteArray("FROM:<a@example.org> =x") << from << u"501 5.5.4"_s;
    QTest::newRow("garbage") << QByteArray("FROM:garbage") << from << u"501 5.1.7"_s;
    QTest::newRow("nothing after the colon") << QByteArray("TO:") << to << u"501 5.1.3"_s;
    {
        const QString domain = label63 + u'.' + label63 + u'.' + label63 + u'.' + QString(60, u'e'); // 252
        const QString mailbox = u"ab@"_s + domain;                                                    // 255
        QTest::newRow("path of 257 octets with its brackets") << (u"TO:<"_s + mailbox + u'>').toLatin1() << to << u"501 5.1.3"_s;
    }
    {
        const QString domain = label63 + u'.' + label63 + u'.' + label63 + u'.' + label63; // 255
        QTest::newRow("path far over the limit") << (u"TO:<"_s + local64 + u'@' + domain + u'>').toLatin1() << to << u"501 5.1.3"_s;
    }
}

void TestCommand::pathArgument()
{
    QFETCH(QByteArray, argument);
    QFETCH(QByteArray, keyword);
    QFETCH(QString, want);
    const auto parsed = Doorstep::Smtp::parsePathArgument(argument, keyword);
    QString got;
    if (const auto *reply = std::get_if<Reply>(&parsed))
        got = QString::number(reply->code) + u' ' + reply->status;
    else
        got = describe(std::get<PathArgument>(parsed));
    QVERIFY2(got == want, qPrintable(u"got %1, want %2"_s.arg(got, want)));
}
