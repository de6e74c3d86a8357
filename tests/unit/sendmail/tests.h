#pragma once

// The test classes of unit_sendmail, declared here so main.cpp can run them.

#include <QObject>

class TestOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void usageErrors_data();
    void usageErrors();
};

class TestAddressList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

class TestMessageReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void read_data();
    void read();
    void byteByByteReadsTheSame_data();
    void byteByByteReadsTheSame();
    void longLinesAreBroken();
    void headerRecipientsAndBcc();
    void limits();
};

class TestBodyBuffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smallStaysInMemory();
    void largeSpillsToATemporaryFile();
};

class TestSubmission : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void xtext_data();
    void xtext();
    void socketCandidates();
    void modesWithoutAnEngine_data();
    void modesWithoutAnEngine();
};
