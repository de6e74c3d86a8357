// unit.mailprograms.kmail: without Akonadi on the bus, KMail gets a sentence that says what
// to do, and nothing is started.

#include <optional>

#include <QDBusConnection>
#include <QTest>

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
