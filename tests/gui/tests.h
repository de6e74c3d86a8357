#pragma once

// The test classes of gui_tests, declared here so main.cpp can run them. Each class starts its
// own EngineFixture in initTestCase and points this process's session bus at it before any
// widget touches D-Bus; the control center then runs with --session semantics.

#include <memory>

#include <QObject>

#include "tests/gui/fakesmtpserver.h"
#include "tests/gui/guitest.h"
#include "tests/gui/notificationserver.h"
#include "tests/support/dnsserver.h"

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
    void stuckMessageFromTheEngine();
    void bounceFromTheEngine();
    void sentencesInPlainWords();
    void filterDegradedFromTheEngine();
    void virusFromTheEngine();

private:
    /** Feeds a notifying event and waits until exactly it arrives as call number @p expected. */
    void expectSentinel(int expected);

    std::unique_ptr<Doorstep::Tests::GuiSession> m_session;
    NotificationServer m_server;
    Doorstep::Tests::DnsServer m_dns;
    Doorstep::Tests::FakeSmtpServer m_smtp;
    QString m_queueId;
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
    void domainOfferUntilDeclined();
    void liveEventsAndCounts();
    void degradedStateShowsReasons();
    void chartFollowsStatisticsChanged();
    void chartFollowsDarkPalette();
    void chartLegendNeverCut();
    void remembersLastPage();

private:
    std::unique_ptr<Doorstep::Tests::GuiSession> m_session;
};

/** Addresses: aliases, catch-alls and outbound names through the page; refusals by the field. */
class TestAddresses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyStatesSayWhatToDo();
    void addAliasThroughPage();
    void addCatchAll();
    void refusedTargetShownByTheField();
    void refusedAddressShownByTheField();
    void editAlias();
    void removeAliasAfterConfirmation();
    void outboundNames();
    void masqueradingRoundTrips();
    void searchFilters();

private:
    std::unique_ptr<Doorstep::Tests::GuiSession> m_session;
};

/** Relay: the clients list and the Relay client wizard's two paths. */
class TestRelay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyState();
    void networkPathAddsRelayClient();
    void cancelChangesNothing();
    void elsewherePathCreatesUser();
    void existingUserCaughtBeforeNext();
    void removeClientAfterConfirmation();

private:
    std::unique_ptr<Doorstep::Tests::GuiSession> m_session;
};

/**
 * Relay, Sending tab: smart host and fallback through Settings.Set, routes through the
 * dialog, the port 25 check and the test message against loopback peers.
 */
class TestSending : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void smartHostReadsBack();
    void refusedSmartHostShownByTheField();
    void addEditRemoveRoute();
    void refusedRouteShownByTheField();
    void routesFollowTheEngine();
    void probeOpen();
    void probeBlocked();
    void testMessageReportsTheAnswer();

private:
    std::unique_ptr<Doorstep::Tests::GuiSession> m_session;
    Doorstep::Tests::DnsServer m_dns;
    Doorstep::Tests::FakeSmtpServer m_smtp;
};

/** Internet: the health checks with records to copy, the host name re-checked, the certificate. */
class TestInternet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void checksShownWithRecords();
    void hostnameSavedAndRechecked();
    void certificateDescribed();

private:
    std::unique_ptr<Doorstep::Tests::GuiSession> m_session;
    Doorstep::Tests::DnsServer m_dns;
};

/** The Domain & dynamic DNS and Certificates wizards, driven as a person would. */
class TestInternetWizards : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void domainWizardAppliesAndChecks();
    void certificateWizardImportRefusals();
    void certificateWizardSelfSigned();

private:
    std::unique_ptr<Doorstep::Tests::GuiSession> m_session;
    Doorstep::Tests::DnsServer m_dns;
};

/** Queue: a deferred message listed live, its details, the state filter, retry, bounce and remove. */
class TestQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyState();
    void listsDeferredMessage();
    void detailsShowRecipientsAndHeaders();
    void stateFilter();
    void retryNow();
    void removeAfterConfirmation();
    void bounceAfterConfirmation();
    void neverPollsFasterThanTenSeconds();

private:
    std::unique_ptr<Doorstep::Tests::GuiSession> m_session;
    Doorstep::Tests::DnsServer m_dns;
    Doorstep::Tests::FakeSmtpServer m_smtp;
    QString m_id;
};

/** Log: live events, the kind filter, search, copy and export. */
class TestLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void catchUpListLoaded();
    void changeAppearsLive();
    void kindFilterHidesIt();
    void searchFinds();
    void copySelectedRows();
    void exportCsvAndText();
    void burstIsOneRow();

private:
    std::unique_ptr<Doorstep::Tests::GuiSession> m_session;
};

/** Filters: spam thresholds, the greylist allow list, Score a Sample and the scanner's state. */
class TestFilters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void antivirusOffByDefault();
    void spamThresholdReachesEngine();
    void refusedThresholdShowsEngineSentence();
    void sizesAndPrefixesReachEngine();
    void allowAndDisallowPattern();
    void scoreGtubeAsSpam();

private:
    std::unique_ptr<Doorstep::Tests::GuiSession> m_session;
};

/** The Filter thresholds wizard: unreachable spamd, Cancel and Escape, the whole walk to SetMany. */
class TestFilterThresholds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void unreachableSpamdNeedsAcknowledgement();
    void escapeChangesNothing();
    void walkAndApply();

private:
    std::unique_ptr<Doorstep::Tests::GuiSession> m_session;
};

/** Rules: the builder, the raw Sieve editor, procmail import and the dry run, against Pigeonhole. */
class TestRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyStateUntilUserAdded();
    void builderListRuleReachesEngine();
    void dryRunFilesListMessage();
    void dryRunOfStoredMessage();
    void refusedScriptMarksItsLine();
    void handWrittenScriptApplied();
    void procmailImportedNotApplied();
    void changedElsewhereOffersReload();
    void globalRulesReadOnly();

private:
    std::unique_ptr<Doorstep::Tests::GuiSession> m_session;
};

/** Set up a device: the settings for a mail program, the QR code and the saved files. */
class TestDeviceSetup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void actionNeedsSelectedUser();
    void showsSettingsAndQrCode();
    void savesAutoconfigLikeDoorstepctl();
    void refusalInMessageBar();
    void addsToThunderbirdOnThisComputer();
    void saysWhenNoMailProgramIsInstalled();

private:
    std::unique_ptr<Doorstep::Tests::GuiSession> m_session;
};
