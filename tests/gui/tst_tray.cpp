// gui.tray: notifications reach org.freedesktop.Notifications on the session bus, one per
// event or one per burst; muted, paused and non-notifying kinds stay silent. The engine's own
// queue_stuck and bounced events, from a message its recipient's server keeps deferring,
// become notifications too, and so do a real degraded spam filter and a real blocked virus
// (doorstep-scan with a test signature), in plain words, unless that kind is muted.

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QJsonArray>
#include <QJsonObject>
#include <QMenu>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include "tests/gui/smtpsubmit.h"
#include "tests/gui/tests.h"
#include "ui/app/application.h"
#include "ui/models/eventkinds.h"
#include "ui/preferences/preferences.h"
#include "ui/tray/notifier.h"
#include "ui/tray/trayicon.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::GuiSession;
using Doorstep::Ui::Models::EventKinds;

void TestTray::initTestCase()
{
    m_session = std::make_unique<GuiSession>();
    if (!m_session->start())
        QSKIP(qPrintable(m_session->error()));
    // The stand-in notification daemon, on a connection of its own to the private bus.
    QDBusConnection bus = m_session->fixture().connection();
    QVERIFY(bus.registerObject(u"/org/freedesktop/Notifications"_s, &m_server, QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(u"org.freedesktop.Notifications"_s));
    m_session->startApplication();
}

void TestTray::cleanupTestCase()
{
    m_session.reset();
}

void TestTray::expectSentinel(int expected)
{
    // Calls arrive in order, so once this one is here nothing sent before it is still on its way.
    const QString summary = u"Sentinel %1: a virus was blocked."_s.arg(++m_sentinels);
    m_session->app().notifier().handleEvent(u"virus"_s, summary);
    QTRY_COMPARE(m_server.calls.size(), expected);
    QCOMPARE(m_server.calls.last().summary, summary);
}

void TestTray::oneEventOneNotification()
{
    const QString summary = u"Message from alice@example.org to bob@example.net bounced: 550 5.1.1 no such user."_s;
    m_session->app().notifier().handleEvent(u"bounced"_s, summary, {{u"queue_id"_s, u"1A2B"_s}});
    QTRY_COMPARE(m_server.calls.size(), 1);
    const NotifyCall &call = m_server.calls.first();
    QCOMPARE(call.appName, u"Doorstep"_s);
    QCOMPARE(call.appIcon, u"doorstep"_s);
    QCOMPARE(call.summary, summary);
    QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), u"org.doorstep.Doorstep"_s);
    expectSentinel(2); // exactly one for the event
}

void TestTray::burstIsSummarised()
{
    const int before = int(m_server.calls.size());
    for (int i = 1; i <= 5; ++i)
        m_session->app().notifier().handleEvent(u"bounced"_s, u"Message %1 bounced."_s.arg(i));
    QTRY_COMPARE(m_server.calls.size(), before + 1);
    QCOMPARE(m_server.calls.last().summary, EventKinds::burstSummary(u"bounced"_s, 5));
    QVERIFY2(m_server.calls.last().body.contains(u"Message 1 bounced."_s), qPrintable(m_server.calls.last().body));
    expectSentinel(before + 2);
}

void TestTray::mutedKindIsSilent()
{
    auto *action = m_session->app().trayIcon().menu()->findChild<QAction *>(u"notifyKind_bounced"_s);
    QVERIFY(action);
    QVERIFY(action->isChecked());
    action->trigger(); // unchecks: "Notify me about" no longer includes bounced messages
    QVERIFY(m_session->app().notifier().isMuted(u"bounced"_s));
    QVERIFY(Doorstep::Ui::Preferences::mutedEventKinds().contains(u"bounced"_s));

    const int before = int(m_server.calls.size());
    m_session->app().notifier().handleEvent(u"bounced"_s, u"Muted bounce."_s);
    QCOMPARE(m_session->app().notifier().pendingCount(), 0);
    expectSentinel(before + 1);

    action->trigger();
    QVERIFY(!m_session->app().notifier().isMuted(u"bounced"_s));
    QVERIFY(!Doorstep::Ui::Preferences::mutedEventKinds().contains(u"bounced"_s));
}

void TestTray::nonNotifyingKindIsSilent()
{
    // A real event from the engine: adding a domain announces config_changed.
    QSignalSpy events(&m_session->app().client(), &Doorstep::Ui::EngineClient::event);
    const int before = int(m_server.calls.size());
    QCOMPARE(m_session->fixture().ctl({u"domain"_s, u"add"_s, u"example.org"_s}).exitCode, 0);
    QTRY_VERIFY(std::any_of(events.cbegin(), events.cend(), [](const QList<QVariant> &args) {
        return args.at(2).toString() == u"config_changed"_s;
    }));
    QCOMPARE(m_session->app().notifier().pendingCount(), 0);
    expectSentinel(before + 1);
}

