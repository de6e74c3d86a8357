// gui.overview: the Overview page shows what the engine reports (compared with doorstepctl's
// JSON), today's counters, the 30-day chart (and how it follows StatisticsChanged) and live events.

#include <QCategoryAxis>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QListWidget>
#include <QSettings>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "tests/gui/smtpsubmit.h"
#include "tests/gui/tests.h"
#include "ui/app/application.h"
#include "ui/mainwindow/domainoffer.h"
#include "ui/mainwindow/enginebanner.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/page.h"
#include "ui/pages/overview/statisticschart.h"
#include "ui/preferences/preferences.h"
#include "ui/widgets/statebadge.h"

using namespace Qt::StringLiterals;
using Doorstep::Tests::GuiSession;

namespace {

QLabel *label(GuiSession &session, const QString &name)
{
    return session.page(u"overview"_s)->findChild<QLabel *>(name);
}

Doorstep::Ui::Pages::StatisticsChart *chart(GuiSession &session)
{
    return session.page(u"overview"_s)->findChild<Doorstep::Ui::Pages::StatisticsChart *>(u"statisticsChart"_s);
}

/** The y of the last (today's) point of @p counter's line; -1 when the line is empty. */
qreal today(GuiSession &session, const QString &counter)
{
    const QLineSeries *series = chart(session)->series(counter);
    return series->count() == 0 ? -1 : series->at(series->count() - 1).y();
}

} // namespace

void TestOverview::initTestCase()
{
    m_session = std::make_unique<GuiSession>();
    if (!m_session->start())
        QSKIP(qPrintable(m_session->error()));
    m_session->startApplication();
    QVERIFY(QTest::qWaitForWindowExposed(&m_session->window()));
}

void TestOverview::cleanupTestCase()
{
    m_session.reset();
}

void TestOverview::showsVersionAndListeners()
{
    const QJsonObject status = m_session->ctlJson({u"status"_s}).toObject();
    const QString version = status.value(u"version"_s).toString();
    const QJsonArray mta = status.value(u"listeners"_s).toObject().value(u"mta"_s).toArray();
    QVERIFY(!version.isEmpty());
    QVERIFY(!mta.isEmpty());
    const QString address = mta.first().toString();
    QVERIFY2(!address.endsWith(u":0"_s), qPrintable(address)); // the bound port, not the requested 0

    QTRY_COMPARE(label(*m_session, u"version"_s)->text(), version);
    QTRY_VERIFY2(label(*m_session, u"listener_mta"_s)->text().contains(address), qPrintable(label(*m_session, u"listener_mta"_s)->text()));
    QCOMPARE(label(*m_session, u"dataDirectory"_s)->text(), status.value(u"data_directory"_s).toString());
    auto *badge = m_session->window().findChild<Doorstep::Ui::Widgets::StateBadge *>(u"engineState"_s);
    QCOMPARE(badge->state().token(), u"running"_s);
    QVERIFY(!m_session->window().banner()->isVisible());
    QVERIFY(!label(*m_session, u"uptime"_s)->text().isEmpty());
    // Mailbox access: the managed Dovecot's state and addresses (or why there is none).
    QTRY_VERIFY_WITH_TIMEOUT(m_session->ctlJson({u"status"_s}).toObject().value(u"imap"_s).toObject().value(u"state"_s).toString()
                                 != u"starting"_s,
                             20000);
    const QJsonObject imap = m_session->ctlJson({u"status"_s}).toObject().value(u"imap"_s).toObject();
    if (imap.value(u"state"_s).toString() == u"running"_s) {
        const QString imaps = imap.value(u"listeners"_s).toObject().value(u"imaps"_s).toArray().first().toString();
        QTRY_VERIFY2(label(*m_session, u"imap"_s)->text().contains(imaps), qPrintable(label(*m_session, u"imap"_s)->text()));
    } else {
        QTRY_VERIFY2(label(*m_session, u"imap"_s)->text().contains(imap.value(u"reason"_s).toString()),
                     qPrintable(label(*m_session, u"imap"_s)->text()));
    }
}

