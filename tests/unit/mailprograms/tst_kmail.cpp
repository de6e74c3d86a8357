// unit.mailprograms.kmail: without Akonadi on the bus, KMail gets a sentence that says what
// to do; with a fake Akonadi, the IMAP resource is created, configured, saved, named and
// reconfigured once, and a second add is refused.

#include <optional>

#include <QDBusConnection>
#include <QTest>

#include "tests/unit/mailprograms/fakeakonadi.h"
#include "tests/unit/mailprograms/mailprogramsfixture.h"
#include "tests/unit/mailprograms/tests.h"
#include "ui/mailprograms/kmail.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::MailProgramsFixture;
using Doorstep::Ui::MailPrograms::KMail;
using Doorstep::Ui::MailPrograms::Outcome;

namespace {

QString addAndWait(KMail &kmail)
{
    QObject context;
    std::optional<Outcome<QString>> got;
    kmail.add(MailProgramsFixture::account(), &context, [&got](const Outcome<QString> &outcome) { got = outcome; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 10'000))
        return u"<no answer>"_s;
    return got->isOk() ? u"added: "_s + got->value() : got->error();
}

} // namespace

void TestKMail::refusedWithoutAkonadi()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        QSKIP("no session bus: run under dbus-run-session (refusedWithoutBus covers the sentence)");
    MailProgramsFixture fixture;
    KMail kmail(fixture.environment(), bus);
    QCOMPARE(addAndWait(kmail), KMail::notRunning());
    QCOMPARE(KMail::notRunning(), u"KMail's mail store (Akonadi) is not running. Start KMail once, then try again."_s);
}

void TestKMail::refusedWithoutBus()
{
    MailProgramsFixture fixture;
    KMail kmail(fixture.environment(), QDBusConnection(u"doorstep-no-such-connection"_s));
    QCOMPARE(addAndWait(kmail), KMail::notRunning());
}

void TestKMail::addsThroughAkonadi()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no session bus: run under dbus-run-session");
    Doorstep::Tests::FakeAkonadi akonadi(200);
    QVERIFY(akonadi.start());
    MailProgramsFixture fixture;
    KMail kmail(fixture.environment(), QDBusConnection::sessionBus());

    const QString added = addAndWait(kmail);
    QVERIFY2(added.startsWith(u"added: carol@example.net was added to KMail"_s), qPrintable(added));
    QCOMPARE(akonadi.resources().size(), 1);
    const QString instance = akonadi.resources().firstKey();
    QCOMPARE(instance, u"akonadi_imap_resource_0"_s);
    const QVariantMap settings = akonadi.resources().value(instance);
    QCOMPARE(settings.value(u"ImapServer"_s).toString(), u"mail.example.net"_s);
    QCOMPARE(settings.value(u"ImapPort"_s).toInt(), 993);
    QCOMPARE(settings.value(u"UserName"_s).toString(), u"carol@example.net"_s);
    QCOMPARE(settings.value(u"Safety"_s).toString(), u"SSL"_s);
    QCOMPARE(settings.value(u"Authentication"_s).toInt(), 1); // MailTransport's PLAIN
    QVERIFY(settings.value(u"saved"_s).toBool());
    QTRY_VERIFY(akonadi.resources().value(instance).value(u"reconfigured"_s).toBool());
    QCOMPARE(akonadi.names().value(instance), u"carol@example.net"_s);

    QCOMPARE(addAndWait(kmail), u"carol@example.net is already set up in KMail."_s);
    QCOMPARE(akonadi.resources().size(), 1);
}
