#include <QTest>

#include "tests/unit/sendmail/tests.h"
#include "ui/sendmail/addresslist.h"

using namespace Qt::StringLiterals;
using Doorstep::Ui::Sendmail::parseAddressList;

void TestAddressList::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("want");

    const auto row = [](const char *name, const char *text, const QStringList &want) { QTest::newRow(name) << QString::fromUtf8(text) << want; };
    row("one address", "alice@example.org", {u"alice@example.org"_s});
    row("a bare local name", "root", {u"root"_s});
    row("a list", "alice@example.org, bob@example.org,root", {u"alice@example.org"_s, u"bob@example.org"_s, u"root"_s});
    row("white space around", "  alice@example.org  ", {u"alice@example.org"_s});
    row("a display name", "Alice Example <alice@example.org>", {u"alice@example.org"_s});
    row("a quoted display name with a comma", "\"Example, Alice\" <alice@example.org>, bob@example.org",
        {u"alice@example.org"_s, u"bob@example.org"_s});
    row("an encoded display name", "=?UTF-8?B?w4VzYQ==?= <asa@example.org>", {u"asa@example.org"_s});
    row("a comment", "alice@example.org (Alice Example)", {u"alice@example.org"_s});
    row("nested comments with a comma", "alice@example.org (Alice (the, first))", {u"alice@example.org"_s});
    row("a comment inside the address", "alice(x)@example.org", {u"alice@example.org"_s});
    row("angle brackets without a name", "<alice@example.org>", {u"alice@example.org"_s});
    row("white space in angle brackets", "< alice@example.org >", {u"alice@example.org"_s});
    row("a quoted local part", "\"john doe\"@example.org", {u"\"john doe\"@example.org"_s});
    row("a quoted local part in brackets", "John <\"john>doe\"@example.org>", {u"\"john>doe\"@example.org"_s});
    row("a domain literal", "alice@[192.0.2.1]", {u"alice@[192.0.2.1]"_s});
    row("a source route", "<@relay.example:alice@example.org>", {u"alice@example.org"_s});
    row("a group", "Team: alice@example.org, bob@example.org;, carol@example.org",
        {u"alice@example.org"_s, u"bob@example.org"_s, u"carol@example.org"_s});
    row("an empty group", "undisclosed-recipients:;", {});
    row("empty members", "alice@example.org,, ,bob@example.org", {u"alice@example.org"_s, u"bob@example.org"_s});
    row("empty", "", {});
    row("obsolete spaces around dots and at", "john . doe @ example . org", {u"john.doe@example.org"_s});
    row("two words are two names", "alice bob", {u"alice"_s, u"bob"_s});
    row("an unquoted comma splits a name", "Example, Alice <alice@example.org>", {u"Example"_s, u"alice@example.org"_s});
    row("unicode", "Åsa <åsa@exämple.org>", {u"åsa@exämple.org"_s});
    row("an unterminated angle bracket", "<alice@example.org", {u"alice@example.org"_s});
    row("a stray closing bracket", "alice@example.org>", {u"alice@example.org"_s});
}

void TestAddressList::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, want);
    const QStringList got = parseAddressList(text);
    QVERIFY2(got == want, qPrintable(u"got [%1], want [%2]"_s.arg(got.join(u" | "_s), want.join(u" | "_s))));
}