void TestOverview::showsTodaysCountersAndChart()
{
    QTRY_COMPARE(label(*m_session, u"counter_received"_s)->text(), u"0"_s);
    for (const QString &counter : QStringList{u"greylisted"_s, u"virus"_s, u"spam"_s})
        QCOMPARE(label(*m_session, u"counter_"_s + counter)->text(), u"0"_s);

    // GetStatistics(30): six lines of 30 days, the last one today.
    auto *statistics = chart(*m_session);
    QVERIFY(statistics);
    QTRY_VERIFY(!statistics->accessibleDescription().isEmpty());
    const QStringList counters{u"received"_s, u"delivered"_s, u"rejected"_s, u"greylisted"_s, u"virus"_s, u"spam"_s};
    QCOMPARE(Doorstep::Ui::Pages::StatisticsChart::counters(), counters);
    QCOMPARE(statistics->chart()->series().size(), 6);
    for (const QString &counter : counters) {
        const QLineSeries *series = statistics->series(counter);
        QVERIFY(series);
        QCOMPARE(series->count(), 30);
        QCOMPARE(series->at(29).x(), 29.0);
        QVERIFY2(statistics->accessibleDescription().contains(series->name()), qPrintable(statistics->accessibleDescription()));
    }
    const QJsonArray days = m_session->ctlJson({u"stats"_s, u"30"_s}).toObject().value(u"days"_s).toArray();
    QCOMPARE(days.size(), 30);
    QCOMPARE(QDate::fromString(days.last().toString(), Qt::ISODate), QDate::currentDate());
    // Sparse day labels: one a week, today's among them.
    auto *axis = qobject_cast<QCategoryAxis *>(statistics->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->count(), 5);
    QCOMPARE(axis->endValue(axis->categoriesLabels().last()), 29.0);
    QVERIFY2(statistics->accessibleDescription().contains(u"30"_s), qPrintable(statistics->accessibleDescription()));
}

void TestOverview::domainOfferUntilDeclined()
{
    // No domain yet: the Domain & dynamic DNS wizard is offered over every page.
    Doorstep::Ui::DomainOffer *offer = m_session->window().domainOffer();
    QTRY_VERIFY(offer->isVisible());
    QVERIFY2(offer->text().contains(u"domain"_s), qPrintable(offer->text()));
    QVERIFY(offer->findChild<QToolButton *>(u"setUpDomainActionButton"_s));
    Doorstep::Tests::saveScreenshot(offer, u"overview-domainoffer"_s);
    QTest::mouseClick(offer->findChild<QToolButton *>(u"notNowActionButton"_s), Qt::LeftButton);
    QVERIFY(!offer->isVisible());
    // Declined until the control center starts again, whatever the engine reports meanwhile.
    QVERIFY(m_session->ctlOk({u"settings"_s, u"set"_s, u"spam.folder"_s, u"Junk"_s}));
    QTest::qWait(1500);
    QVERIFY(!offer->isVisible());
}

void TestOverview::liveEventsAndCounts()
{
    auto *events = m_session->page(u"overview"_s)->findChild<QTreeView *>(u"recentEvents"_s);
    QVERIFY(events);
    const int before = events->model()->rowCount();
    QCOMPARE(m_session->fixture().ctl({u"domain"_s, u"add"_s, u"example.org"_s}).exitCode, 0);
    QTRY_COMPARE(events->model()->rowCount(), before + 1);
    QVERIFY2(events->model()->index(0, 2).data().toString().contains(u"example.org"_s),
             qPrintable(events->model()->index(0, 2).data().toString()));
    // The domain count comes with the next (coalesced) GetStatus.
    QTRY_VERIFY2(label(*m_session, u"accounts"_s)->text().startsWith(u"1 "_s), qPrintable(label(*m_session, u"accounts"_s)->text()));
    Doorstep::Tests::saveScreenshot(events, u"overview-test"_s);
}

void TestOverview::degradedStateShowsReasons()
{
    using Doorstep::Ui::Models::EngineState;
    const EngineState state = EngineState::fromProperty(u"degraded: The disk is almost full.; Dovecot is not running."_s);
    QCOMPARE(state.kind(), EngineState::Kind::Degraded);
    QCOMPARE(state.reasons(), (QStringList{u"The disk is almost full."_s, u"Dovecot is not running."_s}));
    QCOMPARE(EngineState::fromProperty(u"exploded"_s).kind(), EngineState::Kind::Unknown); // never guessed

    Doorstep::Ui::Widgets::StateBadge badge;
    badge.setState(state);
    QCOMPARE(badge.word(), state.word());
    QVERIFY(badge.word() != EngineState::fromProperty(u"running"_s).word()); // a word, not only a colour
    QVERIFY2(badge.sentence().contains(u"The disk is almost full."_s), qPrintable(badge.sentence()));
    QVERIFY2(badge.accessibleName().contains(state.word()), qPrintable(badge.accessibleName()));
}

