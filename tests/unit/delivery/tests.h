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
};

class TestLocalDeliverer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outcomesPerRecipient();
    void headersAddedPerRecipient();
    void nullSender();
    void destroyedWhileDelivering();
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
