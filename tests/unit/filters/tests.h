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
