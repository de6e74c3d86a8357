#pragma once

// The test classes of unit_mailprograms, declared here so main.cpp can run them.

#include <QObject>

class TestMailAccount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromClientSetup_data();
    void fromClientSetup();
    void refusals_data();
    void refusals();
    void installedFromPath();
};

class TestThunderbird : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addsNextToExistingAccount();
    void secondAddIsRefused();
    void refusedWhileRunning();
    void staleLockIsIgnored();
    void refusedWithoutProfile();
    void installDefaultWins();
    void startsAnEmptyPrefsFile();
    void valuesAreEscaped();
};

class TestEvolution : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesSourcesGKeyFileReads();
    void secondAddIsRefused();
    void escapesLikeGKeyFile();
};

class TestKMail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusedWithoutAkonadi();
    void refusedWithoutBus();
    void addsThroughAkonadi();
    void keepsKdeSettings();
    void refusedWhenSendingExists_data();
    void refusedWhenSendingExists();
};
