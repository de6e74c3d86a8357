#pragma once

// The test classes of unit_core, declared here so main.cpp can run them.

#include <QObject>

class TestEngineState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsAsStarting();
    void degradedListsReasons();
    void signalsOnlyOnChange();
};

class TestEventLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idsIncrease();
    void afterReturnsNewestWithinMax();
    void ringKeepsCapacity();
    void kindNamesRoundTrip();
    void burstIsSummarised();
};

class TestHostPort : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listenAddress_data();
    void listenAddress();
    void server_data();
    void server();
};

class TestMailAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void domain_data();
    void domain();
    void address_data();
    void address();
};

class TestSettingsRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyDesignKeyIsRegistered();
    void everyDefaultIsValid_data();
    void everyDefaultIsValid();
    void validate_data();
    void validate();
    void sessionDefaultsUseHighPorts();
    void encodeDecodeRoundTrip_data();
    void encodeDecodeRoundTrip();
    void decodeRefusesBadStoredValues();
    void describeCarriesEditorFacts();
};

class TestHeaderBlock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitFields_data();
    void splitFields();
    void fieldBoundsCoverTheField();
    void unfoldedValues();
    void readHeaderBlock_data();
    void readHeaderBlock();
    void readHeaderBlockMissingFile();
    void readHeaderBlockUnreadable();
};
