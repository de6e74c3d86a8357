#pragma once

// The test classes of unit_queue, declared here so main.cpp can run them.

#include <QObject>

class TestQueueId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void format_data();
    void format();
    void isQueueId_data();
    void isQueueId();
    void increasingWithTime_data();
    void increasingWithTime();
    void uniqueOver100000Calls();
};

class TestQuarantine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepMovesOutOfTheSpool();
    void releaseQueuesForTheRecipients();
    void removeDeletes();
    void openRemovesUnacknowledged();
};

class TestSpool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createWriteCommit();
    void concurrentCommitsAreGrouped();
    void uncommittedFileIsRemoved();
    void commitWithContextGoneStillQueues();
    void failedWriteIsNotQueued();
    void openRemovesOrphansAndReportsMissingFiles();
    void freeBytesPlausible();
    void destroyedWithACommitInFlight();
    void filterResultsKept();
};

class TestScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliveredAtOnceAndRemoved();
    void deferredFollowsRetrySchedule();
    void partialDeliveryKeepsPendingRecipients();
    void failedRecipientIsCountedAndRemoved();
    void bounceAfterGivesUp();
    void remoteWithoutDelivererIsDeferred();
    void localAndRemoteDeliverersShareAMessage();
    void atMostMaxConcurrent();
    void neverDeliveredTwiceConcurrently();
    void burstOfWakeUpsDeliversOnce();
    void stoppedSchedulerTakesNothingUp();
};

class TestDeliveryStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void failureReport();
    void delayReport();
    void severalRecipients();
    void statusAndDiagnostic_data();
    void statusAndDiagnostic();
    void successSubject();
    void returnsWholeMessage();
    void returnsHeadersOnly_data();
    void returnsHeadersOnly();
    void eightBitHeaders_data();
    void eightBitHeaders();
    void internationalizedAddresses();
    void longDiagnosticIsFolded();
    void lineEndsNormalized();
    void boundaryIsRandomAndAbsent();
    void mustNotBounce_data();
    void mustNotBounce();
    void reportIsNeverBounced();
    void anyTextMakesAWellFormedReport();
};
