#pragma once

// The test classes of gui_tests, declared here so main.cpp can run them. Each class starts its
// own EngineFixture in initTestCase and points this process's session bus at it before any
// widget touches D-Bus; the control center then runs with --session semantics.

#include <memory>

#include <QObject>

#include "tests/gui/guitest.h"
#include "tests/gui/notificationserver.h"

/** Mailboxes & domains: add a domain and users through the widgets; errors by the field. */
class TestMailboxes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addDomainAndUser();
    void shortPasswordShowsEngineSentence();
    void differentPasswordsCaughtLocally();
    void emptyStates();
    void reloadsOnConfigChanged();
    void setPasswordOfSelectedUser();
    void enableAndRemoveUser();
    void refusalShownInMessageBar();

private:
    std::unique_ptr<Doorstep::Tests::GuiSession> m_session;
};

/** Tray notifications through a stand-in org.freedesktop.Notifications. */
class TestTray : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void oneEventOneNotification();
    void burstIsSummarised();
    void mutedKindIsSilent();
    void nonNotifyingKindIsSilent();
    void pausedIsSilent();
    void menuShowsState();

private:
    /** Feeds a notifying event and waits until exactly it arrives as call number @p expected. */
    void expectSentinel(int expected);

    std::unique_ptr<Doorstep::Tests::GuiSession> m_session;
    NotificationServer m_server;
    int m_sentinels = 0;
};

/** The "engine not running" banner, and reconnecting when the engine appears. */
class TestEngineAbsent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bannerWhileAbsent();
    void reconnectsWhenEngineStarts();
    void bannerAgainWhenEngineStops();

private:
    std::unique_ptr<Doorstep::Tests::GuiSession> m_session;
};

/** The Overview page: what GetStatus reports, live events. */
class TestOverview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsVersionAndListeners();
    void showsTodaysCountersAndChart();
    void liveEventsAndCounts();
    void degradedStateShowsReasons();
    void remembersLastPage();

private:
    std::unique_ptr<Doorstep::Tests::GuiSession> m_session;
};
