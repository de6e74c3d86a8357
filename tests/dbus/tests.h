#pragma once

// The test classes of dbus_tests, declared here so main.cpp can run them. Each class starts
// its own EngineFixture (a private dbus-daemon and a real doorstepd with port 0 listeners)
// in initTestCase, so CTest runs the classes in parallel (dbus.<class>).

#include <memory>

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>

#include "tests/support/enginefixture.h"

/** Records every D-Bus signal delivered to it (QtDBus passes the whole message). */
class SignalRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QDBusMessage> messages;
    /** The recorded messages of one member ("Changed", "Event", "PropertiesChanged"). */
    QList<QDBusMessage> of(const QString &member) const;
    /**
     * Sets @p key (a scratch setting) to @p value and waits for its Changed: signals from one
     * sender arrive in order, so every signal the engine sent before has arrived then.
     */
    bool barrier(QDBusConnection bus, const QString &key, const QVariant &value, QString *error);
public Q_SLOTS:
    void record(const QDBusMessage &message) { messages << message; }
};

/** Manager: status, stats, events (and --follow), reload. */
class TestManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void statusForPeople();
    void statusAsJson();
    void statusListenersAcceptConnections();
    void propertiesMatchStatus();
    void statsDefaultsToSevenDays();
    void statsDays_data();
    void statsDays();
    void statsTableForPeople();
    void statsRefused_data();
    void statsRefused();
    void eventsListConfigChanges();
    void eventsAsJsonLines();
    void eventsFollowPrintsNewEvents();
    void reloadWithNothingChanged();
    void reloadAppliesStoredChanges();

private:
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_engine;
};

/** Settings: list, get, set, describe for each type; refusals; listeners; persistence. */
class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listShowsEveryKey();
    void listAsJson();
    void describeOneKey_data();
    void describeOneKey();
    void describeAsJson();
    void unknownKeyRefused();
    void roundTrip_data();
    void roundTrip();
    void getAsJsonIsTyped_data();
    void getAsJsonIsTyped();
    void valuesTravelWithTheirDescribedType();
    void integersOfAnyWidthAccepted_data();
    void integersOfAnyWidthAccepted();
    void refused_data();
    void refused();
    void wrongDBusTypeRefused_data();
    void wrongDBusTypeRefused();
    void secretIsWriteOnly();
    void secretWithoutInputIsUsageError();
    void setToCurrentValueIsNoOp();
    void listenerPortZeroBindsNewPort();
    void listenerEmptyListTurnsItOff();
    void listenerOnIPv6LoopbackInBrackets();
    void listenerAddressInUseRefused_data();
    void listenerAddressInUseRefused();
    void settingsPersistAcrossRestart();

private:
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_engine;
};

/** Domains: list, add, remove with normalization and IDN; refusals. */
class TestDomains : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void add_data();
    void add();
    void listAsJson();
    void remove_data();
    void remove();
    void refused_data();
    void refused();

private:
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_engine;
};

/** Domains.DkimRecords and `doorstepctl dkim record`: keys, selectors, the refusals. */
class TestDkim : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keysMadeWhenDomainAdded();
    void rsaRecord();
    void ed25519AndSelector();
    void masqueradeDomain();
    void refused_data();
    void refused();

private:
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_engine;
};

/** Users: add, list, passwd, enable/disable, remove; refusals; yescrypt in the store. */
class TestUsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addAndList();
    void addNormalizesAddress();
    void listForPeople();
    void passwordStoredAsYescrypt();
    void passwordVerifiesWithDoveadm();
    void passwd();
    void disableAndEnable();
    void remove();
    void refused_data();
    void refused();
    void mailboxesOfTwoUsersNeverNest();

private:
    QString passwordHash(const QString &address, QString *error) const;
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_engine;
};

/** Aliases: set, list, remove (address, catch-all, bare name, several targets); outbound names. */
class TestAliases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void set_data();
    void set();
    void replace();
    void remove();
    void refused_data();
    void refused();
    void outboundSetListRemove();
    void outboundRefused_data();
    void outboundRefused();

private:
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_engine;
};

/** Relay clients: add (addresses, networks, names, actions, comments), list, remove; refusals. */
class TestRelay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void add_data();
    void add();
    void listForPeople();
    void remove_data();
    void remove();
    void refused_data();
    void refused();
    void partialAddressIsNotAnotherHost_data();
    void partialAddressIsNotAnotherHost();

private:
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_engine;
};

