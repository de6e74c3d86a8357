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
