#pragma once

// The test classes of unit_tls, declared here so main.cpp can run them.

#include <QObject>

class TestAtomicFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeSetsMode_data();
    void writeSetsMode();
    void keyModeIgnoresPermissiveUmask();
    void replaceLeavesNoTemporaryFiles();
    void failureNamesThePath();
    void readRefusesLargeFiles();
    void removeOfAbsentFileSucceeds();
};

class TestSelfSignedCertificate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void subjectAndNameFromHostname();
    void extraNamesAndIpAddresses();
    void validityWindow();
    void extensions();
    void serialIsRandomPositive128Bit();
    void keyIsRsa2048AndMatches();
    void refusesBadNames_data();
    void refusesBadNames();
    void longFirstNameLivesInSubjectAltNameOnly();
};

class TestCertificateInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fingerprintMatchesOpenssl();
    void variantMapKeysAndTypes();
    void nullInfoGivesEmptyMap();
    void certificateFromAnotherIssuer();
    void daysUntilExpiry_data();
    void daysUntilExpiry();
};

class TestCertificateBundle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchingPairIsAccepted();
    void refusals_data();
    void refusals();
    void errorsNameTheFile();
};

class TestCertificateStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyDirectoryHasNoCertificate();
    void ensureCertificateReturnsAtOnce();
    void generatedFilesAndModes();
    void reopenLoadsWithoutRegenerating();
    void concurrentEnsureGeneratesOnce();
    void refusesMismatchedKey();
    void refusesCorruptPem_data();
    void refusesCorruptPem();
    void refusesLoneFile();
    void generateSelfSignedReplacesAndSignals();
    void generateSelfSignedRefusesBadNames();
    void filesWithoutMetaAreImportedWithChain();
    void widerKeyModeIsTightened();
    void interruptedReplacementRollsForward();
    void unfinishedStagingIsDiscarded();
    void destroyedWhileGenerating();
    void callbackSkippedWhenContextIsGone();
};

class TestServerConfiguration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void settings();
    void handshake_data();
    void handshake();
    void oldProtocolsRefused_data();
    void oldProtocolsRefused();
    void newConnectionsGetReplacedCertificate();
    void cleanupTestCase();
};

class TestAcmeAccountKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createdOnceWithMode0600();
    void jwkIsThePublicKey();
    void signatureVerifiesWithOpenssl();
    void newAccountCarriesJwkAndPostAsGetIsEmpty();
    void refusesOtherKeys();
};

class TestAcmeProblem : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void problemDocument();
    void badNonce();
    void notAProblemDocument_data();
    void notAProblemDocument();
    void longDetailIsCut();
};

class TestSigningRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verifiesAndNamesEveryName();
    void keyBelongsToRequest();
    void wildcards();
    void refusesBadNames();
};

class TestCertificateImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nameCovers_data();
    void nameCovers();
    void acceptsIssuedCertificateWithChain();
    void fullChainIsSplitAndPendingKeyUsed();
    void refusals_data();
    void refusals();
};

class TestHttp01Responder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void servesTokensOnlyWhileStarted();
    void portInUseIsASentence();
    void oversizedRequestIsRefused();
};

class TestAcmeDns01 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wildcardThroughPublisher();
    void secondRequestWhileRunningIsRefused();
};

class TestDkimKeyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void madeStoredAndPublished();
    void signaturesVerify();
    void reopenedStoreKeepsKeys();
    void newSelectorKeepsOldKeys();
    void concurrentRequestsMakeOneKey();
    void refusesBadNames_data();
    void refusesBadNames();
    void refusesKeyOfWrongType();
};
