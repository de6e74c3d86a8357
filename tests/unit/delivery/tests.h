#pragma once

// The test classes of unit_delivery, declared here so main.cpp can run them.

#include <QObject>

class TestMaildirWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsTheMaildir();
    void deliver_data();
    void deliver();
    void uniqueNames();
    void hostNameEscaped();
    void maildirUnderARegularFile();
    void writeFailureLeavesNothing();
    void renameFailureLeavesNothing();
    void missingSpoolFile();
    void spamFolderCreatedAndSubscribed();
};

class TestLocalDeliverer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outcomesPerRecipient();
    void headersAddedPerRecipient();
    void nullSender();
    void destroyedWhileDelivering();
    void filterResultsApplied();
    void spamFiledIntoItsFolder();
};

class TestFilterHeaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tagSubject_data();
    void tagSubject();
    void apply_data();
    void apply();
};

#include <memory>

namespace Doorstep::Dns {
class UnboundResolver;
}
namespace Doorstep::Tests {
class DnsServer;
}

class TestHopResolver : public QObject
{
    Q_OBJECT
public:
    TestHopResolver();
    ~TestHopResolver() override;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mxInPreferenceOrder();
    void implicitMx();
    void failures_data();
    void failures();
    void bracketedHostSkipsMx();
    void literalAddress();

private:
    std::unique_ptr<Doorstep::Tests::DnsServer> m_dns;
    std::unique_ptr<Doorstep::Dns::UnboundResolver> m_resolver;
};

class TestRouter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nextHopForms_data();
    void nextHopForms();
    void routeValidation_data();
    void routeValidation();
    void firstMatchWins();
};

class TestAddressList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void anyInputIsSafe();
};

class TestOutboundRewriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rewrite_data();
    void rewrite();
    void envelope_data();
    void envelope();
    void withoutEntireDomain();
    void withoutMasquerading();
    void rulesNormalized();
    void changesForTheLog();
    void notUnderstoodNamed();
    void nothingToDo();
    void onlySenderAddressesChange();
};

class TestDkimCanonicalization : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerField_data();
    void headerField();
    void body_data();
    void body();
    void bodyHash();
};

class TestDkimSignature : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fieldsToSign();
    void unsignedField();
    void signingInput();
    void complete();
    void signingDomain_data();
    void signingDomain();
    void signatureFields();
};

class TestClientSetup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromListeners_data();
    void fromListeners();
    void refusals_data();
    void refusals();
    void inputChecks_data();
    void inputChecks();
    void describeFields();
    void summaryLines();
    void autoconfigReadBack();
    void autoconfigEscaping();
    void mobileConfigIsAPlist();
    void mobileConfigServers_data();
    void mobileConfigServers();
    void mobileConfigEscaping();
    void stableIdentifiers();
};

class TestProcmailImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void translate_data();
    void translate();
    void notImported_data();
    void notImported();
    void seedGlobalRules();
    void seedPersonalRules();
    void spamFolderFromSettings();
    void compiledByPigeonhole_data();
    void compiledByPigeonhole();
    void pigeonholeCheckCanFail();
    void filedByPigeonhole_data();
    void filedByPigeonhole();
};

class TestDovecotFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void configNamesEverything();
    void configParsedByDovecot();
    void passwdLines();
    void globalScript();
    void dryRunParsed();
    void folderProblems_data();
    void folderProblems();
    void loginFailures_data();
    void loginFailures();
};

class TestStoredMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newestFirstAcrossFolders();
    void readRefusesOtherPaths_data();
    void readRefusesOtherPaths();
    void readGoneAndLinks();
    void asReceivedDropsDeliveryFields();
    void originFromOurReceivedLine_data();
    void originFromOurReceivedLine();
};

class TestLmtpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void greetingAndReplies();
    void brokenAnswers_data();
    void brokenAnswers();
    void badGreetingRefused();
};