void TestOverview::chartFollowsStatisticsChanged()
{
    // A real message: the engine counts it and says StatisticsChanged; the chart asks again.
    QTRY_COMPARE(today(*m_session, u"received"_s), 0.0);
    QVERIFY(m_session->ctlJson({u"domain"_s, u"list"_s}).toArray().contains(u"example.org"_s)); // from liveEventsAndCounts
    QVERIFY(m_session->ctlOk({u"user"_s, u"add"_s, u"alice@example.org"_s}, "correct horse battery\n"));
    const QString failure = Doorstep::Tests::submitFromAlice(m_session->listenerPort(u"submission"_s), u"alice@example.org"_s, "Chart");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QTRY_COMPARE_WITH_TIMEOUT(today(*m_session, u"received"_s), 1.0, 10000);
    QTRY_VERIFY2(chart(*m_session)->accessibleDescription().contains(u" 1"_s), qPrintable(chart(*m_session)->accessibleDescription()));
    QTRY_COMPARE(label(*m_session, u"counter_received"_s)->text(), u"1"_s);
}

void TestOverview::chartFollowsDarkPalette()
{
    auto *statistics = chart(*m_session);
    const QColor lightReceived = statistics->series(u"received"_s)->pen().color();
    const QFont labels = statistics->chart()->axes(Qt::Horizontal).value(0)->labelsFont();
    QCOMPARE(statistics->chart()->theme(), QChart::ChartThemeLight);

    const QPalette light = m_session->window().palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    m_session->window().setPalette(dark);
    QCOMPARE(statistics->chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(statistics->chart()->legend()->labelColor(), QColor(0xee, 0xee, 0xee));
    QCOMPARE(statistics->chart()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
    // The dark theme's own, bigger fonts would wrap the dates and crowd out the legend.
    QCOMPARE(statistics->chart()->axes(Qt::Horizontal).value(0)->labelsFont(), labels);
    QCOMPARE(statistics->chart()->legend()->font(), labels);
    // The counters keep their own (lighter) colours on the dark background.
    QVERIFY(statistics->series(u"received"_s)->pen().color() != lightReceived);
    QVERIFY(statistics->series(u"received"_s)->pen().color().lightness() > lightReceived.lightness());
    QCoreApplication::processEvents(); // the legend lays its markers out when the scene updates
    Doorstep::Tests::saveScreenshot(statistics, u"overview-30days-dark"_s);

    m_session->window().setPalette(light);
    QCOMPARE(statistics->chart()->theme(), QChart::ChartThemeLight);
    QCOMPARE(statistics->series(u"received"_s)->pen().color(), lightReceived);
}

void TestOverview::chartLegendNeverCut()
{
    // Six names under a chart only fit a wide window; in a narrow one they stack beside it
    // instead of being cut to "Rec...".
    auto *statistics = chart(*m_session);
    const QSize before = m_session->window().size();
    m_session->window().resize(1400, before.height());
    QTRY_COMPARE(statistics->chart()->legend()->alignment(), Qt::AlignBottom);
    m_session->window().resize(m_session->window().minimumSizeHint().width(), before.height());
    QTRY_VERIFY(statistics->width() < 600);
    QTRY_COMPARE(statistics->chart()->legend()->alignment(), Qt::AlignRight);
    // Fewer dates on the day axis, each whole: at most one per 70 pixels.
    auto *days = qobject_cast<QCategoryAxis *>(statistics->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(days);
    QTRY_VERIFY2(days->count() > 0 && days->count() * 70 <= statistics->width(), qPrintable(days->categoriesLabels().join(u' ')));
    QCoreApplication::processEvents();
    Doorstep::Tests::saveScreenshot(statistics, u"overview-30days-narrow"_s);
    m_session->window().resize(before);
}

void TestOverview::remembersLastPage()
{
    QVERIFY(m_session->window().showPage(u"mailboxes"_s));
    QCOMPARE(Doorstep::Ui::Preferences::lastPage(), u"mailboxes"_s);
    QVERIFY(QSettings().contains(u"ui/preferences/lastPage"_s));
    auto *sidebar = m_session->window().findChild<QListWidget *>(u"sidebar"_s);
    QCOMPARE(sidebar->currentRow(), 1);
    QVERIFY(!sidebar->accessibleName().isEmpty());
    QVERIFY(m_session->window().showPage(u"overview"_s));
}
