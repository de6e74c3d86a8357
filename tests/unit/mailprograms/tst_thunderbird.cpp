// unit.mailprograms.thunderbird: the account written into a real-looking prefs.js under the
// next free numbers, every other line kept byte for byte, and the refusals (already there,
// Thunderbird running, no profile).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <unistd.h>

#include "tests/unit/mailprograms/mailprogramsfixture.h"
#include "tests/unit/mailprograms/tests.h"
#include "ui/mailprograms/thunderbird.h"
#include "ui/mailprograms/thunderbirdprefs.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::MailProgramsFixture;
using Doorstep::Ui::MailPrograms::Thunderbird;
using Doorstep::Ui::MailPrograms::ThunderbirdPrefs;

namespace {

QString prefsOf(const QString &profile)
{
    return QDir(profile).filePath(u"prefs.js"_s);
}

void lockProfile(const QString &profile, qint64 pid)
{
    const QByteArray target = "127.0.0.1:+" + QByteArray::number(pid);
    QVERIFY(::symlink(target.constData(), QFile::encodeName(QDir(profile).filePath(u"lock"_s)).constData()) == 0);
}

} // namespace

void TestThunderbird::addsNextToExistingAccount()
{
    MailProgramsFixture fixture;
    const QByteArray before = MailProgramsFixture::realisticPrefs();
    const QString profile = fixture.makeThunderbirdProfile(before);
    Thunderbird thunderbird(fixture.environment());

    const auto added = thunderbird.addNow(MailProgramsFixture::account());
    QVERIFY2(added.isOk(), qPrintable(added.error()));
    QVERIFY(added.value().contains(u"password"_s));

    const QByteArray after = Doorstep::Tests::readAll(prefsOf(profile));
    const QList<QByteArray> oldLines = before.split('\n');
    const QList<QByteArray> newLines = after.split('\n');
    QVERIFY(newLines.size() > oldLines.size());
    // Every old line stays where it was; only the two lists grow.
    for (qsizetype i = 0; i + 1 < oldLines.size(); ++i) {
        if (oldLines[i].contains("\"mail.accountmanager.accounts\""))
            QCOMPARE(newLines[i], QByteArray("user_pref(\"mail.accountmanager.accounts\", \"account2,account1,account3\");"));
        else if (oldLines[i].contains("\"mail.smtpservers\""))
            QCOMPARE(newLines[i], QByteArray("user_pref(\"mail.smtpservers\", \"smtp1,smtp2\");"));
        else
            QCOMPARE(newLines[i], oldLines[i]);
    }
    QVERIFY(after.endsWith("\n"));

    const ThunderbirdPrefs prefs = ThunderbirdPrefs::parse(after);
    const auto want = [&prefs](const QString &name, const QVariant &value) {
        const auto got = prefs.value(name);
        QVERIFY2(got.has_value(), qPrintable(u"%1 is missing"_s.arg(name)));
        QVERIFY2(*got == value, qPrintable(u"%1: got %2, want %3"_s.arg(name, got->toString(), value.toString())));
    };
    want(u"mail.account.account3.server"_s, u"server3"_s);
    want(u"mail.account.account3.identities"_s, u"id2"_s);
    want(u"mail.server.server3.type"_s, u"imap"_s);
    want(u"mail.server.server3.hostname"_s, u"mail.example.net"_s);
    want(u"mail.server.server3.port"_s, qlonglong(993));
    want(u"mail.server.server3.socketType"_s, qlonglong(3));
    want(u"mail.server.server3.userName"_s, u"carol@example.net"_s);
    want(u"mail.server.server3.authMethod"_s, qlonglong(3));
    want(u"mail.server.server3.name"_s, u"carol@example.net"_s);
    want(u"mail.server.server3.login_at_startup"_s, true);
    want(u"mail.identity.id2.fullName"_s, u"Carol Example"_s);
    want(u"mail.identity.id2.useremail"_s, u"carol@example.net"_s);
    want(u"mail.identity.id2.smtpServer"_s, u"smtp2"_s);
    want(u"mail.identity.id2.valid"_s, true);
    want(u"mail.identity.id2.fcc_folder"_s, u"imap://carol%40example.net@mail.example.net/Sent"_s);
    want(u"mail.smtpserver.smtp2.hostname"_s, u"mail.example.net"_s);
    want(u"mail.smtpserver.smtp2.port"_s, qlonglong(587));
    want(u"mail.smtpserver.smtp2.try_ssl"_s, qlonglong(2));
    want(u"mail.smtpserver.smtp2.username"_s, u"carol@example.net"_s);
    want(u"mail.smtpserver.smtp2.authMethod"_s, qlonglong(3));
    // The person's choices stay theirs.
    want(u"mail.accountmanager.defaultaccount"_s, u"account2"_s);
    want(u"mail.smtp.defaultserver"_s, u"smtp1"_s);
    want(u"mail.identity.id1.fullName"_s, u"Dave \"The Dad\" Example"_s);
    QVERIFY(!after.contains("password\""));
}

