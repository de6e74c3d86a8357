#pragma once

// The test classes of unit_dns, declared here so main.cpp can run them.

#include <memory>

#include <QObject>

#include "engine/dns/unboundresolver.h"
#include "tests/support/dnsserver.h"

class TestDnsName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queryName_data();
    void queryName();
    void reverseName_data();
    void reverseName();
    void dnsblQueryName_data();
    void dnsblQueryName();
    void statusNames();
};

class TestRdata : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void names_data();
    void names();
    void mx_data();
    void mx();
    void txt_data();
    void txt();
    void addresses();
    void nullMx();
};

class TestUnboundContext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forwarder_data();
    void forwarder();
    void createRefusesBadServers();
    void createWithSystemServers();
};

class TestUnboundResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void mxSortedByPreference();
    void nullMx();
    void noMxButAddress();
    void nxDomain();
    void addressesTogether();
    void addressesIpv6Only();
    void addressesThroughCname();
    void txtStringsJoined();
    void ptr_data();
    void ptr();
    void ptrOfUnknownAddress();
    void testNamesReachForwarder();
    void homeArpaAndLanReverse();
    void dnsblLookup();
    void unicodeName();
    void invalidNameAnsweredLater();
    void refusedIsTempFail();
    void timeoutIsTempFail();
    void inFlightBound();
    void reconfigureSwitchesServers();
    void reconfigureLetsInFlightFinish();
    void reconfigureRefusesBadValues();
    void destroyedContextGetsNoCallback();
    void destroyedContextCancelsAtOnce();
    void destroyingResolverCancelsEverything();
    void manyParallelLookups();

private:
    std::unique_ptr<Doorstep::Tests::DnsServer> m_server;
    std::unique_ptr<Doorstep::Dns::UnboundResolver> m_resolver;
};

class TestSpfRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recognises_data();
    void recognises();
    void parsesMechanisms();
    void refuses_data();
    void refuses();
    void macros_data();
    void macros();
    void macroErrors_data();
    void macroErrors();
    void longExpansionLosesLeftLabels();
    void tagLists();
};

class TestSpfEvaluator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void results_data();
    void results();
    void reasonsNameTheTerm();
    void tempErrorWhenServerSilent();

private:
    std::unique_ptr<Doorstep::Tests::DnsServer> m_server;
    std::unique_ptr<Doorstep::Dns::UnboundResolver> m_resolver;
};

class TestDomainHealth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void allGood();
    void everythingWrong();
    void everythingMissing();
    void blocklists();
    void unknownAddressWarns();
    void dnsFailureIsWarnNotFail();

private:
    std::unique_ptr<Doorstep::Tests::DnsServer> m_server;
    std::unique_ptr<Doorstep::Dns::UnboundResolver> m_resolver;
};
