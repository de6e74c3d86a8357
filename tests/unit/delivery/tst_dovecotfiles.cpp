// unit.delivery.dovecotfiles: the files the engine writes for the managed Dovecot, checked
// line by line, and checked by Dovecot's own parser (doveconf -n) where it is installed;
// the passwd-file's lines; sieve-test's output read back.

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "engine/delivery/dovecot/dovecotconfig.h"
#include "engine/delivery/dovecot/dovecotlog.h"
#include "engine/delivery/dovecot/passwdfile.h"
#include "engine/delivery/rules/sieverules.h"
#include "tests/unit/delivery/tests.h"

using namespace Qt::StringLiterals;
using Doorstep::Core::HostPort;
using namespace Doorstep::Delivery;

namespace {

DovecotConfigInput input(const QString &data)
{
    DovecotConfigInput in;
    in.layout = DovecotLayout::inDataDirectory(data);
    in.identity = {u"mailer"_s, u"mailers"_s, 1234, 2345};
    in.imap = {HostPort{u"127.0.0.1"_s, 2143}};
    in.imaps = {HostPort{u"127.0.0.1"_s, 2993}, HostPort{u"::1"_s, 2993}};
    in.pop3s = {HostPort{u"127.0.0.1"_s, 2995}};
    in.sieve = {HostPort{u"127.0.0.1"_s, 24190}};
    in.spamFolder = u"spamtrap"_s;
    return in;
}

} // namespace

void TestDovecotFiles::configNamesEverything()
{
    const QString conf = QString::fromUtf8(DovecotConfig::render(input(u"/data"_s)));
    for (const QString &line : {u"base_dir = /data/dovecot/run"_s, u"protocols = imap lmtp sieve"_s, u"default_internal_user = mailer"_s,
                                u"mail_uid = 1234"_s, u"mail_gid = 2345"_s, u"mail_location = maildir:/data/mail/%d/%n"_s,
                                u"ssl = required"_s, u"ssl_cert = </data/dovecot/tls/certificate.pem"_s, u"lmtp_add_received_header = no"_s,
                                u"  sieve_before = /data/sieve/global.sieve"_s, u"  args = scheme=CRYPT username_format=%Lu /data/dovecot/passwd"_s})
        QVERIFY2(conf.contains(line + u'\n'), qPrintable(line));
    // The first listener of a kind replaces Dovecot's default of that name; more get their own.
    QVERIFY(conf.contains(u"  inet_listener imap {\n    address = 127.0.0.1\n    port = 2143\n  }\n"_s));
    QVERIFY(conf.contains(u"  inet_listener imaps {\n    address = 127.0.0.1\n    port = 2993\n    ssl = yes\n  }\n"_s));
    QVERIFY(conf.contains(u"  inet_listener imaps_2 {\n    address = [::1]\n    port = 2993\n    ssl = yes\n  }\n"_s));
    // POP3 off: no pop3 protocol, its listeners closed.
    QVERIFY(conf.contains(u"  inet_listener pop3s {\n    port = 0\n  }\n"_s));
    QVERIFY(conf.contains(u"  mailbox spamtrap {\n    special_use = \\Junk\n"_s));

    DovecotConfigInput withPop3 = input(u"/data"_s);
    withPop3.pop3 = true;
    withPop3.imap.clear();
    const QString pop3 = QString::fromUtf8(DovecotConfig::render(withPop3));
    QVERIFY(pop3.contains(u"protocols = imap lmtp sieve pop3\n"_s));
    QVERIFY(pop3.contains(u"  inet_listener pop3s {\n    address = 127.0.0.1\n    port = 2995\n    ssl = yes\n  }\n"_s));
    QVERIFY(pop3.contains(u"  inet_listener imap {\n    port = 0\n  }\n"_s));

    DovecotConfigInput odd = input(u"/data dir"_s);
    odd.spamFolder = u"Spam \"box\""_s;
    odd.sendmailPath = u"/usr/bin/doorstep-sendmail"_s;
    odd.submitSocket = u"/run/user/1000/doorstep/submit.sock"_s;
    const QString quoted = QString::fromUtf8(DovecotConfig::render(odd));
    QVERIFY(quoted.contains(u"base_dir = \"/data dir/dovecot/run\"\n"_s));
    QVERIFY(quoted.contains(u"  mailbox \"Spam \\\"box\\\"\" {\n"_s));
    QVERIFY(quoted.contains(u"sendmail_path = \"/usr/bin/env DOORSTEP_SUBMIT_SOCKET=/run/user/1000/doorstep/submit.sock /usr/bin/doorstep-sendmail\"\n"_s));
}

