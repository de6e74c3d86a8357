#include <QTest>

#include "engine/smtp/client/servercapabilities.h"
#include "tests/unit/smtp/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Smtp::Reply;
using Doorstep::Smtp::ServerCapabilities;

namespace {

QString describe(const ServerCapabilities &c)
{
    QStringList words;
    if (c.esmtp)
        words << u"esmtp"_s;
    if (c.pipelining)
        words << u"pipelining"_s;
    if (c.size)
        words << u"size=%1"_s.arg(c.sizeLimit);
    if (c.eightBitMime)
        words << u"8bitmime"_s;
    if (c.smtputf8)
        words << u"smtputf8"_s;
    if (c.startTls)
        words << u"starttls"_s;
    if (c.enhancedStatusCodes)
        words << u"enhanced"_s;
    if (!c.authMechanisms.isEmpty())
        words << u"auth=%1"_s.arg(c.authMechanisms.join(u','));
    return words.join(u' ');
}

} // namespace

void TestServerCapabilities::fromEhlo_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("want");

    QTest::newRow("Doorstep's own")
        << 250 << QStringList{u"mx Hello"_s, u"PIPELINING"_s, u"SIZE 52428800"_s, u"8BITMIME"_s, u"ENHANCEDSTATUSCODES"_s, u"STARTTLS"_s, u"SMTPUTF8"_s}
        << u"esmtp pipelining size=52428800 8bitmime smtputf8 starttls enhanced"_s;
    QTest::newRow("greeting line is no keyword") << 250 << QStringList{u"PIPELINING"_s} << u"esmtp"_s;
    QTest::newRow("SIZE without a limit") << 250 << QStringList{u"mx"_s, u"SIZE"_s} << u"esmtp size=0"_s;
    QTest::newRow("SIZE with garbage") << 250 << QStringList{u"mx"_s, u"SIZE lots"_s} << u"esmtp size=0"_s;
    QTest::newRow("keywords are case-insensitive") << 250 << QStringList{u"mx"_s, u"pipelining"_s, u"StartTLS"_s} << u"esmtp pipelining starttls"_s;
    QTest::newRow("AUTH mechanisms") << 250 << QStringList{u"mx"_s, u"AUTH PLAIN LOGIN CRAM-MD5"_s} << u"esmtp auth=PLAIN,LOGIN,CRAM-MD5"_s;
    QTest::newRow("old AUTH= form, merged")
        << 250 << QStringList{u"mx"_s, u"AUTH login plain"_s, u"AUTH=LOGIN PLAIN"_s} << u"esmtp auth=LOGIN,PLAIN"_s;
    QTest::newRow("unknown keywords ignored") << 250 << QStringList{u"mx"_s, u"XCLIENT NAME"_s, u"DSN"_s, u"CHUNKING"_s} << u"esmtp"_s;
    QTest::newRow("a refusal offers nothing") << 502 << QStringList{u"PIPELINING"_s, u"STARTTLS"_s} << QString();
}

void TestServerCapabilities::fromEhlo()
{
    QFETCH(int, code);
    QFETCH(QStringList, lines);
    QFETCH(QString, want);
    const QString got = describe(ServerCapabilities::fromEhlo(Reply{code, QString(), lines}));
    QVERIFY2(got == want, qPrintable(u"got '%1', want '%2'"_s.arg(got, want)));
}
