// gui.engineabsent: with no engine on the bus the window says so and how to start it; when the
// engine takes its name the window reconnects by itself, and says so again when it goes.

#include <QTest>

#include "tests/gui/tests.h"
#include "ui/app/application.h"
#include "ui/mainwindow/enginebanner.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/pages/mailboxes/mailboxespage.h"
#include "ui/widgets/statebadge.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::GuiSession;
using Doorstep::Ui::Models::EngineState;
using Doorstep::Ui::Widgets::StateBadge;

namespace {

StateBadge *stateBadge(GuiSession &session)
{
    return session.window().findChild<StateBadge *>(u"engineState"_s);
}

} // namespace

void TestEngineAbsent::initTestCase()
{
    m_session = std::make_unique<GuiSession>();
    if (!m_session->start(false))
        QSKIP(qPrintable(m_session->error()));
    m_session->startApplication();
    QVERIFY(QTest::qWaitForWindowExposed(&m_session->window()));
}

void TestEngineAbsent::cleanupTestCase()
{
    m_session.reset();
}

void TestEngineAbsent::bannerWhileAbsent()
{
    Doorstep::Ui::EngineBanner *banner = m_session->window().banner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->hint().contains(u"doorstepd --session"_s), qPrintable(banner->hint()));
    QCOMPARE(stateBadge(*m_session)->state().kind(), EngineState::Kind::NotRunning);
    QCOMPARE(stateBadge(*m_session)->word(), EngineState::notRunning().word());
    QVERIFY(!m_session->page(u"mailboxes"_s)->isEnabled());
    Doorstep::Tests::saveScreenshot(banner, u"notrunning-test"_s);
}

void TestEngineAbsent::reconnectsWhenEngineStarts()
{
    QVERIFY2(m_session->fixture().start(), qPrintable(m_session->fixture().error()));
    Doorstep::Ui::EngineBanner *banner = m_session->window().banner();
    QTRY_VERIFY(!banner->isVisible());
    QTRY_COMPARE(stateBadge(*m_session)->state().token(), u"running"_s);
    QCOMPARE(stateBadge(*m_session)->state().kind(), EngineState::Kind::Running);
    QCOMPARE(stateBadge(*m_session)->word(), EngineState::fromProperty(u"running"_s).word());
    QTRY_VERIFY(m_session->page(u"mailboxes"_s)->isEnabled());
}

void TestEngineAbsent::bannerAgainWhenEngineStops()
{
    QCOMPARE(m_session->fixture().stop(), 0);
    QTRY_VERIFY(m_session->window().banner()->isVisible());
    QTRY_COMPARE(stateBadge(*m_session)->state().kind(), EngineState::Kind::NotRunning);

    // ...and back once more: every reappearance reconnects.
    QVERIFY2(m_session->fixture().start(), qPrintable(m_session->fixture().error()));
    QTRY_VERIFY(!m_session->window().banner()->isVisible());
    QTRY_COMPARE(stateBadge(*m_session)->state().token(), u"running"_s);
}