class TestSpamScore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void score_data();
    void score();
    void scoreFromFileForPeople();
    void rejectThresholdGivesReject();
    void backendDownIsUnscanned();
    void refused_data();
    void refused();

private:
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_engine;
};

/** Filters.TrySpamBackend and `filters try-backend`: scored with unsaved choices, no trace left. */
class TestTryBackend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void builtinScoresGtube();
    void chosenThresholdsDecide_data();
    void chosenThresholdsDecide();
    void closedPortIsUnreachable();
    void silentBackendTimesOut();
    void refused_data();
    void refused();
    void throughDoorstepctl();
    void doorstepctlRefusals_data();
    void doorstepctlRefusals();

private:
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_engine;
};

/** Settings.SetMany and `settings set-many`: all or nothing, one Changed, one Event. */
class TestSetMany : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void setsAllAndAnnouncesOnce();
    void oneBadValueChangesNothing_data();
    void oneBadValueChangesNothing();
    void vetoUndoesWhatWasApplied();
    void currentValuesChangeNothing();
    void throughDoorstepctl();
    void doorstepctlRefusals_data();
    void doorstepctlRefusals();

private:
    /** Changes a scratch key and waits for its Changed: every earlier signal has arrived then. */
    bool barrier(QString *error);
    /** The recorded signals up to the last barrier's own. */
    QList<QDBusMessage> signalsBeforeBarrier() const;
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_engine;
    std::unique_ptr<SignalRecorder> m_recorder;
    int m_barrierCount = 0;
};

/** doorstepctl's exit codes: 0 help, 2 usage, 3 engine or bus not reachable. */
class TestExitCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void help();
    void version();
    void usageErrors_data();
    void usageErrors();
    void engineNotRunning_data();
    void engineNotRunning();
    void busNotReachable();

private:
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_engine;    // running
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_noEngine;  // bus only
};

/** Filters: AntivirusStatus and the quarantine verbs. */
class TestAntivirus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void antivirusOffByDefault();
    void enabledWithoutDatabaseIsDegraded();
    void emptyQuarantine();
    void refused_data();
    void refused();
    void notFoundErrorName();

private:
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_engine;
};

/** doorstepd's start-up refusals (one clear line each) and its orderly stop on SIGTERM. */
class TestRefusals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void secondEngineOnSameBus();
    void secondEngineOnSameDataDirectory();
    void dataDirectoryNotWritable_data();
    void dataDirectoryNotWritable();
    void dataDirectoryParentIsFile();
    void sigtermExitsZeroAndReleasesNameAndLock();

private:
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_first;
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_second;
};

/** The running engine's introspection equals resources/dbus/org.doorstep.Engine1.<Name>.xml, both ways. */
class TestSignature : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void interfaceMatchesXml_data();
    void interfaceMatchesXml();

private:
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_engine;
    QString m_introspection;
};

/** Settings.Changed, Manager.Event and PropertiesChanged as a client on the bus sees them. */
class TestSignals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void changedCarriesKeyNamesOnly();
    void secretNeverBroadcast();
    void setToCurrentValueEmitsNothing_data();
    void setToCurrentValueEmitsNothing();
    void domainAddEmitsConfigChanged();
    void userEventsCarryNoPassword();
    void stateNotChangedSpuriously();

private:
    /** Changes a scratch key and waits for its Changed: every earlier signal has arrived then. */
    bool barrier(QString *error);
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_engine;
    std::unique_ptr<SignalRecorder> m_recorder;
    int m_barrierCount = 0;
};

/** --system on a private bus with system-bus rules: another uid is refused everything. */
class TestSystemBus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyMethodDeniedToOtherUser_data();
    void everyMethodDeniedToOtherUser();
    void doorstepctlDeniedToOtherUser_data();
    void doorstepctlDeniedToOtherUser();
    void deniedCallsChangedNothing();
    void everyMethodAllowedToRoot_data();
    void everyMethodAllowedToRoot();

private:
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_engine;
};

class TestGreylist : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listShowsAttempts();
    void forget();
    void allowAndDisallow();
    void refused_data();
    void refused();
    void usage();

private:
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_engine;
};

/** Ddns: Status and UpdateNow with the provider off or missing settings; refusals. */
class TestDdns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void statusWhenOff();
    void statusForPeople();
    void updateNowWhenOff();
    void updateNowWithMissingSettings_data();
    void updateNowWithMissingSettings();
    void secretNeverInStatus();

private:
    std::unique_ptr<Doorstep::Tests::EngineFixture> m_engine;
};
