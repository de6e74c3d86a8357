#pragma once

// The test classes of unit_policy, declared here so main.cpp can run them.

#include <memory>

#include <QObject>

namespace Doorstep::Policy {
class MailPolicy;
}
namespace Doorstep::Tests {
class FakeResolver;
class PolicyFixture;
} // namespace Doorstep::Tests

class TestDirectory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contents();
    void relayRules_data();
    void relayRules();
};

class TestDirectoryCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reloadReplacesTheSnapshot();
    void burstOfReloadsSeesTheLastChange();
};

class TestRecipientResolver : public QObject
{
    Q_OBJECT
public:
    TestRecipientResolver();
    ~TestRecipientResolver() override;

private Q_SLOTS:
    void initTestCase();
    void resolve_data();
    void resolve();
    void postmasterWhenFirstUserDisabled();
    void resolveLocalName_data();
    void resolveLocalName();

private:
    std::unique_ptr<Doorstep::Tests::PolicyFixture> m_fixture;
};

class TestVerifiedLogins : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keySeparatesEveryPart();
    void rememberedUntilExpiry();
    void capacityIsBounded();
};

class TestMailPolicy : public QObject
{
    Q_OBJECT
public:
    TestMailPolicy();
    ~TestMailPolicy() override;

private Q_SLOTS:
    void initTestCase();
    void init();
    void matchRelayRule_data();
    void matchRelayRule();
    void connect_data();
    void connect();
    void checkSender_data();
    void checkSender();
    void checkRecipient_data();
    void checkRecipient();
    void postmasterWhenFirstDomainHasNoUsers_data();
    void postmasterWhenFirstDomainHasNoUsers();
    void checkLocalName_data();
    void checkLocalName();
    void authenticate_data();
    void authenticate();
    void verifiedLoginAnswersWhileHashingIsBusy();
    void changedPasswordIsHashedAgain();
    void simultaneousLoginsShareAnswers();

private:
    std::unique_ptr<Doorstep::Tests::PolicyFixture> m_fixture;
    std::unique_ptr<Doorstep::Tests::FakeResolver> m_resolver;
    std::unique_ptr<Doorstep::Policy::MailPolicy> m_policy;
};
