#pragma once

// The test classes of unit_ddns, declared here so main.cpp can run them.

#include <QObject>

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