void TestTray::pausedIsSilent()
{
    auto *pause = m_session->app().trayIcon().menu()->findChild<QAction *>(u"trayPauseAction"_s);
    QVERIFY(pause);
    pause->trigger();
    QVERIFY(m_session->app().notifier().isPaused());
    QVERIFY(Doorstep::Ui::Preferences::notificationsPaused());
    const int before = int(m_server.calls.size());
    m_session->app().notifier().handleEvent(u"queue_stuck"_s, u"Paused."_s);
    QCOMPARE(m_session->app().notifier().pendingCount(), 0);
    pause->trigger();
    QVERIFY(!m_session->app().notifier().isPaused());
    expectSentinel(before + 1);
}

void TestTray::menuShowsState()
{
    Doorstep::Ui::Tray::TrayIcon &tray = m_session->app().trayIcon();
    auto *state = tray.menu()->findChild<QAction *>(u"trayStateAction"_s);
    auto *today = tray.menu()->findChild<QAction *>(u"trayTodayAction"_s);
    auto *filtered = tray.menu()->findChild<QAction *>(u"trayFilteredAction"_s);
    QVERIFY(state && today && filtered);
    QTRY_VERIFY2(tray.toolTip().contains(u"running"_s), qPrintable(tray.toolTip()));
    QVERIFY(!state->isEnabled()); // a line of information, not a command
    QTRY_VERIFY(today->isVisible());
    QVERIFY(filtered->isVisible());
    QVERIFY2(filtered->text().contains(u"greylisted"_s) && filtered->text().contains(u"spam"_s), qPrintable(filtered->text()));
    QVERIFY(tray.menu()->findChild<QAction *>(u"trayQuitAction"_s));
    QVERIFY(tray.menu()->findChild<QAction *>(u"trayOpenAction"_s));
    QCOMPARE(tray.menu()->findChild<QMenu *>(u"trayNotifyMenu"_s)->actions().size(), EventKinds::notifying().size());
    if (qEnvironmentVariableIsSet("DOORSTEP_GUI_SCREENSHOTS")) {
        tray.menu()->popup(QPoint(20, 20));
        QVERIFY(QTest::qWaitForWindowExposed(tray.menu()));
        Doorstep::Tests::saveScreenshot(tray.menu(), u"traymenu"_s);
        tray.menu()->hide();
    }
}

namespace {

/** The last notification whose summary contains @p text ("" when none did). */
QString notificationWith(const NotificationServer &server, const QString &text)
{
    for (auto it = server.calls.crbegin(); it != server.calls.crend(); ++it) {
        if (it->summary.contains(text) || it->body.contains(text))
            return it->summary;
    }
    return {};
}

} // namespace

void TestTray::stuckMessageFromTheEngine()
{
    // The recipient's server (a loopback peer) keeps answering 450: the message is deferred.
    const QString served = Doorstep::Tests::serveDomain(*m_session, m_dns, m_smtp, u"remote.example"_s);
    QVERIFY2(served.isEmpty(), qPrintable(served));
    QVERIFY(m_session->ctlOk({u"user"_s, u"add"_s, u"alice@example.org"_s}, "correct horse battery\n"));
    const QString failure = Doorstep::Tests::submitFromAlice(m_session->listenerPort(u"submission"_s), u"busy@remote.example"_s, "Stuck");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QTRY_VERIFY(m_session->ctlJson({u"queue"_s, u"list"_s}).toArray().size() == 1
                && m_session->ctlJson({u"queue"_s, u"list"_s}).toArray().first().toObject().value(u"state"_s) == u"deferred"_s);
    m_queueId = m_session->ctlJson({u"queue"_s, u"list"_s}).toArray().first().toObject().value(u"id"_s).toString();
    QVERIFY(notificationWith(m_server, m_queueId).isEmpty()); // deferred once is no news

    // "Stuck" means deferred for over an hour, a fixed threshold of the engine: make the
    // message two hours old in the engine's store (WAL, so beside the running engine), then
    // let it be tried again.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"age"_s);
        db.setDatabaseName(m_session->fixture().dataDirectory() + u"/doorstep.db"_s);
        QVERIFY(db.open());
        QSqlQuery age(db);
        age.exec(u"PRAGMA busy_timeout = 5000"_s);
        QVERIFY(age.prepare(u"UPDATE queue_messages SET received_usec = received_usec - 7200000000 WHERE id = ?"_s));
        age.addBindValue(m_queueId);
        QVERIFY(age.exec());
        QCOMPARE(age.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"age"_s);
    QVERIFY(m_session->ctlOk({u"queue"_s, u"retry"_s, m_queueId}));
    QTRY_VERIFY_WITH_TIMEOUT(!notificationWith(m_server, m_queueId).isEmpty(), 15000);
    const QString summary = notificationWith(m_server, m_queueId);
    QVERIFY2(summary.contains(u"busy@remote.example"_s), qPrintable(summary));
    QCOMPARE(m_server.calls.last().body, EventKinds::label(u"queue_stuck"_s));
}

