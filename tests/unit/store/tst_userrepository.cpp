#include <QTest>

#include "engine/core/mailaddress.h"
#include "engine/store/repositories/aliasrepository.h"
#include "engine/store/repositories/domainrepository.h"
#include "engine/store/repositories/userrepository.h"
#include "tests/unit/store/testdatabase.h"
#include "tests/unit/store/tests.h"

using namespace Qt::StringLiterals;
using namespace Doorstep::Store;
using Doorstep::Core::ErrorCode;
using Doorstep::Core::MailAddress;
using Doorstep::Tests::TestDatabase;

namespace {
MailAddress address(const QString &text)
{
    return MailAddress::parse(text).value();
}

void addDomain(TestDatabase &t, const QString &name)
{
    QVERIFY(DomainRepository(t.db()).add(name, 1).ok());
}
} // namespace

void TestUserRepository::addListAndCredentials()
{
    TestDatabase t;
    addDomain(t, u"example.org"_s);
    UserRepository users(t.db());
    QVERIFY(users.add(address(u"bob@example.org"_s), "$y$bob", 10).ok());
    QVERIFY(users.add(address(u"alice@example.org"_s), "$y$alice", 11).ok());
    const auto list = users.list().value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].address, u"alice@example.org"_s);
    QVERIFY(list[0].enabled);
    const auto credentials = users.credentials(address(u"alice@example.org"_s)).value();
    QVERIFY(credentials.has_value());
    QCOMPARE(credentials->first, QByteArray("$y$alice"));
    QVERIFY(!users.credentials(address(u"carol@example.org"_s)).value().has_value());
}

void TestUserRepository::addRefusals()
{
    TestDatabase t;
    addDomain(t, u"example.org"_s);
    UserRepository users(t.db());
    QCOMPARE(users.add(address(u"alice@other.org"_s), "$y$x", 1).error().code, ErrorCode::NotFound);
    QCOMPARE(users.add(address(u"owner/cur@example.org"_s), "$y$x", 1).error().code, ErrorCode::InvalidArgument);
    QVERIFY(users.add(address(u"alice@example.org"_s), "$y$x", 1).ok());
    QCOMPARE(users.add(address(u"ALICE@example.org"_s), "$y$x", 1).error().code, ErrorCode::AlreadyExists);
    QVERIFY(AliasRepository(t.db()).set(u"info@example.org"_s, u"alice@example.org"_s, 1).ok());
    const auto clash = users.add(address(u"info@example.org"_s), "$y$x", 1);
    QCOMPARE(clash.error().code, ErrorCode::AlreadyExists);
    QVERIFY(clash.error().message.contains(u"alias"_s));
}

void TestUserRepository::setEnabledReportsChange()
{
    TestDatabase t;
    addDomain(t, u"example.org"_s);
    UserRepository users(t.db());
    QVERIFY(users.add(address(u"alice@example.org"_s), "$y$x", 1).ok());
    QCOMPARE(users.setEnabled(address(u"alice@example.org"_s), true).value(), false);
    QCOMPARE(users.setEnabled(address(u"alice@example.org"_s), false).value(), true);
    QCOMPARE(users.list().value().first().enabled, false);
    QCOMPARE(users.credentials(address(u"alice@example.org"_s)).value()->second, false);
}

void TestUserRepository::setPasswordHashReplacesHash()
{
    TestDatabase t;
    addDomain(t, u"example.org"_s);
    UserRepository users(t.db());
    QVERIFY(users.add(address(u"alice@example.org"_s), "$y$old", 1).ok());
    QVERIFY(users.setPasswordHash(address(u"alice@example.org"_s), "$y$new", 2).ok());
    QCOMPARE(users.credentials(address(u"alice@example.org"_s)).value()->first, QByteArray("$y$new"));
    QCOMPARE(t.scalar(u"SELECT password_changed_usec FROM users"_s).toInt(), 2);
}

void TestUserRepository::removeRefusedWhileAliasTargets()
{
    TestDatabase t;
    addDomain(t, u"example.org"_s);
    UserRepository users(t.db());
    QVERIFY(users.add(address(u"alice@example.org"_s), "$y$x", 1).ok());
    QVERIFY(AliasRepository(t.db()).set(u"root"_s, u"alice@example.org"_s, 1).ok());
    const auto refused = users.remove(address(u"alice@example.org"_s));
    QCOMPARE(refused.error().code, ErrorCode::Failed);
    QVERIFY2(refused.error().message.contains(u"'root'"_s), qPrintable(refused.error().message));
    QVERIFY(AliasRepository(t.db()).remove(u"root"_s).ok());
    QVERIFY(users.remove(address(u"alice@example.org"_s)).ok());
    QVERIFY(users.list().value().isEmpty());
}

void TestUserRepository::unknownUserIsNotFound()
{
    TestDatabase t;
    addDomain(t, u"example.org"_s);
    UserRepository users(t.db());
    const MailAddress nobody = address(u"nobody@example.org"_s);
    QCOMPARE(users.setEnabled(nobody, false).error().code, ErrorCode::NotFound);
    QCOMPARE(users.setPasswordHash(nobody, "$y$x", 1).error().code, ErrorCode::NotFound);
    const auto removed = users.remove(nobody);
    QCOMPARE(removed.error().code, ErrorCode::NotFound);
    QCOMPARE(removed.error().message, u"There is no user 'nobody@example.org'."_s);
}
