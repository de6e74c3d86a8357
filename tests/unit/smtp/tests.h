#pragma once

// The test classes of unit_smtp, declared here so main.cpp can run them.

#include <memory>

#include <QObject>

namespace Doorstep::Tls {
class CertificateStore;
}
class QTemporaryDir;

class TestReply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toWire_data();
    void toWire();
    void namedReplies_data();
    void namedReplies();
};

class TestCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void pathArgument_data();
    void pathArgument();
};

class TestSasl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodeBase64_data();
    void decodeBase64();
    void decodePlain_data();
    void decodePlain();
};

class TestMessageReceiver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyChunkingAgrees_data();
    void everyChunkingAgrees();
    void prefixComesFirst();
    void bodyStreamsBeforeTheEnd();
    void sinkFailureReportedByFinish_data();
    void sinkFailureReportedByFinish();
};

class TestClientLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connections_data();
    void connections();
    void closeReleasesTheSlot();
    void authFailureDelays_data();
    void authFailureDelays();
    void lockoutAfterTenFailures();
    void windowExpiry_data();
    void windowExpiry();
    void successResets();
};

class TestSmtpServer : public QObject
{
    Q_OBJECT
public:
    TestSmtpServer();
    ~TestSmtpServer() override;

private Q_SLOTS:
    void initTestCase();
    void listenersFromSettings();
    void listenersFollowSettingsLive();
    void connectionLimits_data();
    void connectionLimits();
    void stopEndsSessionsWith421();
    void smtpsServesTls();

private:
    std::unique_ptr<QTemporaryDir> m_tlsDirectory;
    std::unique_ptr<Doorstep::Tls::CertificateStore> m_certificates;
};

class TestServerSession : public QObject
{
    Q_OBJECT
public:
    TestServerSession();
    ~TestServerSession() override;

private Q_SLOTS:
    void initTestCase();

    void greetingWaitsForConnectDecision();
    void connectRefusal();
    void pregreetingClientRefused();
    void ehloExtensions_data();
    void ehloExtensions();
    void commandReplies_data();
    void commandReplies();
    void pipelinedRepliesInOrder_data();
    void pipelinedRepliesInOrder();
    void greetingDelay();
    void synchronousHandlerDoesNotRecurse();
    void overlongCommandLine();
    void bareCrInCommandLine_data();
    void bareCrInCommandLine();
    void maxErrors_data();
    void maxErrors();
    void maxRecipients();
    void idleTimeout();
    void tricklingClientDropped_data();
    void tricklingClientDropped();
    void silentAfterStartTlsDropped();
    void implicitTlsGreeting_data();
    void implicitTlsGreeting();
    void messageAccepted();
    void commitDelaysTheReply();
    void commitFailure();
    void dataRefusals_data();
    void dataRefusals();
    void greylistedRecipientNotARejection();
    void greylistPassReachesTheEnvelope();
    void bareLineEndingClosesSession();
    void startTlsDiscardsPipelinedPlaintext();
    void auth_data();
    void auth();
    void authLockedOut();
    void sessionGoneWhileCallbackOutstanding_data();
    void sessionGoneWhileCallbackOutstanding();
    void quit();

private:
    std::unique_ptr<QTemporaryDir> m_tlsDirectory;
    std::unique_ptr<Doorstep::Tls::CertificateStore> m_certificates;
};

class TestReplyReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replies_data();
    void replies();
    void limits_data();
    void limits();
    void clearDropsBufferedBytes();
};

class TestServerCapabilities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromEhlo_data();
    void fromEhlo();
};

class TestContentStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dotStuffing_data();
    void dotStuffing();
    void offsetAndSize();
    void largeBodyInBoundedChunks();
    void missingFileIsAnError();
};

class TestClientSession : public QObject
{
    Q_OBJECT
public:
    TestClientSession();
    ~TestClientSession() override;

private Q_SLOTS:
    void initTestCase();
    void namesAndDescription();

    // against the engine's own server
    void plainTransaction();
    void tlsModes_data();
    void tlsModes();
    void authPlainInsideTls_data();
    void authPlainInsideTls();
    void perRecipientRefusals();
    void twoTransactionsOnOneConnection();
    void dotStuffingRoundTrip();
    void largeBodyStreamed();
    void sizeRefusedLocally();
    void smtputf8Declared_data();
    void smtputf8Declared();

    // against a scripted server
    void mailRefusedTemporarily();
    void closingReplyEndsTheConnection();
    void banner_data();
    void banner();
    void heloFallback();
    void withoutPipeliningWaitsForEachReply();
    void requiredTlsNotOffered();
    void opportunisticFallsBackToPlaintext();
    void startTlsDiscardsInjectedPlaintext();
    void silentServerTimesOut();
    void connectionRefused();
    void connectTimesOut();
    void closedDuringData();
    void lmtpRepliesPerRecipient();
    void authMechanisms_data();
    void authMechanisms();
    void credentialsNeverInTheClear();
    void smtputf8NotOffered();
    void lineBreaksInAddressesNeverSent();
    void remoteClosesIdleConnection();
    void quitWaitsForItsReply();
    void closeDuringTransaction();
    void callbacksAreQueued();
    void destroyedMidway_data();
    void destroyedMidway();

    // against Postfix
    void postfixSmtpSink();

private:
    std::unique_ptr<QTemporaryDir> m_tlsDirectory;
    std::unique_ptr<Doorstep::Tls::CertificateStore> m_certificates;
};

class TestLocalSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void greetingAndExtensions();
    void unknownLoginRefused();
    void sender_data();
    void sender();
    void mailParameters();
    void bareRecipients();
    void addedHeaders_data();
    void addedHeaders();
    void fromField_data();
    void fromField();
    void longEncodedName();
    void sizeLimits();
    void bareLineEndingCloses();
    void pipelinedCommands();
    void idleTimeout();
};

class TestLocalSubmissionServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void socketPath();
    void everyUserMayConnect();
    void staleSocketReplaced();
    void socketInUseRefused();
    void notASocketRefused();
    void peerCredentials();
    void mayChooseSender_data();
    void mayChooseSender();
};
