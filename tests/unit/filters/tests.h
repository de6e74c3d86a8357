#pragma once

// The test classes of unit_filters, declared here so main.cpp can run them.

#include <QObject>

class TestContentPipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noFiltersPasses();
    void passingFiltersGather();
    void refusalStopsTheRun();
    void quarantineStopsTheRun();
    void goneContextGetsNoAnswer();
};

class TestSpamdProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void symbolsRequest();
    void parseReply_data();
    void parseReply();
    void isComplete();
};

class TestSpamHeaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void build_data();
    void build();
};

class TestBuiltinScorer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void classify_data();
    void classify();
    void ruleNames();
    void greylistHistory();
};

class TestRspamdClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkRequest();
    void checkRequestClient_data();
    void checkRequestClient();
    void parseReply_data();
    void parseReply();
};

class TestSpamdClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scoresOverTcp();
    void refusedConnectionIsUnavailable();
    void silentServerTimesOut();
    void badReplyIsUnavailable();
    void destroyedClientNeverAnswers();
};

class TestSpamFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exemption_data();
    void exemption();
};

class TestScanProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readinessRoundTrip();
    void malformedReadiness_data();
    void malformedReadiness();
    void scanRequests_data();
    void scanRequests();
    void malformedScanRequests_data();
    void malformedScanRequests();
    void replies_data();
    void replies();
    void malformedReplies_data();
    void malformedReplies();
};

class TestClamEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsSignatureInsideMimeAttachment();
    void missingOrEmptyDatabaseFails();
    void serverAnswersOverSocket();
};

class TestGreylist : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decide_data();
    void decide();
    void networkOf_data();
    void networkOf();
    void allowPatterns_data();
    void allowPatterns();
    void flowOverRealStore();
    void exemptions();
    void pruneDeletesExpired();
};
