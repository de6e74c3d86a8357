#pragma once

// The test classes of unit_ddns, declared here so main.cpp can run them.

#include <memory>

#include <QObject>

class QProcess;
class QTemporaryDir;

/** whyNotPublic(): which addresses count as this line's public address; interface look-up. */
class TestPublicAddresses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void whyNotPublic_data();
    void whyNotPublic();
    void loopbackInterfaceHasNoPublicAddress();
    void unknownInterface();
};

/** Each protocol's replies mapped to ok / retry later / stop; names; the backoff. */
class TestProviderReplies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dynDns2_data();
    void dynDns2();
    void namecheap_data();
    void namecheap();
    void cloudflareErrors_data();
    void cloudflareErrors();
    void fqdn_data();
    void fqdn();
    void backoff_data();
    void backoff();
    void secretsRedacted();
};

/** DATA/ddns/last-update.json: round trip, absent, damaged. */
class TestLastUpdateFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void absentIsEmpty();
    void damagedIsAnError();
};

/** Rfc2136Provider's TXT records against a real BIND. */
class TestRfc2136Txt : public QObject
{
    Q_OBJECT
public:
    TestRfc2136Txt();
    ~TestRfc2136Txt() override;
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void publishAndRemove();
    void wrongKeyRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_named;
    QString m_secret;
    QString m_namedLog;
    quint16 m_port = 0;
};
