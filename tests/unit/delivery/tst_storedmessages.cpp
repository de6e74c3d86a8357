// The dry run's message sources: a user's Maildir++ listed newest first with decoded headers,
// ids that leave the mailbox refused; delivery's own fields taken off; where a message came
// from, as this engine's Received line and Return-Path say.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/time.h>

#include "engine/delivery/rules/messageorigin.h"
#include "engine/delivery/rules/storedmessages.h"
#include "tests/unit/delivery/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Delivery::MessageOrigin;
using Doorstep::Delivery::StoredMessages;

namespace {

/** Writes a message file with the given modification time (seconds). */
void writeMessage(const QString &path, const QByteArray &bytes, qint64 mtime)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const struct timeval times[2] = {{mtime, 0}, {mtime, 0}};
    QCOMPARE(::utimes(QFile::encodeName(path).constData(), times), 0);
}

} // namespace

void TestStoredMessages::newestFirstAcrossFolders()
{
    QTemporaryDir dir;
    const QString mailbox = dir.filePath(u"mail/example.org/alice"_s);
    writeMessage(mailbox + u"/cur/100.a:2,S"_s, "From: Bob <bob@example.net>\r\nSubject: old\r\n\r\nx\r\n", 1'700'000'100);
    writeMessage(mailbox + u"/new/300.c"_s,
                 "From: =?UTF-8?Q?J=C3=BCrgen?= <j@example.de>\r\nSubject: =?ISO-8859-1?Q?Gr=FC=DFe?= aus\r\n =?UTF-8?B?S8O2bG4=?=\r\n\r\nx\r\n",
                 1'700'000'300);
    writeMessage(mailbox + u"/.Lists.Debian/cur/200.b:2,"_s, "From: list@lists.debian.org\r\nSubject: [debian] hi\r\n\r\nx\r\n", 1'700'000'200);
    // Not messages: Dovecot's index files, tmp/, a link.
    writeMessage(mailbox + u"/dovecot.index.log"_s, "index", 1'700'000'400);
    writeMessage(mailbox + u"/tmp/400.d"_s, "From: x@y\r\n\r\n", 1'700'000'400);
    QVERIFY(QFile::link(dir.filePath(u"elsewhere"_s), mailbox + u"/cur/500.e"_s));

    const auto messages = StoredMessages::newest(mailbox, 10);
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages[0].id, u"new/300.c"_s);
    QCOMPARE(messages[0].folder, u"INBOX"_s);
    QCOMPARE(messages[0].subject, u"Grüße aus Köln"_s);
    QVERIFY2(messages[0].from.contains(u"Jürgen"_s), qPrintable(messages[0].from));
    QCOMPARE(messages[0].arrived, 1'700'000'300);
    QCOMPARE(messages[1].id, u".Lists.Debian/cur/200.b:2,"_s);
    QCOMPARE(messages[1].folder, u"Lists.Debian"_s);
    QCOMPARE(messages[2].subject, u"old"_s);
    QVERIFY(messages[2].size > 10);

    QCOMPARE(StoredMessages::newest(mailbox, 1).size(), 1);
    QVERIFY(StoredMessages::newest(dir.filePath(u"nobody"_s), 10).isEmpty());

    const auto bytes = StoredMessages::read(mailbox, messages[1].id, 1024);
    QVERIFY(bytes);
    QVERIFY(bytes->startsWith("From: list@"));
}

void TestStoredMessages::readRefusesOtherPaths_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("parent") << u"../bob/cur/1.x"_s;
    QTest::newRow("absolute") << u"/etc/passwd"_s;
    QTest::newRow("folder dotdot") << u"../cur/1.x"_s;
    QTest::newRow("not cur or new") << u"tmp/1.x"_s;
    QTest::newRow("deeper") << u".A/.B/cur/1.x"_s;
    QTest::newRow("folder without dot") << u"A/cur/1.x"_s;
    QTest::newRow("dot file") << u"cur/..x"_s;
    QTest::newRow("empty") << QString();
}

void TestStoredMessages::readRefusesOtherPaths()
{
    QFETCH(QString, id);
    QTemporaryDir dir;
    const auto read = StoredMessages::read(dir.path(), id, 1024);
    QVERIFY(!read);
    QCOMPARE(read.error().code, Doorstep::Core::ErrorCode::InvalidArgument);
}

void TestStoredMessages::readGoneAndLinks()
{
    QTemporaryDir dir;
    auto gone = StoredMessages::read(dir.path(), u"cur/1.x"_s, 1024);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, Doorstep::Core::ErrorCode::NotFound);
    writeMessage(dir.filePath(u"secret"_s), "secret", 1'700'000'000);
    QVERIFY(QDir().mkpath(dir.filePath(u"cur"_s)));
    QVERIFY(QFile::link(dir.filePath(u"secret"_s), dir.filePath(u"cur/2.x"_s)));
    QVERIFY(!StoredMessages::read(dir.path(), u"cur/2.x"_s, 1024));
    // A folder that is a link to somewhere else.
    QTemporaryDir outside;
    writeMessage(outside.filePath(u"cur/4.x"_s), "From: x@y\r\n\r\n", 1'700'000'000);
    QVERIFY(QFile::link(outside.path(), dir.filePath(u".Linked"_s)));
    QVERIFY(!StoredMessages::read(dir.path(), u".Linked/cur/4.x"_s, 1024));
    QVERIFY(StoredMessages::newest(dir.path(), 10).isEmpty() || StoredMessages::newest(dir.path(), 10).first().folder != u"Linked"_s);
    writeMessage(dir.filePath(u"cur/3.x"_s), QByteArray(2048, 'x'), 1'700'000'000);
    auto big = StoredMessages::read(dir.path(), u"cur/3.x"_s, 1024);
    QVERIFY(!big);
    QVERIFY(big.error().message.contains(u"at most 1024"_s));
}

void TestStoredMessages::asReceivedDropsDeliveryFields()
{
    const QByteArray stored = "Return-Path: <bob@example.net>\r\nDelivered-To: alice@example.org\r\nX-Spam-Flag: YES\r\n"
                              "X-Spam-Status: Yes, score=7.0\r\n\ttests=GTUBE\r\nReceived: from a (b [192.0.2.1])\r\n"
                              "Subject: hi\r\n\r\nDelivered-To: stays in the body\r\n";
    QCOMPARE(StoredMessages::asReceived(stored), QByteArray("Return-Path: <bob@example.net>\r\nReceived: from a (b [192.0.2.1])\r\n"
                                                            "Subject: hi\r\n\r\nDelivered-To: stays in the body\r\n"));
    const QByteArray lf = "X-Spam-Score: 1\nSubject: x\n\nbody\n";
    QCOMPARE(StoredMessages::asReceived(lf), QByteArray("Subject: x\n\nbody\n"));
}

void TestStoredMessages::originFromOurReceivedLine_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("clientName");
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<QString>("sender");

    QTest::newRow("ours, IPv4") << QByteArray("Return-Path: <Bob@Example.NET>\r\nReceived: from mx.example.net (mx.example.net [192.0.2.7])\r\n"
                                              "\tby mail.example.org (Doorstep) with ESMTPS id Q1;\r\n Fri, 27 Nov 2026 06:00:00 +0000\r\n\r\nbody\r\n")
                                << u"192.0.2.7"_s << u"mx.example.net"_s << false << u"bob@example.net"_s;
    QTest::newRow("ours, IPv6, logged in")
        << QByteArray("Received: from laptop (unknown [2001:db8::5])\r\n\t(using TLSv1.3 with cipher X)\r\n\t(authenticated sender)\r\n"
                      "\tby mail.example.org (Doorstep) with ESMTPSA id Q2; Fri, 27 Nov 2026 06:00:00 +0000\r\nReturn-Path: <>\r\n\r\n")
        << u"2001:db8::5"_s << u"unknown"_s << true << QString();
    QTest::newRow("another server's line is not believed")
        << QByteArray("Received: from mx.example.net (mx.example.net [192.0.2.7]) by relay.example.net (Postfix) with ESMTP id X;"
                      " Fri, 27 Nov 2026 06:00:00 +0000\r\n\r\n")
        << QString() << QString() << false << QString();
    QTest::newRow("newest of ours first")
        << QByteArray("Received: from b (b.example [198.51.100.2]) by h (Doorstep) with ESMTP id 2; x\nReceived: from a (a.example [192.0.2.1]) by h "
                      "(Doorstep) with ESMTP id 1; x\n\n")
        << u"198.51.100.2"_s << u"b.example"_s << false << QString();
    QTest::newRow("handed over locally")
        << QByteArray("Return-Path: <alice@vm>\r\nReceived: by vm (Doorstep, from local uid 0 (root) via doorstep-sendmail)\r\n\tid 1K17X8\r\n"
                      "\tfor <alice@demo.example>; 27 Nov 2026 10:14:01 +0000\r\n\r\n")
        << QString() << QString() << false << u"alice@vm"_s;
    QTest::newRow("in the body only") << QByteArray("Subject: x\r\n\r\nReceived: from a (a [192.0.2.1]) by h (Doorstep) with ESMTP id 1; x\r\n")
                                      << QString() << QString() << false << QString();
}

void TestStoredMessages::originFromOurReceivedLine()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, client);
    QFETCH(QString, clientName);
    QFETCH(bool, authenticated);
    QFETCH(QString, sender);
    const MessageOrigin origin = MessageOrigin::of(message);
    QCOMPARE(origin.client ? origin.client->toString() : QString(), client);
    QCOMPARE(origin.clientName, clientName);
    QCOMPARE(origin.authenticated, authenticated);
    QCOMPARE(origin.sender, sender);
    QCOMPARE(origin.local, QByteArray(QTest::currentDataTag()) == "handed over locally");
}