void TestTray::bounceFromTheEngine()
{
    QVERIFY(!m_queueId.isEmpty());
    const int before = int(m_server.calls.size());
    QVERIFY(m_session->ctlOk({u"queue"_s, u"bounce"_s, m_queueId}));
    QTRY_COMPARE(m_server.calls.size(), before + 1);
    QVERIFY2(m_server.calls.last().summary.contains(m_queueId), qPrintable(m_server.calls.last().summary));
    QCOMPARE(m_server.calls.last().body, EventKinds::label(u"bounced"_s));

    // Muted, the next one stays silent.
    m_session->app().notifier().setMuted(u"bounced"_s, true);
    m_session->app().notifier().handleEvent(u"bounced"_s, u"Muted."_s);
    QCOMPARE(m_session->app().notifier().pendingCount(), 0);
    m_session->app().notifier().setMuted(u"bounced"_s, false);
}

void TestTray::sentencesInPlainWords()
{
    using Doorstep::Ui::Tray::Notifier;
    const QVariantMap virus{{u"signature"_s, u"Win.Test.EICAR"_s}, {u"sender"_s, u"mallory@evil.example"_s}, {u"action"_s, u"reject"_s}};
    QCOMPARE(Notifier::sentence(u"virus"_s, u"Engine words."_s, virus), u"A virus was blocked: Win.Test.EICAR in mail from mallory@evil.example"_s);
    QCOMPARE(Notifier::sentence(u"filter_degraded"_s, u"Engine words."_s, {{u"filter"_s, u"spam"_s}, {u"problem"_s, u"spamd is down."_s}}),
             u"Spam filter degraded: spamd is down."_s);
    QCOMPARE(Notifier::sentence(u"filter_degraded"_s, u"Engine words."_s, {{u"filter"_s, u"antivirus"_s}, {u"reason"_s, u"no database."_s}}),
             u"Virus scanner degraded: no database."_s);
    // Without the details the engine's own sentence is shown.
    QCOMPARE(Notifier::sentence(u"virus"_s, u"Engine words."_s, {}), u"Engine words."_s);
    QCOMPARE(Notifier::sentence(u"bounced"_s, u"Engine words."_s, virus), u"Engine words."_s);
}

namespace {

/** Whether the engine announced an event of @p kind (the notifier has seen it by then: it connected first). */
bool sawEngineEvent(const QSignalSpy &events, const QString &kind)
{
    return std::any_of(events.cbegin(), events.cend(), [&kind](const QList<QVariant> &args) { return args.at(2).toString() == kind; });
}

const QByteArray kInfected = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$DOORSTEP-ANTIVIRUS-TEST-FILE!$H+H*";
const QString kSignature = u"Doorstep.Test.Virus"_s;

} // namespace

void TestTray::filterDegradedFromTheEngine()
{
    // spamd at a closed loopback port: scoring a message degrades the spam filter.
    QVERIFY(m_session->ctlOk({u"settings"_s, u"set"_s, u"spam.backend"_s, u"spamd"_s}));
    QVERIFY(m_session->ctlOk({u"settings"_s, u"set"_s, u"spam.address"_s, u"127.0.0.1:9"_s}));
    const QByteArray message = "From: someone@sender.test\r\nTo: alice@example.org\r\nSubject: Score me\r\n\r\nHello.\r\n";
    m_session->fixture().ctl({u"filters"_s, u"score"_s, u"-"_s}, message); // not scored: its exit code says so
    QTRY_VERIFY_WITH_TIMEOUT(!notificationWith(m_server, u"Spam filter degraded: "_s).isEmpty(), 15000);
    QCOMPARE(m_server.calls.last().body, EventKinds::label(u"filter_degraded"_s));

    // Muted from the menu, the next degradation stays silent.
    QVERIFY(m_session->ctlOk({u"settings"_s, u"set"_s, u"spam.enabled"_s, u"false"_s})); // forgets the degradation
    QVERIFY(m_session->ctlOk({u"settings"_s, u"set"_s, u"spam.enabled"_s, u"true"_s}));
    auto *action = m_session->app().trayIcon().menu()->findChild<QAction *>(u"notifyKind_filter_degraded"_s);
    QVERIFY(action);
    QVERIFY(action->isChecked());
    action->trigger();
    QVERIFY(m_session->app().notifier().isMuted(u"filter_degraded"_s));
    const int before = int(m_server.calls.size());
    QSignalSpy events(&m_session->app().client(), &Doorstep::Ui::EngineClient::event);
    m_session->fixture().ctl({u"filters"_s, u"score"_s, u"-"_s}, message);
    QTRY_VERIFY_WITH_TIMEOUT(sawEngineEvent(events, u"filter_degraded"_s), 15000);
    QCOMPARE(m_session->app().notifier().pendingCount(), 0);
    action->trigger();
    QVERIFY(!m_session->app().notifier().isMuted(u"filter_degraded"_s));
    expectSentinel(before + 1);

    QVERIFY(m_session->ctlOk({u"settings"_s, u"set"_s, u"spam.backend"_s, u"builtin"_s}));
    QVERIFY(m_session->ctlOk({u"settings"_s, u"set"_s, u"spam.enabled"_s, u"false"_s}));
}