void TestDovecotFiles::configParsedByDovecot()
{
    const QString doveconf = QStandardPaths::findExecutable(u"doveconf"_s);
    if (doveconf.isEmpty())
        QSKIP("doveconf (dovecot-core) is not installed");
    QTemporaryDir dir;
    DovecotConfigInput in = input(dir.path());
    in.pop3 = true;
    QFile file(dir.filePath(u"dovecot.conf"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(DovecotConfig::render(in));
    file.close();
    QProcess process;
    process.start(doveconf, {u"-c"_s, file.fileName(), u"-n"_s});
    QVERIFY(process.waitForFinished(20000));
    const QString output = QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
    // Only the certificate files (not written here) may be missing; every setting is known.
    QVERIFY2(!output.contains(u"Unknown setting"_s) && !output.contains(u"Invalid"_s), qPrintable(output));
    QVERIFY2(process.exitCode() == 0 || output.contains(u"ssl_cert"_s), qPrintable(output));
}

void TestDovecotFiles::passwdLines()
{
    const QByteArray text = PasswdFile::render({{u"Bob@Example.org"_s, "$y$j9T$salt$hash", true},
                                                {u"alice@example.org"_s, "$y$j9T$other$hash", false},
                                                {u"eve@example.org"_s, "$y$bad:hash", true}});
    const QList<QByteArray> lines = text.split('\n');
    QVERIFY(lines[0].startsWith('#'));
    QCOMPARE(lines[1], QByteArray("alice@example.org:{CRYPT}$y$j9T$other$hash::::::nologin"));
    QCOMPARE(lines[2], QByteArray("bob@example.org:{CRYPT}$y$j9T$salt$hash::::::"));
    QVERIFY2(!text.contains("eve@"), "a line with a ':' in a field would shift the fields");

    QTemporaryDir dir;
    const QString path = dir.filePath(u"passwd"_s);
    QVERIFY(PasswdFile::write(path, {{u"a@b.test"_s, "$y$x", true}}, {}));
    QCOMPARE(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestDovecotFiles::globalScript()
{
    const QByteArray script = DovecotConfig::globalScript(u"Junk \"mail\""_s);
    QVERIFY(script.contains("if header :is \"X-Spam-Flag\" \"YES\" {"));
    QVERIFY(script.contains("fileinto :create \"Junk \\\"mail\\\"\";"));
    QVERIFY(DovecotConfig::globalScript(QString()).contains("fileinto :create \"spamtrap\";"));
}

void TestDovecotFiles::dryRunParsed()
{
    const QString output = u"      ## Started executing script 's'\n"
                           "   2: header test\n"
                           "   2:   finishing match with result: matched\n"
                           "      ## Finished executing script 's'\n\n"
                           "Performed actions:\n\n"
                           " * store message in folder: lists.debian\n"
                           " * send vacation response to <carol@example.test>\n\n"
                           "Implicit keep:\n\n"
                           "  (none)\n\n"
                           "sieve-test: Info: final result: success\n"_s;
    const SieveRules::DryRun run = SieveRules::parseDryRun(output);
    QCOMPARE(run.folder, u"lists.debian"_s);
    QCOMPARE(run.actions, QStringList({u"store message in folder: lists.debian"_s, u"send vacation response to <carol@example.test>"_s}));
    QVERIFY(!run.keep);
    QCOMPARE(run.trace.size(), 4);

    const SieveRules::DryRun kept = SieveRules::parseDryRun(u"\nPerformed actions:\n\n  (none)\n\nImplicit keep:\n\n * store message in folder: INBOX\n"_s);
    QVERIFY(kept.keep);
    QCOMPARE(kept.folder, u"INBOX"_s);
    QVERIFY(kept.actions.isEmpty());

    const SieveRules::DryRun discarded = SieveRules::parseDryRun(u"Performed actions:\n\n * discard\n\nImplicit keep:\n\n  (none)\n"_s);
    QCOMPARE(discarded.folder, QString());
    QCOMPARE(discarded.actions, QStringList{u"discard"_s});
}

void TestDovecotFiles::folderProblems_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("problem"); // "" or a part of the sentence
    QTest::newRow("dotted folder") << u"require \"fileinto\";\nfileinto \"Lists.Debian\";\n"_s << QString();
    QTest::newRow("slash") << u"require \"fileinto\";\n\nfileinto \"Lists/Debian\";\n"_s << u"line 3: the folder \"Lists/Debian\""_s;
    QTest::newRow("tags before") << u"if true { fileinto :create :flags \"\\\\Seen\" \"A/B\"; }"_s << u"(\"A.B\")"_s;
    QTest::newRow("copy tag") << u"fileinto :copy \"Archive/2026\";"_s << u"line 1"_s;
    QTest::newRow("comment") << u"# fileinto \"Lists/Debian\" (the builder's note)\nkeep;\n"_s << QString();
    QTest::newRow("slash elsewhere") << u"if header :contains \"Subject\" \"a/b\" { fileinto \"ab\"; }"_s << QString();
    QTest::newRow("no fileinto") << u"redirect \"a/b@example.org\";"_s << QString();
}

void TestDovecotFiles::folderProblems()
{
    QFETCH(QString, script);
    QFETCH(QString, problem);
    const QString found = Doorstep::Delivery::SieveRules::folderProblem(script);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestDovecotFiles::loginFailures_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected"); // "service user client attempts", or "" for none
    // Lines as Dovecot 2.3.19 (Debian 12) wrote them in e2e.imap.access.
    QTest::newRow("wrong password") << u"imap-login: Info: Disconnected: Aborted login by logging out (auth failed, 1 attempts in 16 secs): "
                                       u"user=<alice@example.test>, method=PLAIN, rip=127.0.0.1, lip=127.0.0.1, TLS, session=<OUgDHT9hTpp/AAAB>"_s
                                    << u"imap alice@example.test 127.0.0.1 1"_s;
    QTest::newRow("pop3, IPv6, attempts") << u"pop3-login: Info: Disconnected (auth failed, 3 attempts in 12 secs): user=<Bob@Example.org>, "
                                             u"method=PLAIN, rip=2001:db8::7, lip=::1, TLS"_s
                                          << u"pop3 Bob@Example.org 2001:db8::7 3"_s;
    QTest::newRow("managesieve") << u"managesieve-login: Info: Disconnected: Connection closed (auth failed, 1 attempts in 2 secs): "
                                    u"user=<carol@example.org>, method=PLAIN, rip=192.0.2.9, lip=192.0.2.1"_s
                                 << u"managesieve carol@example.org 192.0.2.9 1"_s;
    QTest::newRow("disabled user is no wrong password")
        << u"imap-login: Info: Disconnected: Aborted login by logging out (internal failure, 1 successful auths): user=<frank@example.test>, "
           u"method=PLAIN, rip=127.0.0.1, lip=127.0.0.1, TLS"_s
        << QString();
    QTest::newRow("logged out") << u"imap(alice@example.test)<2686><LoTx>: Info: Disconnected: Logged out in=12 out=489"_s << QString();
    QTest::newRow("no user given") << u"imap-login: Info: Disconnected: Inactivity (no auth attempts in 180 secs): user=<>, rip=192.0.2.7"_s
                                   << QString();
}

void TestDovecotFiles::loginFailures()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    const auto failure = Doorstep::Delivery::DovecotLog::loginFailure(line);
    if (expected.isEmpty()) {
        QVERIFY(!failure);
        return;
    }
    QVERIFY(failure);
    QCOMPARE(u"%1 %2 %3 %4"_s.arg(failure->service, failure->user, failure->client).arg(failure->attempts), expected);
}