void TestThunderbird::secondAddIsRefused()
{
    MailProgramsFixture fixture;
    const QString profile = fixture.makeThunderbirdProfile(MailProgramsFixture::realisticPrefs());
    Thunderbird thunderbird(fixture.environment());
    QVERIFY(thunderbird.addNow(MailProgramsFixture::account()).isOk());
    const QByteArray once = Doorstep::Tests::readAll(prefsOf(profile));

    const auto again = thunderbird.addNow(MailProgramsFixture::account());
    QVERIFY(!again.isOk());
    QCOMPARE(again.error(), u"carol@example.net is already set up in Thunderbird."_s);
    QCOMPARE(Doorstep::Tests::readAll(prefsOf(profile)), once);
}

void TestThunderbird::refusedWhileRunning()
{
    MailProgramsFixture fixture;
    const QString profile = fixture.makeThunderbirdProfile(MailProgramsFixture::realisticPrefs());
    lockProfile(profile, QCoreApplication::applicationPid());
    Thunderbird thunderbird(fixture.environment());
    const auto added = thunderbird.addNow(MailProgramsFixture::account());
    QVERIFY(!added.isOk());
    QVERIFY2(added.error().startsWith(u"Thunderbird is running. Quit Thunderbird, then try again"_s), qPrintable(added.error()));
    QCOMPARE(Doorstep::Tests::readAll(prefsOf(profile)), MailProgramsFixture::realisticPrefs());
}

void TestThunderbird::staleLockIsIgnored()
{
    MailProgramsFixture fixture;
    const QString profile = fixture.makeThunderbirdProfile(MailProgramsFixture::realisticPrefs());
    // The lock of a Thunderbird that crashed: its process is gone.
    QProcess gone;
    gone.start(u"/bin/true"_s, {});
    QVERIFY(gone.waitForFinished());
    lockProfile(profile, gone.processId() > 0 ? gone.processId() : 999'999'999);
    Thunderbird thunderbird(fixture.environment());
    const auto added = thunderbird.addNow(MailProgramsFixture::account());
    QVERIFY2(added.isOk(), qPrintable(added.error()));
}

void TestThunderbird::refusedWithoutProfile()
{
    MailProgramsFixture fixture;
    Thunderbird thunderbird(fixture.environment());
    const auto added = thunderbird.addNow(MailProgramsFixture::account());
    QVERIFY(!added.isOk());
    QCOMPARE(added.error(), u"Thunderbird has no profile on this computer yet. Start Thunderbird once, then try again."_s);
    QVERIFY(!QDir(fixture.home()).exists(u".thunderbird"_s));
}

void TestThunderbird::installDefaultWins()
{
    MailProgramsFixture fixture;
    const QDir root(QDir(fixture.home()).filePath(u".thunderbird"_s));
    QVERIFY(root.mkpath(u"old.default"_s));
    QVERIFY(root.mkpath(u"new.default-default"_s));
    QFile ini(root.filePath(u"profiles.ini"_s));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    // As Thunderbird 153 left it on its first start here: the [Install…] default is the one it uses.
    ini.write("[Profile1]\nName=default\nIsRelative=1\nPath=old.default\nDefault=1\n\n"
              "[InstallFDC34C9F024745EB]\nDefault=new.default-default\nLocked=1\n\n"
              "[Profile0]\nName=default-default\nIsRelative=1\nPath=new.default-default\n\n"
              "[General]\nStartWithLastProfile=1\nVersion=2\n");
    ini.close();
    Thunderbird thunderbird(fixture.environment());
    QVERIFY(thunderbird.addNow(MailProgramsFixture::account()).isOk());
    QVERIFY(QFile::exists(root.filePath(u"new.default-default/prefs.js"_s)));
    QVERIFY(!QFile::exists(root.filePath(u"old.default/prefs.js"_s)));
}

void TestThunderbird::startsAnEmptyPrefsFile()
{
    MailProgramsFixture fixture;
    const QString profile = fixture.makeThunderbirdProfile(QByteArray());
    Thunderbird thunderbird(fixture.environment());
    QVERIFY(thunderbird.addNow(MailProgramsFixture::account()).isOk());
    const ThunderbirdPrefs prefs = ThunderbirdPrefs::parse(Doorstep::Tests::readAll(prefsOf(profile)));
    QCOMPARE(prefs.string(u"mail.accountmanager.accounts"_s), u"account1"_s);
    QCOMPARE(prefs.string(u"mail.accountmanager.defaultaccount"_s), u"account1"_s);
    QCOMPARE(prefs.string(u"mail.account.account1.server"_s), u"server1"_s);
    QCOMPARE(prefs.string(u"mail.smtpservers"_s), u"smtp1"_s);
    QCOMPARE(prefs.string(u"mail.smtp.defaultserver"_s), u"smtp1"_s);
    QCOMPARE(QFile(prefsOf(profile)).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestThunderbird::valuesAreEscaped()
{
    ThunderbirdPrefs prefs = ThunderbirdPrefs::parse("user_pref(\"a\", 1);\n");
    prefs.set(u"b"_s, u"Zoë \"Z\" \\ back\nslash"_s);
    const QByteArray bytes = prefs.toBytes();
    QCOMPARE(bytes, QByteArray("user_pref(\"a\", 1);\nuser_pref(\"b\", \"Zo\xc3\xab \\\"Z\\\" \\\\ back\\nslash\");\n"));
    QCOMPARE(ThunderbirdPrefs::parse(bytes).string(u"b"_s), u"Zoë \"Z\" \\ back\nslash"_s);
}