void TestTray::virusFromTheEngine()
{
    // doorstep-scan with a one-line ClamAV .hdb (md5:size:name) that names harmless bytes.
    const QString database = m_session->fixture().dataDirectory() + u"/clamav-test"_s;
    QVERIFY(QDir().mkpath(database));
    {
        QFile hdb(database + u"/test.hdb"_s);
        QVERIFY(hdb.open(QIODevice::WriteOnly));
        hdb.write(QCryptographicHash::hash(kInfected, QCryptographicHash::Md5).toHex() + ':' + QByteArray::number(kInfected.size()) + ':'
                  + kSignature.toLatin1() + '\n');
    }
    QVERIFY(m_session->ctlOk({u"settings"_s, u"set"_s, u"antivirus.database_dir"_s, database}));
    QVERIFY(m_session->ctlOk({u"settings"_s, u"set"_s, u"antivirus.enabled"_s, u"true"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->ctlJson({u"filters"_s, u"antivirus"_s}).toObject().value(u"state"_s).toString(), u"ready"_s, 30000);

    const auto sendInfected = [this](const QByteArray &subject) {
        Doorstep::Tests::Submission submission;
        submission.port = m_session->listenerPort(u"submission"_s);
        submission.user = submission.from = u"alice@example.org"_s;
        submission.password = u"correct horse battery"_s;
        submission.to = QStringList{u"alice@example.org"_s};
        submission.message = "From: alice@example.org\r\nTo: alice@example.org\r\nSubject: " + subject
                             + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"SEP\"\r\n\r\n"
                               "--SEP\r\nContent-Type: text/plain\r\n\r\nSee the attachment.\r\n"
                               "--SEP\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"figures.com\"\r\n"
                               "Content-Transfer-Encoding: base64\r\n\r\n"
                             + kInfected.toBase64() + "\r\n--SEP--\r\n";
        return Doorstep::Tests::submitMessage(submission);
    };
    const QString refused = sendInfected("Figures");
    QVERIFY2(refused.contains(u"554"_s), qPrintable(refused)); // antivirus.action reject: refused at DATA
    // libclamav names a signature of an unofficial database "<name>.UNOFFICIAL".
    const QString expected = u"A virus was blocked: %1.UNOFFICIAL in mail from alice@example.org"_s.arg(kSignature);
    QTRY_VERIFY2_WITH_TIMEOUT(!notificationWith(m_server, expected).isEmpty(),
                              qPrintable(u"last notification: "_s + m_server.calls.last().summary + u" | "_s + m_server.calls.last().body), 15000);
    QCOMPARE(notificationWith(m_server, expected), expected);
    QCOMPARE(m_server.calls.last().body, EventKinds::label(u"virus"_s));

    // Muted from the menu, the next virus stays silent.
    auto *action = m_session->app().trayIcon().menu()->findChild<QAction *>(u"notifyKind_virus"_s);
    QVERIFY(action);
    action->trigger();
    QVERIFY(m_session->app().notifier().isMuted(u"virus"_s));
    QVERIFY(Doorstep::Ui::Preferences::mutedEventKinds().contains(u"virus"_s));
    const int before = int(m_server.calls.size());
    QSignalSpy events(&m_session->app().client(), &Doorstep::Ui::EngineClient::event);
    QVERIFY(!sendInfected("Figures again").isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(sawEngineEvent(events, u"virus"_s), 15000);
    QCOMPARE(m_session->app().notifier().pendingCount(), 0);
    action->trigger(); // the sentinel is a virus event
    expectSentinel(before + 1);

    QVERIFY(m_session->ctlOk({u"settings"_s, u"set"_s, u"antivirus.enabled"_s, u"false"_s}));
}
