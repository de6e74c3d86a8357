#pragma once

// The test classes of unit_store, declared here so main.cpp can run them.

#include <QObject>

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pragmasAreSet();
    void fromEmpty();
    void eachMigrationFromPrevious_data();
    void eachMigrationFromPrevious();
    void migrateTwiceIsANoOp();
    void refusesNewerSchema();
    void transactionRollsBackOnError();
    void statementsKeepTriggerBodies();
};

class TestPasswordHash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hashIsSaltedYescrypt();
    void verify_data();
    void verify();
    void strength_data();
    void strength();
};

class TestDomainRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addNormalizesAndLists();
    void refusesDuplicatesAndBadNames();
    void removeRefusedWhileInUse();
    void removeUnknownIsNotFound();
};

class TestUserRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addListAndCredentials();
    void addRefusals();
    void setEnabledReportsChange();
    void setPasswordHashReplacesHash();
    void removeRefusedWhileAliasTargets();
    void unknownUserIsNotFound();
};

class TestAliasRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setKindsOfAlias();
    void setReplacesTargets();
    void targetValidation();
    void addressValidation();
    void removeRefusedWhileTargeted();
    void outboundNames();
};

class TestRelayClientRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalize_data();
    void normalize();
    void addListRemove();
    void refusals();
};

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsWithoutStoredValues();
    void setPersistsAndSignals();
    void sameValueIsANoOp();
    void applierVetoKeepsOldValue();
    void overrideEndsWithSet();
    void reloadPicksUpStoredChanges();
    void badStoredValueFallsBackToDefault();
    void setManyStoresAllAndSignalsOnce();
    void setManyRefusesAllForOneBadValue();
    void setManyVetoRevertsAppliedKeys();
};

class TestStatistics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsToday();
    void queryReturnsDailySeries();
    void persistsAcrossInstances();
    void dayRollsOver();
    void refusesBadDayCounts();
};

class TestGreylistRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tripletText_data();
    void tripletText();
    void saveFindList();
    void forget();
    void pruneExpired();
    void queriesUseIndexes();
    void allowList();
    void unsyncedTransaction();
};
