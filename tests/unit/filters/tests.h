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
