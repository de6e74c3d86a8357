// gui.tray: notifications reach org.freedesktop.Notifications on the session bus, one per
// event or one per burst; muted, paused and non-notifying kinds stay silent. The engine's own
// queue_stuck and bounced events, from a message its recipient's server keeps deferring,
// become notifications too.

#include <QAction>
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
    QVERIFY(state && today);
    QTRY_VERIFY2(tray.toolTip().contains(u"running"_s), qPrintable(tray.toolTip()));
    QVERIFY(!state->isEnabled()); // a line of information, not a command
    QTRY_VERIFY(today->isVisible());
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
